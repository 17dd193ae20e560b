package classroom

import (
	"bytes"
	"crypto/tls"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/app/practice"
)

// client drives the handler as a browser would: it keeps the cookies the
// handler sets and sends the Origin of the host.
type client struct {
	t       *testing.T
	h       http.Handler
	cookies map[string]*http.Cookie
	origin  string
	tls     bool
}

func newClient(t *testing.T, h http.Handler) *client {
	return &client{t: t, h: h, cookies: map[string]*http.Cookie{}, origin: "http://class.test"}
}

type reply struct {
	status int
	header http.Header
	body   []byte
}

func (c *client) do(method, path string, body any) reply {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, _ := json.Marshal(b)
		rd = bytes.NewReader(j)
	}
	r := httptest.NewRequest(method, "http://class.test"+path, rd)
	r.RemoteAddr = "192.0.2.1:5000"
	if c.tls {
		r.TLS = &tls.ConnectionState{}
	}
	if body != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	if c.origin != "" {
		r.Header.Set("Origin", c.origin)
	}
	for _, ck := range c.cookies {
		if strings.HasPrefix(path, ck.Path) {
			r.AddCookie(&http.Cookie{Name: ck.Name, Value: ck.Value})
		}
	}
	w := httptest.NewRecorder()
	c.h.ServeHTTP(w, r)
	res := w.Result()
	for _, ck := range res.Cookies() {
		c.cookies[ck.Name+ck.Path] = ck
	}
	return reply{res.StatusCode, res.Header, w.Body.Bytes()}
}

// want checks the status and, for an error, that the body is the JSON
// error of the type, with its text in both languages.
func (rp reply) want(t *testing.T, status int, typ string) reply {
	t.Helper()
	if rp.status != status {
		t.Fatalf("status %d, want %d: %s", rp.status, status, rp.body)
	}
	if mt, _, _ := mime.ParseMediaType(rp.header.Get("Content-Type")); mt != "application/json" && status >= 400 {
		t.Fatalf("error body of type %q: %s", rp.header.Get("Content-Type"), rp.body)
	}
	if typ != "" {
		var e api.ClassroomError
		if err := json.Unmarshal(rp.body, &e); err != nil || e.Error.Type != typ || e.Text == nil || e.Text.Ko == "" || e.Text.En == "" {
			t.Fatalf("error body %s (%v); want type %q with its text", rp.body, err, typ)
		}
	}
	return rp
}

func (rp reply) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(rp.body, v); err != nil {
		t.Fatalf("%v: %s", err, rp.body)
	}
}

type fixture struct {
	s   *Store
	h   *Handler
	now time.Time
}

func newFixture(t *testing.T, cfg Config) *fixture {
	s, _ := open(t, 0)
	f := &fixture{s: s, now: t0}
	cfg.Now = func() time.Time { return f.now }
	if cfg.JoinRate == 0 {
		cfg = Config{MaxMB: 1, JoinRate: 100, AnswerRate: 100, RequestRate: 100, Now: cfg.Now}
	}
	f.h = NewHandler(s, cfg)
	return f
}

// teacher returns a client logged in by a login link.
func (f *fixture) teacher(t *testing.T) *client {
	tok, err := f.s.NewLoginToken(ctx, f.now)
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, f.h)
	rp := c.do("GET", api.TeachLoginPath+"?token="+tok, nil)
	if rp.status != http.StatusSeeOther || rp.header.Get("Location") != "/teach" {
		t.Fatalf("login: %d %v", rp.status, rp.header)
	}
	ck := c.cookies[TeacherCookie+api.TeachPrefix]
	if ck == nil || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Secure {
		t.Fatalf("teacher's cookie over HTTP: %+v", ck)
	}
	return c
}

func (f *fixture) create(t *testing.T, c *client, n api.NewAssignment) api.Created {
	var cr api.Created
	c.do("POST", api.AssignmentsPath, n).want(t, http.StatusCreated, "").decode(t, &cr)
	if _, ok := api.ParseAssignmentCode(cr.Code); !ok || cr.URL != "http://class.test/a/"+cr.Code {
		t.Fatalf("created %+v", cr)
	}
	return cr
}

func (f *fixture) student(t *testing.T, code, id, name string) *client {
	c := newClient(t, f.h)
	c.do("POST", api.StudentPath(code, "join"), api.Join{StudentID: id, Name: name}).want(t, http.StatusOK, "")
	return c
}

func TestLoginLink(t *testing.T) {
	f := newFixture(t, Config{})
	c := newClient(t, f.h)
	for _, path := range []string{api.TeachLoginPath, api.TeachLoginPath + "?token=nothing"} {
		if rp := c.do("GET", path, nil); rp.status != http.StatusUnauthorized || !strings.Contains(string(rp.body), "teacher-link") {
			t.Errorf("%s: %d %s", path, rp.status, rp.body)
		}
	}
	tok, _ := f.s.NewLoginToken(ctx, f.now)
	c.tls = true
	if rp := c.do("GET", api.TeachLoginPath+"?token="+tok, nil); rp.status != http.StatusSeeOther {
		t.Fatalf("login: %d", rp.status)
	}
	if ck := c.cookies[TeacherCookie+api.TeachPrefix]; ck == nil || !ck.Secure || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode {
		t.Errorf("teacher's cookie over TLS: %+v", ck)
	}
	if rp := newClient(t, f.h).do("GET", api.TeachLoginPath+"?token="+tok, nil); rp.status != http.StatusUnauthorized {
		t.Errorf("a link used twice: %d", rp.status)
	}
	c.do("GET", api.TeachSessionPath, nil).want(t, http.StatusOK, "")
	stale, _ := f.s.NewLoginToken(ctx, f.now)
	f.now = f.now.Add(LoginTTL + time.Second)
	if rp := newClient(t, f.h).do("GET", api.TeachLoginPath+"?token="+stale, nil); rp.status != http.StatusUnauthorized {
		t.Errorf("a link after 15 minutes: %d", rp.status)
	}
}

func TestTeacherRoutes(t *testing.T) {
	f := newFixture(t, Config{})
	teacher := f.teacher(t)
	n := api.NewAssignment{Title: "서브넷", Skills: []string{"ipaddress.broadcast", "byteorder.htons"}, Items: 3, Level: 1}
	cr := f.create(t, teacher, n)
	st := f.student(t, cr.Code, "1", "x")

	anon := newClient(t, f.h)
	st.cookies[StudentCookie+api.TeachPrefix] = &http.Cookie{Name: StudentCookie, Value: st.cookies[StudentCookie+api.StudentPath(cr.Code, "")].Value, Path: "/"}
	results := api.TeachAssignmentPath(cr.Code, "results")
	for _, path := range []string{api.AssignmentsPath, results, results + ".csv", api.TeachSessionPath} {
		anon.do("GET", path, nil).want(t, http.StatusUnauthorized, api.TypeUnauthorized)
		st.do("GET", path, nil).want(t, http.StatusForbidden, api.TypeForbidden)
	}
	anon.do("POST", api.AssignmentsPath, n).want(t, http.StatusUnauthorized, api.TypeUnauthorized)
	st.do("POST", api.AssignmentsPath, n).want(t, http.StatusForbidden, api.TypeForbidden)

	// The create's checks: Origin, Content-Type, JSON, fields.
	foreign := *teacher
	foreign.origin = "http://evil.test"
	foreign.do("POST", api.AssignmentsPath, n).want(t, http.StatusForbidden, api.TypeForbidden)
	foreign.origin = ""
	foreign.do("POST", api.AssignmentsPath, n).want(t, http.StatusForbidden, api.TypeForbidden)
	r := httptest.NewRequest("POST", "http://class.test"+api.AssignmentsPath, strings.NewReader(`{}`))
	r.Header.Set("Origin", "http://class.test")
	r.Header.Set("Content-Type", "text/plain")
	r.AddCookie(&http.Cookie{Name: TeacherCookie, Value: teacher.cookies[TeacherCookie+api.TeachPrefix].Value})
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	reply{w.Code, w.Header(), w.Body.Bytes()}.want(t, http.StatusUnsupportedMediaType, api.TypeMediaType)
	teacher.do("POST", api.AssignmentsPath, `{"title": `).want(t, http.StatusBadRequest, api.TypeBadRequest)
	teacher.do("POST", api.AssignmentsPath, `{"title": "a"} {}`).want(t, http.StatusBadRequest, api.TypeBadRequest)
	teacher.do("POST", api.AssignmentsPath, `{"title": "`+strings.Repeat("a", maxBody)+`"}`).want(t, http.StatusBadRequest, api.TypeBadRequest)
	teacher.do("POST", api.AssignmentsPath, api.NewAssignment{Title: strings.Repeat("가", MaxTitle+1), Skills: n.Skills, Items: 1, Level: 1}).want(t, http.StatusBadRequest, api.TypeBadRequest)
	teacher.do("POST", api.AssignmentsPath, api.NewAssignment{Title: "t", Skills: []string{"<b>"}, Items: 1, Level: 1}).want(t, http.StatusBadRequest, api.TypeBadRequest)
	teacher.do("POST", api.AssignmentsPath, `{"title": "t", "skills": ["ipaddress.broadcast"], "items": 1, "level": 1, "due": "tomorrow"}`).want(t, http.StatusBadRequest, api.TypeBadRequest)

	var list []api.Assignment
	teacher.do("GET", api.AssignmentsPath, nil).want(t, http.StatusOK, "").decode(t, &list)
	if len(list) != 1 || list[0].Code != cr.Code || list[0].Students != 1 || list[0].Title != "서브넷" {
		t.Errorf("list: %+v", list)
	}
	teacher.do("GET", api.TeachAssignmentPath("zzzzzz", "results"), nil).want(t, http.StatusNotFound, api.TypeNotFound)
	teacher.do("GET", api.TeachAssignmentPath("!", "results"), nil).want(t, http.StatusNotFound, api.TypeNotFound)
	teacher.do("DELETE", results, nil).want(t, http.StatusMethodNotAllowed, api.TypeMethodNotAllowed)
	teacher.do("POST", api.TeachAssignmentPath("zzzzzz", "close"), "{}").want(t, http.StatusNotFound, api.TypeNotFound)
	var closed api.Assignment
	teacher.do("POST", api.TeachAssignmentPath(cr.Code, "close"), "{}").want(t, http.StatusOK, "").decode(t, &closed)
	if !closed.Closed {
		t.Error("not closed")
	}
	st.do("POST", api.StudentPath(cr.Code, "answers"), api.Answer{ID: "x", Item: 1, Answer: "1.1.1.1"}).want(t, http.StatusConflict, api.TypeClosed)
	newClient(t, f.h).do("POST", api.StudentPath(cr.Code, "join"), api.Join{StudentID: "2", Name: "y"}).want(t, http.StatusConflict, api.TypeClosed)
}

func TestStudentRoutes(t *testing.T) {
	f := newFixture(t, Config{})
	teacher := f.teacher(t)
	due := t0.Add(time.Hour)
	cr := f.create(t, teacher, api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast"}, Items: 2, Level: 1, Due: &due})
	code := cr.Code

	anon := newClient(t, f.h)
	anon.do("GET", api.StudentPath(code, "items"), nil).want(t, http.StatusUnauthorized, api.TypeUnauthorized)
	anon.do("GET", api.StudentPath(code, "me"), nil).want(t, http.StatusUnauthorized, api.TypeUnauthorized)
	anon.do("POST", api.StudentPath(code, "answers"), api.Answer{ID: "a", Item: 1, Answer: "x"}).want(t, http.StatusUnauthorized, api.TypeUnauthorized)
	anon.do("POST", api.StudentPath("zzzzzz", "join"), api.Join{StudentID: "1", Name: "x"}).want(t, http.StatusNotFound, api.TypeNotFound)
	anon.do("GET", api.StudentPath("zzzzzz", "items"), nil).want(t, http.StatusNotFound, api.TypeNotFound)
	anon.do("GET", api.StudentPath("toolongcode", ""), nil).want(t, http.StatusNotFound, api.TypeNotFound)
	anon.do("GET", api.StudentPath(code, "nothing"), nil).want(t, http.StatusNotFound, api.TypeNotFound)
	for _, bad := range []api.Join{{StudentID: "", Name: "x"}, {StudentID: "1", Name: ""}, {StudentID: strings.Repeat("1", MaxStudentID+1), Name: "x"}, {StudentID: "1", Name: strings.Repeat("x", MaxName+1)}} {
		anon.do("POST", api.StudentPath(code, "join"), bad).want(t, http.StatusBadRequest, api.TypeBadRequest)
	}
	anon.do("POST", api.StudentPath(code, "join"), `[`).want(t, http.StatusBadRequest, api.TypeBadRequest)
	var info api.Assignment
	anon.do("GET", api.StudentPath(code, ""), nil).want(t, http.StatusOK, "").decode(t, &info)
	if info.Title != "t" || info.Items != 2 || info.Due == nil || !info.Due.Equal(due) {
		t.Errorf("assignment: %+v", info)
	}

	// Joining: full-width digits, the cookie of the assignment.
	ann := newClient(t, f.h)
	ann.tls = true
	var joined api.Join
	ann.do("POST", api.StudentPath(code, "join"), api.Join{StudentID: "２０２６０００１", Name: "<img src=x onerror=alert(1)>"}).want(t, http.StatusOK, "").decode(t, &joined)
	if joined.StudentID != "20260001" {
		t.Errorf("joined as %q", joined.StudentID)
	}
	ck := ann.cookies[StudentCookie+api.StudentPath(code, "")]
	if ck == nil || !ck.HttpOnly || !ck.Secure || ck.SameSite != http.SameSiteStrictMode || ck.MaxAge <= 0 {
		t.Fatalf("student's cookie: %+v", ck)
	}

	var items []api.StudentItem
	ann.do("GET", api.StudentPath(code, "items"), nil).want(t, http.StatusOK, "").decode(t, &items)
	if len(items) != 2 {
		t.Fatalf("items: %+v", items)
	}
	for _, it := range items {
		p, err := practice.New(it.Skill, it.Seed, it.Level)
		g, _ := json.Marshal(it.Given)
		var want map[string]any
		json.Unmarshal([]byte(p.Given()), &want)
		w, _ := json.Marshal(want)
		if err != nil || it.Seed != practice.SeedOf(code, "20260001", fmt.Sprint(it.Item)) || string(g) != string(w) {
			t.Errorf("item %+v: given %s, want %s (%v)", it, g, w, err)
		}
	}
	it1, _ := practice.New(items[0].Skill, items[0].Seed, items[0].Level)
	right := it1.Solution().Typed

	answers := api.StudentPath(code, "answers")
	var rec api.Received
	ann.do("POST", answers, api.Answer{ID: "id-1", Item: 1, Answer: right}).want(t, http.StatusCreated, "").decode(t, &rec)
	if rec.Verdict != "right" || rec.Late {
		t.Errorf("right answer: %+v", rec)
	}
	ann.do("POST", answers, api.Answer{ID: "id-1", Item: 1, Answer: right}).want(t, http.StatusOK, "").decode(t, &rec)
	if rec.Verdict != "right" {
		t.Errorf("repeated: %+v", rec)
	}
	// A verdict sent by the client means nothing.
	ann.do("POST", answers, `{"id": "id-2", "item": 2, "answer": "1.2.3.4", "verdict": "right"}`).want(t, http.StatusCreated, "").decode(t, &rec)
	want, _ := practice.Check(items[1].Skill, items[1].Seed, 1, "1.2.3.4")
	if rec.Verdict != want.Outcome.String() || rec.Verdict == "right" {
		t.Errorf("a client's verdict: %+v, want %v", rec, want.Outcome)
	}
	ann.do("POST", answers, api.Answer{ID: "id-3", Item: 3, Answer: right}).want(t, http.StatusBadRequest, api.TypeBadRequest)
	ann.do("POST", answers, api.Answer{ID: "", Item: 1, Answer: right}).want(t, http.StatusBadRequest, api.TypeBadRequest)
	ann.do("POST", answers, api.Answer{ID: "x", Item: 1, Answer: strings.Repeat("1", MaxAnswer+1)}).want(t, http.StatusBadRequest, api.TypeBadRequest)
	f.now = due.Add(time.Minute)
	ann.do("POST", answers, api.Answer{ID: "id-4", Item: 2, Answer: right}).want(t, http.StatusCreated, "").decode(t, &rec)
	if !rec.Late {
		t.Errorf("after the due time: %+v", rec)
	}

	// Another student sees their own results only.
	bob := f.student(t, code, "20260002", "밥")
	var me api.Me
	bob.do("GET", api.StudentPath(code, "me"), nil).want(t, http.StatusOK, "").decode(t, &me)
	if me.Result.StudentID != "20260002" || len(me.Received) != 0 || strings.Contains(string(bob.do("GET", api.StudentPath(code, "me"), nil).body), "20260001") {
		t.Errorf("bob's me: %+v", me)
	}
	ann.do("GET", api.StudentPath(code, "me"), nil).want(t, http.StatusOK, "").decode(t, &me)
	if len(me.Received) != 3 || me.Result.Right != 1 || me.Result.Score != 50 {
		t.Errorf("ann's me: %+v", me)
	}
	// Ann's cookie is no session of another assignment.
	other := f.create(t, teacher, api.NewAssignment{Title: "u", Skills: []string{"ipaddress.broadcast"}, Items: 1, Level: 1})
	ann.cookies["x"] = &http.Cookie{Name: StudentCookie, Value: ck.Value, Path: "/"}
	ann.do("GET", api.StudentPath(other.Code, "items"), nil).want(t, http.StatusUnauthorized, api.TypeUnauthorized)

	// The teacher's grid and export: the name is data.
	var res api.Results
	teacher.do("GET", api.TeachAssignmentPath(code, "results"), nil).want(t, http.StatusOK, "").decode(t, &res)
	if len(res.Students) != 2 || res.Students[0].Name != "<img src=x onerror=alert(1)>" || res.Students[0].Cells[1].Verdict == "" || !res.Students[0].Cells[1].Late {
		t.Errorf("results: %+v", res)
	}
	raw := teacher.do("GET", api.TeachAssignmentPath(code, "results"), nil).body
	if bytes.Contains(raw, []byte("<img")) {
		t.Errorf("markup unescaped in JSON: %s", raw)
	}
	rp := teacher.do("GET", api.TeachAssignmentPath(code, "results.csv"), nil).want(t, http.StatusOK, "")
	if ct := rp.header.Get("Content-Type"); ct != "text/csv; charset=utf-8" || !bytes.HasPrefix(rp.body, []byte("\uFEFF")) {
		t.Fatalf("CSV: %q %q", ct, rp.body)
	}
	rows, err := csv.NewReader(bytes.NewReader(rp.body[3:])).ReadAll()
	if err != nil || len(rows) != 3 || strings.Join(rows[0], ",") != "student_id,name,score,answered,right,item1,item2" ||
		strings.Join(rows[1][:5], ",") != "20260001,<img src=x onerror=alert(1)>,50,2,1" || !strings.HasSuffix(rows[1][6], " late") {
		t.Errorf("CSV rows %q, %v", rows, err)
	}
	teacher.do("GET", api.TeachAssignmentPath(code, "results.json"), nil).want(t, http.StatusOK, "")
	var g api.Grid
	teacher.do("GET", api.TeachAssignmentPath(code, "grid"), nil).want(t, http.StatusOK, "").decode(t, &g)
	if len(g.Rows) != 2 || g.Rows[0] != "20260001\t<img src=x onerror=alert(1)>\t50\t2\t1\tOx" || g.Rows[1] != "20260002\t밥\t0\t0\t0\t.." || g.Answers != res.Answers {
		t.Errorf("grid: %q", g.Rows)
	}
	st := f.student(t, code, "20260003", "c")
	st.do("GET", api.TeachAssignmentPath(code, "grid"), nil).want(t, http.StatusUnauthorized, api.TypeUnauthorized)
}

func TestRateLimits(t *testing.T) {
	f := newFixture(t, Config{MaxMB: 1, JoinRate: 1, AnswerRate: 1, RequestRate: 100})
	teacher := f.teacher(t)
	cr := f.create(t, teacher, api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast"}, Items: 1, Level: 1})
	c := newClient(t, f.h)
	var last reply
	for i := 0; i < 31; i++ {
		last = c.do("POST", api.StudentPath(cr.Code, "join"), api.Join{StudentID: fmt.Sprint(i + 1), Name: "x"})
	}
	last.want(t, http.StatusTooManyRequests, api.TypeRateLimited)
	if last.header.Get("Retry-After") == "" {
		t.Error("no Retry-After")
	}
	f.now = f.now.Add(2 * time.Second)
	c.do("POST", api.StudentPath(cr.Code, "join"), api.Join{StudentID: "99", Name: "x"}).want(t, http.StatusOK, "")
	for i := 0; i < 30; i++ {
		last = c.do("POST", api.StudentPath(cr.Code, "answers"), api.Answer{ID: fmt.Sprint(i), Item: 1, Answer: "1.1.1.1"})
	}
	last.want(t, http.StatusCreated, "")
	c.do("POST", api.StudentPath(cr.Code, "answers"), api.Answer{ID: "more", Item: 1, Answer: "1.1.1.1"}).want(t, http.StatusTooManyRequests, api.TypeRateLimited)
}

func TestQRCode(t *testing.T) {
	f := newFixture(t, Config{})
	teacher := f.teacher(t)
	cr := f.create(t, teacher, api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast"}, Items: 1, Level: 1})
	rp := teacher.do("GET", api.TeachAssignmentPath(cr.Code, "qr.svg"), nil).want(t, http.StatusOK, "")
	if rp.header.Get("Content-Type") != "image/svg+xml" || !bytes.HasPrefix(rp.body, []byte("<svg ")) {
		t.Errorf("qr.svg: %q %.80s", rp.header.Get("Content-Type"), rp.body)
	}
	newClient(t, f.h).do("GET", api.TeachAssignmentPath(cr.Code, "qr.svg"), nil).want(t, http.StatusUnauthorized, api.TypeUnauthorized)
	teacher.do("GET", api.TeachAssignmentPath("zzzzzz", "qr.svg"), nil).want(t, http.StatusNotFound, api.TypeNotFound)
}
