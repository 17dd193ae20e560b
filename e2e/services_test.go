//go:build e2e

package e2e

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/internal/pyoracle"
)

// servicesURL opens /services with the given name, port and proto (left
// out when empty).
func servicesURL(s *server, lang i18n.Lang, name, port, proto string) string {
	q := url.Values{"lang": {string(lang)}}
	for k, v := range map[string]string{"name": name, "port": port, "proto": proto} {
		if v != "" {
			q.Set(k, v)
		}
	}
	return s.URL + "/services?" + q.Encode()
}

// TestServicesLesson opens /services with names, ports and protocols,
// valid or not: every session on the page replays exactly in CPython (the
// server answers from this host's services file, as CPython does), and so
// does the deck's program.
func TestServicesLesson(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	replay := pyoracle.NewReplayer(t)

	for _, c := range []struct {
		name, port, proto string
		lang              i18n.Lang
		want              []string // in the page's text
	}{
		// The deck's examples, the page's defaults.
		{"", "", "", i18n.Ko, []string{"socket.getservbyname('http')", "socket.getservbyport(80)"}},
		// Protocol udp for both calls.
		{"domain", "53", "udp", i18n.En, []string{"socket.getservbyname('domain', 'udp')", "socket.getservbyport(53, 'udp')"}},
		// An unknown service, a port beyond 16 bits.
		{"nosuchservice", "65536", "", i18n.En, []string{"OSError: service/proto not found", "OverflowError: getservbyport: port must be 0-65535.", "16 bits"}},
		// Korean explanations; a port with a protocol it is not listed for.
		{"nosuchservice", "22", "udp", i18n.Ko, []string{"서비스 표에 이 서비스", "OSError: port/proto not found"}},
		// A negative port; then one beyond a C long, where the conversion
		// raises before getservbyport checks the range.
		{"ssh", "-1", "tcp", i18n.En, []string{"socket.getservbyport(-1, 'tcp')", "OverflowError: getservbyport: port must be 0-65535."}},
		{"ssh", "99999999999999999999", "", i18n.Ko, []string{"OverflowError: Python int too large to convert to C long"}},
	} {
		b.do(t, "open "+c.name+" "+c.port+" "+c.proto, chromedp.Navigate(servicesURL(s, c.lang, c.name, c.port, c.proto)), live(), answered())
		got := transcripts(t, b)
		if len(got) != 3 {
			t.Errorf("%v: %d transcripts, want 3: %v", c, len(got), got)
		}
		replay.Check(t, got)
		body := b.text(t, "#main")
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%v: the page lacks %q", c, w)
			}
		}
		if by := textOf(t, b, "#lookup-by"); !strings.Contains(by, "file") {
			t.Errorf("the page does not say which services table answered: %q", by)
		}
	}

	// The well-known ports table holds what the session printed, and the
	// deck's program prints what python3 prints on this host.
	session := strings.Split(textOf(t, b, "#py-wellknown"), "\n")
	rows := eval[[][]string](t, b, `[...document.querySelectorAll("#well-known-table tr")].slice(1).map(r => [...r.cells].map(c => c.textContent))`)
	for i, row := range rows {
		if want := session[4+i]; row[0]+" "+row[1] != want {
			t.Errorf("table row %q, the session printed %q", row, want)
		}
	}
	if len(rows) != 7 {
		t.Errorf("%d rows in the well-known ports table", len(rows))
	}
	out, _ := pyoracle.Run(t, textOf(t, b, "#ports-program"))
	if page := textOf(t, b, "#ports-program-output"); page != out {
		t.Errorf("program output:\n%s\npython3 printed\n%s", page, out)
	}
	if prog := textOf(t, b, "#ports-program"); prog != api.PortsProgram(api.DeckPorts()) {
		t.Errorf("program:\n%s", prog)
	}

	// Typing in each input updates the session and replaces the URL.
	hist := eval[int](t, b, `history.length`)
	for _, in := range []struct{ id, value, param, want string }{
		{"name-input", "smtp", "name", "socket.getservbyname('smtp')\n25"},
		{"proto-input", "udp", "proto", "socket.getservbyname('smtp', 'udp')"},
		{"port-input", "123", "port", "socket.getservbyport(123, 'udp')\n'ntp'"},
	} {
		b.do(t, "type in "+in.id,
			chromedp.Evaluate[chromedp.Void](`document.getElementById("`+in.id+`").select()`),
			chromedp.SendKeys(chromedp.CSS("#"+in.id), in.value),
			waitJS(`new URLSearchParams(location.search).get("`+in.param+`") === "`+in.value+`"`),
			rendered(),
			waitJS(`[...document.querySelectorAll("pre.pyrepl")].some(e => e.textContent.includes(`+"`"+in.want+"`"+`))`),
			answered(),
		)
	}
	replay.Check(t, transcripts(t, b))
	if h := eval[int](t, b, `history.length`); h != hist {
		t.Errorf("history.length went from %d to %d while typing", hist, h)
	}

	// A port that is not an integer is not a call: the page says so.
	b.do(t, "a port that is not an int", setInput("#port-input", "http"), chromedp.WaitVisible(chromedp.CSS("#py-getservbyport-status.error")))
	if _, ok := transcripts(t, b)["py-getservbyport"]; ok {
		t.Error("a session for getservbyport('http')")
	}
	if st := textOf(t, b, "#py-getservbyport-status"); !strings.Contains(st, "정수로 입력하세요") || strings.Contains(st, "integer") { // a Korean page, wholly
		t.Errorf("getservbyport('http'): %q", st)
	}
	// Arguments the API refuses are not sent: the page says why, without
	// echoing them.
	b.do(t, "arguments the API refuses", chromedp.Navigate(servicesURL(s, i18n.En, strings.Repeat("x", 1100), "80", "tcp\t")), live(), answered())
	for id, want := range map[string]string{"py-getservbyname-status": "longer than 1024 bytes", "py-getservbyport-status": "control character U+0009"} {
		if st := textOf(t, b, "#"+id); !strings.Contains(st, "does not take this request: "+want) || len(st) > 200 {
			t.Errorf("%s: %q", id, st)
		}
	}
	b.noErrors(t, "the services lesson")
}

// TestServicesKoreanInput opens /services in Korean as a student with a
// Korean keyboard types: a port in full-width digits is the int Python
// reads (int('８０') is 80), the page is wholly Korean when it refuses a
// request, and the deck's answers recorded on the lecturer's PC stand
// beside the server's, with why this server prints imap2.
func TestServicesKoreanInput(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	replay := pyoracle.NewReplayer(t)

	b.do(t, "a full-width port", chromedp.Navigate(servicesURL(s, i18n.Ko, "http", "８０", "")), live(), answered())
	got := transcripts(t, b)
	if !strings.Contains(got["py-getservbyport"], ">>> socket.getservbyport(80)\n") {
		t.Errorf("getservbyport for ８０:\n%s", got["py-getservbyport"])
	}
	replay.Check(t, got)
	if r := apiAnswer(t, s, api.Call{Func: api.GetServByPort, Arg: "80", HasArg: true}); got["py-getservbyport"] != wantTranscript(t, s, api.Call{Func: api.GetServByPort, Arg: "80", HasArg: true}) || r.Error != nil {
		t.Errorf("the page's getservbyport(８０) is not the API's getservbyport(80)")
	}
	res, body := httpGet(t, s.URL+api.SocketPrefix+"getservbyport?port="+url.QueryEscape("８０"))
	if res.StatusCode != 200 || !strings.Contains(body, `"result":"http"`) {
		t.Errorf("the API for port=８０: %d %s", res.StatusCode, body)
	}
	if rec := textOf(t, b, "#py-getservbyname-recorded"); rec != ">>> import socket\n>>> socket.getservbyname('http')\n80" {
		t.Errorf("the deck's getservbyname('http'): %q", rec)
	}
	if rec := textOf(t, b, "#ports-program-recorded"); !strings.Contains(rec, " 143 imap://example.co.kr/") {
		t.Errorf("the deck's port → URL output: %q", rec)
	}
	if out := textOf(t, b, "#ports-program-output"); strings.Contains(out, " 143 imap2://") {
		if txt := textOf(t, b, "#ports-url"); !strings.Contains(txt, "143번 포트가 imap2://로 나오는 것은 이 서버의 services 파일 때문입니다") {
			t.Errorf("imap2 is not explained: %q", txt)
		}
	} else {
		t.Logf("this host's services file does not name 143 imap2: %q", out)
	}

	// The deck's calls, one click each.
	b.do(t, "click the deck's getservbyport(25)",
		click(`#serv-functions-deck a[href*="port=25"]`),
		waitQuery("port", "25"), rendered(), answered(),
		waitJS(`!!document.getElementById("py-getservbyport-recorded")`))
	if rec := textOf(t, b, "#py-getservbyport-recorded"); !strings.HasSuffix(rec, "socket.getservbyport(25)\n'smtp'") {
		t.Errorf("the deck's getservbyport(25): %q", rec)
	}

	// Refused requests, said in Korean only.
	for _, c := range []struct{ name, port, id, want string }{
		{"http", "http", "py-getservbyport-status", "10진 정수가 아닙니다"},
		{strings.Repeat("x", 1100), "80", "py-getservbyname-status", "1024바이트보다 깁니다"},
	} {
		b.do(t, "refused in Korean: "+c.want, chromedp.Navigate(servicesURL(s, i18n.Ko, c.name, c.port, "")), live(), answered())
		st := textOf(t, b, "#"+c.id)
		if !strings.Contains(st, c.want) || strings.Contains(st, "not a decimal integer") || strings.Contains(st, "longer than") {
			t.Errorf("%s: %q", c.id, st)
		}
	}
	b.noErrors(t, "the services lesson in Korean")
}

// TestLookupServerStopped stops the server under an open lesson: the
// lesson says the server is unreachable, in the student's language, and
// the page keeps working.
func TestLookupServerStopped(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	b.do(t, "open /hosts", chromedp.Navigate(s.URL+"/hosts?host=localhost"), live(), answered())
	s.stop(t)

	b.do(t, "move to /services inside the app",
		click(`nav.toc a[href="/services"]`),
		waitText("#main h1", title("/services", i18n.Ko)),
		chromedp.WaitVisible(chromedp.CSS("#lookup-status")),
	)
	if st := b.text(t, "#lookup-status p"); !strings.Contains(st, "서버에 연결할 수 없습니다") {
		t.Errorf("status %q", st)
	}
	b.do(t, "typing still works",
		setInput("#name-input", "ftp"),
		waitJS(`new URLSearchParams(location.search).get("name") === "ftp"`),
		rendered(),
		chromedp.WaitVisible(chromedp.CSS("#py-getservbyname-status.error")),
	)
	b.do(t, "switch to English", click("#lang-switch"),
		waitText("#main h1", title("/services", i18n.En)),
		waitJS(`!!(document.querySelector("#lookup-status p") || {}).textContent?.includes("The server is unreachable")`),
	)
	// The button that asked may be gone while the lesson looks up again:
	// the answers must still reach the page, which would otherwise stay
	// "looking up". The page's fetches are counted, since go-app may keep
	// the status's element or make it anew.
	b.do(t, "ask again, still unreachable",
		chromedp.Evaluate[chromedp.Void](`(() => {
			window.asked = 0; window.settled = 0;
			const f = window.fetch;
			window.fetch = (...a) => { window.asked++; return f(...a).finally(() => { window.settled++; }); };
		})()`),
		click("#lookup-retry"),
		waitJS(`window.asked > 0 && window.settled === window.asked`),
		chromedp.Sleep(300*time.Millisecond), // frames enough to draw the answers, or "looking up" had they been lost
		waitJS(`!!(document.querySelector("#lookup-status p") || {}).textContent?.includes("The server is unreachable")`))
	b.do(t, "other lessons work", click(`nav.toc a[href="/hosts"]`),
		waitText("#main h1", title("/hosts", i18n.En)),
		chromedp.WaitVisible(chromedp.CSS("#lookup-status")),
		click(`nav.toc a[href="/network"]`),
		waitText("#main h1", title("/network", i18n.En)),
	)
	b.noErrorsBut(t, "with the server stopped")
}

// TestLookupRateLimited runs a server that allows two requests: the
// lesson says it was refused, with the server's Retry-After.
func TestLookupRateLimited(t *testing.T) {
	s := startServer(t, "", "-lookup-rate", "0.01", "-lookup-burst", "2")
	b := newBrowser(t)
	b.do(t, "open /services", chromedp.Navigate(s.URL+"/services?lang=en"), live(),
		chromedp.WaitVisible(chromedp.CSS("#lookup-status")))
	st := b.text(t, "#lookup-status p")
	res, _ := httpGet(t, s.URL+api.SocketPrefix+"getservbyport?port=80")
	wait, _ := strconv.Atoi(res.Header.Get("Retry-After"))
	var said int
	if i := strings.Index(st, "Ask again in "); i >= 0 {
		fmt.Sscanf(st[i:], "Ask again in %d s", &said)
	}
	// A second or two may pass between the page's request and this one.
	if res.StatusCode != 429 || !strings.Contains(st, "too many requests") || said < wait || said > wait+2 {
		t.Errorf("status %q; the API says %d, Retry-After %d", st, res.StatusCode, wait)
	}
	b.noErrorsBut(t, "rate limited")
}
