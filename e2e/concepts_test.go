//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	htmlpkg "html"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"netprimer/app/api"
	"netprimer/app/concepts"
	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/netstat"
	"netprimer/internal/pyoracle"
)

// The lessons of the course's first half: /network, /addresses and
// /sockets. Each test opens a lesson with parameters, clicks through its
// widgets in English, switches to Korean, and replays every Python
// session the page showed in CPython.

// collect adds the page's sessions to all, named by when they were seen.
func collect(t *testing.T, b *browser, all map[string]string, when string) {
	t.Helper()
	for id, s := range transcripts(t, b) {
		all[when+" "+id] = s
	}
}

// waitAttr waits until the element matching sel has attribute name equal
// to want.
func waitAttr(sel, name, want string) chromedp.Action[chromedp.Void] {
	return waitJS(fmt.Sprintf(`(() => { const e = document.querySelector(%s); return !!e && e.getAttribute(%s) === %s; })()`,
		jsString(sel), jsString(name), jsString(want)))
}

// waitContains waits until the element matching sel contains want.
func waitContains(sel, want string) chromedp.Action[chromedp.Void] {
	return waitJS(fmt.Sprintf(`(() => { const e = document.querySelector(%s); return !!e && e.textContent.includes(%s); })()`,
		jsString(sel), jsString(want)))
}

// prerendered checks that the server's page for path holds each want.
func prerendered(t *testing.T, s *server, path string, wants ...string) {
	t.Helper()
	_, html := httpGet(t, s.URL+path)
	for _, w := range wants {
		if !strings.Contains(html, w) {
			t.Errorf("%s: the prerendered page lacks %q", path, w)
		}
	}
}

const connectionAPI = api.ConnectionPath

// fitsPhone checks that the page has no horizontal scroll on a 375 px
// wide screen.
func fitsPhone(t *testing.T, b *browser, path string, s *server) {
	t.Helper()
	b.do(t, "open "+path+" on a phone", chromedp.EmulateViewport(375, 800), chromedp.Navigate(s.URL+path), live())
	if w := eval[int](t, b, `document.documentElement.scrollWidth`); w > 375 {
		t.Errorf("%s on a 375 px screen is %d px wide", path, w)
	}
	b.do(t, "back to a laptop", chromedp.EmulateViewport(1200, 900))
}

func TestNetworkLesson(t *testing.T) {
	s := startServer(t, "")
	prerendered(t, s, "/network?step=3&el=connection&lang=en",
		`id="encap-unit">IP datagram<`, `netmap el-connection`, `id="encap-py"`)
	b := newBrowser(t)
	all := map[string]string{}

	b.do(t, "open /network at step 3", chromedp.Navigate(s.URL+"/network?step=3&el=connection&lang=en"), live(),
		waitText("#encap-unit", "IP datagram"))
	if !strings.Contains(eval[string](t, b, `document.getElementById("netmap").className`), "el-connection") {
		t.Error("el=connection does not show the links")
	}
	if got := b.text(t, "#encap-explain"); got != concepts.ExamplePacket().Wraps()[2].Explain.En {
		t.Errorf("step 3 explains %q", got)
	}
	h := historyLength(t, b)

	// Down the stack to the bits, and back up by a layer of the picture.
	for step := 1; step <= 5; step++ {
		w := concepts.ExamplePacket().Wraps()[step-1]
		b.do(t, fmt.Sprintf("go to step %d", step), click(fmt.Sprintf(`.stack button[data-i="%d"]`, step-1)),
			waitText("#encap-unit", w.Unit.En), waitContains("#encap-fields caption", strconv.Itoa(w.Bytes)+" B"))
		if q := queryParam(t, b, "step"); q != strconv.Itoa(step) {
			t.Errorf("step %d: the URL says step=%s", step, q)
		}
		collect(t, b, all, "step "+strconv.Itoa(step))
	}
	b.do(t, "one layer up", click("#encap-prev"), waitText("#encap-unit", "Ethernet frame"))
	b.do(t, "one layer down", click("#encap-next"), waitText("#encap-unit", "bits"))
	if eval[bool](t, b, `!document.getElementById("encap-next").disabled`) {
		t.Error("the physical layer offers a layer below")
	}

	// The three elements: data transfer sends a packet across; a second press takes it back.
	b.do(t, "show data transfer", click(`.elements button[data-i="2"]`), chromedp.WaitVisible(chromedp.CSS(`#netmap .packet`)))
	if q := queryParam(t, b, "el"); q != "transfer" {
		t.Errorf("el=%q", q)
	}
	b.do(t, "hide it again", click(`.elements button[data-i="2"]`), chromedp.WaitNotPresent(chromedp.CSS(`#netmap .packet`)))
	if q := queryParam(t, b, "el"); q != "" {
		t.Errorf("after the second press el=%q", q)
	}
	if got := historyLength(t, b); got != h {
		t.Errorf("history grew from %d to %d while exploring", h, got)
	}

	// Placing protocols: a wrong layer is explained, the right one keeps the protocol.
	b.do(t, "HTTP on the transport layer", click("#chip-http"), waitAttr("#chip-http", "aria-pressed", "true"),
		click("#zone-transport button"), waitAttr("#placement-verdict", "data-verdict", "wrong"))
	if got := b.text(t, "#placement-verdict"); got != concepts.Check("http", concepts.Transport).Explain.En {
		t.Errorf("HTTP on transport: %q", got)
	}
	b.do(t, "HTTP on the application layer", click("#zone-application button"),
		waitAttr("#placement-verdict", "data-verdict", "correct"),
		chromedp.WaitNotPresent(chromedp.CSS("#chip-http")), waitContains("#zone-application", "HTTP"))
	b.do(t, "Ethernet on the physical layer is nearly right", click("#chip-ethernet"),
		click("#zone-physical button"), waitAttr("#placement-verdict", "data-verdict", "close"))
	// Without a mouse: Enter on a protocol, then on a layer.
	b.do(t, "TCP by keyboard", chromedp.SendKeys(chromedp.CSS("#chip-tcp"), "\r"), waitAttr("#chip-tcp", "aria-pressed", "true"),
		chromedp.SendKeys(chromedp.CSS("#zone-transport button"), "\r"), chromedp.WaitNotPresent(chromedp.CSS("#chip-tcp")))
	// Dragging: the layer accepts the drop.
	accepted := eval[bool](t, b, `(() => {
		const dt = new DataTransfer();
		const chip = document.getElementById("chip-udp"), zone = document.querySelector("#zone-transport small");
		chip.dispatchEvent(new DragEvent("dragstart", {bubbles: true, dataTransfer: dt}));
		const over = zone.dispatchEvent(new DragEvent("dragover", {bubbles: true, cancelable: true, dataTransfer: dt}));
		zone.dispatchEvent(new DragEvent("drop", {bubbles: true, cancelable: true, dataTransfer: dt}));
		return !over;
	})()`)
	if !accepted {
		t.Error("a layer does not accept a dragged protocol")
	}
	b.do(t, "UDP dropped on the transport layer", chromedp.WaitNotPresent(chromedp.CSS("#chip-udp")),
		waitContains("#zone-transport", "UDP"))
	if got := b.text(t, "#placement-score"); !strings.Contains(got, "Placed right: 3 / 15 · wrong tries: 2") {
		t.Errorf("score %q", got)
	}
	if got := historyLength(t, b); got != h {
		t.Errorf("history grew from %d to %d in the exercise", h, got)
	}

	// Korean keeps the step and the answers.
	b.do(t, "switch to Korean", click("#lang-switch"), waitText("#encap-unit", "비트"))
	if got := b.text(t, "#placement-score"); !strings.Contains(got, "맞게 놓은 프로토콜 3 / 15") {
		t.Errorf("Korean score %q", got)
	}
	if got := b.text(t, "#zone-transport strong"); got != "트랜스포트(전송) 계층" {
		t.Errorf("Korean layer %q", got)
	}
	b.do(t, "start over", click("#placement-reset"), chromedp.WaitVisible(chromedp.CSS("#chip-http")))
	collect(t, b, all, "korean")
	b.noErrors(t, "the network lesson")

	// Reduced motion: the packet stays put.
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}}); err != nil {
		t.Fatal(err)
	}
	b.do(t, "open with data transfer", chromedp.Navigate(s.URL+"/network?el=transfer"), live(),
		chromedp.WaitVisible(chromedp.CSS("#netmap .packet")))
	if a := eval[string](t, b, `getComputedStyle(document.querySelector("#netmap .packet")).animationName`); a != "none" {
		t.Errorf("with reduced motion the packet moves: %s", a)
	}
	fitsPhone(t, b, "/network?step=5&el=transfer", s)
	pyoracle.NewReplayer(t).Check(t, all)
	if len(all) < 6 {
		t.Errorf("only %d sessions seen", len(all))
	}
}

func TestAddressesLesson(t *testing.T) {
	s := startServer(t, "")
	prerendered(t, s, "/addresses?line=4&ask=port&lang=en",
		`id="nsline-3"`, htmlpkg.EscapeString(concepts.DeckNetstat()[3].Explain.En), `SMTP (Mail)`, `id="ask-port"`)
	b := newBrowser(t)
	all := map[string]string{}

	b.do(t, "open /addresses", chromedp.Navigate(s.URL+"/addresses?lang=en"), live(),
		// The student's connection, or why there is none (TestAddressesLiveConnection).
		waitJS(`!!document.querySelector("#live-conn, #live-error")`))
	h := historyLength(t, b)

	// The ports quiz: an answer is checked on Enter and explained.
	for _, c := range []struct{ port, answer, verdict string }{
		{"25", "smtp", "correct"}, {"110", "Mail", "close"}, {"22", "ftp", "wrong"}, {"80", "www", "correct"},
	} {
		b.do(t, "answer port "+c.port, chromedp.SendKeys(chromedp.CSS("#port-"+c.port), c.answer+"\r"),
			waitAttr("#port-fb-"+c.port, "data-verdict", c.verdict))
	}
	port, _ := strconv.Atoi("22")
	if got := b.text(t, "#port-fb-22"); got != concepts.CheckService(uint16(port), "ftp").Explain.En {
		t.Errorf("ftp for 22: %q", got)
	}
	if got := b.text(t, "#ports-score"); !strings.HasPrefix(got, "Right: 2 / 7") {
		t.Errorf("score %q", got)
	}
	collect(t, b, all, "ports")
	if _, ok := all["ports ports-py-25"]; !ok {
		t.Errorf("no session for port 25: %v", all)
	}
	b.do(t, "ask for the ports", click("#ask-port"), waitAttr("#ask-port", "aria-pressed", "true"),
		waitText("#port-row-25 th", "SMTP (Mail)"))
	if q := queryParam(t, b, "ask"); q != "port" {
		t.Errorf("ask=%q", q)
	}
	if v := eval[string](t, b, `document.getElementById("port-25").value`); v != "" {
		t.Errorf("the box keeps %q after the switch", v)
	}
	b.do(t, "answer 443", chromedp.SendKeys(chromedp.CSS("#port-443"), "443\r"), waitAttr("#port-fb-443", "data-verdict", "correct"))
	b.do(t, "answer 8080", chromedp.SendKeys(chromedp.CSS("#port-80"), "8080\r"), waitAttr("#port-fb-80", "data-verdict", "wrong"))
	collect(t, b, all, "ask port")

	// The deck's netstat, line by line.
	b.do(t, "line 4", click("#nsline-3"), waitText("#nsline-explain", concepts.DeckNetstat()[3].Explain.En),
		waitText("#socket-4 .local", "workstation:domain"))
	if q := queryParam(t, b, "line"); q != "4" {
		t.Errorf("line=%q", q)
	}

	// The student's own netstat, in every format; the paste stays out of the URL.
	u0 := eval[string](t, b, `location.href`)
	for _, f := range []string{"linux-an.txt", "macos-an.txt", "windows-ko-ano.txt", "windows-abno.txt"} {
		text, err := os.ReadFile(filepath.Join("..", "app", "netstat", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		paste(t, b, string(text))
		r := netstat.ParseString(string(text))
		want := fmt.Sprintf("sockets: %d · lines skipped: %d · lines read: %d", len(r.Connections), len(r.Skipped), r.Lines)
		b.do(t, "read "+f, waitContains("#netstat-summary", want), waitContains("#netstat-summary", r.Format.Name().En))
		if n := eval[int](t, b, `document.querySelectorAll("#netstat-sockets li").length`); n != min(len(r.Connections), 200) {
			t.Errorf("%s: %d sockets shown of %d", f, n, len(r.Connections))
		}
		for _, c := range r.Connections {
			tuple, ok := c.Tuple()
			if !ok {
				continue
			}
			if got := b.text(t, fmt.Sprintf("#netstat-sockets #socket-%d .tuple", c.Line)); got != tuple.String() {
				t.Errorf("%s line %d: tuple %q, want %q", f, c.Line, got, tuple)
			}
			break
		}
		if r.Korean != strings.Contains(b.text(t, "#netstat-summary"), "(Korean)") {
			t.Errorf("%s: Korean %v not shown", f, r.Korean)
		}
	}
	// A line that is no netstat is shown and skipped; a huge paste is cut, not fatal.
	paste(t, b, "what is this?\n"+deck.DeckNetstat)
	b.do(t, "a line of nothing", waitContains(`#netstat-skipped li[data-reason="unparseable"]`, "what is this?"),
		waitContains("#netstat-summary", "sockets: 7"))
	paste(t, b, strings.Repeat("x", 1<<20)+"\n"+strings.Repeat("tcp 0 0 1.2.3.4:5 6.7.8.9:10 ESTABLISHED\n", 6000))
	b.do(t, "a huge paste", chromedp.WaitVisible(chromedp.CSS("#netstat-truncated")))
	if u := eval[string](t, b, `location.href`); u != u0 {
		t.Errorf("the paste changed the URL: %s", u)
	}
	b.do(t, "the deck's example", click("#netstat-deck"), waitContains("#netstat-summary", "sockets: 7 · lines skipped: 3"))

	// The deck's question, pair by pair.
	b.do(t, "examples 1 and 2 the same?", click(`#pair-0 button[data-act="same"]`),
		waitAttr("#pair-0 .verdict", "data-verdict", "wrong"))
	if got := b.text(t, "#pair-0 .verdict"); got != concepts.CheckSame(0, 1, true).Explain.En {
		t.Errorf("pair 1-2: %q", got)
	}
	if n := eval[int](t, b, `document.querySelectorAll("#pair-0 .cell.diff").length`); n != 2 {
		t.Errorf("pair 1-2 marks %d values, want the port in both", n)
	}
	b.do(t, "examples 1 and 3", click(`#pair-1 button[data-act="different"]`), waitAttr("#pair-1 .verdict", "data-verdict", "correct"),
		click(`#pair-2 button[data-act="different"]`), waitAttr("#pair-2 .verdict", "data-verdict", "correct"),
		waitText("#tuples-answer", concepts.DeckAnswer.En))
	collect(t, b, all, "tuples")
	if got := historyLength(t, b); got != h {
		t.Errorf("history grew from %d to %d", h, got)
	}

	b.do(t, "switch to Korean", click("#lang-switch"), waitText("#nsline-explain", concepts.DeckNetstat()[3].Explain.Ko),
		waitText("#live h2", "내 연결: 서버가 본 4-tuple"))
	if got := b.text(t, "#tuples-answer"); got != concepts.DeckAnswer.Ko {
		t.Errorf("Korean answer %q", got)
	}
	b.noErrors(t, "the addresses lesson")

	// With the server gone, asking again says so, and the page goes on.
	s.stop(t)
	b.do(t, "ask a stopped server", click("#live-again"), waitContains("#live-error", "서버에 연결할 수 없습니다"))
	b.takeErrors() // the browser logs the failed request
	pyoracle.NewReplayer(t).Check(t, all)
}

// paste puts text into the netstat box as a paste would.
func paste(t *testing.T, b *browser, text string) {
	t.Helper()
	b.do(t, "paste", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const box = document.getElementById("netstat-paste");
		box.value = %s;
		box.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, jsString(text))))
}

func TestAddressesLiveConnection(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	res, body := httpGet(t, s.URL+connectionAPI)
	if res.StatusCode != http.StatusOK {
		// Not offered: the widget says so, and shows no connection.
		b.do(t, "open", chromedp.Navigate(s.URL+"/addresses?lang=en"), live(),
			waitContains("#live-error", "HTTP "+strconv.Itoa(res.StatusCode)))
		if eval[bool](t, b, `!!document.getElementById("live-conn")`) {
			t.Error("a connection is shown without an answer")
		}
	} else {
		// Offered: the browser's connection comes from the same address to
		// the same server end as this test's.
		var c struct {
			Client, Server struct {
				IP   string
				Port int
			}
		}
		if err := json.Unmarshal([]byte(body), &c); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		b.do(t, "open", chromedp.Navigate(s.URL+"/addresses?lang=en"), live(),
			waitText("#live-server", fmt.Sprintf("(%s, %d)", c.Server.IP, c.Server.Port)),
			waitContains("#live-client", "("+c.Client.IP+", "))
		// Asking again compares the two connections by their four values.
		b.do(t, "ask again", click("#live-again"), chromedp.WaitVisible(chromedp.CSS("#live-compare")))
		if got := b.text(t, "#live-compare"); !strings.Contains(got, "connection") {
			t.Errorf("compared: %q", got)
		}
	}
	b.noErrors(t, "the live connection")
	fitsPhone(t, b, "/addresses?line=10", s)
}

func TestSocketsLesson(t *testing.T) {
	s := startServer(t, "")
	prerendered(t, s, "/sockets?tcp=9&udp=6&lang=en", `>9 / 19<`, `>6 / 10<`,
		htmlpkg.EscapeString(concepts.TCPSequence()[8].Explain.En))
	b := newBrowser(t)
	all := map[string]string{}
	tcp, udp := concepts.TCPSequence(), concepts.UDPSequence()

	b.do(t, "open /sockets", chromedp.Navigate(s.URL+"/sockets?tcp=9&udp=6&lang=en"), live(),
		waitText("#tcp-count", "9 / 19"), waitText("#udp-count", "6 / 10"))
	if n := eval[int](t, b, `document.querySelectorAll("#tcp-rows > li").length`); n != 9 {
		t.Errorf("tcp=9 shows %d rows", n)
	}
	if got := b.text(t, "#tcp-explain"); got != tcp[8].Explain.En {
		t.Errorf("step 9 explains %q", got)
	}
	collect(t, b, all, "opened")
	h := historyLength(t, b)

	b.do(t, "next TCP step", click("#tcp-next"), waitText("#tcp-count", "10 / 19"), waitText("#tcp-call", "send(): "+concepts.Calls()[5].What.En))
	if q := queryParam(t, b, "tcp"); q != "10" {
		t.Errorf("tcp=%q", q)
	}
	b.do(t, "TCP to the end", chromedp.Navigate(s.URL+"/sockets?tcp=19&udp=10&lang=en"), live(), waitText("#tcp-count", "19 / 19"))
	collect(t, b, all, "ended")
	h = historyLength(t, b)

	// Play runs the steps one after the other; pause stops them.
	b.do(t, "play UDP from the start", click("#udp-reset"), waitText("#udp-count", "0 / 10"), click("#udp-play"),
		waitText("#udp-count", "2 / 10"), click("#udp-play"), waitAttr("#udp-play", "aria-pressed", "false"))
	paused := b.text(t, "#udp-count")
	time.Sleep(2 * time.Second)
	if got := b.text(t, "#udp-count"); got != paused {
		t.Errorf("paused at %s, then moved to %s", paused, got)
	}
	n, _ := strconv.Atoi(strings.Fields(paused)[0])
	if q := queryParam(t, b, "udp"); q != strconv.Itoa(n) {
		t.Errorf("paused at %d, the URL says udp=%s", n, q)
	}
	if got := b.text(t, "#udp-explain"); got != udp[n-1].Explain.En {
		t.Errorf("UDP step %d explains %q", n, got)
	}
	if got := historyLength(t, b); got != h {
		t.Errorf("history grew from %d to %d while playing", h, got)
	}
	collect(t, b, all, "paused")

	// The modules table links each module to its lessons.
	if n := eval[int](t, b, `document.querySelectorAll("#module-socket a.lesson-link").length`); n != 5 {
		t.Errorf("socket links %d lessons", n)
	}
	if href := eval[string](t, b, `document.querySelector("#module-ipaddress a.lesson-link").getAttribute("href")`); href != "/ipaddress" {
		t.Errorf("ipaddress links to %q", href)
	}

	b.do(t, "switch to Korean", click("#lang-switch"), waitText("#udp-explain", udp[n-1].Explain.Ko))
	// Leaving while playing stops the play: no error after the page is gone.
	b.do(t, "play and leave", click("#tcp-reset"), click("#tcp-play"), click(`nav.toc a[href="/network"]`),
		waitText("#main h1", title("/network", i18n.Ko)), chromedp.Sleep(3*time.Second))
	if q := queryParam(t, b, "tcp"); q != "" {
		t.Errorf("the play went on after leaving: tcp=%s", q)
	}
	b.noErrors(t, "the sockets lesson")
	fitsPhone(t, b, "/sockets?tcp=19&udp=10", s)
	pyoracle.NewReplayer(t).Check(t, all)
}
