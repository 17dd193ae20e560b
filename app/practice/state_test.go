package practice

import (
	"net/url"
	"strings"
	"testing"
)

func TestParseState(t *testing.T) {
	long := strings.Repeat("가", MaxAnswerText+1)
	for _, c := range []struct {
		query string
		want  State
	}{
		{"", State{Level: 1}}, // the hub
		{"skill=ipaddress.broadcast&seed=7", State{Skill: "ipaddress.broadcast", Seed: 7, Seeded: true, Level: 1}},
		{"skill=ipaddress.broadcast", State{Skill: "ipaddress.broadcast", Level: 1}},                                              // no seed: the page draws one
		{"skill=ipaddress.broadcast&seed=x", State{Skill: "ipaddress.broadcast", Level: 1}},                                       // a seed that is no number
		{"skill=ipaddress.broadcast&seed=-5", State{Skill: "ipaddress.broadcast", Seed: 0, Seeded: true, Level: 1}},               // clamped up
		{"skill=ipaddress.broadcast&seed=4294967296", State{Skill: "ipaddress.broadcast", Seed: MaxSeed, Seeded: true, Level: 1}}, // clamped down
		{"skill=ipaddress.broadcast&seed=99999999999999999999999", State{Skill: "ipaddress.broadcast", Seed: MaxSeed, Seeded: true, Level: 1}},
		{"skill=ipaddress.broadcast&seed=1&level=3", State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 3}},
		{"skill=ipaddress.broadcast&seed=1&level=9", State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 3}},    // clamped
		{"skill=ipaddress.broadcast&seed=1&level=0", State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 1}},    // clamped
		{"skill=ipaddress.broadcast&seed=1&level=hard", State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 1}}, // the default
		{"skill=ipaddress.broadcast&seed=1&a=10.1.3.255", State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 1, Answer: "10.1.3.255", Answered: true}},
		{"skill=ipaddress.broadcast&seed=1&a=", State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 1, Answered: true}}, // present but empty
		{"skill=ipaddress.broadcast&seed=1&a=" + url.QueryEscape(long), State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 1, Answer: long[:3*MaxAnswerText], Answered: true, Cut: true}},
		{"skill=ipaddress.broadcast&seed=1&a=%ff", State{Skill: "ipaddress.broadcast", Seed: 1, Seeded: true, Level: 1, Answer: "\ufffd", Answered: true}}, // not UTF-8
		{"skill=nope&seed=1&a=1", State{Unknown: "nope", Level: 1}},                                                                                        // an unknown skill: the hub
		{"seed=1&a=1", State{Level: 1}}, // no skill: the hub, which has no seed or answer
	} {
		q, _ := url.ParseQuery(c.query)
		if got := ParseState(q); got != c.want {
			t.Errorf("ParseState(%q) = %+v; want %+v", c.query, got, c.want)
		}
	}
}

func TestStateRoundTrip(t *testing.T) {
	for _, s := range []State{
		{Level: 1},
		{Skill: "packing.lenient", Seed: 123, Seeded: true, Level: 1},
		{Skill: "packing.lenient", Seed: MaxSeed, Seeded: true, Level: 3, Answer: "127.0.0.1 & more", Answered: true},
		{Skill: "sockets.call", Level: 2},
		{Skill: "sockets.call", Seed: 0, Seeded: true, Level: 2, Answered: true},
	} {
		u, err := url.Parse(s.Href())
		if err != nil || u.Path != Path {
			t.Fatalf("%+v: Href %q", s, s.Href())
		}
		if got := ParseState(u.Query()); got != s {
			t.Errorf("ParseState(Href(%+v)) = %+v", s, got)
		}
	}
	if h := (State{Skill: "ipaddress.network", Seed: 7, Seeded: true, Level: 1}).Href(); h != "/practice?seed=7&skill=ipaddress.network" {
		t.Errorf("an instructor's link reads %q", h)
	}
	if (State{Level: 1}).Href() != Path {
		t.Error("the hub's address has parameters")
	}
	if !(State{Skill: "ports.port", Answered: true}).Review() || (State{Skill: "ports.port"}).Review() {
		t.Error("Review does not follow the answer in the URL")
	}
	if _, ok := (State{Skill: "ports.port", Level: 1}).Item(); ok {
		t.Error("a state without a seed has an item")
	}
	if it, ok := (State{Skill: "ports.port", Seed: 3, Seeded: true}).Item(); !ok || it.Level() != 1 {
		t.Error("a state's level 0 does not read as 1")
	}
}

func FuzzParseState(f *testing.F) {
	for _, s := range []string{"", "skill=ipaddress.broadcast&seed=7&level=2&a=10.1.3.255", "skill=nope", "seed=-1&level=99", "a=%ff&skill=ports.port&seed=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, query string) {
		q, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		s := ParseState(q)
		if s.Level < MinLevel || s.Level > MaxLevel || (s.Skill == "" && (s.Seeded || s.Answered)) {
			t.Fatalf("ParseState(%q) = %+v", query, s)
		}
		// A state, written and read again, is the same state.
		u, _ := url.Parse(s.Href())
		s.Unknown = ""
		if got := ParseState(u.Query()); got.Skill != s.Skill || got.Seed != s.Seed || got.Level != s.Level || got.Answer != s.Answer || got.Answered != s.Answered {
			t.Fatalf("ParseState(Href(%+v)) = %+v", s, got)
		}
		if it, ok := s.Item(); ok && s.Answered {
			_ = it.Check(s.Answer)
		}
	})
}
