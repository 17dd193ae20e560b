package practice

import (
	"testing"

	"netprimer/app/concepts"
)

// TestDataMistakes checks the mistakes that come from the lessons' data
// rather than from a rule Python could compute: a protocol put in a
// tempting layer is what the placement exercise explains, and naming
// the kind of a port's service is what the ports quiz calls close.
func TestDataMistakes(t *testing.T) {
	for _, p := range concepts.Protocols() {
		for _, m := range layerMistakes {
			typed, why, ok := m.wrong(layerX{p: p})
			l, parsed := concepts.ParseLayer(typed)
			_, tempting := p.Mistakes[l]
			switch {
			case !ok:
				continue
			case !parsed || !tempting || l == p.Layer || m.id != "as_"+l.String():
				t.Errorf("%s %s: answers %q, not a tempting layer of the mistake's name", p.ID, m.id, typed)
			case concepts.Check(p.ID, l).Verdict == concepts.Correct || why.En == "" || why.Ko == "":
				t.Errorf("%s %s: %q is right, or unexplained", p.ID, m.id, typed)
			}
		}
	}
	for _, w := range concepts.WellKnownPorts() {
		typed, _, ok := serviceMistakes[0].wrong(w)
		if serviceMistakes[0].id != "kind_not_protocol" || !ok || concepts.CheckService(w.Port, typed).Verdict != concepts.Close {
			t.Errorf("port %d: kind_not_protocol answers %q, which the ports quiz does not call close", w.Port, typed)
		}
	}
}
