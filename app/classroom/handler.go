package classroom

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"netprimer/app/api"
	"netprimer/app/guard"
	"netprimer/app/i18n"
	"netprimer/app/jsonhttp"
	"netprimer/app/qr"
)

// Cookie names: the teacher's session (path TeachPrefix) and a student's
// (path the assignment's, so that one browser holds one per assignment).
const (
	TeacherCookie = "np_teacher"
	StudentCookie = "np_student"
)

// studentCookieAge is how long a browser remembers a student.
const studentCookieAge = 180 * 24 * time.Hour

// maxBody caps every request body; a larger one is a 400.
const maxBody = 16 << 10

// Config is the classroom's limits, per client address (a class behind
// one NAT is one client: the bursts are sized for a class at once).
type Config struct {
	MaxMB       int64   // the database's size guard, in MiB
	JoinRate    float64 // joins a second, with a burst of 30 times as many
	AnswerRate  float64 // answers a second, with a burst of 30 times as many
	RequestRate float64 // other requests a second, with a burst of 30 times as many
	Proxies     guard.Proxies
	Logger      *slog.Logger
	Now         func() time.Time
}

// DefaultConfig returns the defaults of the flags.
func DefaultConfig() Config {
	return Config{MaxMB: DefaultMaxBytes >> 20, JoinRate: 2, AnswerRate: 20, RequestRate: 20}
}

// RegisterFlags defines the classroom's flags on fs.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.Int64Var(&c.MaxMB, "classroom-max-mb", c.MaxMB, "the classroom database's size `limit` in MiB: past it, new answers are refused (507) and nothing stored is lost")
	fs.Float64Var(&c.JoinRate, "classroom-joins", c.JoinRate, "joins a second per client address (`rate`), with bursts of 30 times as many")
	fs.Float64Var(&c.AnswerRate, "classroom-answers", c.AnswerRate, "answers a second per client address (`rate`), with bursts of 30 times as many")
	fs.Float64Var(&c.RequestRate, "classroom-requests", c.RequestRate, "other classroom requests a second per client address (`rate`), with bursts of 30 times as many")
}

// Check reports a limit that cannot work.
func (c Config) Check() error {
	if c.MaxMB < 1 {
		return errors.New("-classroom-max-mb: at least 1")
	}
	for name, r := range map[string]float64{"-classroom-joins": c.JoinRate, "-classroom-answers": c.AnswerRate, "-classroom-requests": c.RequestRate} {
		if !(r > 0) {
			return fmt.Errorf("%s: a rate above 0", name)
		}
	}
	return nil
}

// Handler serves the classroom's API (docs/API.md, "Classroom") and the
// login link's page.
type Handler struct {
	s                        *Store
	cfg                      Config
	joins, answers, requests *guard.Limiter
}

// NewHandler returns the handler of the store.
func NewHandler(s *Store, cfg Config) *Handler {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	const clients = 10000
	return &Handler{s: s, cfg: cfg,
		joins:    guard.NewLimiter(cfg.JoinRate, int(30*cfg.JoinRate), clients),
		answers:  guard.NewLimiter(cfg.AnswerRate, int(30*cfg.AnswerRate), clients),
		requests: guard.NewLimiter(cfg.RequestRate, int(30*cfg.RequestRate), clients),
	}
}

// Owns reports whether the API path is the classroom's.
func Owns(path string) bool {
	return strings.HasPrefix(path, api.TeachPrefix) || strings.HasPrefix(path, api.AssignmentPrefix)
}

// Texts of the errors students and teachers see.
var (
	txtNoTeacher  = i18n.T{Ko: "교수자 로그인이 필요합니다. teacher-link로 받은 링크를 여세요.", En: "Log in as the teacher first: open the link that teacher-link printed."}
	txtStudentNot = i18n.T{Ko: "학생 계정으로는 교수자 화면을 쓸 수 없습니다.", En: "A student cannot use the teacher's pages."}
	txtNoCode     = i18n.T{Ko: "이 코드의 과제가 없습니다. 코드를 확인하세요.", En: "There is no assignment with this code. Check the code."}
	txtClosed     = i18n.T{Ko: "마감된 과제입니다. 더는 답을 받지 않습니다.", En: "This assignment is closed: it takes no more answers."}
	txtNotJoined  = i18n.T{Ko: "먼저 학번과 이름을 입력해 참여하세요.", En: "Join first with your student number and name."}
	txtBadJSON    = i18n.T{Ko: "요청을 읽을 수 없습니다.", En: "The request cannot be read."}
	txtTooBig     = i18n.T{Ko: "요청이 너무 큽니다.", En: "The request is too large."}
	txtNotJSON    = i18n.T{Ko: "요청은 JSON이어야 합니다.", En: "The request must be JSON."}
	txtOrigin     = i18n.T{Ko: "다른 사이트에서 온 요청은 받지 않습니다.", En: "Requests from another site are refused."}
	txtSlowDown   = i18n.T{Ko: "요청이 너무 많습니다. 잠시 뒤에 다시 보내집니다.", En: "Too many requests: they will be sent again in a moment."}
	txtFull       = i18n.T{Ko: "서버의 저장 공간이 가득 찼습니다. 교수자에게 알려 주세요.", En: "The server's storage is full: tell the teacher."}
	txtInternal   = i18n.T{Ko: "서버 오류입니다. 잠시 뒤에 다시 해 보세요.", En: "A server error: try again in a moment."}
	txtNoItem     = i18n.T{Ko: "이 과제에 없는 문제 번호입니다.", En: "This assignment has no item of that number."}
	txtNoPath     = i18n.T{Ko: "없는 주소입니다.", En: "No such address."}
	txtMethod     = i18n.T{Ko: "이 주소에 쓸 수 없는 요청 방식입니다.", En: "This address does not take that method."}
)

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.cfg.Logger.Error("classroom handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
			writeError(w, http.StatusInternalServerError, api.TypeInternal, "internal error", "", txtInternal)
		}
	}()
	if r.URL.Path == api.TeachLoginPath {
		h.login(w, r)
		return
	}
	if rest, ok := strings.CutPrefix(r.URL.Path, api.TeachPrefix); ok {
		h.teach(w, r, rest)
		return
	}
	if rest, ok := strings.CutPrefix(r.URL.Path, api.AssignmentPrefix); ok {
		h.student(w, r, rest)
		return
	}
	writeError(w, http.StatusNotFound, api.TypeNotFound, "no such API path", "", txtNoPath)
}

// limit takes a token of the client's bucket in l, or answers 429.
func (h *Handler) limit(w http.ResponseWriter, r *http.Request, l *guard.Limiter) bool {
	client, _ := h.cfg.Proxies.Client(r)
	ok, wait := l.Allow(client.Addr(), h.cfg.Now())
	if !ok {
		secs := max(1, int((wait+time.Second-1)/time.Second))
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		writeError(w, http.StatusTooManyRequests, api.TypeRateLimited, "too many requests; retry after "+strconv.Itoa(secs)+" s", "", txtSlowDown)
	}
	return ok
}

// teach serves the teacher's routes, rest being the path after TeachPrefix.
func (h *Handler) teach(w http.ResponseWriter, r *http.Request, rest string) {
	if !h.limit(w, r, h.requests) || !h.teacher(w, r) {
		return
	}
	if rest == "session" {
		if method(w, r, http.MethodGet) {
			jsonhttp.Write(w, http.StatusOK, api.TeachSession{Teacher: true})
		}
		return
	}
	rest, ok := strings.CutPrefix(rest, "assignments")
	switch {
	case !ok:
	case rest == "":
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			list, err := h.s.Assignments(r.Context())
			if h.failed(w, err) {
				return
			}
			jsonhttp.Write(w, http.StatusOK, list)
		case http.MethodPost:
			h.create(w, r)
		default:
			method(w, r, http.MethodGet, http.MethodPost)
		}
		return
	case strings.Count(rest, "/") == 2:
		parts := strings.Split(rest, "/") // "", CODE, what
		code, ok := api.ParseAssignmentCode(parts[1])
		if !ok {
			writeError(w, http.StatusNotFound, api.TypeNotFound, "no such assignment", "code", txtNoCode)
			return
		}
		switch parts[2] {
		case "grid":
			if method(w, r, http.MethodGet) {
				res, err := h.s.Results(r.Context(), code)
				if !h.failed(w, err) {
					jsonhttp.Write(w, http.StatusOK, GridOf(res))
				}
			}
			return
		case "results", "results.json", "results.csv":
			if method(w, r, http.MethodGet) {
				h.results(w, r, code, parts[2])
			}
			return
		case "qr.svg":
			if method(w, r, http.MethodGet) {
				h.qr(w, r, code)
			}
			return
		case "close":
			if method(w, r, http.MethodPost) && h.sameOrigin(w, r, true) {
				if h.failed(w, h.s.CloseAssignment(r.Context(), code)) {
					return
				}
				a, err := h.s.Assignment(r.Context(), code)
				if !h.failed(w, err) {
					jsonhttp.Write(w, http.StatusOK, a.API())
				}
			}
			return
		}
	}
	writeError(w, http.StatusNotFound, api.TypeNotFound, "no such API path", "", txtNoPath)
}

// teacher reports whether the request carries a teacher's session, or
// answers 401 (none) or 403 (a student's cookie).
func (h *Handler) teacher(w http.ResponseWriter, r *http.Request) bool {
	if c, err := r.Cookie(TeacherCookie); err == nil {
		ok, err := h.s.Teacher(r.Context(), c.Value, h.cfg.Now())
		if h.failed(w, err) {
			return false
		}
		if ok {
			return true
		}
	}
	for _, c := range r.CookiesNamed(StudentCookie) {
		if ok, err := h.s.IsStudent(r.Context(), c.Value); err == nil && ok {
			writeError(w, http.StatusForbidden, api.TypeForbidden, "a student's session on a teacher's route", "", txtStudentNot)
			return false
		}
	}
	writeError(w, http.StatusUnauthorized, api.TypeUnauthorized, "no teacher's session", "", txtNoTeacher)
	return false
}

func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
	if !h.sameOrigin(w, r, true) {
		return
	}
	var in api.NewAssignment
	if !decode(w, r, &in) {
		return
	}
	a, err := ValidAssignment(in)
	if h.failed(w, err) {
		return
	}
	a, err = h.s.Create(r.Context(), a, h.cfg.Now())
	if h.failed(w, err) {
		return
	}
	jsonhttp.Write(w, http.StatusCreated, api.Created{Code: a.Code, URL: h.origin(r) + api.AssignmentLink(a.Code)})
}

func (h *Handler) results(w http.ResponseWriter, r *http.Request, code, what string) {
	res, err := h.s.Results(r.Context(), code)
	if h.failed(w, err) {
		return
	}
	if what != "results.csv" {
		if what == "results.json" {
			w.Header().Set("Content-Disposition", `attachment; filename="`+code+`.json"`)
		}
		jsonhttp.Write(w, http.StatusOK, res)
		return
	}
	var b bytes.Buffer
	if h.failed(w, WriteCSV(&b, res)) {
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/csv; charset=utf-8")
	hd.Set("Content-Disposition", `attachment; filename="`+code+`.csv"`)
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(http.StatusOK)
	w.Write(b.Bytes())
}

// qr answers the QR code of the assignment's link on the request's host,
// as SVG (nothing in it but the code's modules).
func (h *Handler) qr(w http.ResponseWriter, r *http.Request, code string) {
	if _, err := h.s.Assignment(r.Context(), code); h.failed(w, err) {
		return
	}
	c, err := qr.Encode(h.origin(r) + api.AssignmentLink(code))
	if err != nil {
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "the link is too long for a QR code", "", txtBadJSON)
		return
	}
	svg := c.SVG(8)
	hd := w.Header()
	hd.Set("Content-Type", "image/svg+xml")
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Content-Length", strconv.Itoa(len(svg)))
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, svg)
}

// student serves a student's routes, rest being "CODE" or "CODE/what".
func (h *Handler) student(w http.ResponseWriter, r *http.Request, rest string) {
	raw, what, _ := strings.Cut(rest, "/")
	limiter := h.requests
	switch what {
	case "join":
		limiter = h.joins
	case "answers":
		limiter = h.answers
	}
	if !h.limit(w, r, limiter) {
		return
	}
	code, ok := api.ParseAssignmentCode(raw)
	if !ok || strings.Contains(what, "/") {
		writeError(w, http.StatusNotFound, api.TypeNotFound, "no such assignment", "code", txtNoCode)
		return
	}
	switch what {
	case "":
		if method(w, r, http.MethodGet) {
			a, err := h.s.Assignment(r.Context(), code)
			if !h.failed(w, err) {
				jsonhttp.Write(w, http.StatusOK, a.API())
			}
		}
	case "join":
		if method(w, r, http.MethodPost) && h.sameOrigin(w, r, false) {
			h.join(w, r, code)
		}
	case "items":
		if method(w, r, http.MethodGet) {
			if st, ok := h.studentOf(w, r, code); ok {
				jsonhttp.Write(w, http.StatusOK, st.Items())
			}
		}
	case "me":
		if method(w, r, http.MethodGet) {
			if st, ok := h.studentOf(w, r, code); ok {
				me, err := h.s.Me(r.Context(), st)
				if !h.failed(w, err) {
					jsonhttp.Write(w, http.StatusOK, me)
				}
			}
		}
	case "answers":
		if method(w, r, http.MethodPost) && h.sameOrigin(w, r, false) {
			h.answer(w, r, code)
		}
	default:
		writeError(w, http.StatusNotFound, api.TypeNotFound, "no such API path", "", txtNoPath)
	}
}

func (h *Handler) join(w http.ResponseWriter, r *http.Request, code string) {
	var in api.Join
	if !decode(w, r, &in) {
		return
	}
	id, err := StudentID(in.StudentID)
	if h.failed(w, err) {
		return
	}
	name, err := Name(in.Name)
	if h.failed(w, err) {
		return
	}
	st, tok, err := h.s.Join(r.Context(), code, id, name, h.cfg.Now())
	if h.failed(w, err) {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: StudentCookie, Value: tok, Path: api.StudentPath(code, ""),
		MaxAge: int(studentCookieAge / time.Second), HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: h.cfg.Proxies.Secure(r)})
	jsonhttp.Write(w, http.StatusOK, api.Join{StudentID: st.StudentID, Name: st.Name})
}

// studentOf returns the student of the request's cookie in the
// assignment, or answers 404 (no such assignment) or 401.
func (h *Handler) studentOf(w http.ResponseWriter, r *http.Request, code string) (Student, bool) {
	cookies := r.CookiesNamed(StudentCookie)
	if len(cookies) == 0 {
		if _, err := h.s.Assignment(r.Context(), code); h.failed(w, err) {
			return Student{}, false
		}
	}
	for _, c := range cookies {
		st, err := h.s.StudentOf(r.Context(), code, c.Value)
		if err == nil {
			return st, true
		}
		if !errors.Is(err, ErrNoSession) {
			h.failed(w, err) // ErrNoAssignment among them: 404
			return Student{}, false
		}
	}
	writeError(w, http.StatusUnauthorized, api.TypeUnauthorized, "no student's session of this assignment", "", txtNotJoined)
	return Student{}, false
}

func (h *Handler) answer(w http.ResponseWriter, r *http.Request, code string) {
	st, ok := h.studentOf(w, r, code)
	if !ok {
		return
	}
	var in api.Answer
	if !decode(w, r, &in) || h.failed(w, ValidAnswer(in)) {
		return
	}
	// A closed assignment takes no new answer, but a retry of one
	// received before the close gets its verdict again (Store.Answer).
	rec, created, err := h.s.Answer(r.Context(), st, in, h.cfg.Now())
	if h.failed(w, err) {
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	jsonhttp.Write(w, status, rec)
}

// login spends a login link's token: it sets the teacher's cookie and
// leads to /teach, or shows why not.
func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		loginPage(w, http.StatusMethodNotAllowed)
		return
	}
	if !h.limit(w, r, h.joins) {
		return
	}
	sess, err := h.s.Login(r.Context(), r.URL.Query().Get("token"), h.cfg.Now())
	if errors.Is(err, ErrNoSession) {
		loginPage(w, http.StatusUnauthorized)
		return
	}
	if err != nil {
		h.cfg.Logger.Error("classroom login", "err", err)
		loginPage(w, http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: TeacherCookie, Value: sess, Path: api.TeachPrefix,
		MaxAge: int(SessionTTL / time.Second), HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: h.cfg.Proxies.Secure(r)})
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer")
	http.Redirect(w, r, "/teach", http.StatusSeeOther)
}

// loginPage answers a login link that does not log in.
func loginPage(w http.ResponseWriter, status int) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	io.WriteString(w, `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>로그인 · Netprimer</title>
<link rel="stylesheet" href="/web/app.css"></head>
<body><main>
<h1>로그인하지 못했습니다</h1>
<p>이 링크는 이미 쓰였거나 15분이 지났습니다. 서버에서 <code>netprimer teacher-link</code>로 새 링크를 받으세요.</p>
<div lang="en">
<h1>Not logged in</h1>
<p>This link was used already or is older than 15 minutes. Get a new one on the server with <code>netprimer teacher-link</code>.</p>
</div>
</main></body></html>
`)
}

// origin returns the scheme and host the request came to.
func (h *Handler) origin(r *http.Request) string {
	scheme := "http"
	if h.cfg.Proxies.Secure(r) {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// sameOrigin refuses a POST from another site: its Origin must name the
// request's host (required on teacher's routes; a student's browser may
// leave it out). The body must be JSON, which a form of another site
// cannot send without the browser asking first.
func (h *Handler) sameOrigin(w http.ResponseWriter, r *http.Request, required bool) bool {
	ct := r.Header.Get("Content-Type")
	if mt, _, _ := strings.Cut(ct, ";"); !strings.EqualFold(strings.TrimSpace(mt), "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, api.TypeMediaType, "Content-Type must be application/json", "", txtNotJSON)
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" && !required {
		return true
	}
	u, err := url.Parse(o)
	if o == "" || err != nil || !strings.EqualFold(u.Host, r.Host) || (u.Scheme != "http" && u.Scheme != "https") {
		writeError(w, http.StatusForbidden, api.TypeForbidden, "Origin does not match the host", "", txtOrigin)
		return false
	}
	return true
}

// decode reads the JSON body into v, or answers 400.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("data after the JSON value")
	}
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "body larger than "+strconv.Itoa(maxBody)+" bytes", "", txtTooBig)
	case err != nil:
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "bad JSON: "+err.Error(), "", txtBadJSON)
	default:
		return true
	}
	return false
}

// failed answers err, if any, with its status.
func (h *Handler) failed(w http.ResponseWriter, err error) bool {
	var inv *Invalid
	switch {
	case err == nil:
		return false
	case errors.As(err, &inv):
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, inv.Msg.En, inv.Param, inv.Msg)
	case errors.Is(err, ErrNoAssignment):
		writeError(w, http.StatusNotFound, api.TypeNotFound, "no such assignment", "code", txtNoCode)
	case errors.Is(err, ErrClosed):
		writeError(w, http.StatusConflict, api.TypeClosed, "the assignment is closed", "", txtClosed)
	case errors.Is(err, ErrNoItem):
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "no such item", "item", txtNoItem)
	case errors.Is(err, ErrFull):
		h.cfg.Logger.Error("classroom: the database is full (-classroom-max-mb)", "err", err)
		writeError(w, http.StatusInsufficientStorage, api.TypeFull, "the server's storage is full", "", txtFull)
	default:
		h.cfg.Logger.Error("classroom", "err", err)
		writeError(w, http.StatusInternalServerError, api.TypeInternal, "internal error", "", txtInternal)
	}
	return true
}

// method reports whether r's method is one of allowed (GET allows HEAD),
// or answers 405.
func method(w http.ResponseWriter, r *http.Request, allowed ...string) bool {
	for _, m := range allowed {
		if r.Method == m || (m == http.MethodGet && r.Method == http.MethodHead) {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	writeError(w, http.StatusMethodNotAllowed, api.TypeMethodNotAllowed, "method not allowed", "", txtMethod)
	return false
}

func writeError(w http.ResponseWriter, status int, typ, msg, param string, text i18n.T) {
	jsonhttp.Write(w, status, api.ClassroomError{Error: api.Error{Type: typ, Message: msg, Param: param}, Text: &text})
}
