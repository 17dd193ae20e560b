package classroom

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/app/practice"
)

var ctx = context.Background()

var t0 = time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)

func open(t *testing.T, maxBytes int64) (*Store, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), DBFile)
	s, err := Open(p, maxBytes)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, p
}

func create(t *testing.T, s *Store, n api.NewAssignment) Assignment {
	t.Helper()
	a, err := ValidAssignment(n)
	if err != nil {
		t.Fatal(err)
	}
	a, err = s.Create(ctx, a, t0)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func broadcast(items int) api.NewAssignment {
	return api.NewAssignment{Title: "브로드캐스트", Skills: []string{"ipaddress.broadcast"}, Items: items, Level: 1}
}

func join(t *testing.T, s *Store, code, id, name string) Student {
	t.Helper()
	st, _, err := s.Join(ctx, code, id, name, t0)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// rightAnswer is the item's answer as the engine solves it.
func rightAnswer(t *testing.T, st Student, n int) string {
	t.Helper()
	skill, seed := st.Assignment.ItemOf(st.StudentID, n)
	it, err := practice.New(skill, seed, st.Assignment.Level)
	if err != nil {
		t.Fatal(err)
	}
	return it.Solution().Typed
}

func TestMigrationsFromEmpty(t *testing.T) {
	s, p := open(t, 0)
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != Version || Version < 1 {
		t.Fatalf("schema version %d, %v; want %d", v, err, Version)
	}
	for _, table := range []string{"teachers", "login_tokens", "teacher_sessions", "assignments", "students", "student_sessions", "answers"} {
		var n int
		if err := s.r.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s: %d, %v", table, n, err)
		}
	}
	var mode string
	var fk int
	s.w.QueryRow("PRAGMA journal_mode").Scan(&mode)
	s.w.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if mode != "wal" || fk != 1 {
		t.Errorf("journal_mode %q, foreign_keys %d; want wal, 1", mode, fk)
	}
	// A foreign key is enforced: a student of no assignment is refused.
	if _, err := s.w.Exec("INSERT INTO students (assignment, student_id, name, joined) VALUES (999, '1', 'x', 0)"); err == nil {
		t.Error("a student of no assignment was stored")
	}
	a := create(t, s, broadcast(3))
	s.Close()

	// Opening again migrates nothing and keeps what was stored.
	s2, err := Open(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s2.Assignment(ctx, a.Code); err != nil || got.Title != a.Title {
		t.Errorf("after reopening: %+v, %v", got, err)
	}
	s2.w.Exec(fmt.Sprintf("PRAGMA user_version = %d", Version+1))
	s2.Close()
	if _, err := Open(p, 0); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("a newer schema opened: %v", err)
	}
}

func TestAnswersAreIdempotentAndChecked(t *testing.T) {
	s, _ := open(t, 0)
	a := create(t, s, broadcast(2))
	st := join(t, s, a.Code, "20231234", "김철수")
	right := rightAnswer(t, st, 1)
	rec, created, err := s.Answer(ctx, st, api.Answer{ID: "a1", Item: 1, Answer: right}, t0)
	if err != nil || !created || rec.Verdict != "right" {
		t.Fatalf("first answer: %+v %v %v", rec, created, err)
	}
	// The same ID again, even with another answer, is the first one.
	rec2, created, err := s.Answer(ctx, st, api.Answer{ID: "a1", Item: 1, Answer: "0.0.0.0"}, t0)
	if err != nil || created || rec2 != rec {
		t.Fatalf("repeated ID: %+v %v %v; want %+v, not created", rec2, created, err, rec)
	}
	// A wrong answer the engine knows gets the engine's diagnosis.
	skill, seed := a.ItemOf(st.StudentID, 2)
	want, _ := practice.Check(skill, seed, a.Level, "1.2.3.4")
	rec3, _, err := s.Answer(ctx, st, api.Answer{ID: "a2", Item: 2, Answer: "1.2.3.4"}, t0)
	if err != nil || rec3.Verdict != want.Outcome.String() || rec3.Diagnosis != want.Diagnosis {
		t.Errorf("wrong answer: %+v %v; want %v %q", rec3, err, want.Outcome, want.Diagnosis)
	}
	if _, _, err := s.Answer(ctx, st, api.Answer{ID: "a3", Item: 3, Answer: "x"}, t0); !errors.Is(err, ErrNoItem) {
		t.Errorf("item 3 of 2: %v", err)
	}
	me, err := s.Me(ctx, st)
	if err != nil || len(me.Received) != 2 || me.Result.Right != 1 || me.Result.Answered != 2 || me.Result.Score != 50 {
		t.Errorf("me: %+v %v", me, err)
	}
}

func TestItemsAreTheSameOnEveryDevice(t *testing.T) {
	s, _ := open(t, 0)
	a := create(t, s, api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast", "byteorder.htons"}, Items: 4, Level: 2})
	st1, tok1, err := s.Join(ctx, a.Code, "7", "A", t0)
	if err != nil {
		t.Fatal(err)
	}
	st2, tok2, err := s.Join(ctx, a.Code, "7", "B", t0)
	if err != nil || tok1 == tok2 {
		t.Fatal(err)
	}
	i1, i2 := st1.Items(), st2.Items()
	if fmt.Sprint(i1) != fmt.Sprint(i2) || len(i1) != 4 || i1[1].Skill != "byteorder.htons" || i1[2].Skill != "ipaddress.broadcast" {
		t.Errorf("items differ or are wrong: %v vs %v", i1, i2)
	}
	other := join(t, s, a.Code, "8", "C")
	if fmt.Sprint(other.Items()) == fmt.Sprint(i1) {
		t.Error("another student number got the same items")
	}
	// Both sessions are the one student, renamed by the second join.
	for _, tok := range []string{tok1, tok2} {
		got, err := s.StudentOf(ctx, a.Code, tok)
		if err != nil || got.id != st1.id || got.Name != "B" {
			t.Errorf("session: %+v %v", got, err)
		}
	}
	b := create(t, s, broadcast(1))
	if _, err := s.StudentOf(ctx, b.Code, tok1); !errors.Is(err, ErrNoSession) {
		t.Errorf("a session of another assignment: %v", err)
	}
	if _, err := s.StudentOf(ctx, "zzzzzz", tok1); !errors.Is(err, ErrNoAssignment) {
		t.Errorf("unknown code: %v", err)
	}
}

func TestClosedAndLate(t *testing.T) {
	s, _ := open(t, 0)
	n := broadcast(1)
	due := t0.Add(time.Hour)
	n.Due = &due
	a := create(t, s, n)
	st := join(t, s, a.Code, "1", "x")
	early, _, _ := s.Answer(ctx, st, api.Answer{ID: "e", Item: 1, Answer: "1.1.1.1"}, t0)
	late, _, _ := s.Answer(ctx, st, api.Answer{ID: "l", Item: 1, Answer: "1.1.1.1"}, due.Add(time.Second))
	if early.Late || !late.Late {
		t.Errorf("late marks: %v %v", early.Late, late.Late)
	}
	if err := s.CloseAssignment(ctx, a.Code); err != nil {
		t.Fatal(err)
	}
	st.Assignment.Closed = false // as a handler that read it before the close
	if _, _, err := s.Answer(ctx, st, api.Answer{ID: "c", Item: 1, Answer: "1.1.1.1"}, t0); !errors.Is(err, ErrClosed) {
		t.Errorf("answer to a closed assignment: %v", err)
	}
	if _, created, err := s.Answer(ctx, st, api.Answer{ID: "e", Item: 1, Answer: "1.1.1.1"}, t0); err != nil || created {
		t.Errorf("a retry of an answer received before the close: %v %v", created, err)
	}
	if _, _, err := s.Join(ctx, a.Code, "2", "y", t0); !errors.Is(err, ErrClosed) {
		t.Errorf("join of a closed assignment: %v", err)
	}
	if err := s.CloseAssignment(ctx, "nocode"); !errors.Is(err, ErrNoAssignment) {
		t.Errorf("close of no assignment: %v", err)
	}
}

func TestLogin(t *testing.T) {
	s, _ := open(t, 0)
	if has, _ := s.HasTeacher(ctx); has {
		t.Fatal("a teacher in an empty database")
	}
	tok, err := s.NewLoginToken(ctx, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Login(ctx, "not-"+tok, t0); !errors.Is(err, ErrNoSession) {
		t.Errorf("unknown token: %v", err)
	}
	sess, err := s.Login(ctx, tok, t0.Add(LoginTTL))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Login(ctx, tok, t0); !errors.Is(err, ErrNoSession) {
		t.Errorf("a token used twice: %v", err)
	}
	if ok, _ := s.Teacher(ctx, sess, t0); !ok {
		t.Error("the session is not a teacher's")
	}
	if ok, _ := s.Teacher(ctx, sess, t0.Add(LoginTTL+SessionTTL+time.Second)); ok {
		t.Error("an expired session is a teacher's")
	}
	if has, _ := s.HasTeacher(ctx); !has {
		t.Error("no teacher after a login")
	}
	old, _ := s.NewLoginToken(ctx, t0)
	if _, err := s.Login(ctx, old, t0.Add(LoginTTL+time.Millisecond)); !errors.Is(err, ErrNoSession) {
		t.Errorf("a token past 15 minutes: %v", err)
	}
}

func TestSizeGuard(t *testing.T) {
	s, _ := open(t, 256<<10)
	a := create(t, s, broadcast(1))
	st := join(t, s, a.Code, "1", "x")
	long := strings.Repeat("9", MaxAnswer)
	var stored int
	var err error
	for i := 0; i < 10000; i++ {
		_, _, err = s.Answer(ctx, st, api.Answer{ID: fmt.Sprint("id", i), Item: 1, Answer: long}, t0)
		if err != nil {
			break
		}
		stored++
	}
	if !errors.Is(err, ErrFull) {
		t.Fatalf("after %d answers: %v; want ErrFull", stored, err)
	}
	me, err := s.Me(ctx, st)
	if err != nil || len(me.Received) != stored {
		t.Errorf("received %d, %v; want the %d stored", len(me.Received), err, stored)
	}
}

func TestBackupWhileWriting(t *testing.T) {
	s, _ := open(t, 0)
	a := create(t, s, broadcast(1))
	st := join(t, s, a.Code, "1", "x")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			s.Answer(ctx, st, api.Answer{ID: fmt.Sprint("w", i), Item: 1, Answer: "1.1.1.1"}, t0)
		}
	}()
	time.Sleep(50 * time.Millisecond)
	before, _ := s.Me(ctx, st)
	file := filepath.Join(t.TempDir(), "copy.db")
	err := s.Backup(ctx, file)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, file); err == nil {
		t.Error("a backup over an existing file")
	}
	db, err := sql.Open("sqlite", "file:"+file+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	var n int
	db.QueryRow("PRAGMA integrity_check").Scan(&check)
	db.QueryRow("SELECT count(*) FROM answers").Scan(&n)
	if check != "ok" || n < len(before.Received) || n == 0 {
		t.Errorf("backup: integrity %q, %d answers; at least %d were committed before", check, n, len(before.Received))
	}
}

func TestResultsAndCSV(t *testing.T) {
	s, _ := open(t, 0)
	a := create(t, s, broadcast(2))
	ann := join(t, s, a.Code, "2", "=HYPERLINK(\"x\")")
	bob := join(t, s, a.Code, "1", "<b>밥</b>")
	// Both give a known mistake on item 1; bob twice: one student.
	for _, st := range []Student{ann, bob, bob} {
		skill, seed := a.ItemOf(st.StudentID, 1)
		wrong := mistakeAnswer(t, skill, seed, a.Level)
		if _, _, err := s.Answer(ctx, st, api.Answer{ID: newToken()[:10], Item: 1, Answer: wrong}, t0); err != nil {
			t.Fatal(err)
		}
	}
	s.Answer(ctx, bob, api.Answer{ID: "r", Item: 2, Answer: rightAnswer(t, bob, 2)}, t0)
	s.Answer(ctx, bob, api.Answer{ID: "u", Item: 2, Answer: "not an address"}, t0)
	res, err := s.Results(ctx, a.Code)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Students) != 2 || res.Students[0].StudentID != "1" || res.Answers != 5 {
		t.Fatalf("results: %+v", res)
	}
	b := res.Students[0]
	if b.Right != 1 || b.Answered != 2 || b.Score != 50 || b.Cells[0].Tries != 2 || b.Cells[1].Verdict != "right" {
		t.Errorf("bob: %+v", b)
	}
	m := res.Mistakes[0].Mistakes
	if len(m) != 1 || m[0].Students != 2 || m[0].Name.Ko == "" {
		t.Errorf("mistakes of item 1: %+v", m)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, res); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("\xef\xbb\xbf")) {
		t.Fatal("no byte order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"student_id", "name", "score", "answered", "right", "item1", "item2"},
		{"1", "<b>밥</b>", "50", "2", "1", "wrong", "right"},
		{"2", "'=HYPERLINK(\"x\")", "0", "1", "0", "wrong", ""},
	}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("CSV:\n%q\nwant\n%q", rows, want)
	}
}

// mistakeAnswer returns an answer to the item that the engine diagnoses
// as a known mistake, trying the usual wrong answers of the skill.
func mistakeAnswer(t *testing.T, skill string, seed uint32, level int) string {
	t.Helper()
	it, _ := practice.New(skill, seed, level)
	// The network's address and the last host are known mistakes of
	// ipaddress.broadcast at level 1 (a /24): try each last octet.
	for o := 0; o < 256; o++ {
		for _, prefix := range candidates(it.Solution().Answer) {
			ans := fmt.Sprintf("%s.%d", prefix, o)
			if v := it.Check(ans); v.Diagnosis != "" {
				return ans
			}
		}
	}
	t.Fatalf("no known mistake found for %s seed %d", skill, seed)
	return ""
}

func candidates(answer string) []string {
	answer = strings.Trim(answer, "'")
	i := strings.LastIndexByte(answer, '.')
	if i < 0 {
		return nil
	}
	return []string{answer[:i]}
}

func TestValidation(t *testing.T) {
	for in, want := range map[string]string{"２０２３１２３４": "20231234", " a-12 ": "A-12", "２０２３　": "2023"} {
		if got, err := StudentID(in); err != nil || got != want {
			t.Errorf("StudentID(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "   ", "abc", "1234567890123456789012", "12 34", "<script>1"} {
		if got, err := StudentID(bad); err == nil {
			t.Errorf("StudentID(%q) = %q; want an error", bad, got)
		}
	}
	if got, err := Name("  김   철수 "); err != nil || got != "김 철수" {
		t.Errorf("Name: %q %v", got, err)
	}
	for _, bad := range []string{"", strings.Repeat("가", MaxName+1), "a\x00b", "a\u202eb", "\xff"} {
		if _, err := Name(bad); err == nil {
			t.Errorf("Name(%q) accepted", bad)
		}
	}
	var inv *Invalid
	if _, err := ValidAssignment(api.NewAssignment{Title: "t", Skills: []string{"no.such"}, Items: 1, Level: 1}); !errors.As(err, &inv) || inv.Param != "skills" {
		t.Errorf("unknown skill: %v", err)
	}
	if _, err := ValidAssignment(api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast"}, Items: 0, Level: 1}); !errors.As(err, &inv) || inv.Param != "items" {
		t.Errorf("0 items: %v", err)
	}
	if _, err := ValidAssignment(api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast"}, Items: 1, Level: 4}); !errors.As(err, &inv) || inv.Param != "level" {
		t.Errorf("level 4: %v", err)
	}
	if err := ValidAnswer(api.Answer{ID: "a b", Answer: "x"}); err == nil {
		t.Error("an ID with a space")
	}
	if err := ValidAnswer(api.Answer{ID: "ok", Answer: strings.Repeat("x", MaxAnswer+1)}); err == nil {
		t.Error("an oversized answer")
	}
}

// TestAnswerAfterSolution checks that an answer given once the item's
// solution was shown is stored so, and that the grid, its compact form,
// the student's own results and the export all say so of the cell it
// decides; it counts as right, for the teacher to judge.
func TestAnswerAfterSolution(t *testing.T) {
	s, _ := open(t, 0)
	a := create(t, s, broadcast(3))
	st := join(t, s, a.Code, "1", "x")
	s.Answer(ctx, st, api.Answer{ID: "a", Item: 1, Answer: rightAnswer(t, st, 1), Solution: true}, t0)
	rec, _, err := s.Answer(ctx, st, api.Answer{ID: "b", Item: 2, Answer: rightAnswer(t, st, 2)}, t0)
	if err != nil || rec.Solution {
		t.Fatalf("an answer without the solution: %+v, %v", rec, err)
	}
	// A retry returns what was stored, the flag included.
	again, created, _ := s.Answer(ctx, st, api.Answer{ID: "a", Item: 1, Answer: rightAnswer(t, st, 1)}, t0)
	if created || !again.Solution {
		t.Errorf("a retry of the answer after the solution: %+v, created %v", again, created)
	}
	// Item 3: after the solution, then again without: the last decides.
	s.Answer(ctx, st, api.Answer{ID: "c", Item: 3, Answer: rightAnswer(t, st, 3), Solution: true}, t0)
	s.Answer(ctx, st, api.Answer{ID: "d", Item: 3, Answer: rightAnswer(t, st, 3)}, t0)
	res, err := s.Results(ctx, a.Code)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Students[0].Cells
	if !c[0].Solution || c[1].Solution || c[2].Solution || res.Students[0].Right != 3 {
		t.Errorf("cells %+v, right %d", c, res.Students[0].Right)
	}
	if g := GridOf(res); len(g.Solution) != 1 || g.Solution[0] != "s.." || g.Rows[0] != "1\tx\t100\t3\t3\tOOO" {
		t.Errorf("compact grid: rows %q, solution %q", g.Rows, g.Solution)
	}
	if got := CellText(c[0]); got != "right after solution" {
		t.Errorf("the export's cell: %q", got)
	}
	me, err := s.Me(ctx, st)
	if err != nil || len(me.Received) != 4 || !me.Received[0].Solution || me.Received[1].Solution {
		t.Errorf("the student's answers: %+v, %v", me.Received, err)
	}
	// A grid where no answer came after the solution has no such field.
	b := create(t, s, broadcast(1))
	if g := GridOf(mustResults(t, s, b.Code)); g.Solution != nil {
		t.Errorf("solution %q in a grid without one", g.Solution)
	}
}

func mustResults(t *testing.T, s *Store, code string) api.Results {
	t.Helper()
	res, err := s.Results(ctx, code)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestMigrationKeepsAnswers opens a database at schema version 1 with an
// answer in it: the migration keeps the answer, as given without the
// solution.
func TestMigrationKeepsAnswers(t *testing.T) {
	s, p := open(t, 0)
	a := create(t, s, broadcast(1))
	st := join(t, s, a.Code, "1", "x")
	s.Answer(ctx, st, api.Answer{ID: "a", Item: 1, Answer: rightAnswer(t, st, 1)}, t0)
	s.Close()
	// Back to version 1: what a database of the previous release holds.
	db, err := sql.Open("sqlite", p)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"ALTER TABLE answers DROP COLUMN solution", "PRAGMA user_version = 1"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()
	s2, err := Open(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if v, _ := s2.SchemaVersion(ctx); v != Version {
		t.Errorf("schema version %d after opening, want %d", v, Version)
	}
	if c := mustResults(t, s2, a.Code).Students[0].Cells[0]; c.Verdict != "right" || c.Solution {
		t.Errorf("the answer after the migration: %+v", c)
	}
}
