//go:build e2e

package e2e

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/internal/dnstest"
	"netprimer/internal/pyoracle"
)

// hostFuncs are the host functions the lesson shows, each in the
// transcript py-<function>.
var hostFuncs = []api.Func{api.GetHostName, api.GetHostByName, api.GetHostByNameEx, api.GetHostByAddr, api.GetFQDN}

func hostCall(f api.Func, host string) api.Call {
	if f == api.GetHostName {
		return api.Call{Func: f}
	}
	return api.Call{Func: f, Arg: host, HasArg: true}
}

func hostsURL(s *server, lang i18n.Lang, hosts ...string) string {
	return s.URL + "/hosts?" + url.Values{"host": hosts, "lang": {string(lang)}}.Encode()
}

// checkHostsPage compares what the page shows with the API's answers: each
// function's session for the first host, and the batch program's output
// for every host. It returns the transcripts.
func checkHostsPage(t *testing.T, b *browser, s *server, hosts []string) map[string]string {
	t.Helper()
	got := transcripts(t, b)
	for _, f := range hostFuncs {
		id := "py-" + string(f)
		if want := wantTranscript(t, s, hostCall(f, hosts[0])); got[id] != want {
			t.Errorf("%s for %q:\n%s\nwant (from the API)\n%s", id, hosts[0], got[id], want)
		}
	}
	var lines []string
	for _, h := range hosts {
		r := apiAnswer(t, s, hostCall(api.GetHostByName, h))
		line, ok := api.HostsLine(h, r)
		if !ok {
			lines = append(lines, "Traceback (most recent call last):", "  ...", r.Error.PythonType()+": "+r.Error.Message)
			break
		}
		lines = append(lines, line)
	}
	if out, want := textOf(t, b, "#hosts-program-output"), strings.Join(lines, "\n"); out != want {
		t.Errorf("program output:\n%s\nwant\n%s", out, want)
	}
	if prog, want := textOf(t, b, "#hosts-program"), api.HostsProgram(hosts); prog != want {
		t.Errorf("program:\n%s\nwant\n%s", prog, want)
	}
	return got
}

// TestHostsLessonDNS opens /hosts against a server that asks an in-process
// DNS server, so every answer is known: the page must show, for several
// hosts, exactly the API's answers as CPython's sessions, and the deck's
// program's lines; typing updates the page and the URL.
func TestHostsLessonDNS(t *testing.T) {
	s := startServer(t, "", "-dns", startDNS(t), "-lookup-timeout", "1s")
	b := newBrowser(t)

	// The fixture is wired: the API answers from the test zone.
	if r := apiAnswer(t, s, hostCall(api.GetHostByName, "cname.np.test")); r.Result.String() != "192.0.2.1" || r.Backend != "dns" {
		t.Fatalf("gethostbyname('cname.np.test') = %+v: the server does not ask the test DNS server", r)
	}

	hosts := []string{"cname.np.test", "a.np.test", "multi.np.test", "v6only.np.test", "nx.np.test", "servfail.np.test", "192.0.2.1", "www.sch.ac.kr"}
	b.do(t, "open /hosts with several hosts", chromedp.Navigate(hostsURL(s, i18n.En, hosts...)), live(), answered())
	got := checkHostsPage(t, b, s, hosts)
	// gethostname is answered by this host, not by DNS: CPython agrees.
	pyoracle.NewReplayer(t).Check(t, map[string]string{"py-gethostname": got["py-gethostname"]})
	if by := textOf(t, b, "#lookup-by"); !strings.Contains(by, "dns") {
		t.Errorf("the page does not say the DNS backend answered: %q", by)
	}
	if v := eval[string](t, b, `document.getElementById("host-input").value`); v != hosts[0] {
		t.Errorf("host-input holds %q, want %q", v, hosts[0])
	}
	if v := eval[string](t, b, `document.getElementById("hosts-input").value`); v != strings.Join(hosts, "\n") {
		t.Errorf("hosts-input holds %q", v)
	}

	// Each failure is explained, in English here.
	b.do(t, "a name that does not exist", setInput("#host-input", "nx.np.test"), waitJS(`document.getElementById("py-gethostbyname") && document.getElementById("py-gethostbyname").textContent.includes("nx.np.test")`), answered())
	if txt := b.text(t, "#host-functions p.explain"); !strings.Contains(txt, "This name does not exist") {
		t.Errorf("no explanation of gaierror -2: %q", txt)
	}

	// Typing: one lookup round after the student stops, the URL replaced
	// (not pushed), the batch list following the first host.
	hist := eval[int](t, b, `history.length`)
	before := apiRequests(s, api.SocketPrefix+"gethostbyname_ex")
	b.do(t, "type a host",
		chromedp.Focus(chromedp.CSS("#host-input")),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("host-input").select()`),
		chromedp.SendKeys(chromedp.CSS("#host-input"), "multi.np.test"),
		waitJS(`new URLSearchParams(location.search).get("host") === "multi.np.test"`),
		rendered(),
		waitJS(`!!(document.getElementById("py-gethostbyname_ex") || {}).textContent?.includes("'multi.np.test'")`),
		answered(),
	)
	hosts[0] = "multi.np.test"
	checkHostsPage(t, b, s, hosts)
	if n := apiRequests(s, api.SocketPrefix+"gethostbyname_ex") - before; n < 1 || n > len("multi.np.test")/2 {
		t.Errorf("typing 13 characters sent %d gethostbyname_ex requests: typing is not debounced", n)
	}
	if h := eval[int](t, b, `history.length`); h != hist {
		t.Errorf("history.length went from %d to %d while typing", hist, h)
	}
	if q := queryParams(t, b, "host"); !slices.Equal(q, hosts) {
		t.Errorf("URL hosts %q, want %q", q, hosts)
	}

	// The list: one host a line; an invalid IDNA name stops the program
	// with its traceback, as in CPython.
	list := []string{"a.np.test", "a..b", "multi.np.test"}
	b.do(t, "edit HOSTS", setInput("#hosts-input", strings.Join(list, "\n")),
		waitJS(`new URLSearchParams(location.search).getAll("host").join(",") === "a.np.test,a..b,multi.np.test"`),
		rendered(),
		waitJS(`document.getElementById("hosts-program-output").textContent.includes("UnicodeError")`),
		answered(),
	)
	checkHostsPage(t, b, s, list)
	if v := eval[string](t, b, `document.getElementById("host-input").value`); v != "a.np.test" {
		t.Errorf("after editing HOSTS, host-input holds %q", v)
	}

	// A shared link reproduces the page, with answers the server cached.
	b.do(t, "reload the URL", chromedp.Reload(), live(), answered())
	checkHostsPage(t, b, s, list)
	if body := b.text(t, "#main"); !strings.Contains(body, "kept the answer") {
		t.Error("no answer is said to come from the server's cache")
	}

	// A resolver that does not answer in time: Python's error, marked as
	// timed out. A name the server will not look up (over 253 bytes once
	// encoded): the program stops there, and the page says why.
	b.noErrors(t, "the hosts lesson")
	long := strings.Repeat(strings.Repeat("x", 60)+".", 5) + "np.test"
	b.do(t, "a silent DNS server, a name too long", chromedp.Navigate(hostsURL(s, i18n.En, "slow.np.test", long, "a.np.test")), live(), answered())
	if txt := textOf(t, b, "#host-functions"); !strings.Contains(txt, "no DNS server answered within the time") || !strings.Contains(txt, "Temporary failure") {
		t.Errorf("the timed-out lookup is not explained: %q", txt)
	}
	if st := textOf(t, b, "#hosts-program-status"); !strings.Contains(st, "does not take this request: host name longer than 253 bytes") {
		t.Errorf("program status %q", st)
	}
	if out, want := textOf(t, b, "#hosts-program-output"), "slow.np.test : [Errno -3] Temporary failure in name resolution"; out != want {
		t.Errorf("program output %q, want %q", out, want)
	}
	b.noErrorsBut(t, "a name the server refuses") // its 400 is logged

	// In Korean by default.
	b.do(t, "Korean", chromedp.Navigate(hostsURL(s, i18n.Ko, "10.1.2.3", "nx.np.test")), live(), answered())
	checkHostsPage(t, b, s, []string{"10.1.2.3", "nx.np.test"})
	body := b.text(t, "#main")
	for _, want := range []string{"서버", "호스트 정보 함수", "강사의 설정으로", "강의 자료의 답 (강사의 Windows PC"} {
		if !strings.Contains(body, want) {
			t.Errorf("the Korean page lacks %q", want)
		}
	}
	b.noErrors(t, "the hosts lesson in Korean")
}

// TestHostsLessonThisHost asks the host's own resolver (the C library, as
// CPython): for names from this host's configuration, every transcript and
// the program's output replay exactly in CPython.
func TestHostsLessonThisHost(t *testing.T) {
	s := startServer(t, "")
	// The server's prerender shows the inputs, disabled until the app
	// runs, and the lesson looking up: answers come to the client only.
	_, html := httpGet(t, s.URL+"/hosts?host=localhost")
	for _, want := range []string{`id="host-input"`, `value="localhost"`, "disabled", "서버에 묻는 중"} {
		if !strings.Contains(html, want) {
			t.Errorf("the prerendered page lacks %s", want)
		}
	}
	if strings.Contains(html, `class="pyrepl"`) || apiRequests(s, api.SocketPrefix+"gethostname") != 0 {
		t.Error("the server looked up while prerendering")
	}

	b := newBrowser(t)
	hosts := []string{"localhost", "127.0.0.1", "a..b", "localhost"}
	b.do(t, "open /hosts", chromedp.Navigate(hostsURL(s, i18n.Ko, hosts...)), live(), answered())
	got := checkHostsPage(t, b, s, hosts)
	if len(got) != len(hostFuncs) {
		t.Errorf("%d transcripts on the page, want %d: %v", len(got), len(hostFuncs), got)
	}
	pyoracle.NewReplayer(t).Check(t, got)

	out, lastErr := pyoracle.Run(t, textOf(t, b, "#hosts-program"))
	page := strings.Split(textOf(t, b, "#hosts-program-output"), "\n")
	if n := len(page); n < 3 || strings.Join(page[:n-3], "\n") != out || page[n-1] != lastErr {
		t.Errorf("program output:\n%s\npython3 printed\n%s\nand stopped with %s", strings.Join(page, "\n"), out, lastErr)
	}
	if by := textOf(t, b, "#lookup-by"); !strings.Contains(by, "libc") {
		t.Errorf("the page does not say libc answered: %q", by)
	}
	b.noErrors(t, "the hosts lesson on this host")
}

// TestHostsLessonCases opens /hosts on each way a lookup fails, against
// the in-process DNS server, and then against a server whose DNS never
// answers (a classroom without the internet): each case has its own plain
// explanation, in both languages, and the deck's recorded answers stand
// beside the live ones.
func TestHostsLessonCases(t *testing.T) {
	s := startServer(t, "", "-dns", startDNS(t), "-lookup-timeout", "1s")
	b := newBrowser(t)
	for _, c := range []struct {
		name, host string
		en, ko     string
	}{
		{"NXDOMAIN", "nx.np.test", "This name does not exist: the DNS the server asked answered that there is no such name (NXDOMAIN)", "이 이름은 없습니다: 서버가 물어본 DNS가 그런 이름이 없다고 답했습니다 (NXDOMAIN)"},
		{"SERVFAIL", "servfail.np.test", "The server could not reach DNS just now", "서버가 지금 DNS에 닿지 못했습니다"},
		{"no answer", "v6only.np.test", "The name exists but has no IPv4 address", "이 이름은 있지만 IPv4 주소가 없습니다"},
		{"no name for the address", "192.0.2.200", "This address has no name", "이 주소에는 이름이 없습니다"},
		{"the instructor's setting", "10.1.2.3", "The instructor's setting keeps the server from looking up the names of private addresses", "강사의 설정으로 서버가 사설 주소"},
	} {
		for _, lang := range []i18n.Lang{i18n.En, i18n.Ko} {
			want := map[i18n.Lang]string{i18n.En: c.en, i18n.Ko: c.ko}[lang]
			b.do(t, c.name+" in "+string(lang), chromedp.Navigate(hostsURL(s, lang, c.host)), live(), answered())
			txt := textOf(t, b, "#host-functions")
			if !strings.Contains(txt, want) {
				t.Errorf("%s (%s), %s: the explanation %q is not in\n%s", c.name, c.host, lang, want, txt)
			}
			for _, w := range []string{"cached", "refused", "timed_out", "리졸버"} {
				if body := textOf(t, b, "#main"); strings.Contains(body, w) {
					t.Errorf("%s, %s: the page says %q", c.name, lang, w)
				}
			}
		}
	}
	b.noErrors(t, "the failing lookups")

	// The deck's calls, one click each, with the deck's answers recorded
	// on the lecturer's PC beside the live ones.
	b.do(t, "the deck's HOSTS", chromedp.Navigate(hostsURL(s, i18n.En)), live(), answered())
	if rec := textOf(t, b, "#hosts-program-recorded"); !strings.Contains(rec, "iot : [Errno 11001] getaddrinfo failed") {
		t.Errorf("the recorded HOSTS output: %q", rec)
	}
	if txt := textOf(t, b, "#hosts-batch"); !strings.Contains(txt, "recorded on the lecturer's Windows PC") || !strings.Contains(txt, "-2 (EAI_NONAME)") || !strings.Contains(txt, "11001 (WSAHOST_NOT_FOUND") {
		t.Errorf("the HOSTS program does not explain the two errors: %q", txt)
	}
	b.do(t, "click the deck's gethostbyaddr",
		click(`#host-functions-deck a[href="/hosts?host=220.69.189.98&host=www.sch.ac.kr&host=homepage.sch.ac.kr&host=www.daum.net&host=www.google.com&host=iot"]`),
		waitQuery("host", "220.69.189.98"), rendered(), answered(),
		waitJS(`!!document.getElementById("py-gethostbyaddr-recorded")`))
	got := transcripts(t, b)
	if want := wantTranscript(t, s, hostCall(api.GetHostByAddr, "220.69.189.98")); got["py-gethostbyaddr"] != want {
		t.Errorf("after the click, py-gethostbyaddr:\n%s\nwant\n%s", got["py-gethostbyaddr"], want)
	}
	if rec := textOf(t, b, "#py-gethostbyaddr-recorded"); rec != ">>> import socket\n>>> socket.gethostbyaddr('220.69.189.98')\n('homepage.sch.ac.kr', [], ['220.69.189.98'])" {
		t.Errorf("the recorded gethostbyaddr: %q", rec)
	}
	if v := eval[string](t, b, `document.getElementById("host-input").value`); v != "220.69.189.98" {
		t.Errorf("after the click, host-input holds %q", v)
	}
	b.noErrors(t, "the deck's calls")

	// A server whose DNS never answers: every lookup says the server
	// cannot reach DNS, never that the name does not exist.
	off := startServer(t, "", "-dns", dnstest.Silent(t), "-lookup-timeout", "1s")
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ko} {
		b.do(t, "no DNS reachable in "+string(lang), chromedp.Navigate(hostsURL(off, lang, "homepage.sch.ac.kr")), live(), answered())
		txt := textOf(t, b, "#host-functions")
		want := map[i18n.Lang]string{i18n.En: "The server could not reach DNS: no DNS server answered within the time the server waits", i18n.Ko: "서버가 DNS에 닿지 못했습니다: 서버가 기다리는 시간 안에 DNS 서버가 답하지 않았습니다"}[lang]
		if !strings.Contains(txt, want) || strings.Contains(txt, map[i18n.Lang]string{i18n.En: "does not exist:", i18n.Ko: "이 이름은 없습니다"}[lang]) {
			t.Errorf("no DNS, %s: %q", lang, txt)
		}
		if rec := textOf(t, b, "#py-gethostbyname-recorded"); !strings.HasSuffix(rec, "'220.69.189.98'") {
			t.Errorf("no DNS, %s: the deck's answer %q", lang, rec)
		}
	}
	b.noErrors(t, "a server without DNS")

	// A server whose DNS answers for its own network only (no name of the
	// internet): a name the lecturer's PC found is said to exist, and the
	// server's DNS to fail.
	local := startServer(t, "", "-dns", dnstest.Start(t, "127.0.0.1:0", dnstest.Zone{Records: "campus.np.test. A 192.0.2.50\n"}).Addr, "-lookup-timeout", "1s")
	for _, lang := range []i18n.Lang{i18n.En, i18n.Ko} {
		b.do(t, "the internet's names unknown, in "+string(lang), chromedp.Navigate(hostsURL(local, lang, "www.sch.ac.kr")), live(), answered())
		txt := textOf(t, b, "#host-functions")
		want := map[i18n.Lang]string{i18n.En: "but the lecturer's PC found it (the deck's answer below). The name exists", i18n.Ko: "강사의 PC는 이 이름을 찾았습니다"}[lang]
		if !strings.Contains(txt, want) || !strings.Contains(txt, "[Errno -2] Name or service not known") {
			t.Errorf("a DNS without the internet, %s: %q", lang, txt)
		}
	}
	b.noErrors(t, "a server whose DNS knows no internet names")
}
