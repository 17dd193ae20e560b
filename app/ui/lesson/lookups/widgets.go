package lookups

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// lookupLesson is what a lookup lesson shows below its intro: where the
// answers come from, what keeps the server from answering, the widgets.
// Pages compute it; rendering only draws it.
type lookupLesson struct {
	by      string // the resolver or services table that answered, in words
	status  string // what keeps the server from answering
	retry   app.EventHandler
	widgets []lookupWidget
}

// lookupWidget is one widget: its inputs, notes, a table, the calls with
// their sessions and a program, each part optional.
type lookupWidget struct {
	id, title string
	inputs    []lookupInput
	deck      []kit.Link // the deck's calls, one link each
	notes     []string
	table     [][]string // rows, the first one the header
	calls     []callView
	program   *lookupProgram
}

// lookupInput is an input of a widget; mode "area" is a textarea,
// anything else the input's inputmode.
type lookupInput struct {
	id, label, value, mode string
	onInput                app.EventHandler
}

// render draws the lesson; inputs stay disabled until the app is live.
func (x lookupLesson) render(lang i18n.Lang, live bool) []app.UI {
	note := []app.UI{kit.H(lang, "p", txtServerView)}
	if x.by != "" {
		note = append(note, kit.H(lang, "p#lookup-by", x.by))
	}
	ui := []app.UI{kit.H(lang, "div.note.server-view", note)}
	if x.status != "" {
		retry := kit.H(lang, "button.secondary#lookup-retry", txtRetry).Attr("type", "button").OnClick(x.retry)
		ui = append(ui, kit.H(lang, "div.error.lookup-status#lookup-status", kit.H(lang, "p", x.status), retry))
	}
	for _, w := range x.widgets {
		ui = append(ui, w.render(lang, live))
	}
	return ui
}

func (w lookupWidget) render(lang i18n.Lang, live bool) app.UI {
	ui := []app.UI{kit.H(lang, "h2", w.title)}
	for _, in := range w.inputs {
		ui = append(ui, in.render(live))
	}
	if len(w.deck) > 0 {
		ui = append(ui, kit.Examples(lang, w.id+"-deck", txtDeckCalls, w.deck))
	}
	for _, n := range w.notes {
		ui = append(ui, kit.H(lang, "p.note", n))
	}
	if len(w.table) > 0 {
		var rows []app.UI
		for i, row := range w.table {
			var cells []app.UI
			tag := "td"
			if i == 0 {
				tag = "th"
			}
			for _, c := range row {
				cells = append(cells, kit.H(lang, tag, c))
			}
			rows = append(rows, kit.H(lang, "tr", cells))
		}
		ui = append(ui, kit.Scroll(lang, "div.table-wrap", kit.H(lang, "table#"+w.id+"-table", rows)))
	}
	for _, c := range w.calls {
		ui = append(ui, c.render(lang)...)
	}
	if p := w.program; p != nil {
		ui = append(ui,
			// The code panels scroll, and are Tab stops to scroll with keys;
			// Python and what it prints are English (see kit.Transcript).
			kit.H(lang, "pre.deck-code#"+p.id, p.source).TabIndex(0).Lang("en"),
			kit.H(lang, "p.output-label", txtOutput),
			kit.H(lang, "pre.output#"+p.id+"-output", p.output).TabIndex(0).Lang("en"))
		if p.status != "" {
			ui = append(ui, statusLine(lang, p.id+"-status", p.status, p.bad))
		}
		if p.recorded != "" {
			rec := []app.UI{kit.H(lang, "p.recorded-label", txtRecorded), kit.Scroll(lang, "pre.output.recorded#"+p.id+"-recorded", p.recorded).Lang("en")}
			for _, n := range p.notes {
				rec = append(rec, kit.H(lang, "p.note", n))
			}
			ui = append(ui, kit.H(lang, "div.recorded", rec))
		}
	}
	return kit.H(lang, "section.widget#"+w.id, ui)
}

func (in lookupInput) render(live bool) app.UI {
	if in.mode == "area" {
		return kit.TextArea(in.id, in.label, in.value, live, in.onInput)
	}
	return kit.TextField(in.id, in.label, in.value, live, in.onInput, "inputmode", in.mode)
}

// render draws a call: its heading when it has one, its session or the
// status standing in for it, what its exception means, the server's notes.
func (v callView) render(l i18n.Lang) []app.UI {
	var ui []app.UI
	if v.sig != "" {
		ui = append(ui, kit.H(l, "p.sig", kit.H(l, "code", v.sig), kit.H(l, "span.desc", v.desc)))
	}
	if v.lines != nil {
		ui = append(ui, &kit.Transcript{ID: v.id, Lines: v.lines})
	} else {
		ui = append(ui, statusLine(l, v.id+"-status", v.status, v.bad))
	}
	if v.explain != "" {
		// A note, not an error: the traceback above is the error, and
		// most failures here are the network's, not the student's.
		ui = append(ui, kit.H(l, "p.note.explain", v.explain))
	}
	for _, n := range v.notes {
		ui = append(ui, kit.H(l, "p.note", n))
	}
	if v.recorded != nil {
		// A pre of its own, not a pyrepl transcript: the page's
		// transcripts are the server's answers.
		ui = append(ui, kit.H(l, "div.recorded",
			kit.H(l, "p.recorded-label", txtRecorded),
			kit.Scroll(l, "pre.output.recorded#"+v.id+"-recorded", strings.Join(v.recorded, "\n")).Lang("en")))
	}
	return ui
}

// statusLine stands in for an answer: looking up, or why there is none.
func statusLine(l i18n.Lang, id, status string, bad bool) app.UI {
	if bad {
		return kit.H(l, "p.error#"+id, status)
	}
	return kit.H(l, "p.note.pending#"+id, status)
}
