// Package lab is the page /lab, the socket lab: a student's own Python
// program talks to the course's server over TCP and UDP, and the page
// shows, as they arrive, the connection's 4-tuple and every byte, read as
// the lessons read bytes; the server checks the lab's tasks live. Its
// model is pure; client.go speaks to the lab's API (docs/API.md).
package lab

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

// Title and Intro are the page's, as the frame shows them.
var (
	Title = i18n.T{Ko: "소켓 실습: 내 프로그램이 보낸 바이트", En: "Socket lab: the bytes your program sent"}
	Intro = i18n.T{
		Ko: "직접 쓴 파이썬 소켓 프로그램을 수업 서버에 연결하고, 서버가 본 4-tuple과 바이트를 브라우저에서 바로 확인합니다.",
		En: "Connect your own Python socket program to the course's server, and see in the browser the 4-tuple and the bytes the server saw.",
	}
)

type page struct {
	app.Compo
	lesson

	want string  // the code the URL names; "" for a new session
	have bool    // m holds the session
	m    session // the session, once the server answered

	gen      int    // bumped to forget the answers of requests before
	problem  i18n.T // what is wrong; zero when nothing is
	canRetry bool
	canRenew bool
	retryIn  int // seconds before the next try, when one is set
	fails    int // failures in a row, for the backoff

	copied  string // the program last copied
	saveErr string // why the progress could not be kept
}

// New returns the page: before the app runs it shows only that a session
// is starting, since the server makes the session for the browser.
func New() app.Composer { return &page{} }

func (p *page) OnNav(ctx app.Context) {
	q := p.Nav(ctx)
	p.nav(ctx, q.Get("code"))
}

// OnDismount forgets the requests under way: their answers find the
// page gone.
func (p *page) OnDismount() { p.gen++ }

func (p *page) Render() app.UI {
	l := p.Lang()
	return kit.H(l, "div.lesson#lab", p.statusUI(l), p.programsUI(l), p.eventsUI(l), p.tasksUI(l))
}
