package kit

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/practice"
)

// PracticeItem is the view of one item of the practice engine in the
// contract's markup (docs/CONTRACT.md, "Practice"): its question, the
// answer form, the verdict with its diagnosis and proving session, and
// the ladder of hints that ends in the solution. /practice shows one
// item with it, a classroom's assignment one a section; each page keeps
// its own state and says what an answer and a hint do.
type PracticeItem struct {
	// ID is the prefix of the elements' ids: "practice" gives
	// #practice-answer, #practice-form, #practice-verdict, …
	ID   string
	Item *practice.Item
	// Live says that the app runs, so that the form and the hints work;
	// Closed that no answer is taken any more.
	Live, Closed bool
	// Verdict is the verdict shown, nil for none; Checks counts the
	// answers checked since the item opened (the verdict's data-check);
	// Note says more under the verdict.
	Verdict *practice.Verdict
	Checks  int
	Note    app.UI
	// Hints is how many hints are shown, Solution that the solution is;
	// NoCount that further answers no longer count, which the ladder says.
	Hints    int
	Solution bool
	NoCount  bool
	// DataItem, when not 0, is the form's data-item: the item's number
	// in an assignment.
	DataItem int
	OnSubmit app.EventHandler
	OnHint   app.EventHandler
}

func (v *PracticeItem) id(part string) string { return v.ID + "-" + part }

// Question is the item's prompt and its question.
func (v *PracticeItem) Question(l i18n.Lang) []app.UI {
	return []app.UI{
		H(l, "p.prompt#"+v.id("prompt"), v.Item.Prompt()),
		H(l, "p.question", H(noLang, "code#"+v.id("question"), v.Item.Question())),
	}
}

// Form is the answer form of the contract's markup.
func (v *PracticeItem) Form(l i18n.Lang) app.UI {
	it, off := v.Item, Bool(!v.Live || v.Closed)
	form := H(l, "form.practice-item#"+v.id("form"),
		H(l, "div.field",
			H(l, "label", txtItemAnswer).Attr("for", v.id("answer")),
			H(l, "input#"+v.id("answer")).Attr("type", "text").Attr("name", "a").
				Attr("autocomplete", "off").Attr("spellcheck", "false").Attr("autocapitalize", "off").
				Attr("maxlength", 300).Attr("aria-describedby", v.id("prompt")+" "+v.id("expect")).
				Attr("disabled", off),
		),
		H(l, "p.expect#"+v.id("expect"), it.Form().Expect()),
		H(l, "button#"+v.id("check"), txtItemCheck).Attr("type", "submit").Attr("disabled", off),
	).Attr("data-skill", it.SkillID()).Attr("data-seed", strconv.FormatUint(uint64(it.Seed()), 10)).
		Attr("data-level", strconv.Itoa(it.Level())).Attr("data-given", it.Given())
	if v.DataItem != 0 {
		form = form.Attr("data-item", v.DataItem)
	}
	return form.Attr("novalidate", "true").OnSubmit(v.OnSubmit)
}

// Feedback is the place of the verdict, which screen readers announce:
// right, wrong or unreadable, the mistake it diagnoses, its explanation,
// and the Python session that proves the answer.
func (v *PracticeItem) Feedback(l i18n.Lang) app.UI {
	return H(l, "div#"+v.id("feedback"), v.verdict(l)).Aria("live", "polite")
}

func (v *PracticeItem) verdict(l i18n.Lang) app.UI {
	if v.Verdict == nil {
		return nil
	}
	d := v.Verdict
	class := map[practice.Outcome]string{practice.Right: "ok", practice.Wrong: "error", practice.Unreadable: "note"}[d.Outcome]
	var diag, read, session, link app.UI
	if d.Diagnosis != "" {
		diag = H(l, "p.diagnosis#"+v.id("diagnosis"), txtItemDiagnosis, H(l, "strong", d.Mistake))
	}
	if d.Outcome == practice.Unreadable {
		read = H(l, "p#"+v.id("unreadable"), txtItemUnreadable)
	} else if d.Read != "" && d.Outcome == practice.Wrong {
		read = H(l, "p#"+v.id("read"), txtItemReadAs, H(noLang, "code", d.Read))
	}
	if len(d.Session) > 0 {
		session = &Transcript{ID: v.id("session"), Lines: d.Session}
	}
	if d.Link != "" {
		link = H(l, "p", A(l, "widget-link#"+v.id("widget"), d.Link, txtItemSeeWidget))
	}
	return H(l, "div.verdict."+class+"#"+v.id("verdict"),
		diag,
		H(l, "p#"+v.id("explain"), d.Explain),
		read, session, link, v.Note,
	).Attr("data-verdict", d.Outcome.String()).Attr("data-diagnosis", d.Diagnosis).Attr("data-check", v.Checks)
}

// Ladder is the ladder of hints, then the solution.
func (v *PracticeItem) Ladder(l i18n.Lang) app.UI {
	hints := v.Item.Hints()
	shown := make([]app.UI, 0, v.Hints)
	for i := 0; i < v.Hints && i < len(hints); i++ {
		n := strconv.Itoa(i + 1)
		shown = append(shown, H(l, "li", H(l, "strong", i18n.T{Ko: "힌트 " + n + " ", En: "Hint " + n + " "}), hints[i]))
	}
	label, act := txtItemHint, "hint"
	if v.Hints >= len(hints) {
		label, act = txtItemSolution, "solution"
	}
	var list, sol, nocount app.UI
	if len(shown) > 0 {
		list = H(l, "ol.hints#"+v.id("hints"), shown)
	}
	if v.Solution {
		s := v.Item.Solution()
		sol = H(l, "div.solution#"+v.id("solution"),
			H(l, "h3", txtItemSolutionH),
			H(l, "p", txtItemTheAnswer, H(noLang, "code#"+v.id("answer-is"), s.Answer)),
			H(l, "p", s.Explain),
			&Transcript{ID: v.id("solution-session"), Lines: s.Session},
			H(l, "p", A(l, "widget-link", s.Link, txtItemSeeWidget)),
		)
	}
	if v.NoCount {
		nocount = H(l, "p.note#"+v.id("nocount"), txtItemNoCount)
	}
	return H(l, "div.ladder",
		list,
		H(l, "button.secondary#"+v.id("hint"), label).Attr("type", "button").Attr("data-act", act).
			Attr("disabled", Bool(v.Solution || !v.Live)).OnClick(v.OnHint),
		sol, nocount,
	)
}

// Texts of an item's view. The engine's texts (prompts, hints, verdicts)
// come from package practice.
var (
	txtItemAnswer     = i18n.T{Ko: "답", En: "Answer"}
	txtItemCheck      = i18n.T{Ko: "채점하기", En: "Check"}
	txtItemHint       = i18n.T{Ko: "힌트 보기", En: "Show a hint"}
	txtItemSolution   = i18n.T{Ko: "풀이 보기", En: "Show the solution"}
	txtItemSolutionH  = i18n.T{Ko: "풀이", En: "Solution"}
	txtItemNoCount    = i18n.T{Ko: "풀이나 정답을 본 뒤의 답은 진도에 세지 않습니다.", En: "An answer given after the solution or the answer was shown does not count toward mastery."}
	txtItemSeeWidget  = i18n.T{Ko: "레슨의 위젯에서 보기", En: "See it in the lesson’s widget"}
	txtItemReadAs     = i18n.T{Ko: "읽은 답: ", En: "Read as: "}
	txtItemTheAnswer  = i18n.T{Ko: "정답: ", En: "Answer: "}
	txtItemUnreadable = i18n.T{Ko: "이 답은 읽을 수 없어서 채점하지 않았습니다(시도 횟수에 세지 않습니다).", En: "This answer could not be read, so it was not checked (it costs no attempt)."}
	txtItemDiagnosis  = i18n.T{Ko: "알려진 실수: ", En: "Known mistake: "}
)
