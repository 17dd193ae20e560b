// Package class is the classroom's pages: /teach, where the instructor
// creates an assignment, shows its link and QR code and watches the class
// grid fill, and /a/CODE, where a student joins and answers their own
// items. The server checks every answer (app/classroom); the page draws
// each item as /practice does (kit.PracticeItem), with its feedback at
// once, hints and solution, and shows what the server received.
package class

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/practice"
)

// Routes of the pages.
const (
	TeachPath  = "/teach"
	StudentDir = "/a/" // + CODE
)

// CodeOf returns the assignment code of a path /a/CODE, canonical.
func CodeOf(path string) (string, bool) {
	rest, ok := strings.CutPrefix(path, StudentDir)
	if !ok {
		return "", false
	}
	return api.ParseAssignmentCode(rest)
}

// newAssignment reads the teacher's form: items and level as typed, due
// as a datetime-local input gives it ("2026-12-04T18:00", in loc; "" for
// none).
func newAssignment(title string, skills []string, items, level, due string, loc *time.Location) (api.NewAssignment, i18n.T) {
	n := api.NewAssignment{Title: strings.TrimSpace(title), Skills: skills}
	var err error
	if n.Title == "" {
		return n, txtNeedTitle
	}
	if len(skills) == 0 {
		return n, txtNeedSkill
	}
	if n.Items, err = strconv.Atoi(strings.TrimSpace(items)); err != nil || n.Items < 1 || n.Items > 100 {
		return n, txtBadItems
	}
	if n.Level, err = strconv.Atoi(level); err != nil || n.Level < practice.MinLevel || n.Level > practice.MaxLevel {
		return n, txtBadLevel
	}
	if due != "" {
		t, err := time.ParseInLocation("2006-01-02T15:04", due, loc)
		if err != nil {
			return n, txtBadDue
		}
		n.Due = &t
	}
	return n, noText
}

// errorText is what to tell the user of a failed call: the server's text
// when it sent one, else a text by status.
func errorText(status int, body []byte) i18n.T {
	var e api.ClassroomError
	if json.Unmarshal(body, &e) == nil && e.Text != nil && e.Text.Ko != "" && e.Text.En != "" {
		return *e.Text
	}
	if status == 0 {
		return txtOffline
	}
	return txtServerError
}

// queue is a student's answers not yet acknowledged, oldest first, as
// this browser keeps them.
type queue []api.Answer

// without returns q less the answer of the id.
func (q queue) without(id string) queue {
	out := queue{}
	for _, a := range q {
		if a.ID != id {
			out = append(out, a)
		}
	}
	return out
}

// pendingOn counts the answers to item n in q.
func (q queue) pendingOn(n int) int {
	c := 0
	for _, a := range q {
		if a.Item == n {
			c++
		}
	}
	return c
}

// queueKey is where the browser keeps the queue of an assignment.
func queueKey(code string) string { return "netprimer-class-queue-" + code }

// ladderKey is where the browser keeps how far up each item's ladder of
// hints the student went in the assignment code.
func ladderKey(code string) string { return "netprimer-class-ladder-" + code }

// receivedOn returns how many answers to item n the server received and
// the verdict of the last readable one.
func receivedOn(rs []api.Received, n int) (count int, last string) {
	for _, r := range rs {
		if r.Item == n {
			count++
			if r.Verdict != "unreadable" {
				last = r.Verdict
			}
		}
	}
	return count, last
}

// merge adds r to rs unless an answer of its ID is there.
func merge(rs []api.Received, r api.Received) []api.Received {
	for _, x := range rs {
		if x.ID == r.ID {
			return rs
		}
	}
	return append(rs, r)
}

// mistakeLine says how many students made a mistake on an item.
func mistakeLine(item int, m api.Mistake) i18n.T {
	n, i := strconv.Itoa(m.Students), strconv.Itoa(item)
	return i18n.T{
		Ko: "문제 " + i + ": 학생 " + n + "명 — " + m.Name.Ko,
		En: "Item " + i + ": " + n + " " + plural(m.Students, "student", "students") + " — " + m.Name.En,
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// skillGroups returns the skills by lesson, for the teacher's form.
func skillGroups() [][]practice.Skill {
	var out [][]practice.Skill
	index := map[string]int{}
	for _, s := range practice.Skills() {
		i, ok := index[s.Lesson]
		if !ok {
			i = len(out)
			index[s.Lesson] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], s)
	}
	return out
}

// gridRow is a row of the compact grid (api.Grid), read.
type gridRow struct {
	id, name, score string
	marks           string
	sol             string // its cells answered after the solution (api.GridSolutions)
}

// parseRows reads the compact grid's rows, and beside them sol, their
// cells answered after the solution (api.Grid's Solution, nil for none);
// a row not of six fields is left out.
func parseRows(rows, sol []string) []gridRow {
	out := make([]gridRow, 0, len(rows))
	for i, r := range rows {
		f := strings.Split(r, "\t")
		if len(f) != 6 {
			continue
		}
		row := gridRow{id: f[0], name: f[1], score: f[2], marks: f[5]}
		if i < len(sol) {
			row.sol = sol[i]
		}
		out = append(out, row)
	}
	return out
}

// markOf returns a compact mark's sign (cellMark's) and its verdict.
func markOf(m byte) (sign, verdict string) {
	switch m {
	case 'O':
		return "O", "right"
	case 'o':
		return "O*", "right"
	case 'X':
		return "X", "wrong"
	case 'x':
		return "X*", "wrong"
	}
	return "", ""
}
