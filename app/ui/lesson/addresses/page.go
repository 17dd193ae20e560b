// Package addresses is the lesson /addresses: hostnames, IP addresses and
// port numbers, the well-known ports as a self-check, netstat -a (the
// deck's example line by line, and the student's own), connections as
// 4-tuples with the deck's question, and the student's own connection.
package addresses

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

type page struct {
	app.Compo
	lesson

	lines   []concepts.NetstatLine // the deck's netstat -a
	sockets []socketRow            // the sockets on its lines

	quiz    quiz
	deck    deckLines
	paste   paste
	tuples  tuples
	mine    connection
	waiting bool   // the server has not answered about mine yet
	compare i18n.T // mine against the answer before, once asked again
}

// New returns the lesson's page. go-app renders it once before OnNav:
// the widgets start in the state of a URL without parameters, the boxes
// off until the app runs.
func New() app.Composer {
	p := &page{waiting: true, tuples: newTuples()}
	p.lines, p.sockets = deckSockets()
	p.quiz.nav(nil)
	p.deck = deckLinesOf(nil, p.lines, p.sockets)
	return p
}

func (p *page) OnNav(ctx app.Context) {
	q := p.Nav(ctx)
	p.quiz.nav(q)
	p.deck = deckLinesOf(q, p.lines, p.sockets)
}

func (p *page) OnMount(ctx app.Context) {
	p.lesson.OnMount(ctx)
	p.askMine(ctx)
}

func (p *page) Render() app.UI {
	l := p.Lang()
	return kit.H(l, "div.lesson", addressing(l), p.quizUI(l), p.deckUI(l), p.pasteUI(l), p.tuplesUI(l), p.mineUI(l), labLink(l))
}

// addressing is the deck's slide on addresses, and the deck's two nodes
// taken apart.
func addressing(l i18n.Lang) app.UI {
	lines := concepts.Addressing()
	items := make([]app.UI, len(lines))
	for i, x := range lines {
		items[i] = kit.H(l, "li", x)
	}
	return kit.H(l, "section.widget#addressing",
		kit.H(l, "h2", i18n.T{Ko: "네트워크 주소: 호스트네임, IP 주소, 포트 번호", En: "Network addresses: hostname, IP address, port number"}),
		kit.H(l, "ul", items),
		kit.H(l, "div.cards",
			kit.H(l, "div.card.node-parts",
				kit.H(l, "h3", i18n.T{Ko: "수신 노드 (클라이언트)", En: "Receiving node (client)"}),
				kit.H(l, "code", "(114.71.220.95, 59664)"),
				kit.H(l, "dl.props",
					kit.H(l, "dt", i18n.T{Ko: "IP 주소", En: "IP address"}),
					kit.H(l, "dd", "114.71.220.95"),
					kit.H(l, "dt", i18n.T{Ko: "포트 번호", En: "port number"}),
					kit.H(l, "dd", i18n.T{Ko: "59664: OS가 임의로 할당", En: "59664: picked by the OS"}),
				),
			),
			kit.H(l, "div.card.node-parts",
				kit.H(l, "h3", i18n.T{Ko: "송신 노드 (서버)", En: "Sending node (server)"}),
				kit.H(l, "code", "(www.python.org, 80)"),
				kit.H(l, "dl.props",
					kit.H(l, "dt", i18n.T{Ko: "호스트네임", En: "hostname"}),
					kit.H(l, "dd", kit.A(l, "", "/hosts?host=www.python.org", "www.python.org")),
					kit.H(l, "dt", i18n.T{Ko: "포트 번호", En: "port number"}),
					kit.H(l, "dd", i18n.T{Ko: "80: HTTP의 알려진 포트", En: "80: HTTP's well-known port"}),
				),
			),
		),
	)
}

// labLink leads to the socket lab, where the student's own connection
// shows its 4-tuple.
func labLink(l i18n.Lang) app.UI {
	return kit.H(l, "p.lab-link#lab-link",
		i18n.T{Ko: "직접 해 보기: ", En: "Try it yourself: "},
		kit.A(l, "", "/lab", i18n.T{Ko: "소켓 실습", En: "the socket lab"}),
		i18n.T{Ko: "에서 내 프로그램의 연결이 서버에 어떤 4-tuple로 보이는지, 연결 두 개의 포트가 어떻게 다른지 확인합니다.", En: " shows the 4-tuple of your own program's connection as the server sees it, and how two connections' ports differ."})
}
