package practice

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/kittest"
)

func render(q url.Values, l i18n.Lang) string {
	p := &page{lesson: kit.LessonIn(l), m: modelOf(q)}
	return kittest.HTML(p.Render())
}

// TestItemMarkup checks the markup of the contract: the form with its
// data attributes and one field a, and after an answer the verdict.
func TestItemMarkup(t *testing.T) {
	it, _ := practice.New("ipaddress.broadcast", 7, 2)
	got := render(url.Values{"skill": {"ipaddress.broadcast"}, "seed": {"7"}, "level": {"2"}}, i18n.En)
	for _, want := range []string{
		`data-given="` + strings.ReplaceAll(it.Given(), `"`, `\"`) + `"`, `data-level="2"`, `data-seed="7"`,
		`class="practice-item"`, `data-skill="ipaddress.broadcast"`,
		`name="a"`, `id="practice-answer"`, `for="practice-answer"`, `aria-live="polite"`, `id="practice-hint"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the item lacks %s\n%s", want, got)
		}
	}
	if strings.Count(got, `name="`) != 1 || strings.Contains(got, `data-verdict`) || strings.Contains(got, it.Solution().Answer) {
		t.Errorf("the item has another field, a verdict, or its answer before any answer")
	}
	for _, tt := range []struct{ a, verdict string }{{it.Solution().Typed, "right"}, {"1.1.1.1", "wrong"}, {"x", "unreadable"}} {
		got := render(url.Values{"skill": {"ipaddress.broadcast"}, "seed": {"7"}, "level": {"2"}, "a": {tt.a}}, i18n.Ko)
		if !strings.Contains(got, `data-verdict="`+tt.verdict+`"`) || !strings.Contains(got, `id="practice-review"`) {
			t.Errorf("a=%s: no %s verdict shown as from a link", tt.a, tt.verdict)
		}
		if session := strings.Contains(got, `<pre class="pyrepl" id="practice-session"`); session != (tt.verdict != "unreadable") {
			t.Errorf("a=%s: the session shown is %v", tt.a, session)
		}
	}
}

// TestHubMarkup checks that the hub lists every skill, each linked where
// the engine says, with its lesson.
func TestHubMarkup(t *testing.T) {
	got := render(nil, i18n.En)
	h := practice.Progress{}.Hub(time.Now())
	n := 0
	for _, hl := range h.Lessons {
		if !strings.Contains(got, `id="`+kit.HubAnchor(hl.Path)+`"`) {
			t.Errorf("no part of the hub for %s", hl.Path)
		}
		for _, hs := range hl.Skills {
			n++
			if !strings.Contains(got, `data-skill="`+hs.ID+`"`) || !strings.Contains(got, `href="`+strings.ReplaceAll(hs.Href, "&", "&amp;")+`"`) {
				t.Errorf("the hub lacks %s or its link %s", hs.ID, hs.Href)
			}
		}
	}
	if want := len(practice.Skills()) + len(practice.LabSkills()); n != want || n < 25 {
		t.Errorf("the hub lists %d skills of %d", n, want)
	}
	if !strings.Contains(got, `id="progress-import"`) || !strings.Contains(got, `id="progress-export"`) {
		t.Error("the hub has no export or import")
	}
}
