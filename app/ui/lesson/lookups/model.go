package lookups

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
)

// callView is one call of a lesson as the page shows it: its Python session
// once the server answered, else why there is none.
type callView struct {
	id      string   // id of the transcript
	sig     string   // the function as the slide writes it
	desc    string   // what it does
	lines   []string // the session; nil while there is none
	status  string   // looking up, or why there is no answer
	bad     bool     // Status is a failure
	explain string   // what the exception means
	notes   []string // what the server adds: an answer it kept
	// recorded is the deck's session of the same call, as CPython
	// printed it on the lecturer's PC; nil when the deck has none.
	recorded []string
}

// viewCall shows c with what l knows of it.
func viewCall(l *answers, c api.Call, id, sig string, desc i18n.T, lang i18n.Lang) callView {
	v := callView{id: id, sig: sig, desc: desc.In(lang)}
	a, ok := l.get(c)
	switch {
	case !ok:
		v.status = txtLookingUp.In(lang)
	case a.fail != failNone:
		v.status, v.bad = failText(a, lang), true
	default:
		t, err := api.Transcript(c, a.resp)
		if err != nil {
			v.status, v.bad = failText(lookupAnswer{fail: failOther, detail: err.Error()}, lang), true
			break
		}
		v.lines = t.Lines()
		v.explain = explainAnswer(a.resp, lang)
		v.notes = flagNotes(a.resp, lang)
	}
	return v
}

// oncePerWidget leaves each explanation on the first call that has it:
// the calls after it that fail the same way say so in a few words rather
// than again in full.
func oncePerWidget(calls []callView, lang i18n.Lang) {
	for i := range calls {
		for j := 0; j < i; j++ {
			if calls[i].explain != "" && calls[i].explain == calls[j].explain {
				calls[i].explain = txtSameAbove.In(lang)
				break
			}
		}
	}
}

// failText says, for one call, why it has no answer.
func failText(a lookupAnswer, lang i18n.Lang) string {
	t := txtFail[a.fail].In(lang)
	switch a.fail {
	case failRefused:
		return fmt.Sprintf(t, problemText(a.detail, lang))
	case failOther:
		return fmt.Sprintf(t, a.detail)
	}
	return t
}

// problemText is the API's reason for refusing a request (api.RequestError's
// Problem, or the message of a 400 answer), in the student's language: the
// API speaks English, a Korean page is wholly Korean. A reason the lesson
// does not know stays as the server wrote it.
func problemText(problem string, lang i18n.Lang) string {
	if lang == i18n.En {
		return problem
	}
	for _, p := range problemTexts {
		if rest, ok := strings.CutPrefix(problem, p.prefix); ok {
			if n, ok := strings.CutSuffix(rest, p.suffix); ok {
				return i18n.Particles(strings.ReplaceAll(p.ko, "{n}", n))
			}
		}
	}
	return problem
}

// problemTexts are the API's reasons by their English words around a
// number or a name ({n}): "longer than 1024 bytes" is "1024바이트보다 깁니다".
var problemTexts = []struct{ prefix, suffix, ko string }{
	{"longer than ", " bytes", "{n}바이트보다 깁니다"},
	{"host name longer than ", " bytes after IDNA encoding", "호스트 이름이 IDNA로 인코딩하면 {n}바이트보다 깁니다"},
	{"query longer than ", " bytes", "주소의 질의 문자열이 {n}바이트보다 깁니다"},
	{"more than ", " digits", "숫자가 {n}자리보다 많습니다"},
	{"not a decimal integer", "", "10진 정수가 아닙니다"},
	{"not a canonical decimal integer", "", "10진 정수가 아닙니다"},
	{"not valid UTF-8", "", "UTF-8이 아닌 바이트가 있습니다"},
	{"control character ", "", "제어 문자 {n}이(가) 들어 있습니다"},
	{"missing", "", "값이 없습니다"},
	{"given more than once", "", "값이 두 번 이상 주어졌습니다"},
}

// lookupStatus says what keeps the server from answering the lesson, if
// anything: unreachable, rate limited or overloaded, in that order, with
// the wait the server asked for.
func lookupStatus(l *answers, calls []api.Call, lang i18n.Lang) string {
	var worst lookupAnswer
	for _, c := range calls {
		a, ok := l.get(c)
		if ok && a.fail != failNone && a.fail < failRefused && (worst.fail == failNone || a.fail < worst.fail) {
			worst = a
		}
	}
	t := txtFailLong[worst.fail]
	switch worst.fail {
	case failNone:
		return ""
	case failUnreachable:
		return t.In(lang)
	}
	wait := worst.detail
	if n, err := strconv.Atoi(wait); err != nil || n < 1 {
		wait = "1"
	}
	return fmt.Sprintf(t.In(lang), wait)
}

// errorKey names an exception in txtExplain: its class, and its errno
// when it has one.
func errorKey(e *api.Error) string {
	if e.Errno != nil {
		return e.Type + " " + strconv.Itoa(*e.Errno)
	}
	return e.Type
}

// explainAnswer says what an exception means, when the lesson knows: by
// what the server adds first (the instructor's setting refused it, the
// DNS server did not answer in time), then by the exception's class and
// errno.
func explainAnswer(r api.Response, lang i18n.Lang) string {
	switch {
	case r.Error == nil:
		return ""
	case r.Refused:
		return txtPrivate.In(lang)
	case r.TimedOut:
		return txtNoDNSTime.In(lang)
	}
	t, _ := textOf(txtExplain, errorKey(r.Error))
	return t.In(lang)
}

// flagNotes says what the server adds to an answer that explainAnswer
// does not: that it kept the answer from a moment ago.
func flagNotes(r api.Response, lang i18n.Lang) []string {
	if r.Cached {
		return []string{txtRemembered.In(lang)}
	}
	return nil
}

// answeredBy returns the first non-empty field that pick chooses in the
// calls' answers: the resolver or the services table that answered.
func answeredBy(l *answers, calls []api.Call, pick func(api.Response) string) string {
	for _, c := range calls {
		if a, ok := l.get(c); ok && a.fail == failNone && pick(a.resp) != "" {
			return pick(a.resp)
		}
	}
	return ""
}

// runLookupLoop runs a program's loop over calls as far as the answers go:
// line gives what one iteration prints, or false when the call raised,
// which stops the program with that exception. Short of the end, status
// says why (still looking up, or the failure), and bad is set for a
// failure.
func runLookupLoop(l *answers, calls []api.Call, line func(i int, r api.Response) (string, bool), lang i18n.Lang) (out []string, raised *api.Error, status string, bad bool) {
	for i, c := range calls {
		a, ok := l.get(c)
		switch {
		case !ok:
			return out, nil, txtLookingUp.In(lang), false
		case a.fail != failNone:
			return out, nil, failText(a, lang), true
		}
		s, ok := line(i, a.resp)
		if !ok {
			return out, a.resp.Error, "", false
		}
		out = append(out, s)
	}
	return out, nil, "", false
}

// runProgram shows one of the deck's programs, a loop over calls, with
// what it prints as far as the answers go: an exception that stops it ends
// the output with its traceback.
func runProgram(l *answers, id, source string, calls []api.Call, line func(i int, r api.Response) (string, bool), lang i18n.Lang) *lookupProgram {
	out, raised, status, bad := runLookupLoop(l, calls, line, lang)
	if raised != nil {
		out = append(out, lookupTraceback(raised)...)
	}
	return &lookupProgram{id: id, source: source, output: strings.Join(out, "\n"), status: status, bad: bad}
}

// lookupTraceback is an uncaught exception as the transcripts show it:
// pyrepl's Raise, for a program's output.
func lookupTraceback(e *api.Error) []string {
	return pyrepl.Session().Raise(e.PythonType(), e.Message).Lines()
}

// lookupLoopSession is the interactive session that runs code, a loop
// printing out, then raising raised if it is set.
func lookupLoopSession(code string, out []string, raised *api.Error) []string {
	t := pyrepl.Session("socket").In(code)
	for _, s := range out {
		t.Out(s)
	}
	if raised != nil {
		t.Raise(raised.PythonType(), raised.Message)
	}
	return t.Lines()
}

// lookupProgram is one of the deck's programs and what it prints.
type lookupProgram struct {
	id     string // the program's id; its output's is ID + "-output"
	source string
	output string
	status string // set while the output is incomplete: looking up, or why not
	bad    bool   // Status is a failure
	// recorded is what the deck's program printed on the lecturer's PC,
	// and notes say why the server's output differs from it.
	recorded string
	notes    []string
}

// answeredByText says which resolver or services table answered, if any
// answer says.
func answeredByText(l *answers, calls []api.Call, label i18n.T, names []keyedText, pick func(api.Response) string, lang i18n.Lang) string {
	by := answeredBy(l, calls, pick)
	if by == "" {
		return ""
	}
	if t, ok := textOf(names, by); ok {
		by = t.In(lang)
	}
	return label.In(lang) + ": " + by
}

// failKind says why a call of the lookup API has no Python outcome.
type failKind int

const (
	failNone        failKind = iota
	failUnreachable          // no answer: offline, or the server is stopped
	failRateLimited          // 429: this client asked too often
	failOverloaded           // 503: too many lookups waiting on the server
	failRefused              // 400, or refused here before asking: a wrong request
	failOther                // any other answer: an old server, a proxy in the way
)

// lookupAnswer is what became of one call: CPython's outcome on the
// server's host, or why there is none.
type lookupAnswer struct {
	resp   api.Response // the outcome, when Fail is failNone
	fail   failKind
	detail string // Retry-After seconds (429, 503), the reason (400), the status (other)
}

// isOutcome reports whether r is a Python outcome: a value returned or an
// exception raised, never both.
func isOutcome(r api.Response) bool {
	if r.Error != nil {
		return r.Result.IsZero() && r.Error.IsPython()
	}
	return !r.Result.IsZero()
}

// refusal returns the answer to a call the API would refuse, found without
// asking: the server must not spend a request on it.
func refusal(c api.Call) (lookupAnswer, bool) {
	err := c.Validate()
	if err == nil {
		return lookupAnswer{}, false
	}
	// Validate's errors are RequestErrors; errors.As would link reflection.
	if re, ok := err.(*api.RequestError); ok {
		return lookupAnswer{fail: failRefused, detail: re.Problem}, true
	}
	return lookupAnswer{fail: failRefused, detail: err.Error()}, true
}

// answers are what the server answered, by call URL.
type answers struct {
	done   map[string]api.Response // Python outcomes
	failed map[string]lookupAnswer // the last failure
}

// get returns what is known of c; ok is false while it is pending.
func (l *answers) get(c api.Call) (a lookupAnswer, ok bool) {
	if a, bad := refusal(c); bad {
		return a, true
	}
	u := c.URL()
	if r, ok := l.done[u]; ok {
		return lookupAnswer{resp: r}, true
	}
	a, ok = l.failed[u]
	return a, ok
}

// hostsIn is what /hosts looks up: the HOSTS list of the deck's program,
// whose first entry the functions look up too.
//
// URL: host=NAME, repeated, in order.
type hostsIn struct {
	hosts  []string // never empty: the deck's list when the URL gives none
	capped bool     // some values were left out (see hostList)
}

// hostsFrom returns the HOSTS list that values give; no host is the
// course's list, course (the deck's unless the instructor set another),
// as a URL without a host says.
func hostsFrom(values, course []string) hostsIn {
	var m hostsIn
	m.hosts, m.capped = hostList(values)
	if len(m.hosts) == 0 {
		m.hosts = course
	}
	return m
}

func hostsOf(q url.Values, course []string) hostsIn { return hostsFrom(q[api.ParamHost], course) }

// query is the URL of m: opened, it gives m again (but for the note that
// values were left out: the URL then holds the list as kept).
func (m hostsIn) query() url.Values { return url.Values{api.ParamHost: m.hosts} }

// servicesIn is what /services looks up: the service name, the port and
// the protocol of its inputs.
//
// URL: name=NAME (default http), port=PORT (default 80), proto=PROTO
// (default none: the argument is left out).
type servicesIn struct{ name, port, proto string }

func servicesOf(q url.Values) servicesIn {
	return servicesIn{name: param.Get(q, api.ParamName, "http"), port: param.Get(q, api.ParamPort, "80"), proto: q.Get(api.ParamProto)}
}

func (m servicesIn) query() url.Values {
	return url.Values{api.ParamName: {m.name}, api.ParamPort: {m.port}, api.ParamProto: {m.proto}}
}

// hostList returns the HOSTS list that values give: the non-empty ones of
// at most api.MaxArgLen bytes, at most maxHosts of them, and whether some
// were left out.
func hostList(values []string) (hosts []string, capped bool) {
	for _, h := range values {
		switch {
		case h == "":
		case len(hosts) == maxHosts || len(h) > api.MaxArgLen:
			capped = true
		default:
			hosts = append(hosts, h)
		}
	}
	return hosts, capped
}
