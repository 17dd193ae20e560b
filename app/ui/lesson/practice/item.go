package practice

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
)

// itemUI is one item: its question, the answer form of the contract's
// markup, the verdict with its diagnosis and proving session, the hints
// and the solution, and the way to the next item.
func (p *page) itemUI(l i18n.Lang) app.UI {
	sk, _ := practice.Lookup(p.m.st.Skill)
	back := kit.H(l, "p.back", kit.A(l, "hub-link#hub-link", practice.Path, "← ", txtHubBack))
	if !p.m.hasItem {
		// On the server, and for the moment before the page draws a seed.
		return kit.H(l, "section.widget#practice-item", kit.H(l, "h2", sk.Title), back, kit.H(l, "p.note#practice-drawing", txtDrawing))
	}
	it := &p.m.item
	level := sub(txtLevelN, strconv.Itoa(it.Level()))
	v := p.view()
	return kit.H(l, "section.widget#practice-item",
		kit.H(l, "h2", sk.Title.In(l)+" · "+level.In(l)),
		back,
		v.Question(l),
		p.masteryUI(l),
		v.Form(l),
		v.Feedback(l),
		v.Ladder(l),
		kit.H(l, "div.stepnav", kit.H(l, "button.secondary#practice-next", txtNext).Attr("type", "button").OnClick(p.next)),
	)
}

// view is the item in the kit's view of an item, with what the student
// did with it on this page.
func (p *page) view() *kit.PracticeItem {
	v := &kit.PracticeItem{
		ID: "practice", Item: &p.m.item, Live: p.Live(),
		Checks: p.checks, Hints: p.hints, Solution: p.solution, NoCount: p.seen,
		OnSubmit: p.submit, OnHint: p.hint,
	}
	if d, ok := p.shown(); ok {
		v.Verdict = &d
		if p.live == nil && p.m.st.Answered {
			v.Note = kit.H(p.Lang(), "p.note#practice-review", txtReviewNote)
		}
	}
	return v
}

// masteryUI says how well the student knows the skill, from this
// browser's progress.
func (p *page) masteryUI(l i18n.Lang) app.UI {
	s := p.progress.Skill(p.m.st.Skill)
	var kept, save app.UI
	if p.keptBad.En != "" {
		kept = kit.H(l, "p.error#progress-kept", txtKeptBad.In(l)+p.keptBad.In(l))
	}
	if p.saveBad {
		save = kit.H(l, "p.error#progress-save", txtSaveFail)
	}
	return kit.H(l, "div.mastery",
		kit.H(l, "p#practice-mastery", txtYourLevel, kit.H(l, "strong", s.Level.Name())).Attr("data-mastery", s.Level.String()),
		kept, save,
	)
}

// shown returns the verdict on screen: the answer just given, or the
// URL's; false for none.
func (p *page) shown() (practice.Verdict, bool) {
	if p.live != nil {
		return *p.live, true
	}
	return p.m.verdict, p.m.st.Answered
}

// notesUI says what the URL held that the page could not use.
func (p *page) notesUI(l i18n.Lang) app.UI {
	if len(p.m.notes) == 0 {
		return nil
	}
	items := make([]app.UI, len(p.m.notes))
	for i, n := range p.m.notes {
		items[i] = kit.H(l, "p", n)
	}
	return kit.H(l, "div.error#practice-notes", items).Role("alert")
}

// noLang is the language of elements that hold no text to translate.
const noLang i18n.Lang = ""
