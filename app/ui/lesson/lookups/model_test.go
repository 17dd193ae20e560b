package lookups

import (
	"encoding/json"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

func body(t *testing.T, r api.Response) []byte {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func errno(n int) *int { return &n }

func TestDecodeAnswer(t *testing.T) {
	gai := &api.Error{Type: api.TypeGaierror, Errno: errno(-2), Message: "[Errno -2] Name or service not known"}
	for _, c := range []struct {
		name   string
		r      kit.FetchResult
		fail   failKind
		detail string
	}{
		// No answer at all: offline, or the server stopped.
		{"offline", kit.FetchResult{Err: "TypeError: Failed to fetch"}, failUnreachable, "TypeError: Failed to fetch"},
		// A value returned.
		{"result", kit.FetchResult{Status: 200, Body: body(t, api.Response{Result: api.StrResult("127.0.0.1"), Backend: "libc"})}, failNone, ""},
		// An exception raised is an answer too.
		{"exception", kit.FetchResult{Status: 200, Body: body(t, api.Response{Error: gai})}, failNone, ""},
		// Both, or an error that is not Python's, is no outcome.
		{"both", kit.FetchResult{Status: 200, Body: body(t, api.Response{Result: api.IntResult(80), Error: gai})}, failOther, "HTTP 200"},
		{"request error with 200", kit.FetchResult{Status: 200, Body: body(t, api.Response{Error: &api.Error{Type: api.TypeBadRequest, Message: "x"}})}, failOther, "HTTP 200"},
		// Neither.
		{"empty", kit.FetchResult{Status: 200, Body: []byte(`{}`)}, failOther, "HTTP 200"},
		// Not JSON: a proxy's page.
		{"html", kit.FetchResult{Status: 200, Body: []byte(`<html>`)}, failOther, "HTTP 200"},
		// Rate limited and overloaded carry the server's wait.
		{"429", kit.FetchResult{Status: 429, Body: body(t, api.Response{Error: &api.Error{Type: api.TypeRateLimited, Message: "too many requests; retry after 7 s"}}), RetryAfter: "7"}, failRateLimited, "7"},
		{"503", kit.FetchResult{Status: 503, RetryAfter: "1"}, failOverloaded, "1"},
		// A wrong request says why.
		{"400", kit.FetchResult{Status: 400, Body: body(t, api.Response{Error: &api.Error{Type: api.TypeBadRequest, Param: "host", Message: "name too long"}})}, failRefused, "name too long"},
		{"400 without JSON", kit.FetchResult{Status: 400, Body: []byte("bad")}, failOther, "HTTP 400"},
		// Anything else.
		{"404", kit.FetchResult{Status: 404}, failOther, "HTTP 404"},
		{"500", kit.FetchResult{Status: 500, Body: body(t, api.Response{Error: &api.Error{Type: api.TypeInternal, Message: "internal error"}})}, failOther, "HTTP 500"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := decodeAnswer(c.r)
			if a.fail != c.fail || a.detail != c.detail {
				t.Errorf("decodeAnswer = fail %d %q, want %d %q", a.fail, a.detail, c.fail, c.detail)
			}
			if a.fail == failNone && !isOutcome(a.resp) {
				t.Errorf("an answer that is no outcome: %+v", a.resp)
			}
		})
	}
}

// lookupsWith returns the given answers, by call.
func lookupsWith(done map[api.Call]api.Response, failed map[api.Call]lookupAnswer) *answers {
	l := &answers{done: map[string]api.Response{}, failed: map[string]lookupAnswer{}}
	for c, r := range done {
		l.done[c.URL()] = r
	}
	for c, a := range failed {
		l.failed[c.URL()] = a
	}
	return l
}

func byName(h string) api.Call { return hostCall(api.GetHostByName, h) }

func TestLookupsGet(t *testing.T) {
	l := lookupsWith(
		map[api.Call]api.Response{byName("a"): {Result: api.StrResult("192.0.2.1")}},
		map[api.Call]lookupAnswer{byName("b"): {fail: failUnreachable}},
	)
	for _, c := range []struct {
		name string
		call api.Call
		ok   bool
		fail failKind
	}{
		// Answered, failed, pending.
		{"answered", byName("a"), true, failNone},
		{"failed", byName("b"), true, failUnreachable},
		{"pending", byName("c"), false, failNone},
		// Refused here, never asked: a control character, an argument
		// over the API's limit, a port that is not canonical.
		{"control", byName("a\tb"), true, failRefused},
		{"long", byName(strings.Repeat("x", api.MaxArgLen+1)), true, failRefused},
		{"port", api.Call{Func: api.GetServByPort, Arg: "080", HasArg: true}, true, failRefused},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, ok := l.get(c.call)
			if ok != c.ok || a.fail != c.fail {
				t.Errorf("get = %+v, %v; want fail %d, %v", a, ok, c.fail, c.ok)
			}
			if a.fail == failRefused && a.detail == "" {
				t.Error("a refusal without its reason")
			}
		})
	}
}

func TestHostList(t *testing.T) {
	long := strings.Repeat("h", api.MaxArgLen+1)
	many := make([]string, maxHosts+2)
	for i := range many {
		many[i] = "h" + strings.Repeat("x", i)
	}
	for _, c := range []struct {
		name   string
		in     []string
		want   []string
		capped bool
	}{
		// Empty lines are no hosts.
		{"empty lines", []string{"", "a", "", "b", ""}, []string{"a", "b"}, false},
		// None at all: the caller uses the deck's list.
		{"none", []string{"", ""}, nil, false},
		// Duplicates stay: the program looks each up.
		{"duplicates", []string{"a", "a"}, []string{"a", "a"}, false},
		// Spaces are part of a Python string.
		{"spaces", []string{" a "}, []string{" a "}, false},
		// Too long for the API, or too many: left out, and said.
		{"long", []string{"a", long, "b"}, []string{"a", "b"}, true},
		{"many", many, many[:maxHosts], true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, capped := hostList(c.in)
			if !slices.Equal(got, c.want) || capped != c.capped {
				t.Errorf("hostList = %q, %v; want %q, %v", got, capped, c.want, c.capped)
			}
		})
	}
}

func TestRunLookupLoop(t *testing.T) {
	uni := &api.Error{Type: api.TypeUnicodeError, Message: "encoding with 'idna' codec failed (UnicodeError: label empty or too long)"}
	gai := &api.Error{Type: api.TypeGaierror, Errno: errno(-2), Message: "[Errno -2] Name or service not known"}
	l := lookupsWith(map[api.Call]api.Response{
		byName("a"):    {Result: api.StrResult("192.0.2.1")},
		byName("nx"):   {Error: gai},
		byName("a..b"): {Error: uni},
	}, map[api.Call]lookupAnswer{
		byName("down"): {fail: failUnreachable},
	})
	line := func(hosts []string) func(int, api.Response) (string, bool) {
		return func(i int, r api.Response) (string, bool) { return api.HostsLine(hosts[i], r) }
	}
	for _, c := range []struct {
		name   string
		hosts  []string
		out    []string
		raised *api.Error
		status string
		bad    bool
	}{
		// Every host answered: a line each, gaierror included.
		{"all", []string{"a", "nx", "a"}, []string{"a : 192.0.2.1", "nx : " + gai.Message, "a : 192.0.2.1"}, nil, "", false},
		// A UnicodeError is no socket.error: the program stops there.
		{"raise", []string{"a", "a..b", "a"}, []string{"a : 192.0.2.1"}, uni, "", false},
		// Still looking up the second: the first line only.
		{"pending", []string{"a", "later", "a"}, []string{"a : 192.0.2.1"}, nil, txtLookingUp.In(i18n.En), false},
		// The server is unreachable for the second.
		{"failed", []string{"a", "down"}, []string{"a : 192.0.2.1"}, nil, txtFail[failUnreachable].In(i18n.En), true},
		// No hosts, no lines.
		{"empty", nil, nil, nil, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			calls := make([]api.Call, len(c.hosts))
			for i, h := range c.hosts {
				calls[i] = byName(h)
			}
			out, raised, status, bad := runLookupLoop(l, calls, line(c.hosts), i18n.En)
			if !slices.Equal(out, c.out) || raised != c.raised || status != c.status || bad != c.bad {
				t.Errorf("runLookupLoop = %q, %v, %q, %v; want %q, %v, %q, %v", out, raised, status, bad, c.out, c.raised, c.status, c.bad)
			}
		})
	}
}

func TestLookupStatus(t *testing.T) {
	calls := []api.Call{byName("a"), byName("b"), byName("c"), byName("d")}
	for _, c := range []struct {
		name   string
		failed map[api.Call]lookupAnswer
		want   string
	}{
		// Nothing failed.
		{"none", nil, ""},
		// A refused request is the call's own business, not the lesson's.
		{"refused", map[api.Call]lookupAnswer{byName("a"): {fail: failRefused, detail: "x"}}, ""},
		// The wait the server asked for.
		{"rate limited", map[api.Call]lookupAnswer{byName("b"): {fail: failRateLimited, detail: "42"}}, "Ask again in 42 s."},
		// No usable Retry-After: one second.
		{"no wait", map[api.Call]lookupAnswer{byName("b"): {fail: failOverloaded, detail: "soon"}}, "Ask again in 1 s."},
		// Unreachable outweighs the rest.
		{"unreachable", map[api.Call]lookupAnswer{
			byName("a"): {fail: failRateLimited, detail: "3"},
			byName("c"): {fail: failUnreachable},
			byName("d"): {fail: failOverloaded, detail: "1"},
		}, "The server is unreachable"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := lookupStatus(lookupsWith(nil, c.failed), calls, i18n.En)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("lookupStatus = %q, want %q in it", got, c.want)
			}
		})
	}
}

// TestExplainAnswer tells the cases of a failed lookup apart, each in
// plain words in both languages: the name does not exist (NXDOMAIN), the
// server cannot reach DNS (SERVFAIL, a timeout), the name has no IPv4
// address, the address has no name, the instructor's setting.
func TestExplainAnswer(t *testing.T) {
	gai := func(n int, msg string) *api.Error {
		return &api.Error{Type: api.TypeGaierror, Errno: errno(n), Message: msg}
	}
	herr := func(n int, msg string) *api.Error {
		return &api.Error{Type: api.TypeHerror, Errno: errno(n), Message: msg}
	}
	for _, c := range []struct {
		name   string
		r      api.Response
		en, ko string
	}{
		{"nxdomain", api.Response{Error: gai(-2, "[Errno -2] Name or service not known")}, "This name does not exist", "이 이름은 없습니다"},
		{"servfail", api.Response{Error: gai(-3, "[Errno -3] Temporary failure in name resolution")}, "could not reach DNS just now", "DNS에 닿지 못했습니다"},
		{"timeout", api.Response{Error: gai(-3, "[Errno -3] Temporary failure in name resolution"), TimedOut: true}, "no DNS server answered within the time", "제때|시간 안에"},
		{"no address", api.Response{Error: gai(-5, "[Errno -5] No address associated with hostname")}, "has no IPv4 address", "IPv4 주소가 없습니다"},
		{"no name", api.Response{Error: herr(1, "[Errno 1] Unknown host")}, "This address has no name", "이 주소에는 이름이 없습니다"},
		{"reverse failed", api.Response{Error: herr(2, "[Errno 2] Host name lookup failure")}, "could not reach DNS", "DNS에 닿지 못했거나"},
		{"reverse timeout", api.Response{Error: herr(2, "[Errno 2] Host name lookup failure"), TimedOut: true}, "no DNS server answered within the time", "시간 안에"},
		{"instructor's setting", api.Response{Error: herr(1, "[Errno 1] Unknown host"), Refused: true}, "The instructor's setting", "강사의 설정으로"},
		{"overflow", api.Response{Error: &api.Error{Type: api.TypeOverflowError}}, "0 to 65535", "0부터 65535까지"},
		// An errno the lesson does not explain: nothing rather than a guess.
		{"unexplained", api.Response{Error: gai(-8, "")}, "", ""},
		{"an answer", api.Response{Result: api.StrResult("192.0.2.1")}, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			en, ko := explainAnswer(c.r, i18n.En), explainAnswer(c.r, i18n.Ko)
			if (c.en == "") != (en == "") || !strings.Contains(en, c.en) {
				t.Errorf("English %q, want %q in it", en, c.en)
			}
			if c.ko != "" && !regexp.MustCompile(c.ko).MatchString(ko) || c.ko == "" && ko != "" {
				t.Errorf("Korean %q, want %q in it", ko, c.ko)
			}
		})
	}
	for _, k := range txtExplain {
		if k.t.Ko == "" || k.t.En == "" || strings.Count(k.key, " ") > 1 {
			t.Errorf("explanation %q: %+v", k.key, k.t)
		}
	}
}

// TestNoInternalWords reads every text of the lookup lessons for the
// server's words, which a student should not have to learn: the API's
// flags and 리졸버.
func TestNoInternalWords(t *testing.T) {
	texts := []i18n.T{txtServerView, txtResolver, txtRemembered, txtPrivate, txtNoDNS, txtNoDNSTime, txtRecorded, txtErrno, txtIMAP2, txtDeckFound, txtSameAbove}
	for _, k := range txtExplain {
		texts = append(texts, k.t)
	}
	texts = append(texts, txtFail[:]...)
	texts = append(texts, txtFailLong[:]...)
	for _, x := range texts {
		for _, s := range []string{x.Ko, x.En} {
			for _, w := range []string{"cached", "refused", "timed_out", "timed out", "리졸버", "resolver"} {
				if strings.Contains(strings.ToLower(s), w) {
					t.Errorf("%q says %q", s, w)
				}
			}
		}
	}
}

// TestModelInvariants checks, for the URLs of both lessons: what they
// ask for is a function of the URL, and the URL it writes back asks for
// the same (but for the note that hosts were left out).
func TestModelInvariants(t *testing.T) {
	long := strings.Repeat("h", api.MaxArgLen+1)
	for _, q := range []url.Values{nil, {api.ParamHost: {""}}, {api.ParamHost: {"a", "", "b", "a"}}, {api.ParamHost: {long, "x"}},
		{api.ParamHost: strings.Split(strings.Repeat("h,", maxHosts+3), ",")}, {api.ParamHost: {" www.python.org "}, "lang": {"en"}}} {
		m := hostsOf(q, api.DeckHosts())
		if !reflect.DeepEqual(m, hostsOf(q, api.DeckHosts())) || len(m.hosts) == 0 || len(m.hosts) > maxHosts {
			t.Errorf("%v: hosts %q", q, m.hosts)
		}
		back := hostsOf(m.query(), api.DeckHosts())
		back.capped = m.capped
		if !reflect.DeepEqual(back, m) {
			t.Errorf("%v: hosts %q write %v, which asks for %q", q, m.hosts, m.query(), back.hosts)
		}
	}
	for _, q := range []url.Values{nil, {api.ParamName: {""}}, {api.ParamPort: {"22"}, api.ParamProto: {"udp"}}, {api.ParamName: {"ssh", "x"}},
		{api.ParamPort: {"80.0"}}, {api.ParamProto: {""}}, {api.ParamName: {"도메인"}, "lang": {"ko"}}} {
		m := servicesOf(q)
		if m != servicesOf(q) {
			t.Errorf("%v: not a function of the URL", q)
		}
		if back := servicesOf(m.query()); back != m {
			t.Errorf("%v: %+v writes %v, which asks for %+v", q, m, m.query(), back)
		}
	}
	if m := servicesOf(nil); m.name != "http" || m.port != "80" || m.proto != "" {
		t.Errorf("the defaults: %+v", m)
	}
}

// TestProblemText: the API's reasons for refusing a request, as a Korean
// page says them, with no English left; English pages keep the API's.
func TestProblemText(t *testing.T) {
	for _, c := range []struct{ problem, ko string }{
		{"longer than 1024 bytes", "1024바이트보다 깁니다"},
		{"host name longer than 253 bytes after IDNA encoding", "호스트 이름이 IDNA로 인코딩하면 253바이트보다 깁니다"},
		{"not a decimal integer", "10진 정수가 아닙니다"},
		{"more than 40 digits", "숫자가 40자리보다 많습니다"},
		{"control character U+0009", "제어 문자 U+0009가 들어 있습니다"},
		{"not valid UTF-8", "UTF-8이 아닌 바이트가 있습니다"},
	} {
		if got := problemText(c.problem, i18n.Ko); got != c.ko {
			t.Errorf("problemText(%q) = %q, want %q", c.problem, got, c.ko)
		}
		if got := problemText(c.problem, i18n.En); got != c.problem {
			t.Errorf("in English, %q became %q", c.problem, got)
		}
	}
	// What the lesson does not know stays as the server wrote it.
	if got := problemText("something new", i18n.Ko); got != "something new" {
		t.Errorf("an unknown reason became %q", got)
	}
	// The port's own check, as the page shows it.
	_, err := api.ParseCall(string(api.GetServByPort), url.Values{api.ParamPort: {"http"}})
	re, _ := err.(*api.RequestError)
	if re == nil || problemText(re.Problem, i18n.Ko) != "10진 정수가 아닙니다" {
		t.Errorf("getservbyport('http'): %v", err)
	}
}

// TestOncePerWidget: calls that fail the same way explain it once.
func TestOncePerWidget(t *testing.T) {
	calls := []callView{{explain: "a"}, {explain: "a"}, {}, {explain: "b"}, {explain: "a"}}
	oncePerWidget(calls, i18n.En)
	for i, want := range []string{"a", txtSameAbove.En, "", "b", txtSameAbove.En} {
		if calls[i].explain != want {
			t.Errorf("call %d explains %q, want %q", i, calls[i].explain, want)
		}
	}
}
