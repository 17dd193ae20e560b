// Package sockets is the lesson /sockets: the socket as the door between
// a process and the network, TCP and UDP as sequence diagrams to play,
// what the socket calls do, and the deck's table of Python's network
// modules.
package sockets

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
	tcp, udp player
	modules  []moduleRow
}

// New returns the lesson's page. go-app renders it once before OnNav:
// the players start in the state of a URL without parameters.
func New() app.Composer {
	t := concepts.Transfers()
	p := &page{modules: moduleRows()}
	p.tcp.sequence = sequenceOf(nil, "tcp", t[0], concepts.TCPSequence())
	p.udp.sequence = sequenceOf(nil, "udp", t[1], concepts.UDPSequence())
	return p
}

func (p *page) OnNav(ctx app.Context) {
	q := p.Nav(ctx)
	p.tcp.nav(q)
	p.udp.nav(q)
}

func (p *page) OnDismount() {
	p.tcp.stop()
	p.udp.stop()
}

func (p *page) Render() app.UI {
	l := p.Lang()
	return kit.H(l, "div.lesson", door(l), p.tcp.render(l), p.udp.render(l), calls(l), modules(l, p.modules), labLink(l))
}

// labLink leads to the socket lab, where the student's own program does
// what the diagrams play.
func labLink(l i18n.Lang) app.UI {
	return kit.H(l, "p.lab-link#lab-link",
		i18n.T{Ko: "직접 해 보기: ", En: "Try it yourself: "},
		kit.A(l, "", "/lab", i18n.T{Ko: "소켓 실습", En: "the socket lab"}),
		i18n.T{Ko: "에서 내 파이썬 프로그램으로 TCP 연결과 UDP 데이터그램을 보내고, 서버가 받은 바이트를 봅니다.", En: ", where your own Python program opens a TCP connection and sends UDP datagrams, and you see the bytes the server received."})
}
