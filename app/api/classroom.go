package api

import (
	"time"

	"netprimer/app/i18n"
)

// Paths of the classroom's API (docs/API.md, "Classroom"): the teacher's
// under TeachPrefix, a student's under AssignmentPrefix + CODE.
const (
	TeachPrefix      = Prefix + "teach/"
	AssignmentsPath  = TeachPrefix + "assignments" // POST: create; GET: list
	AssignmentPrefix = Prefix + "a/"               // + CODE, + CODE/join, /items, /answers, /me
)

// TeachAssignmentPath returns the teacher's path of an assignment's
// resource, such as "results", "results.csv", "results.json" or "close".
func TeachAssignmentPath(code, what string) string {
	return AssignmentsPath + "/" + code + "/" + what
}

// StudentPath returns a student's path of an assignment's resource:
// "" (the assignment), "join", "items", "answers" or "me".
func StudentPath(code, what string) string {
	if what == "" {
		return AssignmentPrefix + code
	}
	return AssignmentPrefix + code + "/" + what
}

// ParseAssignmentCode reads an assignment's code as a student may type
// it: the lab's alphabet and leniency (ParseLabCode).
func ParseAssignmentCode(s string) (string, bool) { return ParseLabCode(s) }

// NewAssignment is the body of POST AssignmentsPath. Due is optional (no
// due time when absent).
type NewAssignment struct {
	Title  string     `json:"title"`
	Skills []string   `json:"skills"`
	Items  int        `json:"items"`
	Level  int        `json:"level"`
	Due    *time.Time `json:"due,omitempty"`
}

// Created is the answer of POST AssignmentsPath: the code and the link
// students open, as an absolute URL on the request's host.
type Created struct {
	Code string `json:"code"`
	URL  string `json:"url"`
}

// Assignment is an assignment as listed for the teacher and shown to a
// student before joining.
type Assignment struct {
	Code    string     `json:"code"`
	Title   string     `json:"title"`
	Skills  []string   `json:"skills"`
	Items   int        `json:"items"`
	Level   int        `json:"level"`
	Due     *time.Time `json:"due,omitempty"`
	Closed  bool       `json:"closed"`
	Created time.Time  `json:"created"`
	// Students is how many have joined (the teacher's list only).
	Students int `json:"students"`
}

// Join is the body of POST …/join, and the answer's StudentID is the
// student number as stored (full-width digits made ASCII).
type Join struct {
	StudentID string `json:"student_id"`
	Name      string `json:"name,omitempty"`
}

// StudentItem is one of a student's items: what practice.New takes, and
// the item's inputs.
type StudentItem struct {
	Item  int            `json:"item"`
	Skill string         `json:"skill"`
	Seed  uint32         `json:"seed"`
	Level int            `json:"level"`
	Given map[string]any `json:"given"`
}

// Answer is the body of POST …/answers: ID is made by the client, unique
// for the student, so that a retry never counts twice.
type Answer struct {
	ID     string `json:"id"`
	Item   int    `json:"item"`
	Answer string `json:"answer"`
	// Solution tells that the student had the item's solution shown
	// before giving this answer; the teacher's grid marks it.
	Solution bool `json:"solution,omitempty"`
}

// Received is the answer to an Answer: the server's own verdict
// ("right", "wrong", "unreadable") and diagnosis (a mistake ID or ""),
// and whether it came after the due time.
type Received struct {
	ID        string `json:"id"`
	Item      int    `json:"item"`
	Verdict   string `json:"verdict"`
	Diagnosis string `json:"diagnosis"`
	Late      bool   `json:"late"`
	Solution  bool   `json:"solution,omitempty"` // given after the solution was shown
}

// Cell is a student's standing on one item: the verdict of the last
// readable answer ("" before one), whether it was late or given after
// the solution was shown, and how many readable answers were given.
type Cell struct {
	Item     int    `json:"item"`
	Verdict  string `json:"verdict"`
	Late     bool   `json:"late,omitempty"`
	Solution bool   `json:"solution,omitempty"`
	Tries    int    `json:"tries"`
}

// StudentResult is one row of the grid: Score is the percentage of the
// items whose last answer is right, Answered and Right count items.
type StudentResult struct {
	StudentID string `json:"student_id"`
	Name      string `json:"name"`
	Score     int    `json:"score"`
	Answered  int    `json:"answered"`
	Right     int    `json:"right"`
	Cells     []Cell `json:"cells"`
}

// Me is a student's own results (GET …/me): their row and the IDs of
// every answer the server has received from them.
type Me struct {
	Assignment Assignment    `json:"assignment"`
	Result     StudentResult `json:"result"`
	Received   []Received    `json:"received"`
}

// Mistake is how many students made a known mistake on an item.
type Mistake struct {
	Diagnosis string `json:"diagnosis"`
	Name      i18n.T `json:"name"`
	Students  int    `json:"students"`
}

// ItemMistakes are an item's most frequent mistakes, the most made first.
type ItemMistakes struct {
	Item     int       `json:"item"`
	Skill    string    `json:"skill"`
	Mistakes []Mistake `json:"mistakes"`
}

// Results is the teacher's view of an assignment (GET …/results): the
// grid, a row per student in order of student number, and per item the
// class's most frequent mistakes. Answers counts every answer received,
// so that a poll can tell whether anything changed.
type Results struct {
	Assignment Assignment      `json:"assignment"`
	Answers    int64           `json:"answers"`
	Students   []StudentResult `json:"students"`
	Mistakes   []ItemMistakes  `json:"mistakes"`
}

// Error types of the classroom.
const (
	TypeUnauthorized = "unauthorized" // 401: no valid cookie
	TypeForbidden    = "forbidden"    // 403: a student's cookie on a teacher's route, or a foreign Origin
	TypeClosed       = "closed"       // 409: the assignment is closed
	TypeFull         = "full"         // 507: the database reached its size guard
	TypeMediaType    = "media_type"   // 415: a body that is not application/json
)

// ClassroomError is the body of every error of the classroom's API: the
// error as elsewhere in the API, and what to tell the user in both
// languages.
type ClassroomError struct {
	Error Error   `json:"error"`
	Text  *i18n.T `json:"text,omitempty"`
}

// TeachSession is the answer of GET TeachSessionPath to a teacher.
type TeachSession struct {
	Teacher bool `json:"teacher"`
}

// TeachSessionPath answers whether the request carries a teacher's
// session (401 when not).
const TeachSessionPath = TeachPrefix + "session"

// TeachLoginPath is the page a login link opens: it sets the teacher's
// cookie and leads to /teach.
const TeachLoginPath = "/teach/login"

// AssignmentLink returns the page of an assignment that students open.
func AssignmentLink(code string) string { return "/a/" + code }

// Grid is the teacher's grid in a compact form (GET …/grid), which a
// browser decodes quickly for a large class: each row is one text,
// "student_id\tname\tscore\tanswered\tright\tmarks", marks holding one
// character an item: O right, X wrong, o and x the same given late, .
// before an answer. Student numbers and names hold no tab.
type Grid struct {
	Assignment Assignment     `json:"assignment"`
	Answers    int64          `json:"answers"`
	Rows       []string       `json:"rows"`
	Mistakes   []ItemMistakes `json:"mistakes"`
	// Solution, beside Rows, holds a row's cells given after the solution
	// was shown (GridSolutions); none when no cell of the grid was.
	Solution []string `json:"solution,omitempty"`
}

// GridSolutions returns, for a row's cells, 's' where the cell's answer
// was given after the solution was shown and '.' elsewhere; "" when no
// cell's was.
func GridSolutions(cells []Cell) string {
	b := make([]byte, len(cells))
	any := false
	for i, c := range cells {
		b[i] = '.'
		if c.Solution && c.Verdict != "" {
			b[i], any = 's', true
		}
	}
	if !any {
		return ""
	}
	return string(b)
}

// GridMarks returns the marks of a row's cells.
func GridMarks(cells []Cell) string {
	b := make([]byte, len(cells))
	for i, c := range cells {
		switch {
		case c.Verdict == "right" && c.Late:
			b[i] = 'o'
		case c.Verdict == "right":
			b[i] = 'O'
		case c.Verdict == "wrong" && c.Late:
			b[i] = 'x'
		case c.Verdict == "wrong":
			b[i] = 'X'
		default:
			b[i] = '.'
		}
	}
	return string(b)
}
