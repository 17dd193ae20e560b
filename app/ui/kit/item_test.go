package kit_test

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/kittest"
)

// TestPracticeItemIDs checks that an item's view names its elements by
// its prefix, so that a page of many items (an assignment) has no id
// twice, and that a verdict, the hints and the solution show when asked.
func TestPracticeItemIDs(t *testing.T) {
	it, err := practice.New("ipaddress.broadcast", 7, 1)
	if err != nil {
		t.Fatal(err)
	}
	d := it.Check("1.1.1.1")
	view := func(prefix string, n int) string {
		v := &kit.PracticeItem{ID: prefix, Item: &it, Live: true, Verdict: &d, Hints: 1, Solution: true, DataItem: n}
		return kittest.HTML(app.Div().Body(append(v.Question(i18n.En), v.Form(i18n.En), v.Feedback(i18n.En), v.Ladder(i18n.En))...))
	}
	got := view("item-3", 3)
	for _, part := range []string{"prompt", "question", "form", "answer", "expect", "check", "feedback", "verdict", "explain", "session", "hints", "hint", "solution", "answer-is", "solution-session"} {
		if !strings.Contains(got, `id="item-3-`+part+`"`) {
			t.Errorf("no #item-3-%s in\n%s", part, got)
		}
	}
	if strings.Contains(got, `id="practice-`) || !strings.Contains(got, `data-item="3"`) || !strings.Contains(got, `data-verdict="wrong"`) {
		t.Errorf("the ids are not the prefix's, or no data-item or verdict:\n%s", got)
	}
	if got := view("practice", 0); strings.Contains(got, `data-item=`) || !strings.Contains(got, `id="practice-answer"`) {
		t.Errorf("/practice's item: a data-item, or no #practice-answer:\n%s", got)
	}
}
