package practice

import (
	"errors"
	"slices"

	"netprimer/app/i18n"
)

// Item is one exercise: a skill's question about inputs drawn from a seed
// at a level. The same skill, seed and level give the same item on every
// machine. The zero Item is not an item; New makes them.
type Item struct {
	skill *Skill
	seed  uint32
	level int
	s     spec
}

// The errors of New.
var (
	ErrSkill = errors.New("practice: no such skill")
	ErrLevel = errors.New("practice: the level is not 1, 2 or 3")
	// ErrServerChecked: the skill is the lab's, whose server checks it.
	ErrServerChecked = errors.New("practice: the skill is checked by the lab's server, not generated")
)

// New returns the item of the skill for the seed at the level (1 to 3).
func New(skill string, seed uint32, level int) (Item, error) {
	sk := find(skill)
	if sk == nil {
		return Item{}, ErrSkill
	}
	if sk.ServerChecked() {
		return Item{}, ErrServerChecked
	}
	if level < MinLevel || level > MaxLevel {
		return Item{}, ErrLevel
	}
	return Item{skill: sk, seed: seed, level: level, s: sk.gen(newRNG(skill, seed, level), level)}, nil
}

// Check returns the verdict on the answer to the skill's item for the
// seed at the level: what the classroom server does with an answer it
// receives.
func Check(skill string, seed uint32, level int, answer string) (Verdict, error) {
	it, err := New(skill, seed, level)
	if err != nil {
		return Verdict{}, err
	}
	return it.Check(answer), nil
}

// Skill returns the item's skill.
func (it Item) Skill() Skill { return it.skill.clone() }

// SkillID returns the ID of the item's skill (the markup's data-skill).
func (it Item) SkillID() string { return it.skill.ID }

// Seed returns the item's seed (data-seed).
func (it Item) Seed() uint32 { return it.seed }

// Level returns the item's level (data-level).
func (it Item) Level() int { return it.level }

// Given returns the item's inputs as a JSON object (data-given), such as
// {"net": "10.1.2.77/23"}. It never holds the answer.
func (it Item) Given() string { return it.s.given.JSON() }

// Prompt returns the question in words, with the item's inputs.
func (it Item) Prompt() i18n.T { return it.s.prompt }

// Question returns the skill's Python expression (Skill.Question).
func (it Item) Question() string { return it.skill.Question }

// Form returns the form of the answer.
func (it Item) Form() Form { return it.skill.Form }

// Hints returns the item's ladder of hints, each saying more than the
// one before; after them comes the solution.
func (it Item) Hints() []i18n.T { return slices.Clone(it.s.hints) }

// Link returns the address of the lesson's widget in the item's state,
// where the answer can be seen worked out. It shows the answer, so a
// page offers it with the verdict or the solution.
func (it Item) Link() string { return it.s.link }

// Solution is an item's answer with its explanation and proof.
type Solution struct {
	// Answer is the answer as the Python session prints it.
	Answer string
	// Typed is the answer as a student would type it.
	Typed   string
	Explain i18n.T
	// Session is the Python session that computes the answer, one line
	// each, as CPython 3.11 prints it (the pre.pyrepl of the verdict).
	Session []string
	Link    string
}

// Solution returns the item's solution. Showing it ends the item: an
// answer given after it does not count toward mastery.
func (it Item) Solution() Solution {
	return Solution{
		Answer:  it.s.right.value,
		Typed:   it.s.right.typed,
		Explain: it.s.right.why,
		Session: it.s.session.Lines(),
		Link:    it.s.link,
	}
}

// Outcome is how an answer fares. The zero Outcome is Unreadable.
type Outcome uint8

const (
	// Unreadable is an answer that is not of the form asked for: no
	// attempt is spent.
	Unreadable Outcome = iota
	Right
	Wrong
)

// String returns the markup's data-verdict: "right", "wrong" or
// "unreadable".
func (o Outcome) String() string {
	switch o {
	case Right:
		return "right"
	case Wrong:
		return "wrong"
	}
	return "unreadable"
}

// Verdict is the answer to an answer.
type Verdict struct {
	Outcome Outcome
	// Diagnosis is the ID of the known mistake that explains a wrong
	// answer (the markup's data-diagnosis), "" when none does.
	Diagnosis string
	// Mistake names the diagnosed mistake.
	Mistake i18n.T
	// Explain says why the answer is right or wrong, naming the mistake;
	// for an unreadable answer, what form is expected.
	Explain i18n.T
	// Read is the value the answer was read as, Python's repr of it; ""
	// when unreadable.
	Read string
	// Answer is the right answer as the session prints it; "" when the
	// answer was unreadable, which spends no attempt and so must not
	// give the answer away. Session is nil then, for the same reason.
	Answer  string
	Session []string
	// Link is the lesson's widget in the item's state (see Item.Link);
	// for an unreadable answer only the lesson, as that state shows the
	// answer.
	Link string
}

var (
	txtRight    = i18n.T{Ko: "맞습니다.", En: "Right."}
	txtWrong    = i18n.T{Ko: "아니요.", En: "No."}
	txtAnswerIs = i18n.T{Ko: "정답은 {1}입니다.", En: "The answer is {1}."}
)

// Check reads the answer with the skill's form and compares its value
// with the right one. A wrong answer equal to a known mistake's answer
// gets that mistake's ID and explanation.
func (it Item) Check(text string) Verdict {
	if it.skill == nil {
		return Verdict{Explain: i18n.T{Ko: "문제가 없습니다.", En: "There is no item."}}
	}
	value, bad, ok := it.skill.Form.read(text)
	if !ok {
		return Verdict{Outcome: Unreadable, Explain: bad, Link: it.skill.Lesson}
	}
	v := Verdict{Read: value, Answer: it.s.right.value, Session: it.s.session.Lines(), Link: it.s.link}
	if value == it.s.right.value {
		v.Outcome, v.Explain = Right, join(txtRight, it.s.right.why)
		return v
	}
	v.Outcome = Wrong
	answerIs := sub(txtAnswerIs, it.s.right.value)
	for _, w := range it.s.wrong {
		if w.value == value {
			v.Diagnosis, v.Mistake = w.id, w.name
			v.Explain = join(w.why, answerIs, it.s.right.why)
			return v
		}
	}
	v.Explain = join(txtWrong, answerIs, it.s.right.why)
	return v
}
