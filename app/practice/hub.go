package practice

import (
	"time"

	"netprimer/app/i18n"
)

// Hub is what /practice shows: every lesson with skills, each skill's
// mastery, and how many reviews are due.
type Hub struct {
	Lessons []HubLesson
	// Due is how many skills are due for review, in all lessons: those
	// Queue gives, so not the lab's (see LabSkills).
	Due int
}

// HubLesson is a lesson's part of the hub.
type HubLesson struct {
	Path   string
	Title  i18n.T
	Skills []HubSkill
	// Due is how many of the lesson's skills are due for review.
	Due int
	// Mastered is how many of its skills are mastered.
	Mastered int
}

// HubSkill is a skill in the hub.
type HubSkill struct {
	ID    string
	Title i18n.T
	Level Mastery
	// Due reports that the skill's review has come; Next is when it
	// comes (zero for a skill not yet familiar).
	Due  bool
	Next time.Time
	// Href opens an item of the skill: a review's item when it is due,
	// otherwise a fresh item at the level the student reached.
	Href string
}

// Hub returns the hub of the progress at now.
func (p Progress) Hub(now time.Time) Hub {
	var h Hub
	for _, l := range Lessons() {
		hl := HubLesson{Path: l.Path, Title: l.Title}
		for _, sk := range l.Skills {
			s := p.Skill(sk.ID)
			hs := HubSkill{ID: sk.ID, Title: sk.Title, Level: s.Level, Due: s.IsDue(now), Next: s.Due}
			switch {
			case sk.ServerChecked():
				// The lab's server checks its skills: practice and
				// review both happen on the lab's page, and the counts
				// of reviews due are those of Queue, which has no
				// items of them.
				hs.Href = LabPath
			case hs.Due:
				hs.Href = reviewOf(sk.ID, s).Href()
				hl.Due++
			default:
				hs.Href = State{Skill: sk.ID, Level: max(s.Top, MinLevel)}.Href()
			}
			if s.Level == Mastered {
				hl.Mastered++
			}
			hl.Skills = append(hl.Skills, hs)
		}
		h.Due += hl.Due
		h.Lessons = append(h.Lessons, hl)
	}
	return h
}

// reviewOf is the item of a skill's due review: its seed comes from the
// skill and the due time, so that the review is the same item until it is
// answered, and its level is the highest the student answered right.
func reviewOf(id string, s SkillProgress) State {
	return State{Skill: id, Seed: SeedOf(id, stamp(s.Due)), Seeded: true, Level: max(s.Top, MinLevel)}
}

// Queue returns up to n items of the reviews due at now (all of them if n
// is not positive; the lab's skills left out, since they have no items),
// mixing lessons: the lesson whose review is the oldest
// first, then one item of each lesson in turn, each lesson's reviews
// oldest first.
func (p Progress) Queue(now time.Time, n int) []State {
	type due struct {
		id string
		s  SkillProgress
	}
	var lessons [][]due
	for _, l := range Lessons() {
		var ds []due
		for _, sk := range l.Skills {
			// The lab's skills are reviewed on its page, not in the
			// queue of generated items.
			if s := p.Skill(sk.ID); s.IsDue(now) && !sk.ServerChecked() {
				ds = append(ds, due{sk.ID, s})
			}
		}
		// Insertion sorts, stable: the lists are short, and a generic
		// sort would add its code to app.wasm for each element type.
		for i := 1; i < len(ds); i++ {
			for j := i; j > 0 && ds[j].s.Due.Before(ds[j-1].s.Due); j-- {
				ds[j], ds[j-1] = ds[j-1], ds[j]
			}
		}
		if len(ds) > 0 {
			lessons = append(lessons, ds)
		}
	}
	for i := 1; i < len(lessons); i++ {
		for j := i; j > 0 && lessons[j][0].s.Due.Before(lessons[j-1][0].s.Due); j-- {
			lessons[j], lessons[j-1] = lessons[j-1], lessons[j]
		}
	}
	var out []State
	for round := 0; ; round++ {
		added := false
		for _, ds := range lessons {
			if round < len(ds) {
				if n > 0 && len(out) == n {
					return out
				}
				out = append(out, reviewOf(ds[round].id, ds[round].s))
				added = true
			}
		}
		if !added {
			return out
		}
	}
}
