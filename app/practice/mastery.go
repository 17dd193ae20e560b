package practice

import (
	"maps"
	"time"

	"netprimer/app/i18n"
)

// Mastery is how well a student knows a skill, after Khan Academy's
// ladder. The zero Mastery is NotStarted.
type Mastery uint8

const (
	NotStarted Mastery = iota
	// Attempted: answered at least once, right or wrong.
	Attempted
	// Familiar: answered right, without hints.
	Familiar
	// Proficient: right again while familiar.
	Proficient
	// Mastered: right again when a spaced review came due, so not only
	// just after practising.
	Mastered
)

var masteryNames = [...]string{"not_started", "attempted", "familiar", "proficient", "mastered"}

// String returns the level's name in the progress file: "attempted",
// "familiar", "proficient", "mastered" ("not_started" for the zero
// level, which the file never holds).
func (m Mastery) String() string {
	if int(m) < len(masteryNames) {
		return masteryNames[m]
	}
	return ""
}

// Name returns the level as the hub shows it.
func (m Mastery) Name() i18n.T {
	switch m {
	case Attempted:
		return i18n.T{Ko: "시도함", En: "Attempted"}
	case Familiar:
		return i18n.T{Ko: "익숙함", En: "Familiar"}
	case Proficient:
		return i18n.T{Ko: "능숙함", En: "Proficient"}
	case Mastered:
		return i18n.T{Ko: "숙달", En: "Mastered"}
	}
	return i18n.T{Ko: "시작 전", En: "Not started"}
}

// Intervals are the delays of spaced review, by box: a skill that is
// familiar or better comes back after Intervals[Box], and each review
// answered right moves it to the next box. They grow about twofold, as
// in Leitner's boxes and SuperMemo's first intervals.
var Intervals = [...]time.Duration{
	24 * time.Hour,
	3 * 24 * time.Hour,
	7 * 24 * time.Hour,
	16 * 24 * time.Hour,
	35 * 24 * time.Hour,
	75 * 24 * time.Hour,
}

// SkillProgress is a student's progress in one skill. The zero value is a
// skill not started.
type SkillProgress struct {
	Level Mastery
	// Box is the skill's spaced-review box: the next review comes
	// Intervals[Box] after the last answer that set it.
	Box int
	// Due is when the skill's next review comes; zero before the skill
	// is familiar.
	Due time.Time
	// Right and Wrong count the answers that counted.
	Right, Wrong int
	// Top is the highest item level answered right without help, 0 for
	// none: reviews ask at that level.
	Top int
	// Last is when the last answer that counted was given.
	Last time.Time
}

// IsDue reports whether the skill's review has come at now.
func (s SkillProgress) IsDue(now time.Time) bool {
	return s.Level >= Familiar && !s.Due.IsZero() && !now.Before(s.Due)
}

// Progress is a student's progress in every skill: what the browser keeps
// (localStorage) and a student exports. It is a value: Record and Merge
// return new progress and leave the old unchanged. The zero Progress has
// started nothing.
type Progress struct {
	skills map[string]SkillProgress
}

// Skill returns the progress in the skill of the ID.
func (p Progress) Skill(id string) SkillProgress { return p.skills[id] }

// Len returns how many skills have progress.
func (p Progress) Len() int { return len(p.skills) }

func (p Progress) with(id string, s SkillProgress) Progress {
	m := maps.Clone(p.skills)
	if m == nil {
		m = map[string]SkillProgress{}
	}
	m[id] = s
	return Progress{skills: m}
}

// Attempt is an answer as mastery counts it.
type Attempt struct {
	Skill   string
	Level   int // the item's level
	Outcome Outcome
	// Hints is how many hints were shown before the answer.
	Hints int
	// Solution reports that the solution was shown before the answer:
	// the answer then does not count.
	Solution bool
	At       time.Time
}

// Record returns the progress after the attempt, by these rules:
//   - an unreadable answer, an answer after the solution was shown, and
//     an answer to an unknown skill change nothing; so does an answer
//     opened from a link (State.Review), which a page does not record;
//   - a wrong answer drops the skill one level, never below attempted,
//     and back to the first box: a skill still familiar or better comes
//     back for review after the first interval, one that fell to
//     attempted needs practice, not review;
//   - a right answer after hints counts as attempted and no more: hints
//     show that the student is learning, not that they can do it alone;
//   - a right answer without help makes an attempted skill familiar, a
//     familiar one proficient, and a proficient one mastered if its
//     review was due; a review answered right when due moves the skill
//     to the next box, so that it comes back after a longer delay.
func (p Progress) Record(a Attempt) Progress {
	if a.Outcome == Unreadable || a.Solution || find(a.Skill) == nil {
		return p
	}
	s := p.skills[a.Skill]
	s.Last = a.At.UTC().Truncate(time.Second)
	if a.Outcome == Wrong {
		s.Wrong++
		if s.Level > Attempted {
			s.Level--
		} else {
			s.Level = Attempted
		}
		s.Box, s.Due = 0, time.Time{}
		if s.Level >= Familiar {
			s.Due = s.Last.Add(Intervals[0])
		}
		return p.with(a.Skill, s)
	}
	s.Right++
	if a.Hints > 0 {
		s.Level = max(s.Level, Attempted)
		return p.with(a.Skill, s)
	}
	s.Top = max(s.Top, min(max(a.Level, MinLevel), MaxLevel))
	due := s.IsDue(a.At)
	switch s.Level {
	case NotStarted, Attempted:
		s.Level, s.Box, s.Due = Familiar, 0, s.Last.Add(Intervals[0])
		return p.with(a.Skill, s)
	case Familiar:
		s.Level = Proficient
	case Proficient:
		if due {
			s.Level = Mastered
		}
	}
	if due {
		s.Box = min(s.Box+1, len(Intervals)-1)
		s.Due = s.Last.Add(Intervals[s.Box])
	}
	return p.with(a.Skill, s)
}

// Merge returns the progress of both p and q, as an import into a
// browser that has progress of its own: for a skill in both, the record
// of the later answer (on a tie, the higher level, then box, then due
// time), with the higher of each count and of Top. Merging is
// commutative, and merging the same progress again changes nothing, so
// importing a file twice is harmless.
func (p Progress) Merge(q Progress) Progress {
	m := maps.Clone(p.skills)
	if m == nil {
		m = map[string]SkillProgress{}
	}
	for id, b := range q.skills {
		a, ok := m[id]
		if !ok {
			m[id] = b
			continue
		}
		win := a
		if later(b, a) {
			win = b
		}
		win.Right, win.Wrong, win.Top = max(a.Right, b.Right), max(a.Wrong, b.Wrong), max(a.Top, b.Top)
		m[id] = win
	}
	return Progress{skills: m}
}

// later reports whether b is the record to keep over a.
func later(b, a SkillProgress) bool {
	switch {
	case !b.Last.Equal(a.Last):
		return b.Last.After(a.Last)
	case b.Level != a.Level:
		return b.Level > a.Level
	case b.Box != a.Box:
		return b.Box > a.Box
	}
	return b.Due.After(a.Due)
}
