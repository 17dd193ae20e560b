package classroom

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"netprimer/app/api"
	"netprimer/app/practice"
)

// The errors of the store's operations, which the handler answers with
// their statuses.
var (
	ErrNoAssignment = errors.New("classroom: no such assignment")       // 404
	ErrClosed       = errors.New("classroom: the assignment is closed") // 409
	ErrNoSession    = errors.New("classroom: no such session")          // 401
	ErrNoItem       = errors.New("classroom: no such item")             // 400
)

// Durations of the teacher's login.
const (
	LoginTTL   = 15 * time.Minute
	SessionTTL = 7 * 24 * time.Hour
)

// Assignment is an assignment as stored.
type Assignment struct {
	id      int64
	Code    string
	Title   string
	Skills  []string
	Items   int
	Level   int
	Due     time.Time // zero: no due time
	Closed  bool
	Created time.Time
}

// API returns a as the API shows it.
func (a Assignment) API() api.Assignment {
	out := api.Assignment{Code: a.Code, Title: a.Title, Skills: a.Skills, Items: a.Items, Level: a.Level, Closed: a.Closed, Created: a.Created.UTC()}
	if !a.Due.IsZero() {
		d := a.Due.UTC()
		out.Due = &d
	}
	return out
}

// Late reports whether an answer at t comes after the due time.
func (a Assignment) Late(t time.Time) bool { return !a.Due.IsZero() && t.After(a.Due) }

// ItemOf returns the n-th item (from 1) of the student's: its skill is
// the assignment's skills in turn, its seed practice.SeedOf of the code,
// the student number and n, so that it is the same on every device.
func (a Assignment) ItemOf(studentID string, n int) (skill string, seed uint32) {
	return a.Skills[(n-1)%len(a.Skills)], practice.SeedOf(a.Code, studentID, strconv.Itoa(n))
}

// Student is a student who joined an assignment.
type Student struct {
	id         int64
	Assignment Assignment
	StudentID  string
	Name       string
}

func ms(t time.Time) int64       { return t.UnixMilli() }
func fromMS(v int64) time.Time   { return time.UnixMilli(v).UTC() }
func hashOf(token string) []byte { h := sha256.Sum256([]byte(token)); return h[:] }
func newToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// newCode returns a random assignment code of the lab's alphabet.
func newCode() string {
	b := make([]byte, api.LabCodeLen)
	rand.Read(b)
	for i := range b {
		b[i] = api.LabCodeAlphabet[int(b[i])%len(api.LabCodeAlphabet)]
	}
	return string(b)
}

// NewLoginToken stores a one-time login token valid for LoginTTL from now
// and returns it.
func (s *Store) NewLoginToken(ctx context.Context, now time.Time) (string, error) {
	tok := newToken()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM login_tokens WHERE expires < ?", ms(now)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO login_tokens (hash, expires) VALUES (?, ?)", hashOf(tok), ms(now.Add(LoginTTL)))
		return err
	})
	return tok, err
}

// HasTeacher reports whether a teacher has ever logged in.
func (s *Store) HasTeacher(ctx context.Context) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM teachers").Scan(&n)
	return n > 0, err
}

// Login spends a login token: a token unknown, used or expired is
// ErrNoSession. It returns a new teacher session's token, valid for
// SessionTTL.
func (s *Store) Login(ctx context.Context, token string, now time.Time) (string, error) {
	sess := newToken()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE login_tokens SET used = 1 WHERE hash = ? AND used = 0 AND expires >= ?", hashOf(token), ms(now))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrNoSession
		}
		var teacher int64
		err = tx.QueryRowContext(ctx, "SELECT id FROM teachers ORDER BY id LIMIT 1").Scan(&teacher)
		if errors.Is(err, sql.ErrNoRows) {
			err = tx.QueryRowContext(ctx, "INSERT INTO teachers (created) VALUES (?) RETURNING id", ms(now)).Scan(&teacher)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM teacher_sessions WHERE expires < ?", ms(now)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO teacher_sessions (hash, teacher, expires) VALUES (?, ?, ?)", hashOf(sess), teacher, ms(now.Add(SessionTTL)))
		return err
	})
	if err != nil {
		return "", err
	}
	return sess, nil
}

// Teacher reports whether token is a live teacher session.
func (s *Store) Teacher(ctx context.Context, token string, now time.Time) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM teacher_sessions WHERE hash = ? AND expires >= ?", hashOf(token), ms(now)).Scan(&n)
	return n > 0, err
}

// Create stores a new assignment, drawing its code, and returns it. The
// caller has validated it (see Validate).
func (s *Store) Create(ctx context.Context, a Assignment, now time.Time) (Assignment, error) {
	skills, _ := json.Marshal(a.Skills)
	var due sql.NullInt64
	if !a.Due.IsZero() {
		due = sql.NullInt64{Int64: ms(a.Due), Valid: true}
	}
	a.Created = fromMS(ms(now))
	for try := 0; ; try++ {
		a.Code = newCode()
		err := s.tx(ctx, func(tx *sql.Tx) error {
			return tx.QueryRowContext(ctx, "INSERT INTO assignments (code, title, skills, items, level, due, created) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
				a.Code, a.Title, string(skills), a.Items, a.Level, due, ms(now)).Scan(&a.id)
		})
		if err == nil || !isUnique(err) || try == 10 {
			return a, err
		}
	}
}

const assignmentCols = "id, code, title, skills, items, level, due, closed, created"

type scanner interface{ Scan(...any) error }

func scanAssignment(row scanner) (Assignment, error) {
	var a Assignment
	var skills string
	var due sql.NullInt64
	var closed, created int64
	if err := row.Scan(&a.id, &a.Code, &a.Title, &skills, &a.Items, &a.Level, &due, &closed, &created); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return a, ErrNoAssignment
		}
		return a, err
	}
	if err := json.Unmarshal([]byte(skills), &a.Skills); err != nil || len(a.Skills) == 0 {
		return a, errors.New("classroom: an assignment without skills")
	}
	if due.Valid {
		a.Due = fromMS(due.Int64)
	}
	a.Closed, a.Created = closed != 0, fromMS(created)
	return a, nil
}

// Assignment returns the assignment of the code, or ErrNoAssignment.
func (s *Store) Assignment(ctx context.Context, code string) (Assignment, error) {
	return scanAssignment(s.r.QueryRowContext(ctx, "SELECT "+assignmentCols+" FROM assignments WHERE code = ?", code))
}

// Assignments lists every assignment, the newest first, with how many
// students joined each.
func (s *Store) Assignments(ctx context.Context) ([]api.Assignment, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT "+assignmentCols+", (SELECT count(*) FROM students WHERE assignment = assignments.id) FROM assignments ORDER BY created DESC, id DESC")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []api.Assignment{}
	for rows.Next() {
		var n int
		a, err := scanAssignment(scanFunc(func(dst ...any) error { return rows.Scan(append(dst, &n)...) }))
		if err != nil {
			return nil, err
		}
		aa := a.API()
		aa.Students = n
		out = append(out, aa)
	}
	return out, rows.Err()
}

type scanFunc func(...any) error

func (f scanFunc) Scan(dst ...any) error { return f(dst...) }

// CloseAssignment closes the assignment: it takes no more joins or answers.
func (s *Store) CloseAssignment(ctx context.Context, code string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE assignments SET closed = 1 WHERE code = ?", code)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNoAssignment
		}
		s.forget(0)
		return nil
	})
}

// Join records the student (a number and a name, validated by the
// caller) in the assignment of the code, or renames them when they
// joined before, and returns a new student session's token.
func (s *Store) Join(ctx context.Context, code, studentID, name string, now time.Time) (Student, string, error) {
	tok := newToken()
	var st Student
	err := s.tx(ctx, func(tx *sql.Tx) error {
		a, err := scanAssignment(tx.QueryRowContext(ctx, "SELECT "+assignmentCols+" FROM assignments WHERE code = ?", code))
		if err != nil {
			return err
		}
		if a.Closed {
			return ErrClosed
		}
		st = Student{Assignment: a, StudentID: studentID, Name: name}
		err = tx.QueryRowContext(ctx, `INSERT INTO students (assignment, student_id, name, joined) VALUES (?, ?, ?, ?)
			ON CONFLICT (assignment, student_id) DO UPDATE SET name = excluded.name RETURNING id`,
			a.id, studentID, name, ms(now)).Scan(&st.id)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO student_sessions (hash, student) VALUES (?, ?)", hashOf(tok), st.id)
		return err
	})
	if err != nil {
		return Student{}, "", err
	}
	s.forget(st.id)
	return st, tok, nil
}

// StudentOf returns the student of the session token in the assignment
// of the code: ErrNoAssignment for an unknown code, ErrNoSession for a
// token that is not a session of this assignment's. A session found is
// kept in memory (sessions never change; the assignment's closed mark
// may be stale there, which Answer checks anew).
func (s *Store) StudentOf(ctx context.Context, code, token string) (Student, error) {
	key := code + "\x00" + string(hashOf(token))
	s.cacheMu.RLock()
	st, ok := s.sessions[key]
	s.cacheMu.RUnlock()
	if ok {
		return st, nil
	}
	a, err := s.Assignment(ctx, code)
	if err != nil {
		return Student{}, err
	}
	st = Student{Assignment: a}
	err = s.r.QueryRowContext(ctx, `SELECT s.id, s.student_id, s.name FROM student_sessions ss JOIN students s ON s.id = ss.student
		WHERE ss.hash = ? AND s.assignment = ?`, hashOf(token), a.id).Scan(&st.id, &st.StudentID, &st.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return Student{}, ErrNoSession
	}
	if err != nil {
		return Student{}, err
	}
	s.cacheMu.Lock()
	if len(s.sessions) >= maxCachedSessions {
		clear(s.sessions)
	}
	s.sessions[key] = st
	s.cacheMu.Unlock()
	return st, nil
}

// maxCachedSessions bounds the sessions kept in memory.
const maxCachedSessions = 20000

// forget drops the cached sessions of the student id (renamed by a join)
// or, for 0, of every student (an assignment closed).
func (s *Store) forget(id int64) {
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	for k, st := range s.sessions {
		if id == 0 || st.id == id {
			delete(s.sessions, k)
		}
	}
}

// IsStudent reports whether token is a student session of any
// assignment (a student's cookie on a teacher's route is refused as such).
func (s *Store) IsStudent(ctx context.Context, token string) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM student_sessions WHERE hash = ?", hashOf(token)).Scan(&n)
	return n > 0, err
}

// Items returns the student's items.
func (st Student) Items() []api.StudentItem {
	a := st.Assignment
	out := make([]api.StudentItem, 0, a.Items)
	for n := 1; n <= a.Items; n++ {
		skill, seed := a.ItemOf(st.StudentID, n)
		it, err := practice.New(skill, seed, a.Level)
		if err != nil {
			continue // validated at creation: cannot happen
		}
		var given map[string]any
		json.Unmarshal([]byte(it.Given()), &given)
		out = append(out, api.StudentItem{Item: n, Skill: skill, Seed: seed, Level: a.Level, Given: given})
	}
	return out
}

// Answer checks the answer with app/practice and stores it under its
// client ID, committed before it returns. An ID the student sent before
// is not stored again: it returns what was stored then, and created
// false. A closed assignment is ErrClosed, an item out of range ErrNoItem.
func (s *Store) Answer(ctx context.Context, st Student, a api.Answer, now time.Time) (api.Received, bool, error) {
	asg := st.Assignment
	if a.Item < 1 || a.Item > asg.Items {
		return api.Received{}, false, ErrNoItem
	}
	skill, seed := asg.ItemOf(st.StudentID, a.Item)
	v, err := practice.Check(skill, seed, asg.Level, a.Answer)
	if err != nil {
		return api.Received{}, false, err
	}
	rec := api.Received{ID: a.ID, Item: a.Item, Verdict: v.Outcome.String(), Diagnosis: v.Diagnosis, Late: asg.Late(now), Solution: a.Solution}
	return s.commit(ctx, answerWrite{student: st.id, assignment: asg.id, answer: a.Answer, rec: rec, at: ms(now)})
}

// answerWrite is an answer checked, waiting to be stored.
type answerWrite struct {
	student, assignment int64
	answer              string
	rec                 api.Received
	at                  int64
	done                chan answerDone
}

type answerDone struct {
	rec     api.Received
	created bool
	err     error
}

// maxBatch bounds the answers committed in one transaction.
const maxBatch = 512

// commit hands the answer to the writer, which commits the answers that
// arrive together in one transaction (one sync of the log for all of
// them), and waits until it is committed or failed.
func (s *Store) commit(ctx context.Context, w answerWrite) (api.Received, bool, error) {
	w.done = make(chan answerDone, 1)
	select {
	case s.writes <- w:
	case <-ctx.Done():
		return api.Received{}, false, ctx.Err()
	case <-s.closed:
		return api.Received{}, false, errors.New("classroom: the store is closed")
	}
	d := <-w.done // the writer always answers
	return d.rec, d.created, d.err
}

// writer commits the answers sent to s.writes, as many as are waiting
// in each transaction. When a batch fails, each of its answers is tried
// in a transaction of its own, so that one answer's error is its own.
func (s *Store) writer() {
	defer close(s.writerDone)
	for {
		var batch []answerWrite
		select {
		case w := <-s.writes:
			batch = append(batch, w)
		case <-s.closed:
			return
		}
	more:
		for len(batch) < maxBatch {
			select {
			case w := <-s.writes:
				batch = append(batch, w)
			default:
				break more
			}
		}
		results := make([]answerDone, len(batch))
		err := s.tx(context.Background(), func(tx *sql.Tx) error {
			closed := map[int64]int{}
			for i, w := range batch {
				results[i] = storeAnswer(tx, w, closed)
				if results[i].err != nil && !errors.Is(results[i].err, ErrClosed) {
					return results[i].err
				}
			}
			return nil
		})
		if err != nil && len(batch) > 1 {
			for i, w := range batch {
				var d answerDone
				err := s.tx(context.Background(), func(tx *sql.Tx) error {
					d = storeAnswer(tx, w, map[int64]int{})
					if errors.Is(d.err, ErrClosed) {
						return nil // its own result, not the transaction's
					}
					return d.err
				})
				if err != nil {
					d = answerDone{err: err}
				}
				results[i] = d
			}
		} else if err != nil {
			results[0] = answerDone{err: err}
		}
		for i, w := range batch {
			w.done <- results[i]
		}
	}
}

// storeAnswer stores the answer in tx unless its ID was stored before,
// in which case it returns what was stored; a new answer to a closed
// assignment is ErrClosed.
func storeAnswer(tx *sql.Tx, w answerWrite, closedOf map[int64]int) answerDone {
	rec := w.rec
	closed, ok := closedOf[w.assignment]
	if !ok {
		if err := tx.QueryRow("SELECT closed FROM assignments WHERE id = ?", w.assignment).Scan(&closed); err != nil {
			return answerDone{err: err}
		}
		closedOf[w.assignment] = closed
	}
	res, err := tx.Exec(`INSERT INTO answers (student, client_id, item, answer, verdict, diagnosis, late, solution, at)
		SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ? = 0 ON CONFLICT (student, client_id) DO NOTHING`,
		w.student, rec.ID, rec.Item, w.answer, rec.Verdict, rec.Diagnosis, rec.Late, rec.Solution, w.at, closed)
	if err != nil {
		return answerDone{err: full(err)}
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return answerDone{rec: rec, created: true}
	}
	var late, solution int
	err = tx.QueryRow("SELECT item, verdict, diagnosis, late, solution FROM answers WHERE student = ? AND client_id = ?", w.student, rec.ID).
		Scan(&rec.Item, &rec.Verdict, &rec.Diagnosis, &late, &solution)
	if errors.Is(err, sql.ErrNoRows) && closed != 0 {
		return answerDone{err: ErrClosed}
	}
	if err != nil {
		return answerDone{err: err}
	}
	rec.Late, rec.Solution = late != 0, solution != 0
	return answerDone{rec: rec}
}
