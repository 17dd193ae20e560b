package classroom

import (
	"context"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"netprimer/app/api"
	"netprimer/app/practice"
)

// answerRow is an answer as the grid reads it.
type answerRow struct {
	student   int64
	clientID  string
	item      int
	verdict   string
	diagnosis string
	late      bool
	solution  bool // given after the solution was shown
}

// Results returns the assignment's grid and most frequent mistakes.
func (s *Store) Results(ctx context.Context, code string) (api.Results, error) {
	a, err := s.Assignment(ctx, code)
	if err != nil {
		return api.Results{}, err
	}
	rows, err := s.r.QueryContext(ctx, "SELECT id, student_id, name FROM students WHERE assignment = ? ORDER BY student_id", a.id)
	if err != nil {
		return api.Results{}, err
	}
	var students []Student
	for rows.Next() {
		st := Student{Assignment: a}
		if err := rows.Scan(&st.id, &st.StudentID, &st.Name); err != nil {
			rows.Close()
			return api.Results{}, err
		}
		students = append(students, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return api.Results{}, err
	}
	answers, err := s.answers(ctx, "SELECT a.student, a.client_id, a.item, a.verdict, a.diagnosis, a.late, a.solution FROM answers a JOIN students s ON s.id = a.student WHERE s.assignment = ? ORDER BY a.at, a.client_id", a.id)
	if err != nil {
		return api.Results{}, err
	}
	return grid(a, students, answers), nil
}

// Me returns the student's own results and the answers received.
func (s *Store) Me(ctx context.Context, st Student) (api.Me, error) {
	a, err := s.Assignment(ctx, st.Assignment.Code) // closed now, not when the session was cached
	if err != nil {
		return api.Me{}, err
	}
	st.Assignment = a
	answers, err := s.answers(ctx, "SELECT student, client_id, item, verdict, diagnosis, late, solution FROM answers WHERE student = ? ORDER BY at, client_id", st.id)
	if err != nil {
		return api.Me{}, err
	}
	g := grid(st.Assignment, []Student{st}, answers)
	me := api.Me{Assignment: g.Assignment, Result: g.Students[0], Received: []api.Received{}}
	for _, r := range answers {
		me.Received = append(me.Received, api.Received{ID: r.clientID, Item: r.item, Verdict: r.verdict, Diagnosis: r.diagnosis, Late: r.late, Solution: r.solution})
	}
	return me, nil
}

func (s *Store) answers(ctx context.Context, query string, arg int64) ([]answerRow, error) {
	rows, err := s.r.QueryContext(ctx, query, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []answerRow
	for rows.Next() {
		var r answerRow
		if err := rows.Scan(&r.student, &r.clientID, &r.item, &r.verdict, &r.diagnosis, &r.late, &r.solution); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// grid computes the results from the students, in order, and their
// answers in the order received. A cell holds the verdict of the item's
// last readable answer; unreadable answers count for nothing. Per item,
// a mistake counts each student who made it once, however often.
func grid(a Assignment, students []Student, answers []answerRow) api.Results {
	res := api.Results{Assignment: a.API(), Answers: int64(len(answers)), Students: make([]api.StudentResult, len(students))}
	res.Assignment.Students = len(students)
	index := make(map[int64]int, len(students))
	for i, st := range students {
		index[st.id] = i
		cells := make([]api.Cell, a.Items)
		for n := range cells {
			cells[n].Item = n + 1
		}
		res.Students[i] = api.StudentResult{StudentID: st.StudentID, Name: st.Name, Cells: cells}
	}
	type key struct {
		item      int
		diagnosis string
	}
	made := map[key]map[int64]bool{}
	for _, r := range answers {
		i, ok := index[r.student]
		if !ok || r.item < 1 || r.item > a.Items || r.verdict == "unreadable" {
			continue
		}
		c := &res.Students[i].Cells[r.item-1]
		c.Verdict, c.Late, c.Solution = r.verdict, r.late, r.solution
		c.Tries++
		if r.diagnosis != "" {
			k := key{r.item, r.diagnosis}
			if made[k] == nil {
				made[k] = map[int64]bool{}
			}
			made[k][r.student] = true
		}
	}
	for i := range res.Students {
		sr := &res.Students[i]
		for _, c := range sr.Cells {
			if c.Verdict != "" {
				sr.Answered++
			}
			if c.Verdict == "right" {
				sr.Right++
			}
		}
		sr.Score = (sr.Right*100 + a.Items/2) / a.Items
	}
	res.Mistakes = make([]api.ItemMistakes, a.Items)
	for n := 1; n <= a.Items; n++ {
		skill := a.Skills[(n-1)%len(a.Skills)]
		im := api.ItemMistakes{Item: n, Skill: skill, Mistakes: []api.Mistake{}}
		sk, _ := practice.Lookup(skill)
		for _, m := range sk.Mistakes {
			if c := len(made[key{n, m.ID}]); c > 0 {
				im.Mistakes = append(im.Mistakes, api.Mistake{Diagnosis: m.ID, Name: m.Name, Students: c})
			}
		}
		slices.SortStableFunc(im.Mistakes, func(x, y api.Mistake) int { return y.Students - x.Students })
		res.Mistakes[n-1] = im
	}
	return res
}

// CSVHeader is the export's first columns; one column per item follows,
// item1, item2, ….
var CSVHeader = []string{"student_id", "name", "score", "answered", "right"}

// CellText is a cell of the export: the verdict, with " late" after an
// answer past the due time and " after solution" after one given once
// the solution was shown.
func CellText(c api.Cell) string {
	if c.Verdict == "" {
		return ""
	}
	s := c.Verdict
	if c.Late {
		s += " late"
	}
	if c.Solution {
		s += " after solution"
	}
	return s
}

// WriteCSV writes the results as CSV in UTF-8 with a byte order mark (so
// that Excel reads Korean names), one row per student. A cell that a
// spreadsheet would read as a formula (starting with =, +, -, @, a tab or
// a carriage return) gets a leading apostrophe.
func WriteCSV(w io.Writer, res api.Results) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := slices.Clone(CSVHeader)
	for n := 1; n <= res.Assignment.Items; n++ {
		header = append(header, "item"+strconv.Itoa(n))
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, st := range res.Students {
		row := []string{Escape(st.StudentID), Escape(st.Name), strconv.Itoa(st.Score), strconv.Itoa(st.Answered), strconv.Itoa(st.Right)}
		for _, c := range st.Cells {
			row = append(row, CellText(c))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Escape guards a text cell against formula injection in spreadsheets.
func Escape(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// GridOf returns the results in the grid's compact form.
func GridOf(res api.Results) api.Grid {
	g := api.Grid{Assignment: res.Assignment, Answers: res.Answers, Rows: make([]string, len(res.Students)), Mistakes: res.Mistakes}
	sol := make([]string, len(res.Students))
	any := false
	for i, st := range res.Students {
		g.Rows[i] = st.StudentID + "\t" + st.Name + "\t" + strconv.Itoa(st.Score) + "\t" + strconv.Itoa(st.Answered) + "\t" + strconv.Itoa(st.Right) + "\t" + api.GridMarks(st.Cells)
		sol[i] = api.GridSolutions(st.Cells)
		any = any || sol[i] != ""
	}
	if any {
		g.Solution = sol
	}
	return g
}
