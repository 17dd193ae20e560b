// Package practice is the page /practice: the hub of every skill of the
// practice engine with the student's mastery, and one item at a time,
// checked, diagnosed and proved in Python (docs/CONTRACT.md, "Practice").
// Package app/practice computes everything; this page arranges it, and
// keeps the student's progress in the browser through the kit.
package practice

import (
	"math/rand/v2"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

type page struct {
	app.Compo
	lesson
	m model

	progress practice.Progress
	keptBad  i18n.T // why the kept progress cannot be read; "" when it can
	carried  []i18n.T

	// What the student did with the item shown (m.key()).
	itemKey  string
	hints    int  // hints shown
	solution bool // the solution was shown
	seen     bool // the answer was shown (solution, or a verdict that gives it)
	live     *practice.Verdict
	checks   int // answers checked on this page, for the verdict's data-check
	saveBad  bool

	ownNav bool // the page is writing the answer it has checked into the URL

	transfer i18n.T // the outcome of the last export or import
	transOK  bool
}

// New returns the practice page.
func New() app.Composer { return &page{m: modelOf(nil)} }

func (p *page) OnNav(ctx app.Context) {
	q := p.Nav(ctx)
	if p.ownNav {
		// The answer submit wrote: its verdict is computed and shown.
		return
	}
	m := modelOf(q)
	if m.needsSeed() && app.IsClient {
		// A fresh item, written into the URL in place of this address,
		// with what the page says of the URL it replaces.
		// After this navigation's render, not inside it.
		p.carried, p.m = m.notes, m
		q := m.seeded(rand.Uint32())
		ctx.Defer(func(ctx app.Context) { kit.ReplaceQuery(ctx, q) })
		return
	}
	if p.carried != nil {
		m.notes = append(p.carried, m.notes...)
		p.carried = nil
	}
	if k := m.key(); k != p.itemKey || m.st.Answered && p.live == nil {
		p.itemKey, p.hints, p.solution, p.live, p.saveBad, p.checks = k, 0, false, nil, false, 0
		p.seen = m.st.Answered && m.verdict.Outcome != practice.Unreadable
		kit.SyncInput(ctx, "practice-answer", m.st.Answer)
	}
	p.m = m
	p.loadProgress(ctx)
}

// loadProgress reads the progress kept in this browser.
func (p *page) loadProgress(ctx app.Context) {
	var err error
	p.progress, err = kit.LoadProgress(ctx)
	p.keptBad = noText
	if ie, ok := err.(*practice.ImportError); ok {
		p.keptBad = ie.Msg
	}
}

// submit checks the answer typed, records it unless it costs nothing or
// the answer was already shown, and writes it into the URL.
func (p *page) submit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if !p.m.hasItem {
		return
	}
	text := app.Window().GetElementByID("practice-answer").Get("value").String()
	v := p.m.item.Check(text)
	p.live = &v
	p.checks++
	if v.Outcome == practice.Unreadable {
		// No attempt spent, and nothing in the URL: the form says what
		// it expects.
		return
	}
	a := practice.Attempt{
		Skill: p.m.item.SkillID(), Level: p.m.item.Level(), Outcome: v.Outcome,
		Hints: p.hints, Solution: p.seen, At: time.Now(),
	}
	p.seen = true
	p.m.st.Answer, p.m.st.Answered, p.m.verdict = text, true, v
	p.record(ctx, a, p.itemKey, text)
}

// record records the attempt in the progress kept in this browser and,
// if the item is still the one shown, writes its answer into the URL.
// Recording after a timer, so that the verdict is drawn first, measured
// no faster in make bench (24 ms median against 17), so it is done here.
func (p *page) record(ctx app.Context, a practice.Attempt, key, text string) {
	prog, err := kit.RecordAttempt(ctx, a)
	p.progress, p.saveBad = prog, false
	if ie, ok := err.(*practice.ImportError); ok {
		p.keptBad = ie.Msg
	} else if err != nil {
		p.saveBad = true
	}
	if key != p.itemKey {
		return
	}
	p.ownNav = true
	kit.ReplaceQuery(ctx, p.m.answered(text)) // go-app calls OnNav before it returns
	p.ownNav = false
}

// hint shows the next hint, and after the last one the solution.
func (p *page) hint(ctx app.Context, e app.Event) {
	if p.hints < len(p.m.item.Hints()) {
		p.hints++
		return
	}
	p.solution, p.seen = true, true
}

// next opens another item of the skill at the same level.
func (p *page) next(ctx app.Context, e app.Event) {
	ctx.Navigate(p.m.nextHref(rand.Uint32()))
}

func (p *page) Render() app.UI {
	l := p.Lang()
	if p.m.st.Skill == "" {
		return kit.H(l, "div.lesson.practice", p.notesUI(l), p.hubUI(l), p.transferUI(l))
	}
	return kit.H(l, "div.lesson.practice", p.notesUI(l), p.itemUI(l))
}
