package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit"
)

// callView is one call of a lesson as the page shows it: its Python session
// once the server answered, else why there is none.
type callView struct {
	ID      string   // id of the transcript
	Sig     string   // the function as the slide writes it
	Desc    string   // what it does
	Lines   []string // the session; nil while there is none
	Status  string   // looking up, or why there is no answer
	Bad     bool     // Status is a failure
	Explain string   // what the exception means
	Notes   []string // what the server adds: refused, timed out, cached
}

// viewCall shows c with what l knows of it.
func viewCall(l *lookups, c api.Call, id, sig string, desc i18n.T, lang i18n.Lang) callView {
	v := callView{ID: id, Sig: sig, Desc: desc.In(lang)}
	a, ok := l.get(c)
	switch {
	case !ok:
		v.Status = txtLookingUp.In(lang)
	case a.Fail != failNone:
		v.Status, v.Bad = failText(a, lang), true
	default:
		t, err := api.Transcript(c, a.Resp)
		if err != nil {
			v.Status, v.Bad = failText(lookupAnswer{Fail: failOther, Detail: err.Error()}, lang), true
			break
		}
		v.Lines = t.Lines()
		v.Explain = explainError(a.Resp.Error, lang)
		v.Notes = flagNotes(a.Resp, lang)
	}
	return v
}

// failText says, for one call, why it has no answer.
func failText(a lookupAnswer, lang i18n.Lang) string {
	t := txtFail[a.Fail].In(lang)
	if a.Fail == failRefused || a.Fail == failOther {
		return fmt.Sprintf(t, a.Detail)
	}
	return t
}

// lookupStatus says what keeps the server from answering the lesson, if
// anything: unreachable, rate limited or overloaded, in that order, with
// the wait the server asked for.
func lookupStatus(l *lookups, calls []api.Call, lang i18n.Lang) string {
	var worst lookupAnswer
	for _, c := range calls {
		a, ok := l.get(c)
		if ok && a.Fail != failNone && a.Fail < failRefused && (worst.Fail == failNone || a.Fail < worst.Fail) {
			worst = a
		}
	}
	t := txtFailLong[worst.Fail]
	switch worst.Fail {
	case failNone:
		return ""
	case failUnreachable:
		return t.In(lang)
	}
	wait := worst.Detail
	if n, err := strconv.Atoi(wait); err != nil || n < 1 {
		wait = "1"
	}
	return fmt.Sprintf(t.In(lang), wait)
}

// errorKey names an exception in txtExplain: its class, and its errno
// when it has one.
func errorKey(e *api.Error) string {
	if e.Errno != nil {
		return e.Type + " " + strconv.Itoa(*e.Errno)
	}
	return e.Type
}

// explainError says what an exception means, when the lesson knows.
func explainError(e *api.Error, lang i18n.Lang) string {
	if e == nil {
		return ""
	}
	t, _ := textOf(txtExplain, errorKey(e))
	return t.In(lang)
}

func flagNotes(r api.Response, lang i18n.Lang) []string {
	var notes []string
	for _, f := range []struct {
		on bool
		t  i18n.T
	}{{r.Refused, txtRefusedR}, {r.TimedOut, txtTimedOut}, {r.Cached, txtCached}} {
		if f.on {
			notes = append(notes, f.t.In(lang))
		}
	}
	return notes
}

// answeredBy returns the first non-empty field that pick chooses in the
// calls' answers: the resolver or the services table that answered.
func answeredBy(l *lookups, calls []api.Call, pick func(api.Response) string) string {
	for _, c := range calls {
		if a, ok := l.get(c); ok && a.Fail == failNone && pick(a.Resp) != "" {
			return pick(a.Resp)
		}
	}
	return ""
}

// runLookupLoop runs a program's loop over calls as far as the answers go:
// line gives what one iteration prints, or false when the call raised,
// which stops the program with that exception. Short of the end, status
// says why (still looking up, or the failure), and bad is set for a
// failure.
func runLookupLoop(l *lookups, calls []api.Call, line func(i int, r api.Response) (string, bool), lang i18n.Lang) (out []string, raised *api.Error, status string, bad bool) {
	for i, c := range calls {
		a, ok := l.get(c)
		switch {
		case !ok:
			return out, nil, txtLookingUp.In(lang), false
		case a.Fail != failNone:
			return out, nil, failText(a, lang), true
		}
		s, ok := line(i, a.Resp)
		if !ok {
			return out, a.Resp.Error, "", false
		}
		out = append(out, s)
	}
	return out, nil, "", false
}

// runProgram shows one of the deck's programs, a loop over calls, with
// what it prints as far as the answers go: an exception that stops it ends
// the output with its traceback.
func runProgram(l *lookups, id, source string, calls []api.Call, line func(i int, r api.Response) (string, bool), lang i18n.Lang) *lookupProgram {
	out, raised, status, bad := runLookupLoop(l, calls, line, lang)
	if raised != nil {
		out = append(out, lookupTraceback(raised)...)
	}
	return &lookupProgram{ID: id, Source: source, Output: strings.Join(out, "\n"), Status: status, Bad: bad}
}

// lookupTraceback is an uncaught exception as the transcripts show it:
// pyrepl's Raise, for a program's output.
func lookupTraceback(e *api.Error) []string {
	return pyrepl.Session().Raise(e.PythonType(), e.Message).Lines()
}

// lookupLoopSession is the interactive session that runs code, a loop
// printing out, then raising raised if it is set.
func lookupLoopSession(code string, out []string, raised *api.Error) []string {
	t := pyrepl.Session("socket").In(code)
	for _, s := range out {
		t.Out(s)
	}
	if raised != nil {
		t.Raise(raised.PythonType(), raised.Message)
	}
	return t.Lines()
}

// lookupProgram is one of the deck's programs and what it prints.
type lookupProgram struct {
	ID     string // the program's id; its output's is ID + "-output"
	Source string
	Output string
	Status string // set while the output is incomplete: looking up, or why not
	Bad    bool   // Status is a failure
}

// lookupLesson is what a lookup lesson shows below its intro: where the
// answers come from, what keeps the server from answering, the widgets.
// Pages compute it; rendering only draws it.
type lookupLesson struct {
	By      string // the resolver or services table that answered, in words
	Status  string // what keeps the server from answering
	Retry   app.EventHandler
	Widgets []lookupWidget
}

// lookupWidget is one widget: its inputs, notes, a table, the calls with
// their sessions and a program, each part optional.
type lookupWidget struct {
	ID, Title string
	Inputs    []lookupInput
	Notes     []string
	Table     [][]string // rows, the first one the header
	Calls     []callView
	Program   *lookupProgram
}

// lookupInput is an input of a widget; Mode "area" is a textarea,
// anything else the input's inputmode.
type lookupInput struct {
	ID, Label, Value, Mode string
	OnInput                app.EventHandler
}

// render draws the lesson; inputs stay disabled until the app is live.
func (x lookupLesson) render(lang i18n.Lang, live bool) []app.UI {
	note := []app.UI{kit.H(lang, "p", txtServerView)}
	if x.By != "" {
		note = append(note, kit.H(lang, "p#lookup-by", x.By))
	}
	ui := []app.UI{kit.H(lang, "div.note.server-view", note)}
	if x.Status != "" {
		retry := kit.H(lang, "button.secondary#lookup-retry", txtRetry).Attr("type", "button").OnClick(x.Retry)
		ui = append(ui, kit.H(lang, "div.error.lookup-status#lookup-status", kit.H(lang, "p", x.Status), retry))
	}
	for _, w := range x.Widgets {
		ui = append(ui, w.render(lang, live))
	}
	return ui
}

func (w lookupWidget) render(lang i18n.Lang, live bool) app.UI {
	ui := []app.UI{kit.H(lang, "h2", w.Title)}
	for _, in := range w.Inputs {
		ui = append(ui, in.render(live))
	}
	for _, n := range w.Notes {
		ui = append(ui, kit.H(lang, "p.note", n))
	}
	if len(w.Table) > 0 {
		var rows []app.UI
		for i, row := range w.Table {
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
		ui = append(ui, kit.H(lang, "div.table-wrap", kit.H(lang, "table"+"#"+w.ID+"-table", rows)))
	}
	for _, c := range w.Calls {
		ui = append(ui, c.render()...)
	}
	if p := w.Program; p != nil {
		ui = append(ui,
			kit.H(lang, "pre.deck-code"+"#"+p.ID, p.Source),
			kit.H(lang, "p.output-label", txtOutput),
			kit.H(lang, "pre.output"+"#"+p.ID+"-output", p.Output))
		if p.Status != "" {
			ui = append(ui, statusLine(p.ID+"-status", p.Status, p.Bad))
		}
	}
	return kit.H(lang, "section.widget"+"#"+w.ID, ui)
}

func (in lookupInput) render(live bool) app.UI {
	var e app.UI
	if in.Mode == "area" {
		e = kit.H("", "textarea"+"#"+in.ID, in.Value).Attr("rows", 6).Attr("disabled", !live).
			Attr("spellcheck", "false").OnInput(in.OnInput)
	} else {
		e = app.ElemSelfClosing("input").ID(in.ID).Attr("type", "text").Attr("inputmode", in.Mode).Attr("value", in.Value).
			Attr("disabled", !live).Attr("spellcheck", "false").OnInput(in.OnInput)
	}
	return kit.H("", "div.field", kit.H("", "label", in.Label).Attr("for", in.ID), e)
}

// render draws a call: its heading when it has one, its session or the
// status standing in for it, what its exception means, the server's notes.
func (v callView) render() []app.UI {
	var ui []app.UI
	if v.Sig != "" {
		ui = append(ui, kit.H("", "p.sig", kit.H("", "code", v.Sig), kit.H("", "span.desc", v.Desc)))
	}
	if v.Lines != nil {
		ui = append(ui, &kit.Transcript{ID: v.ID, Lines: v.Lines})
	} else {
		ui = append(ui, statusLine(v.ID+"-status", v.Status, v.Bad))
	}
	if v.Explain != "" {
		ui = append(ui, kit.H("", "p.error", v.Explain))
	}
	for _, n := range v.Notes {
		ui = append(ui, kit.H("", "p.note", n))
	}
	return ui
}

// statusLine stands in for an answer: looking up, or why there is none.
func statusLine(id, status string, bad bool) app.UI {
	if bad {
		return kit.H("", "p.error"+"#"+id, status)
	}
	return kit.H("", "p.note.pending"+"#"+id, status)
}

// answeredByText says which resolver or services table answered, if any
// answer says.
func answeredByText(l *lookups, calls []api.Call, label i18n.T, names []keyedText, pick func(api.Response) string, lang i18n.Lang) string {
	by := answeredBy(l, calls, pick)
	if by == "" {
		return ""
	}
	if t, ok := textOf(names, by); ok {
		by = t.In(lang)
	}
	return label.In(lang) + ": " + by
}

// lookupPage is what the two lookup lessons (/hosts, /services) share: the
// lesson's state as it is drawn, the answers, and how a navigation starts.
type lookupPage struct {
	path  string
	lang  i18n.Lang
	live  bool
	look  lookups
	view  lookupLesson
	wrote string // the address the page wrote last, typing (see replaceQuery)
	// ctx is the page's own context, which answers update: the element
	// that asked (a retry button) may be gone by the time they arrive.
	ctx app.Context
}

// The pages mount and navigate as lookup pages.
var (
	_ app.Mounter   = (*hostsPage)(nil)
	_ app.Mounter   = (*servicesPage)(nil)
	_ app.Navigator = (*hostsPage)(nil)
	_ app.Navigator = (*servicesPage)(nil)
)

func (p *lookupPage) OnMount(ctx app.Context) {
	p.live, p.ctx = true, ctx
}

// nav starts OnNav: false for the address the page's own typing wrote,
// whose state the input handler has already computed.
func (p *lookupPage) nav(ctx app.Context) bool {
	if ctx.Page().URL().String() == p.wrote {
		return false
	}
	p.ctx = ctx
	p.lang = kit.PageLang(ctx)
	return true
}

// render draws the page in the shell (app.Compo's Render would make a
// promoted Render ambiguous, so each page calls this one).
func (p *lookupPage) render() app.UI {
	return kit.H(p.lang, "div.lesson", p.view.render(p.lang, p.live))
}
