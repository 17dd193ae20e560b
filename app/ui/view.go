package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit"
)

// view is the static shape of a lesson's widgets, as data: elements with
// their bilingual texts and references, by index, to the values the page
// computes in OnNav and its event handlers (vals). Render only walks it.
//
// Views as data keep app.wasm small. In WebAssembly every call, every
// struct literal and every go-app element type compiles to code of its
// own, so a page written as element chains costs kilobytes per widget;
// a package-level view is initialised statically, and one walker draws
// every element, with go-app's one generic element type.
type view struct {
	Tag, Class, ID string
	T              i18n.T // the element's text, before S
	S              int    // a computed string: vals.s[S], after T
	If             int    // the element is shown only if vals.s[If] is not empty
	C              int    // a computed class, vals.s[C], after Class
	Href           int    // a computed link target, vals.s[Href]; none without one
	Kids           []view

	// W is a computed widget, vals.w[W], drawn instead of the element:
	// a Python session, a slot, or rows of texts ([]string, row after
	// row), which the element holds after T, each row a Row element of
	// Cols elements. Row and Cols name "tag.class"; a row that is a link
	// ("a") starts with its target.
	W    int
	Row  string
	Cols []string
}

// vals are the values a view refers to. Index 0 of each is "none": an
// empty string and a nil widget.
type vals struct {
	s []string
	w []any // []string (rows), *pyrepl.Transcript or slot
}

// slot is a widget the page draws itself, because it needs the page's
// event handlers: an input, a select. It indexes Render's slots.
type slot int

// on returns the flag value for b: a string that is set when b is true.
func on(b bool) string {
	if b {
		return "1"
	}
	return ""
}

// The rows of the lessons: bytes as cells (where, hex, decimal, binary),
// Python expressions beside their values, table cells.
var (
	cellCols = []string{"small", "strong", "small", "small.bin"}
	propCols = []string{"dt", "dd"}
	td3Cols  = []string{"td", "td", "td"}
	td5Cols  = []string{"td", "td", "td", "td", "td"}
	codeCol  = []string{"code"}
)

// render draws the views in language l with the values x; slots are the
// widgets the page drew itself.
func render(vs []view, l i18n.Lang, x *vals, slots ...app.UI) []app.UI {
	out := make([]app.UI, len(vs))
	for i := range vs {
		out[i] = vs[i].ui(l, x, slots)
	}
	return out
}

func (v *view) ui(l i18n.Lang, x *vals, slots []app.UI) app.UI {
	if v.If != 0 && x.s[v.If] == "" {
		return nil
	}
	text := v.T.In(l) + x.s[v.S]
	if v.Tag == "" && v.W == 0 {
		return app.Text(text)
	}
	var kids []app.UI
	if text != "" {
		kids = append(kids, app.Text(text))
	}
	if v.W != 0 {
		switch w := x.w[v.W].(type) {
		case *pyrepl.Transcript:
			return kit.NewTranscript(v.ID, w)
		case slot:
			return slots[w]
		case []string:
			kids = append(kids, v.rows(w)...)
		default:
			return nil
		}
	}
	e := app.Elem(v.Tag).Class(v.Class, x.s[v.C]).ID(v.ID)
	if v.Href != 0 && x.s[v.Href] != "" {
		e = e.Attr("href", x.s[v.Href])
	}
	return e.Body(append(kids, render(v.Kids, l, x, slots...)...)...)
}

func (v *view) rows(texts []string) []app.UI {
	tag, class, _ := strings.Cut(v.Row, ".")
	var rows []app.UI
	for len(texts) > 0 {
		e := app.Elem(tag).Class(class)
		if tag == "a" {
			e, texts = e.Attr("href", texts[0]), texts[1:]
		}
		cells := make([]app.UI, len(v.Cols))
		for i, c := range v.Cols {
			tag, class, _ := strings.Cut(c, ".")
			cells[i] = app.Elem(tag).Class(class).Text(texts[i])
		}
		rows, texts = append(rows, e.Body(cells...)), texts[len(v.Cols):]
	}
	return rows
}
