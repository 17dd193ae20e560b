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
	form := kit.H(l, "form.practice-item#practice-form",
		kit.H(l, "div.field",
			kit.H(l, "label", txtAnswer).Attr("for", "practice-answer"),
			kit.H(l, "input#practice-answer").Attr("type", "text").Attr("name", "a").
				Attr("autocomplete", "off").Attr("spellcheck", "false").Attr("autocapitalize", "off").
				Attr("maxlength", 300).Attr("aria-describedby", "practice-prompt practice-expect").
				Attr("disabled", kit.Bool(!p.Live())),
		),
		kit.H(l, "p.expect#practice-expect", it.Form().Expect()),
		kit.H(l, "button#practice-check", txtCheck).Attr("type", "submit").Attr("disabled", kit.Bool(!p.Live())),
	).Attr("data-skill", it.SkillID()).Attr("data-seed", strconv.FormatUint(uint64(it.Seed()), 10)).
		Attr("data-level", strconv.Itoa(it.Level())).Attr("data-given", it.Given()).
		Attr("novalidate", "true").OnSubmit(p.submit)
	return kit.H(l, "section.widget#practice-item",
		kit.H(l, "h2", sk.Title.In(l)+" · "+level.In(l)),
		back,
		kit.H(l, "p.prompt#practice-prompt", it.Prompt()),
		kit.H(l, "p.question", kit.H(noLang, "code#practice-question", it.Question())),
		p.masteryUI(l),
		form,
		kit.H(l, "div#practice-feedback", p.verdictUI(l)).Aria("live", "polite"),
		p.hintsUI(l),
		kit.H(l, "div.stepnav", kit.H(l, "button.secondary#practice-next", txtNext).Attr("type", "button").OnClick(p.next)),
	)
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

// verdictUI is the verdict of the contract: right, wrong or unreadable,
// the mistake it diagnoses, its explanation, and the Python session that
// proves the answer.
func (p *page) verdictUI(l i18n.Lang) app.UI {
	v, ok := p.shown()
	if !ok {
		return nil
	}
	class := map[practice.Outcome]string{practice.Right: "ok", practice.Wrong: "error", practice.Unreadable: "note"}[v.Outcome]
	var diag, read, session, link, note app.UI
	if v.Diagnosis != "" {
		diag = kit.H(l, "p.diagnosis#practice-diagnosis", txtDiagnosis, kit.H(l, "strong", v.Mistake))
	}
	if v.Outcome == practice.Unreadable {
		read = kit.H(l, "p#practice-unreadable", txtUnreadable)
	} else if v.Read != "" && v.Outcome == practice.Wrong {
		read = kit.H(l, "p#practice-read", txtReadAs, kit.H(noLang, "code", v.Read))
	}
	if len(v.Session) > 0 {
		session = &kit.Transcript{ID: "practice-session", Lines: v.Session}
	}
	if v.Link != "" {
		link = kit.H(l, "p", kit.A(l, "widget-link#practice-widget", v.Link, txtSeeWidget))
	}
	if p.live == nil && p.m.st.Answered {
		note = kit.H(l, "p.note#practice-review", txtReviewNote)
	}
	return kit.H(l, "div.verdict."+class+"#practice-verdict",
		diag,
		kit.H(l, "p#practice-explain", v.Explain),
		read, session, link, note,
	).Attr("data-verdict", v.Outcome.String()).Attr("data-diagnosis", v.Diagnosis).Attr("data-check", p.checks)
}

// hintsUI is the ladder of hints, then the solution.
func (p *page) hintsUI(l i18n.Lang) app.UI {
	hints := p.m.item.Hints()
	shown := make([]app.UI, 0, p.hints)
	for i := 0; i < p.hints && i < len(hints); i++ {
		shown = append(shown, kit.H(l, "li", kit.H(l, "strong", sub(txtHintN, strconv.Itoa(i+1)).In(l)+" "), hints[i]))
	}
	label, act := txtHint, "hint"
	if p.hints >= len(hints) {
		label, act = txtSolution, "solution"
	}
	var list, sol, nocount app.UI
	if len(shown) > 0 {
		list = kit.H(l, "ol.hints#practice-hints", shown)
	}
	if p.solution {
		s := p.m.item.Solution()
		sol = kit.H(l, "div.solution#practice-solution",
			kit.H(l, "h3", txtSolutionH),
			kit.H(l, "p", txtTheAnswer, kit.H(noLang, "code#practice-answer-is", s.Answer)),
			kit.H(l, "p", s.Explain),
			&kit.Transcript{ID: "practice-solution-session", Lines: s.Session},
			kit.H(l, "p", kit.A(l, "widget-link", s.Link, txtSeeWidget)),
		)
	}
	if p.seen {
		nocount = kit.H(l, "p.note#practice-nocount", txtNoCount)
	}
	return kit.H(l, "div.ladder",
		list,
		kit.H(l, "button.secondary#practice-hint", label).Attr("type", "button").Attr("data-act", act).
			Attr("disabled", kit.Bool(p.solution || !p.Live())).OnClick(p.hint),
		sol, nocount,
	)
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
