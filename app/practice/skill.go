package practice

import (
	"net/url"
	"slices"

	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
)

// Skill is one thing a student practises: a question about a lesson's
// widget, asked of items generated from a seed at one of three levels.
// Its ID, question, form and mistake IDs are a contract
// (docs/CONTRACT.md): the classroom stores them.
type Skill struct {
	// ID names the skill: "ipaddress.broadcast".
	ID string
	// Lesson is the route of the lesson that teaches the skill.
	Lesson string
	Title  i18n.T
	// Question is the Python expression whose value is an item's
	// answer, over the names of the item's Given, as CPython checks it:
	// str(ipaddress.ip_network(net, strict=False).broadcast_address).
	Question string
	// Form is the shape of the answer.
	Form Form
	// Mistakes are the skill's known mistakes, in the order a wrong
	// answer is matched against them.
	Mistakes []Mistake

	gen func(r *rng, level int) spec
}

// Mistake is a known mistake: a way of getting an item wrong that a
// wrong answer can be recognised by, since each mistake computes the
// answer it leads to.
type Mistake struct {
	// ID names the mistake in a verdict's data-diagnosis:
	// "broadcast_as_last_host". It is unique within its skill.
	ID string
	// Name says what the mistake is, in a few words.
	Name i18n.T
}

// Levels of an item: 1 is the deck's style, 3 the hardest.
const (
	MinLevel = 1
	MaxLevel = 3
)

// spec is what a skill's generator makes of a seed: everything an item
// shows and checks.
type spec struct {
	given   Given
	prompt  i18n.T
	right   answer
	wrong   []wrongAnswer
	session *pyrepl.Transcript
	hints   []i18n.T
	link    string
	// setup are the statements, beyond the Given's names, that the
	// question needs: the deck's table that network.layer looks the
	// protocol up in, say. The session runs them too.
	setup []string
	// dropped lists the mistakes whose answer the skill's form could not
	// read, which is a bug of the skill; tests look at it.
	dropped []string
}

// answer is an item's answer: as a student types it, the value it
// stands for (Python's repr of the question's value), and why it is
// right.
type answer struct {
	typed, value string
	why          i18n.T
}

// wrongAnswer is the answer a known mistake leads to on one item.
type wrongAnswer struct {
	id           string
	name         i18n.T
	typed, value string
	why          i18n.T
}

// mistake is a known mistake of a skill whose items are computed from an
// X: wrong returns what a student who makes the mistake answers for x,
// and why that is wrong, or false where the mistake does not apply to x.
type mistake[X any] struct {
	id    string
	name  i18n.T
	wrong func(x X) (typed string, why i18n.T, ok bool)
}

// mistakes returns the Mistake of each entry of a table.
func mistakes[X any](ms []mistake[X]) []Mistake {
	out := make([]Mistake, len(ms))
	for i, m := range ms {
		out[i] = Mistake{ID: m.id, Name: m.name}
	}
	return out
}

// offer evaluates the mistakes for x and keeps those that apply and
// whose answer, read with form f, is not the right value: a mistake that
// happens to give the right answer on an item is not offered for it. It
// is generic only in its loop, so that each skill's instantiation in
// app.wasm stays small.
func offer[X any](s *spec, ms []mistake[X], x X, f Form) {
	for i := range ms {
		typed, why, ok := ms[i].wrong(x)
		if ok {
			s.consider(ms[i].id, ms[i].name, typed, why, f)
		}
	}
}

func (s *spec) consider(id string, name i18n.T, typed string, why i18n.T, f Form) {
	value, _, ok := f.read(typed)
	if !ok {
		s.dropped = append(s.dropped, id+": "+typed)
		return
	}
	if value != s.right.value {
		s.wrong = append(s.wrong, wrongAnswer{id: id, name: name, typed: typed, value: value, why: why})
	}
}

// setRight sets the right answer: as typed and as its value, which must be
// what reading typed with f gives (tests check it).
func (s *spec) setRight(typed, value string, why i18n.T) {
	s.right = answer{typed: typed, value: value, why: why}
}

// registry lists the skills lesson by lesson in course order, each
// lesson's skills in the order they are defined.
var registry = buildRegistry()

func buildRegistry() []*Skill {
	var all []*Skill
	all = append(all, conceptSkills()...)
	all = append(all, ipaddressSkills()...)
	all = append(all, packingSkills()...)
	all = append(all, byteorderSkills()...)
	var sorted []*Skill
	for _, l := range deck.Lessons() {
		for _, s := range all {
			if s.Lesson == l.Path {
				sorted = append(sorted, s)
			}
		}
	}
	return sorted
}

// find returns the skill of the ID, generated or checked by the lab's
// server (see LabSkills).
func find(id string) *Skill {
	for _, s := range registry {
		if s.ID == id {
			return s
		}
	}
	for _, s := range labRegistry {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Lookup returns the skill of the ID.
func Lookup(id string) (Skill, bool) {
	if s := find(id); s != nil {
		return s.clone(), true
	}
	return Skill{}, false
}

// Skills returns every skill whose items are generated, lesson by lesson
// in course order; the lab's, which its server checks, are LabSkills.
func Skills() []Skill {
	out := make([]Skill, len(registry))
	for i, s := range registry {
		out[i] = s.clone()
	}
	return out
}

func (s *Skill) clone() Skill {
	c := *s
	c.Mistakes = slices.Clone(s.Mistakes)
	return c
}

// Lesson is a lesson of the deck with its skills.
type Lesson struct {
	Path   string
	Title  i18n.T
	Skills []Skill
}

// Lessons returns the lessons that have skills, in course order, each
// with its skills, then the socket lab with its own (LabSkills).
func Lessons() []Lesson {
	var out []Lesson
	for _, l := range deck.Lessons() {
		var ss []Skill
		for _, s := range registry {
			if s.Lesson == l.Path {
				ss = append(ss, s.clone())
			}
		}
		if len(ss) > 0 {
			out = append(out, Lesson{Path: l.Path, Title: l.Title, Skills: ss})
		}
	}
	return append(out, Lesson{Path: LabPath, Title: LabTitle, Skills: LabSkills()})
}

// href returns a lesson's address with the query parameters of the key,
// value pairs, in url.Values' order.
func href(path string, kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		q.Set(kv[i], kv[i+1])
	}
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}
