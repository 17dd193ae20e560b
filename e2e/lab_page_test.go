//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"netprimer/app/api"
)

// runCopied runs a program as the page shows it, read from the DOM, with
// python3, and returns what it printed.
func runCopied(t *testing.T, program string) string {
	t.Helper()
	cmd := exec.Command("python3", "-")
	cmd.Stdin = strings.NewReader(program)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3 ran the page's program: %v\n%s\nprogram:\n%s", err, errb.String(), program)
	}
	return out.String()
}

// localEnd reads the client's end its program printed: "Local : ('127.0.0.1', 51234)".
var localEnd = regexp.MustCompile(`Local : \('([^']+)', (\d+)\)`)

func localPort(t *testing.T, out string) (string, int) {
	t.Helper()
	m := localEnd.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("the program printed no getsockname():\n%s", out)
	}
	port, _ := strconv.Atoi(m[2])
	return m[1], port
}

// hexdumpC is the oracle of the page's dump: the real hexdump -C.
func hexdumpC(t *testing.T, b []byte) string {
	t.Helper()
	cmd := exec.Command("hexdump", "-C")
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("hexdump -C: %v", err)
	}
	return strings.TrimSuffix(string(out), "\n")
}

// cardWith returns the JavaScript that finds the card whose client port
// is port.
func cardWith(port int) string {
	return fmt.Sprintf(`[...document.querySelectorAll("#lab-cards .lab-card")].find(c => c.querySelector(".client-port")?.textContent === %q)`, strconv.Itoa(port))
}

// TestLabPage: in both languages, the page makes a session and writes its
// code into the URL; python3 runs the very TCP and UDP programs copied
// from the DOM against the real binary; Chromium then shows each
// connection's 4-tuple with the client port that getsockname() reported,
// the server's netstat line, and the bytes as hexdump -C prints them; the
// byte-order task's wrong answer gets its diagnosis in the page's
// language and its right one marks it done, which the practice progress
// records; markup in the bytes stays text.
func TestLabPage(t *testing.T) {
	s := labServer(t)
	b := newBrowser(t)
	for _, lang := range []string{"ko", "en"} {
		t.Run(lang, func(t *testing.T) {
			before := eval[int](t, b, `history.length`)
			b.do(t, "open /lab", chromedp.Navigate(s.URL+"/lab?lang="+lang), live(),
				chromedp.WaitVisible(chromedp.CSS("#prog-tcp")), waitJS(`new URLSearchParams(location.search).get("code") !== null`))
			code := queryParam(t, b, "code")
			if _, ok := api.ParseLabCode(code); !ok || textOf(t, b, "#lab-code") != code {
				t.Fatalf("the URL's code %q, the page's %q", code, textOf(t, b, "#lab-code"))
			}
			if n := eval[int](t, b, `history.length`); n != before+1 {
				t.Errorf("writing the code pushed a history entry: %d after %d", n, before)
			}

			// TCP: the program as the page shows it.
			tcp := textOf(t, b, "#prog-tcp")
			if !strings.Contains(tcp, "CODE = b'"+code+`\n'`) {
				t.Fatalf("the TCP program lacks the code line:\n%s", tcp)
			}
			out := runCopied(t, tcp)
			ip, port := localPort(t, out)
			if !strings.Contains(out, "Received: b'hello'") {
				t.Errorf("the program got no echo:\n%s", out)
			}
			card := cardWith(port)
			b.do(t, "the TCP connection shows", waitJS(`!!(`+card+` && `+card+`.querySelector("pre.hexdump-c"))`))
			labPort := strings.TrimPrefix(s.labAddr(t, code), "127.0.0.1:")
			if got, want := eval[string](t, b, card+`.querySelector(".tuple").textContent`), "(127.0.0.1, "+labPort+"), ("+ip+", "+strconv.Itoa(port)+")"; got != want {
				t.Errorf("the 4-tuple reads %q; want %q", got, want)
			}
			if got := eval[string](t, b, card+`.querySelector("pre.netstat").textContent`); !strings.HasPrefix(got, "tcp ") || !strings.Contains(got, "127.0.0.1:"+labPort+" ") || !strings.Contains(got, ip+":"+strconv.Itoa(port)+" ") {
				t.Errorf("the netstat line reads %q", got)
			}
			if got, want := eval[string](t, b, card+`.querySelector("pre.hexdump-c").textContent`), hexdumpC(t, []byte("hello")); got != want {
				t.Errorf("the dump reads\n%s\nhexdump -C:\n%s", got, want)
			}
			readings := eval[string](t, b, card+`.querySelector("dl.readings").textContent`)
			for _, want := range []string{"struct.unpack('!H', data[:2])(26725,)", "struct.unpack('<I', data[:4])(1819043176,)", "data.decode('utf-8', 'replace')'hello'"} {
				if !strings.Contains(readings, want) {
					t.Errorf("the readings lack %q: %s", want, readings)
				}
			}

			// UDP: the datagram and its reply.
			udp := textOf(t, b, "#prog-udp")
			out = runCopied(t, udp)
			_, uport := localPort(t, out)
			if !strings.Contains(out, "Received: b'hello' from") {
				t.Errorf("the UDP program got no reply:\n%s", out)
			}
			card = cardWith(uport)
			b.do(t, "the datagram shows", waitJS(`!!(`+card+` && `+card+`.querySelector(".reply pre.hexdump-c"))`))
			if got := eval[string](t, b, card+`.dataset.proto`); got != "udp" {
				t.Errorf("the datagram's card is %q", got)
			}
			if got, want := eval[string](t, b, card+`.querySelector(".reply pre.hexdump-c").textContent`), hexdumpC(t, []byte("hello")); got != want {
				t.Errorf("the reply's dump reads\n%s\nhexdump -C:\n%s", got, want)
			}

			// The byte-order task: its program with '<H' is little-endian,
			// then as the page shows it, right.
			htons := textOf(t, b, "#snip-lab-htons")
			if !strings.Contains(htons, "struct.pack('!H', 1234)") {
				t.Fatalf("the task's program:\n%s", htons)
			}
			runCopied(t, strings.Replace(htons, "'!H'", "'<H'", 1))
			b.do(t, "the little-endian answer is diagnosed", waitJS(`!!document.querySelector('#task-lab-htons .feedback[data-diagnosis="little_endian"]')`))
			feedback := textOf(t, b, "#task-lab-htons .feedback")
			if want := map[string]string{"ko": "리틀 엔디언으로 보냈습니다", "en": "You sent little-endian"}[lang]; !strings.Contains(feedback, want) {
				t.Errorf("the feedback is not in %s: %q", lang, feedback)
			}
			if textOf(t, b, "#task-lab-htons pre.python") == "" {
				t.Error("the wrong answer has no Python session")
			}
			if got := eval[string](t, b, `document.querySelector("#task-lab-htons").dataset.status`); got != "tried" {
				t.Errorf("after the wrong answer the task is %q", got)
			}
			runCopied(t, htons)
			b.do(t, "the right answer is done", waitJS(`document.querySelector("#task-lab-htons")?.dataset.status === "done"`))
			// The greeting of the first program was right too; both count
			// as practice.
			b.do(t, "the progress holds the tasks", waitJS(`JSON.parse(localStorage.getItem("netprimer-practice-progress") || '""').includes('"lab.htons"')`))
			// go-app keeps a string as its JSON.
			progress := eval[string](t, b, `JSON.parse(localStorage.getItem("netprimer-practice-progress"))`)
			if !strings.Contains(progress, `"lab.hello"`) || !strings.Contains(progress, `"lab.htons"`) {
				t.Errorf("the practice progress lacks the tasks done: %s", progress)
			}

			// Markup in the bytes is text.
			evil := "<img src=x onerror=window.pwned=1><b id=evil>x</b>"
			out = runCopied(t, strings.Replace(tcp, "sock.sendall(b'hello')", "sock.sendall("+pyBytes(evil)+")", 1))
			_, eport := localPort(t, out)
			card = cardWith(eport)
			b.do(t, "the markup shows", waitJS(`!!(`+card+` && `+card+`.querySelector("pre.hexdump-c"))`))
			if n := eval[int](t, b, `document.querySelectorAll("#lab img, #evil").length`); n != 0 {
				t.Errorf("bytes became %d elements", n)
			}
			if eval[bool](t, b, `window.pwned === 1`) {
				t.Error("bytes ran as script")
			}
			if got := eval[string](t, b, card+`.querySelector("dl.readings").textContent`); !strings.Contains(got, "'"+evil+"'") {
				t.Errorf("the text reading lacks the markup as text: %s", got)
			}
			b.noErrors(t, "the lab in "+lang)
		})
	}
}

// pyBytes writes an ASCII text as a Python bytes literal.
func pyBytes(s string) string { return "b'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// labAddr is the lab's TCP address of the session, as the API gives it.
func (s *server) labAddr(t *testing.T, code string) string {
	t.Helper()
	res, body := httpGet(t, s.URL+api.LabSessionPath(code))
	if res.StatusCode != 200 {
		t.Fatalf("GET the session: %s", res.Status)
	}
	m := regexp.MustCompile(`"tcp":"([^"]+)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("the session names no TCP address: %s", body)
	}
	return m[1]
}

// TestLabPageProblems: a code no session has, and one that is no code,
// say so and offer a new session, which the button starts; a stopped
// server is said to be unreachable, and the page keeps trying.
func TestLabPageProblems(t *testing.T) {
	s := labServer(t)
	b := newBrowser(t)
	b.do(t, "open an unknown code", chromedp.Navigate(s.URL+"/lab?code=zzzzzz&lang=en"), live(),
		chromedp.WaitVisible(chromedp.CSS("#lab-problem #lab-new")))
	if got := textOf(t, b, "#lab-problem p"); !strings.Contains(got, "No lab session has this code") {
		t.Errorf("an unknown code says %q", got)
	}
	b.do(t, "start a new session", click("#lab-new"), chromedp.WaitVisible(chromedp.CSS("#prog-tcp")))
	if code := queryParam(t, b, "code"); code == "zzzzzz" || textOf(t, b, "#lab-code") != code {
		t.Errorf("the new session's code %q, the page's %q", code, textOf(t, b, "#lab-code"))
	}

	b.do(t, "open a bad code", chromedp.Navigate(s.URL+"/lab?code=%3Cb%20id%3Devil%3Ex%3C%2Fb%3E&lang=en"), live(),
		chromedp.WaitVisible(chromedp.CSS("#lab-problem #lab-new")))
	if got := textOf(t, b, "#lab-problem p"); !strings.Contains(got, "is not a lab code") {
		t.Errorf("a bad code says %q", got)
	}
	if n := eval[int](t, b, `document.querySelectorAll("#evil").length`); n != 0 {
		t.Error("the URL's code became an element")
	}

	b.do(t, "open a session", chromedp.Navigate(s.URL+"/lab?lang=en"), live(), chromedp.WaitVisible(chromedp.CSS("#prog-tcp")))
	s.stop(t)
	b.do(t, "the server is unreachable", chromedp.WaitVisible(chromedp.CSS("#lab-problem #lab-retry")))
	if got := textOf(t, b, "#lab-problem p"); !strings.Contains(got, "cannot be reached") || !strings.Contains(got, "Trying again in") {
		t.Errorf("a stopped server says %q", got)
	}
	b.do(t, "the page keeps trying", click("#lab-retry"), chromedp.WaitVisible(chromedp.CSS("#lab-problem .retry-in")))
}

// TestLabPageTaskPrograms: the program the page gives for each task,
// copied from the DOM and run by python3, does the task: the server marks
// every task done, and the page shows it.
func TestLabPageTaskPrograms(t *testing.T) {
	s := labServer(t)
	b := newBrowser(t)
	b.do(t, "open /lab", chromedp.Navigate(s.URL+"/lab?lang=en"), live(), chromedp.WaitVisible(chromedp.CSS("#prog-tcp")))
	ids := eval[[]string](t, b, `[...document.querySelectorAll("#lab-tasks [data-task]")].map(e => e.dataset.task)`)
	if len(ids) != 7 {
		t.Fatalf("the page shows the tasks %v", ids)
	}
	for _, id := range ids {
		sel := "#task-" + strings.ReplaceAll(id, ".", "-")
		runCopied(t, textOf(t, b, sel+" pre.snippet"))
		b.do(t, id+" is done", waitJS(`document.querySelector(`+jsString(sel)+`)?.dataset.status === "done"`))
		if got := textOf(t, b, sel+" .feedback.right"); got == "" {
			t.Errorf("%s: done without the server's words", id)
		}
	}
	// The language switch keeps the session, its events and its tasks.
	code := queryParam(t, b, "code")
	cards := eval[int](t, b, `document.querySelectorAll("#lab-cards .lab-card").length`)
	b.do(t, "switch to Korean", click("#lang-switch"), waitJS(`document.documentElement.lang === "ko"`), rendered())
	if got := queryParam(t, b, "code"); got != code || textOf(t, b, "#lab-code") != code {
		t.Errorf("after the language switch the code is %q (the page's %q); want %q", got, textOf(t, b, "#lab-code"), code)
	}
	if n := eval[int](t, b, `document.querySelectorAll("#lab-cards .lab-card").length`); n != cards || cards == 0 {
		t.Errorf("after the language switch %d cards; before %d", n, cards)
	}
	if n := eval[int](t, b, `document.querySelectorAll('#lab-tasks [data-status="done"]').length`); n != len(ids) {
		t.Errorf("after the language switch %d tasks done", n)
	}
	if got := textOf(t, b, "#task-lab-htons .feedback"); !strings.Contains(got, "네트워크 바이트 순서") {
		t.Errorf("the feedback did not follow the language: %q", got)
	}
	// Opened again, the session counts its tasks done no second time.
	progress := `JSON.parse(JSON.parse(localStorage.getItem("netprimer-practice-progress"))).skills.filter(s => s.id.startsWith("lab.")).map(s => s.id + ":" + s.right).join(" ")`
	before := eval[string](t, b, progress)
	b.do(t, "reload", chromedp.Reload(), live(), waitJS(`document.querySelectorAll('#lab-tasks [data-status="done"]').length === 7`))
	if after := eval[string](t, b, progress); after != before || strings.Count(before, ":1") != len(ids) {
		t.Errorf("the lab's progress was %q, after a reload %q", before, after)
	}
	b.noErrors(t, "every task")

	// /sockets and /addresses lead here.
	for _, from := range []string{"/sockets", "/addresses"} {
		b.do(t, "the link from "+from, chromedp.Navigate(s.URL+from), live(), click("#lab-link a"),
			waitJS(`location.pathname === "/lab"`), chromedp.WaitVisible(chromedp.CSS("#prog-tcp")))
	}
}

// TestLabPageExpired: a session that ends while the page is open says
// so, and so does its code opened again; the button starts a new one.
func TestLabPageExpired(t *testing.T) {
	s := labServer(t, "-lab-ttl", "3s")
	b := newBrowser(t)
	b.do(t, "open /lab", chromedp.Navigate(s.URL+"/lab?lang=en"), live(), chromedp.WaitVisible(chromedp.CSS("#prog-tcp")))
	code := queryParam(t, b, "code")
	b.do(t, "the session ends", chromedp.WaitVisible(chromedp.CSS("#lab-problem #lab-new")))
	if got := textOf(t, b, "#lab-problem p"); !strings.Contains(got, "This lab session has ended") {
		t.Errorf("an ended session says %q", got)
	}
	b.do(t, "open its code again", chromedp.Navigate(s.URL+"/lab?lang=ko&code="+strings.ToUpper(code)), live(),
		chromedp.WaitVisible(chromedp.CSS("#lab-problem #lab-new")))
	if got := textOf(t, b, "#lab-problem p"); !strings.Contains(got, "이 실습 세션은 끝났습니다") {
		t.Errorf("an ended session's code says %q", got)
	}
	b.do(t, "start a new session", click("#lab-new"), chromedp.WaitVisible(chromedp.CSS("#prog-tcp")))
	if got := queryParam(t, b, "code"); got == code || got == "" {
		t.Errorf("the new session's code is %q", got)
	}
	b.noErrors(t, "an ended session")
}
