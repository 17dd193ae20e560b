// Package kit holds what every lesson shares: elements and text fields,
// the URL state helpers, the Python transcript, the bit grid, the pager,
// byte cells and hex dumps, the deck's slides, the client's fetch, and the
// page frame (the language, the document's title and description, the
// slides at the foot), which the shell in package ui draws once for every
// page.
//
// A lesson is a folder of app/ui/lesson: its page components draw with
// the kit, and its pure model computes what they show.
package kit

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// The app draws every element with H: go-app's generic element, with its
// tag, classes, id and children in one call. go-app's typed elements
// (app.Div, app.A, …) each bring their own method set into app.wasm,
// about 10 KB apiece.
//
// H is the one way the lessons draw. It was measured against the two
// idioms it replaced by writing /packing in each, and building app.wasm
// with the Makefile's flags, the rest of the app unchanged:
//
//	idiom                                        raw                 brotli
//	index views (trees as data, numbered slots)  8,367,094           1,589,802
//	reflection templates (parsed at start-up)    8,371,768 (+4,674)  1,595,938 (+6,136)
//	generic element calls, one a node            8,401,400 (+34,306) 1,600,092 (+10,290)
//
// Each call costs some 300 bytes of WebAssembly where a tree of data
// costs none, so H is the largest per element, and the whole app drawn
// with it is 8,526,233 bytes raw (+159,139), about 1,621,000 brotli
// (+31 KB).
// It is kept because it is the only one of the three that draws
// everything alone: the index views leave inputs, events and rows with
// markup of their own to code in slots, and the templates read exported
// state by field name through reflection and parse at start-up, which the
// component rules and the start-up figure rule out. Taking the tag, the
// classes and the id in one string, and texts as i18n.T children, saves a
// call per id and per text: 35 KB raw of the first three lessons.

// H returns the element that sel names, with the given children. sel is
// the tag, then its classes and id as CSS writes them: "section.widget#aton"
// (classes may also be separated by spaces, as a computed class is).
// Children may be nil or "" (left out), elements, components, slices of
// them, plain strings, or texts (i18n.T) in the language l; a widget that
// shows no text of its own passes the zero Lang.
func H(l i18n.Lang, sel string, kids ...any) app.HTMLElem {
	tag, class, id := parseSel(sel)
	e := app.Elem(tag)
	if class != "" {
		e = e.Class(class)
	}
	if id != "" {
		e = e.ID(id)
	}
	if len(kids) > 0 {
		e = e.Body(nodes(l, kids)...)
	}
	return e
}

// A returns a link to href; sel is its classes and id, as for H but with
// no tag. With no href there is nowhere to go, and the link is its text
// greyed out (class "off"), so that a list of steps keeps its shape at
// either end.
func A(l i18n.Lang, sel, href string, kids ...any) app.HTMLElem {
	if href == "" {
		class, id, _ := strings.Cut(sel, "#")
		return H(l, "span."+class+".off#"+id, kids...)
	}
	return H(l, "a."+sel, kids...).Attr("href", href)
}

// parseSel splits "tag.class.class#id" into its parts, the classes
// separated by spaces.
func parseSel(sel string) (tag, class, id string) {
	sel, id, _ = strings.Cut(sel, "#")
	tag, class, _ = strings.Cut(sel, ".")
	if strings.IndexByte(class, '.') >= 0 {
		class = strings.ReplaceAll(class, ".", " ")
	}
	return tag, strings.TrimSpace(class), id
}

// Bool is the value of a boolean attribute (disabled, open): present when
// on, absent otherwise. go-app writes false as the text "false", which
// HTML reads as present.
func Bool(on bool) string {
	if on {
		return "true"
	}
	return ""
}

// nodes turns children as H takes them into go-app nodes.
func nodes(l i18n.Lang, kids []any) []app.UI {
	out := make([]app.UI, 0, len(kids))
	for _, k := range kids {
		switch k := k.(type) {
		case nil:
		case string:
			if k != "" {
				out = append(out, app.Text(k))
			}
		case i18n.T:
			if s := k.In(l); s != "" {
				out = append(out, app.Text(s))
			}
		case app.UI:
			if k != nil {
				out = append(out, k)
			}
		case []app.UI:
			out = append(out, k...)
		}
	}
	return out
}

// NoCompare, as a field, makes a struct incomparable, which spares app.wasm
// the equality function the compiler writes for every comparable type
// (and arrays of them) that reflection or an interface can reach.
type NoCompare [0]func()

// noLang is the language of the kit's elements that hold no text to
// translate: Python, bytes, bits.
const noLang i18n.Lang = ""

// Scroll is H for an element that may scroll (a table's frame on a
// phone, a long line): a Tab stop, so that the keyboard scrolls it too.
func Scroll(l i18n.Lang, sel string, kids ...any) app.HTMLElem {
	return H(l, sel, kids...).TabIndex(0)
}
