package practice

import (
	"net/url"
	"strings"
	"testing"

	"netprimer/app/practice"
)

func TestModelOf(t *testing.T) {
	tests := []struct {
		query     string
		item      bool     // an item is shown
		needsSeed bool     // the page draws a seed
		notes     []string // what the notes say, in English
	}{
		// The hub.
		{"", false, false, nil},
		// A skill of no name: the hub, which says so.
		{"skill=nope", false, false, []string{`no skill named “nope”`}},
		// A skill of the lab: its items are not drawn here.
		{"skill=lab.htons&seed=3", false, false, []string{`practised in the socket lab`}},
		// A skill without a seed: the page draws one.
		{"skill=ipaddress.broadcast", false, true, nil},
		// A seed that is no number: drawn anew, and said.
		{"skill=ipaddress.broadcast&seed=abc", false, true, []string{`The seed “abc” is not a number`}},
		// A seed out of range: clamped, and said.
		{"skill=ipaddress.broadcast&seed=99999999999", true, false, []string{`showing item 4294967295`}},
		// A level that is no number, and one out of range.
		{"skill=packing.ntoa&seed=3&level=x", true, false, []string{`Showing level 1 instead of “x”`}},
		{"skill=packing.ntoa&seed=3&level=9", true, false, []string{`Showing level 3 instead of “9”`}},
		// Everything right: no note.
		{"skill=byteorder.htons&seed=5&level=2", true, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, _ := url.ParseQuery(tt.query)
			m := modelOf(q)
			if m.hasItem != tt.item || m.needsSeed() != tt.needsSeed {
				t.Errorf("item %v, needs a seed %v; want %v, %v", m.hasItem, m.needsSeed(), tt.item, tt.needsSeed)
			}
			if len(m.notes) != len(tt.notes) {
				t.Fatalf("notes %v, want %d", m.notes, len(tt.notes))
			}
			for i, n := range m.notes {
				if !strings.Contains(n.En, tt.notes[i]) || n.Ko == "" || strings.Contains(n.Ko, "{") {
					t.Errorf("note %q / %q, want it to say %q", n.Ko, n.En, tt.notes[i])
				}
			}
		})
	}
}

// TestURLAnswer checks that an answer in the URL is checked by the
// engine, as the classroom server checks it.
func TestURLAnswer(t *testing.T) {
	it, err := practice.New("ipaddress.broadcast", 7, 1)
	if err != nil {
		t.Fatal(err)
	}
	right := it.Solution().Typed
	for _, a := range []string{right, "nonsense", ""} {
		m := modelOf(url.Values{"skill": {"ipaddress.broadcast"}, "seed": {"7"}, "a": {a}})
		want, _ := practice.Check("ipaddress.broadcast", 7, 1, a)
		if !m.st.Review() || m.verdict.Outcome != want.Outcome || m.verdict.Diagnosis != want.Diagnosis {
			t.Errorf("a=%q: verdict %v, want %v", a, m.verdict.Outcome, want.Outcome)
		}
	}
}

func TestQueries(t *testing.T) {
	m := modelOf(url.Values{"skill": {"packing.ntoa"}, "seed": {"x"}, "level": {"2"}, "a": {"1.2.3.4"}})
	q := m.seeded(42)
	if q.Get("seed") != "42" || q.Get("level") != "2" || q["a"] != nil || q.Get("skill") != "packing.ntoa" {
		t.Errorf("seeded: %v", q)
	}
	if _, ok := q["a"]; !ok {
		t.Errorf("seeded does not remove a: %v", q)
	}
	m = modelOf(url.Values{"skill": {"packing.ntoa"}, "seed": {"9"}})
	if q := m.answered("x y"); q.Get("a") != "x y" || q.Get("seed") != "9" || q["level"] != nil {
		t.Errorf("answered: %v", q)
	}
	if h := m.nextHref(10); h != "/practice?seed=10&skill=packing.ntoa" {
		t.Errorf("next: %s", h)
	}
	other, hub := modelOf(url.Values{"skill": {"packing.ntoa"}, "seed": {"10"}}), modelOf(nil)
	if m.key() == other.key() || hub.key() != "" {
		t.Error("two items have the same key, or the hub has one")
	}
}
