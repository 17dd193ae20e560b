package deck

import (
	"strings"
	"testing"

	"netprimer/app/i18n"
)

// TestRoutesOfTheContract checks that the deck has a lesson for every route
// of the contract (docs/CONTRACT.md), in course order, with the home page
// first. The deck may have more lessons between them.
func TestRoutesOfTheContract(t *testing.T) {
	want := []string{"/", "/network", "/addresses", "/sockets", "/ipaddress", "/hosts", "/services", "/packing", "/byteorder"}
	var got []string
	for _, l := range Lessons() {
		got = append(got, l.Path)
	}
	// The contract's routes, in their order, among the deck's.
	i := 0
	for _, p := range got {
		if i < len(want) && p == want[i] {
			i++
		}
	}
	if i != len(want) || got[0] != "/" {
		t.Errorf("lessons %v, want %v among them in this order", got, want)
	}
}

func TestEveryTextInBothLanguages(t *testing.T) {
	check := func(where string, x i18n.T) {
		t.Helper()
		if strings.TrimSpace(x.Ko) == "" || strings.TrimSpace(x.En) == "" {
			t.Errorf("%s: missing a language: %q / %q", where, x.Ko, x.En)
		}
	}
	for _, l := range Lessons() {
		check(l.Path+" title", l.Title)
		check(l.Path+" intro", l.Intro)
		if l.Path != "/" && len(l.Slides) == 0 {
			t.Errorf("%s has no slides", l.Path)
		}
		for _, s := range l.Slides {
			check(l.Path+" slide title", s.Title)
			for j, b := range s.Blocks {
				where := l.Path + " slide " + s.Title.En
				switch b.Kind {
				case Para, List:
					check(where, b.Text)
					if b.Kind == List && strings.Count(b.Text.Ko, "\n") != strings.Count(b.Text.En, "\n") {
						t.Errorf("%s block %d: the Korean and English lists have different items", where, j)
					}
				case Code:
					if b.Code == "" {
						t.Errorf("%s block %d: empty code", where, j)
					}
				case Table:
					for _, h := range b.Head {
						check(where+" table head", h)
					}
					for _, r := range b.Rows {
						if len(r) != len(b.Head) {
							t.Errorf("%s: row %v has %d cells for %d columns", where, r, len(r), len(b.Head))
						}
						for _, c := range r {
							check(where+" table cell", c)
						}
					}
				}
			}
		}
	}
}

func TestPrevNext(t *testing.T) {
	ls := Lessons()
	for i, l := range ls[1:] {
		next, ok := Next(l.Path)
		if i+2 < len(ls) {
			if !ok || next.Path != ls[i+2].Path {
				t.Errorf("Next(%s) = %s, %v", l.Path, next.Path, ok)
			}
		} else if ok {
			t.Errorf("Next(%s) of the last lesson = %s", l.Path, next.Path)
		}
		prev, ok := Prev(l.Path)
		if i == 0 && ok {
			t.Errorf("Prev(%s) = %s: the first lesson has no previous one", l.Path, prev.Path)
		}
		if i > 0 && (!ok || prev.Path != ls[i].Path) {
			t.Errorf("Prev(%s) = %s, %v", l.Path, prev.Path, ok)
		}
	}
	if _, ok := Find("/nope"); ok {
		t.Error("Find found a lesson that does not exist")
	}
}
