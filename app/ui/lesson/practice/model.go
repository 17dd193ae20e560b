package practice

import (
	"net/url"
	"strconv"
	"strings"

	"netprimer/app/i18n"
	"netprimer/app/practice"
)

// The page's state, computed from its URL with package practice: nothing
// here touches go-app.

// model is what /practice shows for its URL (docs/CONTRACT.md,
// "Practice"): the hub, or one item with, when the URL holds an answer,
// its verdict.
type model struct {
	st      practice.State
	item    practice.Item
	hasItem bool
	// verdict is the verdict on the URL's answer (st.Answered): shown,
	// never recorded.
	verdict practice.Verdict
	// notes say what the URL held that the page could not use, and what
	// it did instead, in the student's language.
	notes []i18n.T
}

// modelOf returns the page for the URL's query.
func modelOf(q url.Values) model {
	m := model{st: practice.ParseState(q), notes: notesOf(q)}
	m.item, m.hasItem = m.st.Item()
	if m.hasItem && m.st.Answered {
		m.verdict = m.item.Check(m.st.Answer)
	}
	return m
}

// needsSeed reports that the URL names a skill but no usable seed: the
// page draws one and writes it into the URL.
func (m *model) needsSeed() bool { return m.st.Skill != "" && !m.st.Seeded }

// key names the item shown ("" for the hub): what the student did with
// an item (hints, the solution) belongs to it alone.
func (m *model) key() string {
	if !m.hasItem {
		return ""
	}
	return m.st.Skill + "\x00" + strconv.FormatUint(uint64(m.st.Seed), 10) + "\x00" + strconv.Itoa(m.item.Level())
}

// seeded returns the query of the state with the seed: the skill's item,
// its level written only when not 1 (State.Query), the answer dropped.
func (m *model) seeded(seed uint32) url.Values {
	st := m.st
	st.Seed, st.Seeded, st.Answer, st.Answered = seed, true, "", false
	q := st.Query()
	for _, k := range []string{"skill", "seed", "level", "a"} {
		if _, ok := q[k]; !ok {
			q[k] = nil // ReplaceQuery removes it
		}
	}
	return q
}

// answered returns the query of the item with the answer a.
func (m *model) answered(a string) url.Values {
	q := m.seeded(m.st.Seed)
	q["a"] = []string{a}
	return q
}

// nextHref is the address of another item of the same skill and level.
func (m *model) nextHref(seed uint32) string {
	st := practice.State{Skill: m.st.Skill, Seed: seed, Seeded: true, Level: m.item.Level()}
	return st.Href()
}

// notesOf says what the query held that the page cannot use: a skill of
// no name it knows, a seed or level that is no number or out of range.
func notesOf(q url.Values) []i18n.T {
	var notes []i18n.T
	st := practice.ParseState(q)
	if sk, ok := practice.Lookup(st.Unknown); ok && sk.ServerChecked() {
		notes = append(notes, sub(txtLabSkill, st.Unknown))
	} else if st.Unknown != "" {
		notes = append(notes, sub(txtUnknownSkill, st.Unknown))
	}
	if st.Skill == "" {
		return notes
	}
	if v, ok := q["seed"]; ok && len(v) > 0 {
		switch {
		case !st.Seeded:
			notes = append(notes, sub(txtBadSeed, short(v[0])))
		case strings.TrimSpace(v[0]) != strconv.FormatUint(uint64(st.Seed), 10):
			notes = append(notes, sub(txtSeedClamped, short(v[0]), strconv.FormatUint(uint64(st.Seed), 10)))
		}
	}
	if v, ok := q["level"]; ok && len(v) > 0 && strings.TrimSpace(v[0]) != strconv.Itoa(st.Level) {
		notes = append(notes, sub(txtBadLevel, short(v[0]), strconv.Itoa(st.Level)))
	}
	if st.Cut {
		notes = append(notes, sub(txtAnswerCut, strconv.Itoa(practice.MaxAnswerText)))
	}
	return notes
}

// short cuts a text of the URL to a length a note can quote.
func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// sub writes the arguments into {1}, {2}… of both languages of t.
func sub(t i18n.T, args ...string) i18n.T {
	for i, a := range args {
		k := "{" + strconv.Itoa(i+1) + "}"
		t.Ko, t.En = strings.ReplaceAll(t.Ko, k, a), strings.ReplaceAll(t.En, k, a)
	}
	return t
}

// hubOf is the hub's view of the progress: the engine's Hub, and the
// titles of the queue's items.
type queued struct {
	Href  string
	Title i18n.T
	Level int
	_     noCompare
}

// queueOf names the states of a review queue by their skills' titles.
func queueOf(sts []practice.State) []queued {
	out := make([]queued, 0, len(sts))
	for _, st := range sts {
		sk, ok := practice.Lookup(st.Skill)
		if !ok {
			continue
		}
		out = append(out, queued{Href: st.Href(), Title: sk.Title, Level: st.Level})
	}
	return out
}

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()
