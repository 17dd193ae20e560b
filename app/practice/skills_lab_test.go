package practice

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"netprimer/app/lab/task"
)

// TestLabSkills checks that the lab's skills are its tasks, in their
// order, and that they are kept apart from the generated skills: no item,
// no place in Skills or the review queue, no /practice state.
func TestLabSkills(t *testing.T) {
	tasks := task.All()
	skills := LabSkills()
	if len(skills) != len(tasks) || len(tasks) == 0 {
		t.Fatalf("%d lab skills for %d tasks", len(skills), len(tasks))
	}
	for i, s := range skills {
		if s.ID != string(tasks[i].ID) || s.Lesson != LabPath || s.Title != tasks[i].Title || !s.ServerChecked() || !strings.HasPrefix(s.ID, "lab.") {
			t.Errorf("lab skill %d is %+v; the task is %s", i, s, tasks[i].ID)
		}
		if got, ok := Lookup(s.ID); !ok || got.ID != s.ID {
			t.Errorf("Lookup(%s) = %v, %v", s.ID, got.ID, ok)
		}
		if _, err := New(s.ID, 1, MinLevel); !errors.Is(err, ErrServerChecked) {
			t.Errorf("New(%s): %v; want ErrServerChecked", s.ID, err)
		}
		if st := ParseState(url.Values{"skill": {s.ID}}); st.Skill != "" || st.Unknown != s.ID {
			t.Errorf("/practice?skill=%s reads as %+v", s.ID, st)
		}
	}
	for _, s := range Skills() {
		if s.ServerChecked() || s.Lesson == LabPath {
			t.Errorf("Skills() holds %s, which the lab's server checks", s.ID)
		}
	}
	ls := Lessons()
	if last := ls[len(ls)-1]; last.Path != LabPath || last.Title != LabTitle || len(last.Skills) != len(tasks) {
		t.Errorf("the last lesson is %s %v with %d skills; want the lab", last.Path, last.Title, len(last.Skills))
	}
}

// TestLabProgress checks that a lab task done counts as practice: Record
// makes the skill familiar, Export writes it after the deck's skills,
// ParseProgress reads it back, the hub lists it with a link to /lab, and
// its review, when due, is not in the queue of items.
func TestLabProgress(t *testing.T) {
	p := Progress{}.Record(Attempt{Skill: "byteorder.htons", Level: 1, Outcome: Right, At: t0})
	p = p.Record(Attempt{Skill: "lab.htons", Level: 1, Outcome: Right, At: t0})
	p = p.Record(Attempt{Skill: "lab.nope", Level: 1, Outcome: Right, At: t0})
	if got := p.Skill("lab.htons"); got.Level != Familiar || got.Right != 1 {
		t.Fatalf("lab.htons after a right attempt: %+v", got)
	}
	if p.Len() != 2 {
		t.Errorf("an unknown lab skill was recorded: %d skills", p.Len())
	}
	file := p.Export()
	if i, j := strings.Index(string(file), `"byteorder.htons"`), strings.Index(string(file), `"lab.htons"`); i < 0 || j < i {
		t.Errorf("the file does not list lab.htons after byteorder.htons:\n%s", file)
	}
	back, err := ParseProgress(file)
	if err != nil {
		t.Fatal(err)
	}
	if back.Skill("lab.htons") != p.Skill("lab.htons") {
		t.Errorf("read back %+v; want %+v", back.Skill("lab.htons"), p.Skill("lab.htons"))
	}

	later := t0.Add(2 * 24 * time.Hour)
	h := p.Hub(later)
	var found bool
	for _, l := range h.Lessons {
		for _, s := range l.Skills {
			if s.ID == "lab.htons" {
				found = true
				if l.Path != LabPath || s.Href != LabPath || s.Level != Familiar || !s.Due {
					t.Errorf("the hub shows lab.htons in %s as %+v", l.Path, s)
				}
				if l.Due != 0 {
					t.Errorf("the lab counts %d reviews due; its skills have no items", l.Due)
				}
			}
		}
	}
	if !found {
		t.Error("the hub does not list lab.htons")
	}
	if h.Due != 1 {
		t.Errorf("%d reviews due; want 1, byteorder.htons's", h.Due)
	}
	for _, s := range p.Queue(later, 0) {
		if strings.HasPrefix(s.Skill, "lab.") {
			t.Errorf("the queue holds %s", s.Skill)
		}
	}
}
