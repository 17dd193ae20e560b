//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui"
	"netprimer/internal/pyoracle"
)

// The practice pages: a student answers items of /practice in headless
// Chromium, in both languages; CPython computes every answer the test
// types and replays every session the page shows.

// practiceItem is an item as the page shows it: the contract's markup.
type practiceItem struct {
	Skill, Seed, Level, Given string
	Question                  string
	URL                       string
	History                   int
}

const readPracticeItem = `(() => {
	const f = document.querySelector("form.practice-item");
	return f && {Skill: f.dataset.skill, Seed: f.dataset.seed, Level: f.dataset.level, Given: f.dataset.given,
		Question: document.querySelector("#practice-question").textContent,
		URL: location.pathname + location.search, History: history.length};
})()`

// practiceVerdict is the verdict on screen.
type practiceVerdict struct {
	Verdict, Diagnosis, Explain, Mistake string
	Session                              string
	Review, Widget                       bool
}

const readPracticeVerdict = `(() => {
	const v = document.querySelector(".verdict");
	const q = s => v.querySelector(s);
	return {Verdict: v.dataset.verdict, Diagnosis: v.dataset.diagnosis, Explain: q("#practice-explain").textContent,
		Mistake: q("#practice-diagnosis")?.textContent || "", Session: q("pre.pyrepl")?.textContent || "",
		Review: !!q("#practice-review"), Widget: !!q("a.widget-link")};
})()`

// practiceOracle evaluates an item's question over its data-given in
// CPython: the answer the checker must accept.
const practiceOracle = `
import ipaddress, socket, binascii

def answer(r):
    env = {"ipaddress": ipaddress, "socket": socket, "binascii": binascii}
    env.update(json.loads(r["given"]))
    return evaluate([r["question"]] + (r["more"] or []), env)
`

type pyAnswers struct {
	o *pyoracle.Oracle
}

// of returns str() of the item's question and of the more expressions,
// over its given names.
func (p pyAnswers) of(t *testing.T, it practiceItem, more ...string) []string {
	t.Helper()
	var got []string
	p.o.Ask(t, map[string]any{"given": it.Given, "question": it.Question, "more": more}, &got)
	for i, g := range got {
		if strings.HasPrefix(g, "!") {
			t.Fatalf("CPython: %s over %s: %s", append([]string{it.Question}, more...)[i], it.Given, g)
		}
	}
	return got
}

// openItem opens the address of an item and waits for the item.
func openItem(t *testing.T, b *browser, url string) practiceItem {
	t.Helper()
	b.do(t, "open "+url, chromedp.Navigate(url), live(), chromedp.WaitEnabled(chromedp.CSS("#practice-answer")),
		waitJS(`new URLSearchParams(location.search).has("seed")`), rendered())
	return eval[practiceItem](t, b, readPracticeItem)
}

// answerItem types an answer and checks it, waiting for the verdict.
func answerItem(t *testing.T, b *browser, a string) practiceVerdict {
	t.Helper()
	// The verdict's data-check counts the answers checked on the page.
	n := eval[string](t, b, `document.querySelector(".verdict")?.dataset.check || ""`)
	b.do(t, "answer "+a,
		chromedp.SetValue(chromedp.CSS("#practice-answer"), a),
		click("#practice-check"),
		waitJS(fmt.Sprintf(`(document.querySelector(".verdict")?.dataset.check || %s) !== %s`, jsString(n), jsString(n))),
	)
	v := eval[practiceVerdict](t, b, readPracticeVerdict)
	if v.Verdict != "unreadable" {
		// The progress and the URL follow the verdict.
		b.do(t, "the answer in the URL", waitJS(fmt.Sprintf(`new URLSearchParams(location.search).get("a") === %s`, jsString(a))), rendered())
	}
	return v
}

// kept returns the progress file this browser keeps (go-app's local
// storage holds each value as JSON).
func kept(t *testing.T, b *browser) string {
	t.Helper()
	return eval[string](t, b, `JSON.parse(localStorage.getItem("netprimer-practice-progress") || '""')`)
}

// masteryOnHub opens the hub and returns each skill's mastery there.
func masteryOnHub(t *testing.T, b *browser, base string) map[string]string {
	t.Helper()
	b.do(t, "open the hub", chromedp.Navigate(base+"/practice"), live(), chromedp.WaitVisible(chromedp.CSS("#practice-hub")))
	return eval[map[string]string](t, b, `Object.fromEntries([...document.querySelectorAll("li.hub-skill")].map(e => [e.dataset.skill, e.dataset.mastery]))`)
}

func hasHangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// TestPracticeItems answers items in English and in Korean: a wrong
// answer of a known mistake is diagnosed, a right one raises mastery on
// the hub, which a reload keeps; an answer from a link, an unreadable
// answer and one after the solution record nothing; bad parameters are
// said, not a blank page.
func TestPracticeItems(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	py := pyAnswers{pyoracle.Serve(t, practiceOracle)}
	sessions := map[string]string{}

	// English: the broadcast address, answered as the last host.
	b.do(t, "open the hub", chromedp.Navigate(s.URL+"/practice?lang=en"), live())
	h0 := historyLength(t, b)
	it := openItem(t, b, s.URL+"/practice?skill=ipaddress.broadcast&lang=en")
	if it.Skill != "ipaddress.broadcast" || it.Level != "1" || it.Seed == "" || !strings.Contains(it.URL, "seed="+it.Seed) {
		t.Fatalf("the item drawn is %+v", it)
	}
	if it.History != h0+1 {
		t.Errorf("drawing the seed pushed a history entry: history length %d", it.History)
	}
	if strings.Contains(it.Given, "broadcast") || !strings.Contains(it.Given, `"net"`) {
		t.Errorf("data-given %s", it.Given)
	}
	ans := py.of(t, it, "str(ipaddress.ip_network(net, strict=False).broadcast_address - 1)")
	v := answerItem(t, b, ans[1])
	if v.Verdict != "wrong" || v.Diagnosis != "last_host_as_broadcast" || v.Mistake == "" || hasHangul(v.Explain) || !strings.Contains(v.Explain, ans[0]) {
		t.Errorf("the last host as the broadcast address (%s, right %s): %+v", ans[1], ans[0], v)
	}
	if v.Session == "" || !v.Widget || v.Review {
		t.Errorf("a wrong answer shows no session or widget link, or says it came from a link: %+v", v)
	}
	sessions["wrong en"] = v.Session
	if a := queryParam(t, b, "a"); a != ans[1] {
		t.Errorf("after the answer the URL holds a=%q", a)
	}
	if m := textOf(t, b, "#practice-mastery"); !strings.Contains(m, practice.Attempted.Name().En) {
		t.Errorf("after a wrong answer: %q", m)
	}

	// The next item, answered right: the skill becomes familiar.
	b.do(t, "next item", click("#practice-next"), waitJS(fmt.Sprintf(`new URLSearchParams(location.search).get("seed") !== %s && !location.search.includes("a=")`, jsString(it.Seed))), rendered())
	it2 := eval[practiceItem](t, b, readPracticeItem)
	right := py.of(t, it2)[0]
	v = answerItem(t, b, "  "+right+" ") // spaces around are the same answer
	if v.Verdict != "right" || v.Diagnosis != "" {
		t.Errorf("the right answer %s: %+v", right, v)
	}
	sessions["right en"] = v.Session
	if got := masteryOnHub(t, b, s.URL)["ipaddress.broadcast"]; got != "familiar" {
		t.Errorf("on the hub after a wrong then a right answer: %q", got)
	}
	b.do(t, "reload the hub", chromedp.Reload(), live(), chromedp.WaitVisible(chromedp.CSS("#practice-hub")))
	if got := eval[string](t, b, `document.querySelector('li.hub-skill[data-skill="ipaddress.broadcast"]').dataset.mastery`); got != "familiar" {
		t.Errorf("after a reload the hub shows %q", got)
	}
	before := kept(t, b)

	// A link with an answer: the verdict, and nothing recorded (the right
	// answer would make the skill proficient).
	it3 := openItem(t, b, s.URL+"/practice?skill=ipaddress.broadcast&seed=99&lang=en")
	right3 := py.of(t, it3)[0]
	b.do(t, "open an answer's link", chromedp.Navigate(s.URL+"/practice?skill=ipaddress.broadcast&seed=99&lang=en&a="+right3), live(), chromedp.WaitVisible(chromedp.CSS(".verdict")))
	v = eval[practiceVerdict](t, b, readPracticeVerdict)
	if v.Verdict != "right" || !v.Review {
		t.Errorf("an answer's link: %+v", v)
	}
	// Answered again from there: the answer was on screen, so it does
	// not count either.
	answerItem(t, b, right3)
	if got := kept(t, b); got != before {
		t.Errorf("an answer's link changed the progress:\n%s\n%s", before, got)
	}

	// Unreadable: says the form, spends nothing, shows no answer.
	it4 := openItem(t, b, s.URL+"/practice?skill=ipaddress.broadcast&seed=100&lang=en")
	v = answerItem(t, b, "the last one")
	if v.Verdict != "unreadable" || v.Session != "" || !strings.Contains(v.Explain, "IP address") || strings.Contains(v.Explain, py.of(t, it4)[0]) {
		t.Errorf("an unreadable answer: %+v", v)
	}
	if queryParam(t, b, "a") != "" || kept(t, b) != before {
		t.Error("an unreadable answer went into the URL or the progress")
	}
	// The hints, then the solution: an answer after it does not count.
	hints := 0
	for eval[string](t, b, `document.querySelector("#practice-hint").dataset.act`) == "hint" {
		hints++
		b.do(t, "a hint", click("#practice-hint"), waitJS(fmt.Sprintf(`document.querySelectorAll("#practice-hints li").length === %d`, hints)))
	}
	b.do(t, "the solution", click("#practice-hint"), chromedp.WaitVisible(chromedp.CSS("#practice-solution")))
	if hints < 2 || hints > 3 {
		t.Errorf("%d hints before the solution", hints)
	}
	sol := eval[map[string]string](t, b, `({answer: document.querySelector("#practice-answer-is").textContent, session: document.querySelector("#practice-solution-session").textContent})`)
	if want := py.of(t, it4, "repr("+it4.Question+")")[1]; sol["answer"] != want {
		t.Errorf("the solution says %q, CPython %q", sol["answer"], want)
	}
	sessions["solution en"] = sol["session"]
	if v := answerItem(t, b, sol["answer"]); v.Verdict != "right" || kept(t, b) != before {
		t.Errorf("the answer after the solution counted, or is not right: %+v", v)
	}
	b.noErrors(t, "practising in English")

	// Korean: htons answered without the swap.
	it5 := openItem(t, b, s.URL+"/practice?skill=byteorder.htons&seed=5&lang=ko")
	ans = py.of(t, it5, "hex(n)")
	v = answerItem(t, b, ans[1])
	if v.Verdict != "wrong" || v.Diagnosis != "no_swap" || !hasHangul(v.Explain) || !hasHangul(v.Mistake) {
		t.Errorf("htons as no swap, in Korean: %+v", v)
	}
	if lang := eval[string](t, b, `document.documentElement.lang`); lang != "ko" {
		t.Errorf("the page's language is %q", lang)
	}
	sessions["wrong ko"] = v.Session
	// Full-width digits from a Korean IME read as ASCII.
	it6 := openItem(t, b, s.URL+"/practice?skill=packing.ntoa&seed=11&lang=ko")
	right6 := py.of(t, it6)[0]
	full := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		if r == '.' {
			return '．'
		}
		return r
	}, right6)
	if v := answerItem(t, b, full); v.Verdict != "right" {
		t.Errorf("%s typed in full width: %+v", full, v)
	}
	b.noErrors(t, "practising in Korean")

	// Bad parameters: said in the page's language, never a blank page.
	for _, tt := range []struct {
		query, note string
		item        bool
	}{
		{"skill=nope&lang=en", "There is no skill named “nope”", false},
		{"skill=nope&lang=ko", "이름이 “nope”인 연습 주제가 없습니다", false},
		{"skill=packing.ntoa&seed=abc&lang=en", "The seed “abc” is not a number", true},
		{"skill=packing.ntoa&seed=3&level=9&lang=ko", "난이도 “9” 대신 3단계", true},
	} {
		b.do(t, "open "+tt.query, chromedp.Navigate(s.URL+"/practice?"+tt.query), live(), chromedp.WaitVisible(chromedp.CSS("#practice-notes")))
		if note := textOf(t, b, "#practice-notes"); !strings.Contains(note, tt.note) {
			t.Errorf("%s: the note says %q", tt.query, note)
		}
		item := eval[bool](t, b, `!!document.querySelector("form.practice-item")`)
		hub := eval[bool](t, b, `!!document.querySelector("#practice-hub")`)
		if item != tt.item || hub == tt.item {
			t.Errorf("%s: item %v, hub %v", tt.query, item, hub)
		}
	}
	b.do(t, "a bad level's item", chromedp.Navigate(s.URL+"/practice?skill=packing.ntoa&seed=3&level=9&lang=en"), live(), chromedp.WaitVisible(chromedp.CSS("form.practice-item")))
	if lvl := eval[string](t, b, `document.querySelector("form.practice-item").dataset.level`); lvl != "3" {
		t.Errorf("level=9 shows level %s", lvl)
	}
	b.noErrors(t, "bad parameters")

	// The lessons link to their practice, and the header to the hub.
	b.do(t, "a lesson's practice link", chromedp.Navigate(s.URL+"/packing?lang=en"), live(), click("#practise-link"),
		waitJS(`location.pathname === "/practice" && !!document.querySelector("#practice-hub")`))
	if h := eval[string](t, b, `location.hash`); h != "#practice-packing" || !eval[bool](t, b, `!!document.querySelector("#practice-packing")`) {
		t.Errorf("the lesson's link went to %q", h)
	}
	if !eval[bool](t, b, `!!document.querySelector('header a#practice-nav[href="/practice"]')`) {
		t.Error("the header has no link to /practice")
	}

	// The quizzes of the lessons link to their skills' items.
	for _, q := range []struct{ page, sel, skill string }{
		{"/network", "#placement", "network.layer"},
		{"/addresses", "#ports", "ports.service"},
		{"/addresses", "#tuples", "connections.same"},
	} {
		b.do(t, "the quiz "+q.sel+" of "+q.page, chromedp.Navigate(s.URL+q.page+"?lang=en"), live(), click(q.sel+" a.skill-practise"),
			chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`form.practice-item[data-skill=%q]`, q.skill))))
	}
	b.noErrors(t, "links to practice")

	pyoracle.NewReplayer(t).Check(t, sessions)
}

// TestPracticeProgressFile exports the progress of one browser and
// imports it into a fresh profile; a file that is not a progress file is
// refused in the page's language and changes nothing.
func TestPracticeProgressFile(t *testing.T) {
	s := startServer(t, "")
	py := pyAnswers{pyoracle.Serve(t, practiceOracle)}
	a := newBrowser(t)
	it := openItem(t, a, s.URL+"/practice?skill=byteorder.htonl&seed=21&lang=en")
	if v := answerItem(t, a, py.of(t, it)[0]); v.Verdict != "right" {
		t.Fatalf("the right answer: %+v", v)
	}
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(a.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	a.do(t, "export", chromedp.Navigate(s.URL+"/practice?lang=en"), live(), chromedp.WaitEnabled(chromedp.CSS("#progress-export")), click("#progress-export"),
		chromedp.WaitVisible(chromedp.CSS("#progress-message .ok")))
	file := filepath.Join(dir, "netprimer-progress.json")
	var data []byte
	for deadline := time.Now().Add(20 * time.Second); ; {
		var err error
		if data, err = os.ReadFile(file); err == nil && json.Valid(data) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no progress file was downloaded: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got := kept(t, a); got != string(data) {
		t.Errorf("the file differs from what the browser keeps:\n%s\n%s", data, got)
	}
	a.noErrors(t, "export")

	b := newBrowser(t)
	b.do(t, "a fresh browser", chromedp.Navigate(s.URL+"/practice?lang=ko"), live(), chromedp.WaitEnabled(chromedp.CSS("#progress-import")))
	bad := filepath.Join(t.TempDir(), "not-progress.json")
	if err := os.WriteFile(bad, []byte(`{"format": "something else", "version": 1, "skills": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	b.do(t, "import a file that is no progress", chromedp.SetUploadFiles(chromedp.CSS("#progress-import"), []string{bad}),
		chromedp.WaitVisible(chromedp.CSS("#progress-message .error")))
	_, perr := practice.ParseProgress([]byte(`{"format": "something else", "version": 1, "skills": []}`))
	ie, _ := perr.(*practice.ImportError)
	if msg := textOf(t, b, "#progress-message"); ie == nil || !strings.Contains(msg, ie.Msg.In(i18n.Ko)) || !hasHangul(msg) {
		t.Errorf("the refused file: %q (want %v)", msg, perr)
	}
	if kept(t, b) != "" {
		t.Error("a refused file changed the progress")
	}
	b.do(t, "import the file", chromedp.SetUploadFiles(chromedp.CSS("#progress-import"), []string{file}),
		chromedp.WaitVisible(chromedp.CSS("#progress-message .ok")))
	if got := masteryOnHub(t, b, s.URL)["byteorder.htonl"]; got != "familiar" {
		t.Errorf("after the import the hub shows %q", got)
	}
	if got, want := kept(t, b), string(data); got != want {
		t.Errorf("the imported progress:\n%s\nwant\n%s", got, want)
	}
	// Importing the same file again changes nothing.
	b.do(t, "import it again", chromedp.Navigate(s.URL+"/practice?lang=ko"), live(), chromedp.WaitEnabled(chromedp.CSS("#progress-import")),
		chromedp.SetUploadFiles(chromedp.CSS("#progress-import"), []string{file}), chromedp.WaitVisible(chromedp.CSS("#progress-message .ok")))
	if got := kept(t, b); got != string(data) {
		t.Errorf("a second import changed the progress:\n%s", got)
	}
	b.noErrors(t, "import")
}

// TestPracticeOffline stops the server after one visit: an item still
// opens by its address, is checked and recorded.
func TestPracticeOffline(t *testing.T) {
	s := startServer(t, "")
	py := pyAnswers{pyoracle.Serve(t, practiceOracle)}
	b := newBrowser(t)
	b.do(t, "first visit", chromedp.Navigate(s.URL+"/practice"), live(), offlineReady(ui.Paths()))
	s.stop(t)
	if _, err := http.Get(s.URL + "/healthz"); err == nil {
		t.Fatal("the server still answers after stopping")
	}
	it := openItem(t, b, s.URL+"/practice?skill=ipaddress.num_hosts&level=2&lang=en")
	right := py.of(t, it)[0]
	if v := answerItem(t, b, right); v.Verdict != "right" || v.Session == "" {
		t.Errorf("offline, the right answer %s: %+v", right, v)
	}
	if got := masteryOnHub(t, b, s.URL)["ipaddress.num_hosts"]; got != "familiar" {
		t.Errorf("offline, the hub shows %q", got)
	}
}
