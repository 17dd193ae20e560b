package practice

import (
	"net/url"
	"testing"
	"time"
)

func TestHub(t *testing.T) {
	day := 24 * time.Hour
	p := Progress{}
	// Two skills of /ipaddress and one of /packing familiar, at different times.
	p = p.Record(Attempt{Skill: "ipaddress.broadcast", Level: 2, Outcome: Right, At: t0})
	p = p.Record(Attempt{Skill: "ipaddress.netmask", Level: 1, Outcome: Right, At: t0.Add(time.Hour)})
	p = p.Record(Attempt{Skill: "packing.ntoa", Level: 3, Outcome: Right, At: t0.Add(30 * time.Minute)})
	p = p.Record(Attempt{Skill: "byteorder.htons", Level: 1, Outcome: Wrong, At: t0})

	h := p.Hub(t0.Add(time.Hour))
	if h.Due != 0 {
		t.Errorf("an hour later %d reviews are due; want 0", h.Due)
	}
	h = p.Hub(t0.Add(2 * day))
	if h.Due != 3 {
		t.Errorf("two days later %d reviews are due; want 3", h.Due)
	}
	var lessons []string
	for _, l := range h.Lessons {
		lessons = append(lessons, l.Path)
		for _, s := range l.Skills {
			if want := p.Skill(s.ID); s.Level != want.Level || s.Due != want.IsDue(t0.Add(2*day)) {
				t.Errorf("%s: %v due %v in the hub", s.ID, s.Level, s.Due)
			}
			if l.Path == LabPath {
				if s.Href != LabPath {
					t.Errorf("%s: the link %q is not the lab's", s.ID, s.Href)
				}
				continue
			}
			u, err := url.Parse(s.Href)
			if err != nil || u.Path != Path || ParseState(u.Query()).Skill != s.ID {
				t.Errorf("%s: the link %q is not the skill's", s.ID, s.Href)
			}
		}
		if l.Path == "/ipaddress" && l.Due != 2 || l.Path == "/packing" && l.Due != 1 || l.Path == "/byteorder" && l.Due != 0 {
			t.Errorf("%s: %d due", l.Path, l.Due)
		}
	}
	want := []string{"/network", "/addresses", "/sockets", "/ipaddress", "/packing", "/byteorder", "/lab"}
	if len(lessons) != len(want) {
		t.Fatalf("the hub's lessons are %v; want %v", lessons, want)
	}
	for i := range want {
		if lessons[i] != want[i] {
			t.Fatalf("the hub's lessons are %v; want %v", lessons, want)
		}
	}

	// The queue mixes lessons: /ipaddress's oldest review first, then
	// /packing's, then /ipaddress's other.
	q := p.Queue(t0.Add(2*day), 0)
	var got []string
	for _, s := range q {
		got = append(got, s.Skill)
		if !s.Seeded || s.Level < MinLevel {
			t.Errorf("%s: a review without a seed or level", s.Skill)
		}
		if _, ok := s.Item(); !ok {
			t.Errorf("%s: the review has no item", s.Skill)
		}
	}
	if len(got) != 3 || got[0] != "ipaddress.broadcast" || got[1] != "packing.ntoa" || got[2] != "ipaddress.netmask" {
		t.Errorf("queue %v", got)
	}
	if q[0].Level != 2 || q[1].Level != 3 {
		t.Errorf("reviews ask at levels %d and %d; want the highest answered, 2 and 3", q[0].Level, q[1].Level)
	}
	if again := p.Queue(t0.Add(2*day), 0); again[0] != q[0] {
		t.Error("the queue's items change between calls")
	}
	if n := len(p.Queue(t0.Add(2*day), 2)); n != 2 {
		t.Errorf("a queue of at most 2 has %d", n)
	}
}
