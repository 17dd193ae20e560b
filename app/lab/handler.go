package lab

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"netprimer/app/api"
	"netprimer/app/jsonhttp"
	"netprimer/app/lab/task"
)

// Handler serves the lab API under api.LabPrefix (docs/API.md, "Socket
// lab"). Every answer is JSON.
func (l *Lab) Handler() http.Handler { return http.HandlerFunc(l.serveHTTP) }

func (l *Lab) serveHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			l.log.Error("lab handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
			writeError(w, http.StatusInternalServerError, api.TypeInternal, "internal error", "")
		}
	}()
	client, _ := l.cfg.Proxies.Client(r)
	if ok, wait := l.requests.Allow(client.Addr(), l.now()); !ok {
		rateLimited(w, wait, "too many requests")
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, api.LabSessionsPath)
	if !ok {
		writeError(w, http.StatusNotFound, api.TypeNotFound, "no such API path", "")
		return
	}
	parts := strings.Split(rest, "/")
	switch {
	case parts[0] != "":
		writeError(w, http.StatusNotFound, api.TypeNotFound, "no such API path", "")
	case rest == "":
		if allow(w, r, http.MethodPost) {
			l.create(w, r, client.Addr())
		}
	case len(parts) == 2 && parts[1] != "":
		if allow(w, r, http.MethodGet, http.MethodHead) {
			if s := l.find(w, parts[1]); s != nil {
				l.describe(w, r, s)
			}
		}
	case len(parts) == 3 && parts[1] != "" && parts[2] == "events":
		if allow(w, r, http.MethodGet, http.MethodHead) {
			if s := l.find(w, parts[1]); s != nil {
				l.events(w, r, s, client.Addr())
			}
		}
	default:
		writeError(w, http.StatusNotFound, api.TypeNotFound, "no such API path", "")
	}
}

// allow answers 405 to a method not in methods.
func allow(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	writeError(w, http.StatusMethodNotAllowed, api.TypeMethodNotAllowed, "use "+methods[0], "")
	return false
}

// find returns the live session of the path's code, or answers why not.
func (l *Lab) find(w http.ResponseWriter, text string) *session {
	code, ok := api.ParseLabCode(text)
	if !ok {
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "a session code is 6 letters and digits", "code")
		return nil
	}
	s, state := l.sessions.get(code, l.now())
	switch state {
	case stateExpired:
		writeError(w, http.StatusNotFound, api.TypeExpired, "this lab session has expired", "code")
	case stateUnknown:
		writeError(w, http.StatusNotFound, api.TypeNotFound, "no such lab session", "code")
	}
	return s
}

// create answers POST: a new session.
func (l *Lab) create(w http.ResponseWriter, r *http.Request, client netip.Addr) {
	if r.URL.RawQuery != "" {
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "a session is created without parameters", "")
		return
	}
	if l.closed() {
		overloaded(w, "the server is stopping")
		return
	}
	if ok, wait := l.creates.Allow(client, l.now()); !ok {
		rateLimited(w, wait, "too many sessions created")
		return
	}
	s, err := l.newSession(client)
	switch {
	case errors.Is(err, errFull):
		overloaded(w, "the lab has as many sessions as it keeps")
		return
	case err != nil:
		rateLimited(w, time.Minute, "this address holds as many sessions as it may")
		return
	}
	jsonhttp.Write(w, http.StatusCreated, l.sessionBody(r, s))
}

// describe answers GET of a session.
func (l *Lab) describe(w http.ResponseWriter, r *http.Request, s *session) {
	if r.URL.RawQuery != "" {
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "a session takes no parameters", "")
		return
	}
	jsonhttp.Write(w, http.StatusOK, l.sessionBody(r, s))
}

func (l *Lab) sessionBody(r *http.Request, s *session) api.LabSession {
	next, progress := s.newest()
	host := l.publicHost(r)
	return api.LabSession{
		Code:    s.code,
		TCP:     net.JoinHostPort(host, strconv.Itoa(int(l.TCPAddr().Port()))),
		UDP:     net.JoinHostPort(host, strconv.Itoa(int(l.UDPAddr().Port()))),
		Expires: s.expires.UTC(),
		Next:    next,
		Tasks:   labTasks(s.code, progress),
		Limits: api.LabLimits{
			Conns:        l.cfg.Conns,
			BytesPerSec:  l.cfg.Rate,
			RecordedConn: l.cfg.Record,
			IdleSeconds:  int(l.cfg.Idle / time.Second),
			Events:       l.cfg.Events,
			PollSeconds:  l.cfg.Poll.Seconds(),
		},
	}
}

// publicHost is the host a student's program connects to: the lab's own
// address when it listens on one, otherwise the host the browser reached
// the server by (what the student typed, or the proxy's public name).
func (l *Lab) publicHost(r *http.Request) string {
	if a := l.TCPAddr().Addr(); !a.IsUnspecified() {
		return a.String()
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if validHost(host) {
		return strings.ToLower(host)
	}
	if la, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		return addrPort(la).Addr().String()
	}
	return "localhost"
}

// validHost reports whether h is an IP address or a DNS name: a Host
// header is the client's word, and reaches the page only as data, but
// nothing else than a host belongs in a program.
func validHost(h string) bool {
	if _, err := netip.ParseAddr(h); err == nil {
		return !strings.Contains(h, "%")
	}
	if h == "" || len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i] | 0x20
			if !('a' <= c && c <= 'z' || '0' <= label[i] && label[i] <= '9' || label[i] == '-') {
				return false
			}
		}
	}
	return true
}

// events answers the long poll: the events after ?after=SEQ, at once when
// there are some, otherwise at the first one or after the poll's time.
func (l *Lab) events(w http.ResponseWriter, r *http.Request, s *session, client netip.Addr) {
	after, ok := parseAfter(r.URL.RawQuery)
	if !ok {
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "after must be an event's seq: ?after=0 for all", "after")
		return
	}
	if newest, _ := s.newest(); after > newest {
		writeError(w, http.StatusBadRequest, api.TypeBadRequest, "after is past the session's newest event, "+strconv.FormatUint(newest, 10), "after")
		return
	}
	snap := s.after(after)
	if len(snap.events) == 0 && r.Method == http.MethodGet && !snap.expired && !l.closed() {
		if !l.polls.Acquire(client) {
			if _, total := l.polls.Held(client); total >= l.cfg.Polls {
				overloaded(w, "too many polls waiting")
			} else {
				rateLimited(w, time.Second, "too many polls waiting from this address")
			}
			return
		}
		defer l.polls.Release(client)
		// The poll outlives the server's write timeout on purpose.
		http.NewResponseController(w).SetWriteDeadline(time.Now().Add(l.cfg.Poll + 10*time.Second))
		timer := time.NewTimer(l.cfg.Poll)
		defer timer.Stop()
	wait:
		for len(snap.events) == 0 && !snap.expired {
			select {
			case <-snap.wait:
				snap = s.after(after)
			case <-timer.C:
				break wait
			case <-r.Context().Done():
				return
			case <-l.done:
				break wait
			}
		}
	}
	if snap.expired && len(snap.events) == 0 {
		writeError(w, http.StatusNotFound, api.TypeExpired, "this lab session has expired", "code")
		return
	}
	if snap.events == nil {
		snap.events = []api.LabEvent{}
	}
	jsonhttp.Write(w, http.StatusOK, api.LabEvents{
		Code:    s.code,
		Expires: s.expires.UTC(),
		Events:  snap.events,
		Next:    snap.next,
		First:   snap.first,
		More:    snap.more,
		Dropped: snap.dropped,
		Tasks:   labTasks(s.code, snap.tasks),
	})
}

// parseAfter reads the poll's query: after=SEQ, nothing else.
func parseAfter(q string) (uint64, bool) {
	v, ok := strings.CutPrefix(q, "after=")
	if !ok || v == "" || len(v) > 20 {
		return 0, false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(v, 10, 64)
	return n, err == nil
}

// labTasks writes the tasks' progress for the API, with their inputs and
// the feedback and Python session of each latest attempt.
func labTasks(code string, progress []task.Progress) []api.LabTask {
	out := make([]api.LabTask, 0, len(progress))
	for _, p := range progress {
		t, _ := task.Lookup(p.ID)
		lt := api.LabTask{ID: string(p.ID), Status: string(p.Status)}
		switch p.ID {
		case task.Htons:
			lt.Given = map[string]any{"n": task.HtonsValue}
		case task.Aton:
			lt.Given = map[string]any{"ip": task.AtonAddr}
		case task.Htonl:
			lt.Given = map[string]any{"n": task.HtonlValue(code)}
		}
		if p.Last.Seq != 0 {
			fb := t.Feedback(p.Last)
			lt.Seq, lt.Right, lt.Diagnosis, lt.Python = p.Last.Seq, p.Last.Right, p.Last.Mistake, t.Python(p.Last)
			if fb.Ko != "" && fb.En != "" {
				lt.Feedback = &fb
			}
		}
		out = append(out, lt)
	}
	return out
}

func rateLimited(w http.ResponseWriter, wait time.Duration, msg string) {
	secs := max(1, int((wait+time.Second-1)/time.Second))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeError(w, http.StatusTooManyRequests, api.TypeRateLimited, msg+"; retry after "+strconv.Itoa(secs)+" s", "")
}

func overloaded(w http.ResponseWriter, msg string) {
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, api.TypeOverloaded, msg+"; retry in a second", "")
}

func writeError(w http.ResponseWriter, status int, typ, msg, param string) {
	jsonhttp.Write(w, status, api.Response{Error: &api.Error{Type: typ, Message: msg, Param: param}})
}
