package practice

import (
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)

func right(at time.Time) Attempt {
	return Attempt{Skill: "ipaddress.broadcast", Level: 2, Outcome: Right, At: at}
}

func wrong(at time.Time) Attempt {
	return Attempt{Skill: "ipaddress.broadcast", Level: 2, Outcome: Wrong, At: at}
}

func TestRecord(t *testing.T) {
	const id = "ipaddress.broadcast"
	day := 24 * time.Hour
	steps := []struct {
		what  string
		a     Attempt
		level Mastery
		box   int
		due   time.Time // zero: none
	}{
		{"a first wrong answer: attempted, nothing to review", wrong(t0), Attempted, 0, time.Time{}},
		{"right after a hint: still attempted", func() Attempt { a := right(t0.Add(time.Minute)); a.Hints = 1; return a }(), Attempted, 0, time.Time{}},
		{"right alone: familiar, reviewed in a day", right(t0.Add(2 * time.Minute)), Familiar, 0, t0.Add(2*time.Minute + day)},
		{"right again: proficient, the review stays", right(t0.Add(3 * time.Minute)), Proficient, 0, t0.Add(2*time.Minute + day)},
		{"right before the review: still proficient", right(t0.Add(4 * time.Minute)), Proficient, 0, t0.Add(2*time.Minute + day)},
		{"right at the review: mastered, next box", right(t0.Add(2*time.Minute + day)), Mastered, 1, t0.Add(2*time.Minute + day + 3*day)},
		{"right at the next review: box 2", right(t0.Add(2*time.Minute + 4*day)), Mastered, 2, t0.Add(2*time.Minute + 4*day + 7*day)},
		{"wrong: proficient, back in a day", wrong(t0.Add(5 * day)), Proficient, 0, t0.Add(6 * day)},
		{"wrong again: familiar", wrong(t0.Add(5*day + time.Minute)), Familiar, 0, t0.Add(6*day + time.Minute)},
		{"wrong again: attempted, practice rather than review", wrong(t0.Add(5*day + 2*time.Minute)), Attempted, 0, time.Time{}},
		{"wrong again: never below attempted", wrong(t0.Add(5*day + 3*time.Minute)), Attempted, 0, time.Time{}},
	}
	var p Progress
	for _, s := range steps {
		p = p.Record(s.a)
		got := p.Skill(id)
		if got.Level != s.level || got.Box != s.box || !got.Due.Equal(s.due) {
			t.Fatalf("%s: %v box %d due %v; want %v box %d due %v", s.what, got.Level, got.Box, got.Due, s.level, s.box, s.due)
		}
	}
	if s := p.Skill(id); s.Right != 6 || s.Wrong != 5 || s.Top != 2 {
		t.Errorf("counts %d right, %d wrong, top %d; want 6, 5, 2", s.Right, s.Wrong, s.Top)
	}

	// The box stops at the last interval.
	q := Progress{}.Record(right(t0))
	for i := 0; i < 20; i++ {
		q = q.Record(right(q.Skill(id).Due))
	}
	if s := q.Skill(id); s.Box != len(Intervals)-1 || s.Level != Mastered {
		t.Errorf("after many reviews: box %d, %v", s.Box, s.Level)
	}
}

func TestRecordIgnores(t *testing.T) {
	p := Progress{}.Record(right(t0))
	for _, c := range []struct {
		what string
		a    Attempt
	}{
		{"an unreadable answer", Attempt{Skill: "ipaddress.broadcast", Outcome: Unreadable, At: t0.Add(time.Hour)}},
		{"an answer after the solution", Attempt{Skill: "ipaddress.broadcast", Outcome: Right, Solution: true, At: t0.Add(time.Hour)}},
		{"a wrong answer after the solution", Attempt{Skill: "ipaddress.broadcast", Outcome: Wrong, Solution: true, At: t0.Add(time.Hour)}},
		{"an unknown skill", Attempt{Skill: "nope", Outcome: Right, At: t0.Add(time.Hour)}},
	} {
		q := p.Record(c.a)
		if q.Skill("ipaddress.broadcast") != p.Skill("ipaddress.broadcast") || q.Len() != p.Len() {
			t.Errorf("%s changed the progress", c.what)
		}
	}
	// Record leaves the progress it is called on as it was.
	before := p.Skill("ipaddress.broadcast")
	_ = p.Record(wrong(t0.Add(time.Hour)))
	if p.Skill("ipaddress.broadcast") != before {
		t.Error("Record changed its receiver")
	}
}

func TestMerge(t *testing.T) {
	a := Progress{}.Record(right(t0)).Record(right(t0.Add(time.Minute)))                     // proficient at t0+1m
	b := Progress{}.Record(wrong(t0.Add(time.Hour)))                                         // attempted, later
	c := Progress{}.Record(Attempt{Skill: "packing.ntoa", Outcome: Right, At: t0, Level: 3}) // another skill
	m := a.Merge(b).Merge(c)
	s := m.Skill("ipaddress.broadcast")
	if s.Level != Attempted || s.Right != 2 || s.Wrong != 1 || s.Top != 2 {
		t.Errorf("merged %+v; want the later record (attempted) with the higher counts", s)
	}
	if m.Skill("packing.ntoa").Top != 3 || m.Len() != 2 {
		t.Errorf("merge lost a skill: %d skills", m.Len())
	}
	for _, pair := range [][2]Progress{{a, b}, {b, c}, {a, c}, {m, a}} {
		if string(pair[0].Merge(pair[1]).Export()) != string(pair[1].Merge(pair[0]).Export()) {
			t.Errorf("merge is not commutative:\n%s", pair[0].Merge(pair[1]).Export())
		}
	}
	if string(m.Merge(m).Export()) != string(m.Export()) {
		t.Error("merging progress with itself changes it")
	}
	// Ties on the last answer go to the higher level.
	x := Progress{}.Record(right(t0))
	y := x.Record(right(t0))
	if got := x.Merge(y).Skill("ipaddress.broadcast").Level; got != Proficient {
		t.Errorf("a tie went to %v", got)
	}
}

func TestMasteryNames(t *testing.T) {
	for m := NotStarted; m <= Mastered; m++ {
		if m.String() == "" || !bothLanguages(m.Name()) {
			t.Errorf("level %d has no name", m)
		}
	}
	if Mastery(9).String() != "" {
		t.Error("a level past mastered has a name")
	}
}
