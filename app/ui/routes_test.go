package ui

import (
	"testing"

	"netprimer/app/deck"
)

// TestRoutesAreLessons checks the route table against the deck: a route
// that is not a lesson of the deck (a typo, say) would never be served,
// and its lesson would quietly show its slides instead.
func TestRoutesAreLessons(t *testing.T) {
	for path, newBody := range lessons {
		if _, ok := deck.Find(path); !ok {
			t.Errorf("route %q is not a lesson of the deck", path)
		}
		if newBody() == nil {
			t.Errorf("route %q makes no page", path)
		}
	}
	// Every lesson of the deck has content of its own today; a new one
	// without its route line would show its slides alone.
	for _, l := range deck.Lessons() {
		if _, ok := lessons[l.Path]; !ok {
			t.Errorf("lesson %q has no route line in the table", l.Path)
		}
	}
	if len(Paths()) != len(deck.Lessons()) || Paths()[0] != "/" {
		t.Errorf("Paths() = %q", Paths())
	}
}
