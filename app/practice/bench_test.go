package practice

import (
	"testing"
	"time"
)

var sinkVerdict Verdict

// BenchmarkItem generates an item and checks an answer to it, as a page
// does when a student submits (goal: at most 1 ms), one skill after the
// other: each answer is a wrong one that the skill's first mistake
// explains, the longest path of Check.
func BenchmarkItem(b *testing.B) {
	skills, answers := benchAnswers()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := i % len(skills)
		it, _ := New(skills[k], uint32(i/len(skills))%64, 2)
		sinkVerdict = it.Check(answers[k])
		i++
	}
}

// BenchmarkSkillItem is BenchmarkItem skill by skill.
func BenchmarkSkillItem(b *testing.B) {
	skills, answers := benchAnswers()
	for k, id := range skills {
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			seed := uint32(0)
			for b.Loop() {
				it, _ := New(id, seed%64, 2)
				sinkVerdict = it.Check(answers[k])
				seed++
			}
		})
	}
}

func benchAnswers() (skills, answers []string) {
	for _, sk := range Skills() {
		it, _ := New(sk.ID, 7, 2)
		answer := it.Solution().Typed
		if len(it.s.wrong) > 0 {
			answer = it.s.wrong[0].typed
		}
		skills, answers = append(skills, sk.ID), append(answers, answer)
	}
	return skills, answers
}

// BenchmarkCheck is Check alone, on a generated item.
func BenchmarkCheck(b *testing.B) {
	it, _ := New("ipaddress.broadcast", 7, 2)
	b.ReportAllocs()
	for b.Loop() {
		sinkVerdict = it.Check("10.1.3.255")
	}
}

var sinkHub Hub

// BenchmarkHub computes the hub of a student who has practised every
// skill.
func BenchmarkHub(b *testing.B) {
	p := Progress{}
	for i, sk := range Skills() {
		p = p.Record(Attempt{Skill: sk.ID, Level: 1, Outcome: Right, At: t0.Add(time.Duration(i) * time.Minute)})
	}
	b.ReportAllocs()
	for b.Loop() {
		sinkHub = p.Hub(t0.Add(48 * time.Hour))
	}
}
