//go:build e2e

package e2e

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"netprimer/app/api"
)

// itemView is what a student sees of an item: the verdict of an answer,
// the hints up the ladder and the solution at its top.
type itemView struct {
	Verdict, Diagnosis, Feedback, Session string
	Hints, Solution                       string
}

// readItemView reads the item view of the ids' prefix.
func readItemView(t *testing.T, b *browser, prefix string) itemView {
	t.Helper()
	return eval[itemView](t, b, fmt.Sprintf(`(p => {
		const e = id => document.getElementById(p + "-" + id);
		return {
			Verdict: e("verdict").dataset.verdict, Diagnosis: e("verdict").dataset.diagnosis,
			Feedback: e("feedback").innerText, Session: e("session").innerText,
			Hints: e("hints").innerText, Solution: e("solution").innerText,
		};
	})(%q)`, prefix))
}

// climb answers the item of the prefix and shows every hint, then the
// solution.
func climb(t *testing.T, b *browser, prefix, answer string) {
	t.Helper()
	b.do(t, prefix+": answer "+answer,
		chromedp.SetValue(chromedp.CSS("#"+prefix+"-answer"), answer),
		click("#"+prefix+"-check"),
		chromedp.WaitVisible(chromedp.CSS("#"+prefix+"-verdict pre.pyrepl")))
	for i := 0; i < 10; i++ {
		act := eval[string](t, b, fmt.Sprintf(`document.getElementById(%q).dataset.act`, prefix+"-hint"))
		b.do(t, prefix+": "+act, click("#"+prefix+"-hint"))
		if act == "solution" {
			b.do(t, prefix+": the solution", chromedp.WaitVisible(chromedp.CSS("#"+prefix+"-solution")))
			return
		}
		b.do(t, prefix+": hint", waitJS(fmt.Sprintf(`document.querySelectorAll("#%s-hints li").length === %d`, prefix, i+1)))
	}
	t.Fatalf("%s: the ladder never reached the solution", prefix)
}

// TestClassroomItemIsPractice: a student's item on /a/CODE is the
// practice page's item: for the same skill, seed and level, the same
// answer gets the same verdict, diagnosis and proving session, and the
// ladder climbs through the same hints to the same solution; the
// classroom still sends the answer, which the server receives.
func TestClassroomItemIsPractice(t *testing.T) {
	data := t.TempDir()
	s := startServer(t, "", append([]string{"-data", data}, classroomFlags...)...)
	teacher := teacherCookie(t, teacherLink(t, data, s.URL))
	cr := createAssignment(t, s.URL, teacher, api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast"}, Items: 1, Level: 1})
	code := cr.Code

	b := newBrowser(t)
	b.do(t, "join", chromedp.Navigate(s.URL+"/a/"+code), live(),
		chromedp.WaitVisible(chromedp.CSS("#join-form")),
		chromedp.SendKeys(chromedp.CSS("#join-id"), "20260009"),
		chromedp.SendKeys(chromedp.CSS("#join-name"), "학생"),
		click("#join-submit"),
		chromedp.WaitEnabled(chromedp.CSS("#item-1-answer")))
	form := eval[map[string]string](t, b, `Object.assign({}, document.getElementById("item-1-form").dataset)`)
	wrong := answerOf(t, code, "20260009", 1, false)
	climb(t, b, "item-1", wrong)
	b.do(t, "the server received the answer", chromedp.WaitVisible(chromedp.CSS(`#item-1 .received[data-received="1"][data-last="wrong"]`)))
	class := readItemView(t, b, "item-1")

	// The right answer, given with the solution shown, after a reload,
	// which keeps it shown: counted, and marked so for the teacher, which
	// the student is told.
	b.do(t, "reload with the solution shown", chromedp.WaitVisible(chromedp.CSS("#item-1-marked")),
		chromedp.Reload(), live(), chromedp.WaitEnabled(chromedp.CSS("#item-1-answer")),
		chromedp.WaitVisible(chromedp.CSS("#item-1-solution")))
	b.do(t, "answer after the solution",
		chromedp.WaitVisible(chromedp.CSS("#item-1-marked")),
		chromedp.SetValue(chromedp.CSS("#item-1-answer"), answerOf(t, code, "20260009", 1, true)),
		click("#item-1-check"),
		chromedp.WaitVisible(chromedp.CSS(`#item-1 .received[data-received="2"][data-last="right"]`)))
	var res api.Results
	getJSON(t, s.URL, api.TeachAssignmentPath(code, "results"), teacher, &res)
	if c := res.Students[0].Cells[0]; c.Verdict != "right" || !c.Solution || res.Students[0].Score != 100 {
		t.Errorf("the teacher's results: %+v", res.Students[0])
	}
	tb := newBrowser(t)
	tb.do(t, "the teacher's grid", chromedp.Navigate(teacherLink(t, data, s.URL)), live(), chromedp.WaitVisible(chromedp.CSS("#teach-form")),
		chromedp.Navigate(s.URL+"/teach?a="+code), live(),
		chromedp.WaitVisible(chromedp.CSS(`#teach-grid tr[data-student="20260009"] td[data-item="1"][data-verdict="right"][data-solution="true"]`)))
	if sign := tb.text(t, `#teach-grid tr[data-student="20260009"] td[data-item="1"]`); sign != "Oˢ" {
		t.Errorf("the grid's cell shows %q, want Oˢ", sign)
	}

	b.do(t, "the same item on /practice", chromedp.Navigate(fmt.Sprintf("%s/practice?skill=%s&seed=%s&level=%s", s.URL, form["skill"], form["seed"], form["level"])),
		live(), chromedp.WaitEnabled(chromedp.CSS("#practice-answer")), rendered())
	if got := eval[string](t, b, `document.getElementById("practice-form").dataset.given`); got != form["given"] {
		t.Fatalf("/practice shows another item: given %s, the classroom's %s", got, form["given"])
	}
	climb(t, b, "practice", wrong)
	want := readItemView(t, b, "practice")

	if class.Verdict != "wrong" || class.Diagnosis != "last_host_as_broadcast" {
		t.Errorf("the classroom's verdict %q, diagnosis %q; want wrong, last_host_as_broadcast", class.Verdict, class.Diagnosis)
	}
	if !strings.Contains(class.Session, ">>> ") || class.Hints == "" || class.Solution == "" {
		t.Errorf("the classroom's item lacks its proof, hints or solution: %+v", class)
	}
	if class != want {
		t.Errorf("the classroom's item:\n%+v\n/practice's:\n%+v", class, want)
	}
}

// TestClassroomGridPages: a class larger than a page of the grid. The
// teacher sees 50 students, turns to the rest, finds one by number, and
// an answer of a student on the second page reaches the grid live.
func TestClassroomGridPages(t *testing.T) {
	data := t.TempDir()
	s := startServer(t, "", append([]string{"-data", data}, classroomFlags...)...)
	link := teacherLink(t, data, s.URL)
	cr := createAssignment(t, s.URL, teacherCookie(t, teacherLink(t, data, s.URL)), api.NewAssignment{Title: "t", Skills: []string{"ipaddress.broadcast"}, Items: 1, Level: 1})
	code := cr.Code
	var last *http.Cookie
	for i := 1; i <= 55; i++ {
		last = joinAs(t, s.URL, code, fmt.Sprintf("202600%02d", i), fmt.Sprintf("학생 %d", i))
	}
	teacher := newBrowser(t)
	body := func(students, found, shown int, first string) chromedp.Action[chromedp.Void] {
		return waitJS(fmt.Sprintf(`(b => !!b && b.dataset.students === "%d" && b.dataset.found === "%d" && b.dataset.shown === "%d" && b.rows.length === %d && b.rows[0].dataset.student === %q)(document.getElementById("teach-grid-body"))`,
			students, found, shown, shown, first))
	}
	teacher.do(t, "log in", chromedp.Navigate(link), live(), chromedp.WaitVisible(chromedp.CSS("#teach-form")),
		chromedp.Navigate(s.URL+"/teach?a="+code), live(), chromedp.WaitVisible(chromedp.CSS("#teach-grid")))
	teacher.do(t, "the first page", body(55, 55, 50, "20260001"))
	if eval[bool](t, teacher, `document.getElementById("teach-next").disabled || !document.getElementById("teach-prev").disabled`) {
		t.Error("on the first page, the pager does not lead on only")
	}
	teacher.do(t, "the second page", click("#teach-next"), body(55, 55, 5, "20260051"))
	if eval[bool](t, teacher, `!document.getElementById("teach-next").disabled || document.getElementById("teach-prev").disabled`) {
		t.Error("on the last page, the pager does not lead back only")
	}
	// The last student answers: their cell fills on the page shown.
	status, got, err := postJSON(s.URL, api.StudentPath(code, "answers"), last, api.Answer{ID: "p1", Item: 1, Answer: answerOf(t, code, "20260055", 1, true)})
	if err != nil || status != http.StatusCreated {
		t.Fatalf("answer: %d %s %v", status, got, err)
	}
	teacher.do(t, "the answer reaches the second page", chromedp.WaitVisible(chromedp.CSS(`#teach-grid tr[data-student="20260055"] td[data-item="1"][data-verdict="right"]`)))
	teacher.do(t, "back", click("#teach-prev"), body(55, 55, 50, "20260001"))
	teacher.do(t, "a search", chromedp.SendKeys(chromedp.CSS("#teach-find"), "학생 5"), body(55, 7, 7, "20260005"))
}
