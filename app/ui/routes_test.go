package ui

import (
	"reflect"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

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
		page := newBody()
		if page == nil {
			t.Errorf("route %q makes no page", path)
			continue
		}
		// On every navigation go-app makes the route's components anew
		// and copies the new ones' exported fields into those it keeps:
		// a lesson's page, which has no parent to give it inputs, keeps
		// its state in unexported fields only.
		typ := reflect.TypeOf(page).Elem()
		for i := 0; i < typ.NumField(); i++ {
			if f := typ.Field(i); f.IsExported() && f.Type != reflect.TypeFor[app.Compo]() {
				t.Errorf("route %q: the page's field %s is exported, and go-app resets it on every navigation", path, f.Name)
			}
		}
	}
	// Every lesson of the deck has content of its own today; a new one
	// without its route line would show its slides alone.
	for _, l := range deck.Lessons() {
		if _, ok := lessons[l.Path]; !ok {
			t.Errorf("lesson %q has no route line in the table", l.Path)
		}
	}
	for path, p := range pages {
		if _, ok := deck.Find(path); ok {
			t.Errorf("page %q shadows a lesson of the deck", path)
		}
		if p.Title.Ko == "" || p.Title.En == "" || p.New == nil || p.New() == nil {
			t.Errorf("page %q has no title in both languages, or makes no page", path)
		}
		if l, ok := Find(path); !ok || l.Path != path || l.Title != p.Title {
			t.Errorf("Find(%q) = %v, %v", path, l, ok)
		}
	}
	if _, ok := Find("/nope"); ok {
		t.Error(`Find("/nope") found a route`)
	}
	if len(Paths()) != len(deck.Lessons())+len(pages) || Paths()[0] != "/" {
		t.Errorf("Paths() = %q", Paths())
	}
}
