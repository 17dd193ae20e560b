package class

import (
	"bytes"
	"encoding/json"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
)

type lesson = kit.Lesson

// pollEvery is how often the grid asks for the results.
const pollEvery = 2 * time.Second

// teach is the page /teach: the teacher's form, assignments and grid.
type teach struct {
	app.Compo
	lesson
	authed  int // 0 unknown, 1 a teacher, -1 not
	list    []api.Assignment
	sel     string // the code of ?a=
	grid    *api.Grid
	rows    []gridRow
	body    []byte // the grid's last answer, as it came
	find    string // the teacher's search of the grid
	page    int    // the page of the grid shown, from 0
	formErr i18n.T
	err     i18n.T
	gen     int // the polls of an older selection stop
	mounted bool
}

// NewTeach returns the page /teach.
func NewTeach() app.Composer { return &teach{} }

func (p *teach) OnMount(ctx app.Context) {
	p.lesson.OnMount(ctx)
	p.mounted = true
}

func (p *teach) OnDismount() { p.mounted = false; p.gen++ }

func (p *teach) OnNav(ctx app.Context) {
	q := p.Nav(ctx)
	p.sel, _ = api.ParseAssignmentCode(q.Get("a"))
	p.grid, p.rows, p.body, p.find, p.page = nil, nil, nil, "", 0
	p.gen++
	// The grid is asked for at once, beside the session: a round trip
	// less before a class's grid is drawn.
	if p.sel != "" {
		p.poll(ctx, p.gen)
	}
	call(ctx, "GET", api.TeachSessionPath, nil, func(ctx app.Context, r result) {
		if r.Status != statusOK {
			p.authed = -1
			return
		}
		p.authed = 1
		p.loadList(ctx)
		// The grid may have come first, while the page was no table yet.
		p.draw(ctx)
	})
}

func (p *teach) loadList(ctx app.Context) {
	call(ctx, "GET", api.AssignmentsPath, nil, func(ctx app.Context, r result) {
		var list []api.Assignment
		if r.Status == statusOK && json.Unmarshal(r.Body, &list) == nil {
			p.list = list
		}
	})
}

// poll fetches the selected assignment's results now and every pollEvery
// while the page shows it.
func (p *teach) poll(ctx app.Context, gen int) {
	if gen != p.gen || !p.mounted || p.authed == -1 {
		return
	}
	call(ctx, "GET", api.TeachAssignmentPath(p.sel, "grid"), nil, func(ctx app.Context, r result) {
		if gen != p.gen || p.authed == -1 {
			return
		}
		ctx.After(pollEvery, func(ctx app.Context) { p.poll(ctx, gen) })
		var g api.Grid
		switch {
		case r.Status == statusOK && p.grid != nil && p.err.En == "" && bytes.Equal(r.Body, p.body):
			ctx.PreventUpdate() // nothing new: neither decoded nor drawn again
			return
		case r.Status == statusOK && json.Unmarshal(r.Body, &g) == nil:
			p.grid, p.rows, p.body, p.err = &g, parseRows(g.Rows, g.Solution), r.Body, noText
		case r.Status != 0:
			p.err = errorText(r.Status, r.Body)
		}
		p.draw(ctx)
	})
}

// view returns the rows the grid shows: the page of those the search
// finds, and where they stand among them.
func (p *teach) view() (rows []gridRow, from, total, page, pages int) {
	found := findRows(p.rows, p.find)
	from, to, page, pages := pageOf(len(found), p.page, gridPage)
	return found[from:to], from, len(found), page, pages
}

// draw has the grid's body drawn after this render, whatever it changes:
// a table go-app made anew has an empty body.
func (p *teach) draw(ctx app.Context) {
	rows, _, _, page, _ := p.view()
	p.page = page
	ctx.Defer(func(app.Context) { fillGrid(rows) })
}

func (p *teach) onFind(ctx app.Context, e app.Event) {
	p.find, p.page = ctx.JSSrc().Get("value").String(), 0
	p.draw(ctx)
}

func (p *teach) turn(by int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.page += by
		p.draw(ctx)
	}
}

func (p *teach) create(_ app.Context, e app.Event) {
	e.PreventDefault()
	ctx := p.Ctx()
	n, bad := newAssignment(inputValue("teach-title"), checked("skill"), inputValue("teach-items"), inputValue("teach-level"), inputValue("teach-due"), time.Local)
	if bad.En != "" {
		p.formErr = bad
		return
	}
	call(ctx, "POST", api.AssignmentsPath, n, func(ctx app.Context, r result) {
		var cr api.Created
		if r.Status != statusCreated || json.Unmarshal(r.Body, &cr) != nil {
			p.formErr = errorText(r.Status, r.Body)
			return
		}
		p.formErr = noText
		ctx.Navigate(TeachPath + "?a=" + cr.Code)
	})
}

func (p *teach) closeIt(_ app.Context, e app.Event) {
	ctx := p.Ctx()
	call(ctx, "POST", api.TeachAssignmentPath(p.sel, "close"), struct{}{}, func(ctx app.Context, r result) {
		if r.Status != statusOK {
			p.err = errorText(r.Status, r.Body)
		}
		p.loadList(ctx)
	})
}

func (p *teach) Render() app.UI {
	l := p.Lang()
	switch p.authed {
	case 0:
		return kit.H(l, "div.lesson#teach", kit.H(l, "p.note#teach-checking", txtChecking))
	case -1:
		return kit.H(l, "div.lesson#teach", kit.H(l, "p.error#teach-login", txtLoginFirst).Role("alert"))
	}
	return kit.H(l, "div.lesson#teach", p.selected(l), p.form(l), p.assignments(l))
}

func (p *teach) form(l i18n.Lang) app.UI {
	var groups []app.UI
	for _, g := range skillGroups() {
		var boxes []app.UI
		for _, s := range g {
			id := "skill-" + s.ID
			boxes = append(boxes, kit.H(l, "label.check",
				app.ElemSelfClosing("input").ID(id).Attr("type", "checkbox").Attr("name", "skill").Attr("value", s.ID),
				" ", s.Title, " ", kit.H(noLang, "code", s.ID)))
		}
		groups = append(groups, kit.H(l, "div.skills", boxes))
	}
	var errUI app.UI
	if p.formErr.En != "" {
		errUI = kit.H(l, "p.error#teach-form-error", p.formErr).Role("alert")
	}
	level := app.Elem("select").ID("teach-level")
	var opts []app.UI
	for n := practice.MinLevel; n <= practice.MaxLevel; n++ {
		opts = append(opts, app.Elem("option").Attr("value", strconv.Itoa(n)).Text(strconv.Itoa(n)))
	}
	return kit.H(l, "section.widget#teach-new",
		kit.H(l, "h2", txtNewH),
		kit.H(l, "form#teach-form",
			kit.TextField("teach-title", txtTitle.In(l), "", p.Live(), nil, "maxlength", "100"),
			kit.H(l, "fieldset", kit.H(l, "legend", txtSkills), groups),
			kit.TextField("teach-items", txtItems.In(l), "10", p.Live(), nil, "inputmode", "numeric"),
			kit.H(l, "div.field", kit.H(l, "label", txtLevel).Attr("for", "teach-level"), level.Body(opts...)),
			kit.H(l, "div.field", kit.H(l, "label", txtDue).Attr("for", "teach-due"),
				app.ElemSelfClosing("input").ID("teach-due").Attr("type", "datetime-local")),
			errUI,
			kit.H(l, "button#teach-create", txtCreate).Attr("type", "submit").Attr("disabled", kit.Bool(!p.Live())),
		).Attr("novalidate", "true").OnSubmit(p.create),
	)
}

func (p *teach) assignments(l i18n.Lang) app.UI {
	if len(p.list) == 0 {
		return kit.H(l, "section.widget#teach-list", kit.H(l, "h2", txtListH), kit.H(l, "p.note", txtNoList))
	}
	var rows []app.UI
	for _, a := range p.list {
		var closed app.UI
		if a.Closed {
			closed = kit.H(l, "span.note", " · ", txtClosedMark)
		}
		rows = append(rows, kit.H(l, "li",
			kit.A(noLang, "", TeachPath+"?a="+a.Code, a.Title), " ",
			kit.H(noLang, "code", a.Code), " · ", sub(txtStudentsN, strconv.Itoa(a.Students)), closed))
	}
	return kit.H(l, "section.widget#teach-list", kit.H(l, "h2", txtListH), kit.H(l, "ul", rows))
}

// selected is the chosen assignment: its code, link and QR code, the
// grid, the frequent mistakes and the exports.
func (p *teach) selected(l i18n.Lang) app.UI {
	if p.sel == "" {
		return nil
	}
	var errUI app.UI
	if p.err.En != "" {
		errUI = kit.H(l, "p.error#teach-error", p.err).Role("alert")
	}
	if p.grid == nil {
		return kit.H(l, "section.widget#teach-assignment", errUI)
	}
	a := p.grid.Assignment
	link := app.Window().Get("location").Get("origin").String() + StudentDir + a.Code
	var due, closeBtn app.UI
	if a.Due != nil {
		due = kit.H(l, "p", txtDueAt, a.Due.Local().Format("2006-01-02 15:04"))
	}
	if a.Closed {
		closeBtn = kit.H(l, "p.note", txtClosedMark)
	} else {
		closeBtn = kit.H(l, "button.secondary#teach-close", txtCloseIt).Attr("type", "button").OnClick(p.closeIt)
	}
	return kit.H(l, "section.widget#teach-assignment",
		kit.H(noLang, "h2", a.Title),
		errUI,
		kit.H(l, "div.share",
			app.ElemSelfClosing("img").ID("teach-qr").Attr("src", api.TeachAssignmentPath(a.Code, "qr.svg")).
				Attr("alt", txtQRAlt.In(l)), // at its own size: 8 pixels a module
			kit.H(l, "p", txtCodeIs, ": ", kit.H(noLang, "strong.code#teach-code", a.Code)),
			kit.H(l, "p", txtLinkIs, ": ", kit.A(noLang, "#teach-link", StudentDir+a.Code, link)),
			due,
		),
		kit.H(l, "h3", txtGridH),
		p.gridUI(l),
		kit.H(l, "h3", txtMistakesH),
		p.mistakes(l),
		kit.H(l, "p.exports",
			kit.A(l, "#teach-csv", api.TeachAssignmentPath(a.Code, "results.csv"), txtExportCSV).Attr("download", a.Code+".csv"), " · ",
			kit.A(l, "#teach-json", api.TeachAssignmentPath(a.Code, "results.json"), txtExportJSON).Attr("download", a.Code+".json")),
		closeBtn,
	)
}

func (p *teach) gridUI(l i18n.Lang) app.UI {
	if len(p.rows) == 0 {
		return kit.H(l, "p.note#teach-empty", txtNoStudents)
	}
	items := p.grid.Assignment.Items
	head := make([]app.UI, 0, items+3)
	head = append(head, kit.H(l, "th", txtStudentID), kit.H(l, "th", txtName), kit.H(l, "th", txtScore))
	for n := 1; n <= items; n++ {
		head = append(head, kit.H(noLang, "th", strconv.Itoa(n)))
	}
	shown, from, total, page, pages := p.view()
	var where app.UI
	switch {
	case total == 0:
		where = kit.H(l, "p.note#teach-page", txtFoundNone)
	default:
		where = kit.H(l, "p#teach-page", sub(txtPageOf, strconv.Itoa(from+1), strconv.Itoa(from+len(shown)), strconv.Itoa(total)))
	}
	pager := kit.H(l, "div.grid-pager",
		kit.H(l, "button.secondary#teach-prev", txtPrevPage).Attr("type", "button").Attr("disabled", kit.Bool(page == 0)).OnClick(p.turn(-1)),
		where,
		kit.H(l, "button.secondary#teach-next", txtNextPage).Attr("type", "button").Attr("disabled", kit.Bool(page >= pages-1)).OnClick(p.turn(1)),
	)
	return kit.H(l, "div.grid-wrap",
		kit.TextField("teach-find", txtFind.In(l), p.find, p.Live(), p.onFind, "type", "search", "maxlength", "40"),
		pager,
		// The body is drawn by fillGrid, after the render, a page of rows
		// at a time: go-app's tree of a class's cells takes seconds to
		// draw (docs/API.md, "Grid").
		kit.H(l, "table#teach-grid", kit.H(l, "thead", kit.H(l, "tr", head)),
			kit.H(noLang, "tbody#teach-grid-body").Attr("data-shown", len(shown)).Attr("data-found", total).Attr("data-students", len(p.rows))),
		kit.H(l, "p.note", txtLegend))
}

func (p *teach) mistakes(l i18n.Lang) app.UI {
	var lines []app.UI
	for _, im := range p.grid.Mistakes {
		for i, m := range im.Mistakes {
			if i == 3 {
				break
			}
			lines = append(lines, kit.H(l, "li", mistakeLine(im.Item, m)).Attr("data-item", im.Item).Attr("data-diagnosis", m.Diagnosis))
		}
	}
	if len(lines) == 0 {
		return kit.H(l, "p.note#teach-mistakes", txtNoMistakes)
	}
	return kit.H(l, "ul#teach-mistakes", lines)
}

// sub puts v for {1} in t.
func sub(t i18n.T, vs ...string) i18n.T {
	for i, v := range vs {
		k := "{" + strconv.Itoa(i+1) + "}"
		t = i18n.T{Ko: replace(t.Ko, k, v), En: replace(t.En, k, v)}
	}
	return t
}

func replace(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}

// noLang is the language of elements that hold no text to translate.
const noLang i18n.Lang = ""
