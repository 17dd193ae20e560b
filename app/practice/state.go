package practice

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Path is the route of the practice pages.
const Path = "/practice"

// The URL of /practice holds what the student sees (docs/CONTRACT.md,
// "Practice"):
//
//	/practice                                  the hub
//	/practice?skill=ipaddress.broadcast&seed=7 one item, at level 1
//	  &level=1|2|3                             its level
//	  &a=10.1.3.255                            its answer: the verdict, shown without touching mastery
//
// as the lessons read theirs: a level that is not a number is 1, one out
// of range the nearest level; a seed that is not a number is no seed
// (the page draws one and writes it into the URL), one out of range the
// nearest seed; an answer longer than MaxAnswerText characters is cut.

// MaxSeed is the largest seed.
const MaxSeed = math.MaxUint32

// MaxAnswerText caps the answer a URL holds, in characters, as the
// lessons cap their inputs.
const MaxAnswerText = 5000

// State is the state of /practice that its URL holds. The zero State is
// the hub.
type State struct {
	// Skill is the ID of the item's skill; "" is the hub.
	Skill string
	// Unknown is the skill= of the URL when it names no skill: the page
	// shows the hub and says so.
	Unknown string
	Seed    uint32
	// Seeded reports that the URL held a seed; without one, the page
	// draws a seed and writes it into the URL.
	Seeded bool
	// Level is 1, 2 or 3; 0 reads as 1.
	Level int
	// Answer is the answer of a=, when Answered.
	Answer string
	// Answered reports that the URL holds an answer: the page shows its
	// verdict, and records nothing (see Review).
	Answered bool
	// Cut reports that the answer was cut to MaxAnswerText characters.
	Cut bool
}

// ParseState reads the state from the URL's query.
func ParseState(q url.Values) State {
	var s State
	if id := q.Get("skill"); id != "" {
		if sk := find(id); sk != nil && !sk.ServerChecked() {
			s.Skill = id
		} else {
			s.Unknown = cutText(id, 200)
		}
	}
	s.Level = MinLevel
	if n, ok := clampInt(q.Get("level"), MinLevel, MaxLevel); ok {
		s.Level = n
	}
	if n, ok := clampInt(q.Get("seed"), 0, MaxSeed); ok {
		s.Seed, s.Seeded = uint32(n), true
	}
	if vs, ok := q["a"]; ok && len(vs) > 0 {
		s.Answered = true
		s.Answer = cutText(vs[0], MaxAnswerText)
		s.Cut = utf8.RuneCountInString(vs[0]) > MaxAnswerText
	}
	if s.Skill == "" {
		s.Seed, s.Seeded, s.Level, s.Answer, s.Answered, s.Cut = 0, false, MinLevel, "", false, false
	}
	return s
}

// Review reports that the state shows an answer from a link: its verdict
// and feedback are shown, and the student's mastery is left alone.
func (s State) Review() bool { return s.Answered }

// clampInt reads a decimal integer and clamps it to [lo, hi]; ok is
// false for text that is no integer.
func clampInt(text string, lo, hi int64) (int, bool) {
	text = strings.TrimSpace(text)
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
		// Out of int64's range: ParseInt returned its nearest end.
	}
	return int(min(max(n, lo), hi)), true
}

// cutText returns s read as UTF-8 (invalid bytes as U+FFFD), cut to n
// characters.
func cutText(s string, n int) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if i == n {
			break
		}
		b.WriteRune(r)
		i++
	}
	return b.String()
}

// Query returns the state as URL parameters: skill, seed and level of
// an item (level left out at 1), and a when answered; none for the hub.
func (s State) Query() url.Values {
	q := url.Values{}
	if s.Skill == "" {
		return q
	}
	q.Set("skill", s.Skill)
	if s.Seeded {
		q.Set("seed", strconv.FormatUint(uint64(s.Seed), 10))
	}
	if s.Level > MinLevel && s.Level <= MaxLevel {
		q.Set("level", strconv.Itoa(s.Level))
	}
	if s.Answered {
		q.Set("a", s.Answer)
	}
	return q
}

// Href returns the state's address.
func (s State) Href() string {
	q := s.Query()
	if len(q) == 0 {
		return Path
	}
	return Path + "?" + q.Encode()
}

// Item returns the state's item; false for the hub and for a state
// without a seed.
func (s State) Item() (Item, bool) {
	if s.Skill == "" || !s.Seeded {
		return Item{}, false
	}
	it, err := New(s.Skill, s.Seed, min(max(s.Level, MinLevel), MaxLevel))
	return it, err == nil
}
