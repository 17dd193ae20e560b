//go:build e2e

package e2e

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"netprimer/app/api"
	"netprimer/app/practice"
)

// setOffline cuts the browser's network, or gives it back.
func setOffline(t *testing.T, b *browser, offline bool) {
	t.Helper()
	if _, err := chromedp.Call(b.ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	conds := []*network.Conditions{}
	if offline {
		conds = append(conds, &network.Conditions{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
	}
	if _, err := chromedp.Call(b.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: conds}); err != nil {
		t.Fatal(err)
	}
}

// answerOf returns the answer a student gives to an item: the engine's
// solution, or a known mistake.
func answerOf(t *testing.T, code, studentID string, item int, right bool) string {
	t.Helper()
	it, err := practice.New("ipaddress.broadcast", practice.SeedOf(code, studentID, fmt.Sprint(item)), 1)
	if err != nil {
		t.Fatal(err)
	}
	sol := strings.Trim(it.Solution().Answer, "'")
	if right {
		return sol
	}
	// The last host: one less than the broadcast, a known mistake
	// (last_host_as_broadcast).
	i := strings.LastIndexByte(sol, '.')
	var last int
	fmt.Sscan(sol[i+1:], &last)
	return fmt.Sprintf("%s.%d", sol[:i], last-1)
}

// TestClassroom is the story: the teacher logs in by link in
// Chromium and creates an assignment; three students join from browsers
// of their own and answer, one of them offline first; the teacher's grid
// fills without a reload, and the CSV export matches.
func TestClassroom(t *testing.T) {
	data := t.TempDir()
	s := startServer(t, "", append([]string{"-data", data}, classroomFlags...)...)
	teacher := newBrowser(t)
	teacher.do(t, "open the login link", chromedp.Navigate(teacherLink(t, data, s.URL)), live(),
		chromedp.WaitVisible(chromedp.CSS("#teach-form")))
	if got := eval[string](t, teacher, "location.pathname"); got != "/teach" {
		t.Fatalf("the login link led to %s", got)
	}
	teacher.do(t, "create an assignment",
		chromedp.SendKeys(chromedp.CSS("#teach-title"), "브로드캐스트 <b>연습</b>"),
		click(`input[value="ipaddress.broadcast"]`),
		chromedp.SetValue(chromedp.CSS("#teach-items"), "2"),
		click("#teach-create"),
		chromedp.WaitVisible(chromedp.CSS("#teach-code")),
		chromedp.WaitVisible(chromedp.CSS("#teach-empty")),
	)
	code := teacher.text(t, "#teach-code")
	if _, ok := api.ParseAssignmentCode(code); !ok {
		t.Fatalf("code %q", code)
	}
	if link := teacher.text(t, "#teach-link"); link != s.URL+"/a/"+code {
		t.Errorf("link %q", link)
	}
	if h := teacher.text(t, "#teach-assignment h2"); h != "브로드캐스트 <b>연습</b>" {
		t.Errorf("title shown as %q", h)
	}
	// The QR code on the projector, as a camera reads it: a screenshot
	// of the image, read by zbarimg.
	teacher.do(t, "the QR code loads", waitJS(`document.getElementById("teach-qr").complete && document.getElementById("teach-qr").naturalWidth > 0`))
	shot, err := chromedp.Run(teacher.ctx, chromedp.Screenshot(chromedp.CSS("#teach-qr"), chromedp.NodeVisible))
	if err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(t.TempDir(), "qr.png")
	os.WriteFile(png, shot, 0o600)
	out, err := exec.Command("zbarimg", "--raw", "-q", png).Output()
	if got := strings.TrimSpace(string(out)); err != nil || got != s.URL+"/a/"+code {
		t.Errorf("zbarimg read %q (%v), want %s", got, err, s.URL+"/a/"+code)
	}

	type who struct {
		id, name string
		right    [2]bool
		b        *browser
	}
	students := []*who{
		{id: "20260001", name: "김하나", right: [2]bool{true, true}},
		{id: "２０２６０００２", name: "<img src=x onerror=alert(1)>", right: [2]bool{false, true}},
		{id: "20260003", name: "=1+1", right: [2]bool{true, false}},
	}
	for _, st := range students {
		st.b = newBrowser(t)
		st.b.do(t, "join as "+st.id, chromedp.Navigate(s.URL+"/a/"+code), live(),
			chromedp.WaitVisible(chromedp.CSS("#join-form")),
			chromedp.SendKeys(chromedp.CSS("#join-id"), st.id),
			chromedp.SendKeys(chromedp.CSS("#join-name"), st.name),
			click("#join-submit"),
			chromedp.WaitVisible(chromedp.CSS("#item-2 form.practice-item")),
		)
	}
	ascii := func(id string) string { return strings.Map(func(r rune) rune { return r - 0xFEE0*(r/0xFF00) }, id) }
	answer := func(st *who, item int) {
		t.Helper()
		sel := fmt.Sprintf("#answer-%d", item)
		st.b.do(t, fmt.Sprintf("%s answers item %d", st.id, item),
			chromedp.SendKeys(chromedp.CSS(sel), answerOf(t, code, ascii(st.id), item, st.right[item-1])),
			click(fmt.Sprintf("#item-%d button.check", item)),
			chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf("#item-%d .verdict", item))),
		)
		want := map[bool]string{true: "right", false: "wrong"}[st.right[item-1]]
		if got := eval[string](t, st.b, fmt.Sprintf(`document.querySelector("#item-%d .verdict").dataset.verdict`, item)); got != want {
			t.Errorf("%s item %d: the page's verdict %q, want %q", st.id, item, got, want)
		}
	}
	received := func(st *who, item int) chromedp.Action[chromedp.Void] {
		return chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#item-%d .received[data-received="1"]`, item)))
	}

	// The third student is offline: the answers wait in the browser.
	off := students[2]
	setOffline(t, off.b, true)
	answer(off, 1)
	answer(off, 2)
	off.b.do(t, "two answers wait", chromedp.WaitVisible(chromedp.CSS(`#class-score[data-pending="2"]`)))
	if n := eval[int](t, off.b, fmt.Sprintf(`JSON.parse(localStorage.getItem("netprimer-class-queue-%s")).length`, code)); n != 2 {
		t.Errorf("%d answers kept in localStorage, want 2", n)
	}
	for _, st := range students[:2] {
		answer(st, 1)
		answer(st, 2)
		st.b.do(t, "received", received(st, 1), received(st, 2))
	}
	// The grid shows the two online students' answers, without a reload.
	cell := func(id string, item int, verdict string) chromedp.Action[chromedp.Void] {
		return chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`#teach-grid tr[data-student="%s"] td[data-item="%d"][data-verdict="%s"]`, id, item, verdict)))
	}
	teacher.do(t, "the grid fills", cell("20260001", 2, "right"), cell("20260002", 1, "wrong"))
	if n := eval[int](t, teacher, `document.querySelectorAll("#teach-grid tbody tr").length`); n != 3 {
		t.Errorf("%d rows in the grid, want 3 (the offline student joined)", n)
	}
	// Back online, the queue is sent and received once.
	setOffline(t, off.b, false)
	off.b.do(t, "the queue is sent", chromedp.WaitVisible(chromedp.CSS(`#class-score[data-pending="0"]`)), received(off, 1), received(off, 2))
	teacher.do(t, "the offline student's answers reach the grid", cell("20260003", 1, "right"), cell("20260003", 2, "wrong"))
	teacher.do(t, "the frequent mistakes", chromedp.WaitVisible(chromedp.CSS(`#teach-mistakes li[data-diagnosis="last_host_as_broadcast"]`)))
	if name := teacher.text(t, `#teach-grid tr[data-student="20260002"] td.name`); name != "<img src=x onerror=alert(1)>" {
		t.Errorf("the name on the grid: %q", name)
	}
	if n := eval[int](t, teacher, `document.querySelectorAll("#teach-grid img").length`); n != 0 {
		t.Errorf("a name became markup on the grid")
	}
	// A student sees their own score only.
	if txt := students[0].b.text(t, "#class-score"); !strings.Contains(txt, "100") || strings.Contains(eval[string](t, students[0].b, "document.body.innerText"), "20260002") {
		t.Errorf("the first student's page: %q", txt)
	}

	// The bytes as downloaded: a decoder that keeps the byte order mark.
	csvText := eval[string](t, teacher, fmt.Sprintf(`fetch("/api/v1/teach/assignments/%s/results.csv").then(r => r.arrayBuffer()).then(b => new TextDecoder("utf-8", {ignoreBOM: true}).decode(b))`, code))
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvText, "\uFEFF"))).ReadAll()
	if err != nil || !strings.HasPrefix(csvText, "\uFEFF") {
		t.Fatalf("CSV %q: %v", csvText, err)
	}
	want := [][]string{
		{"student_id", "name", "score", "answered", "right", "item1", "item2"},
		{"20260001", "김하나", "100", "2", "2", "right", "right"},
		{"20260002", "<img src=x onerror=alert(1)>", "50", "2", "1", "wrong", "right"},
		{"20260003", "'=1+1", "50", "2", "1", "right", "wrong"},
	}
	var got, exp bytes.Buffer
	csv.NewWriter(&got).WriteAll(rows)
	csv.NewWriter(&exp).WriteAll(want)
	if got.String() != exp.String() {
		t.Errorf("CSV:\n%s\nwant\n%s", got.String(), exp.String())
	}
	// The offline student's browser logs the sends that could not go:
	// those alone are expected, beside the API's statuses (the 401 of
	// the page asking who it is before the join).
	for _, e := range off.b.takeErrors() {
		api := strings.HasPrefix(e, "log: Failed to load resource: the server responded with a status") && strings.Contains(e, "/api/")
		if !api && (!strings.Contains(e, "net::ERR_INTERNET_DISCONNECTED") || !strings.Contains(e, "/api/v1/a/"+code+"/answers")) {
			t.Errorf("the offline student's page reported %s", e)
		}
	}
	for _, b := range []*browser{teacher, students[0].b, students[1].b} {
		b.noErrors(t, "the classroom")
	}
}
