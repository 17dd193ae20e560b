package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// socketsPage is the lesson /sockets: the socket as the door between a
// process and the network, TCP and UDP as sequence diagrams to play, what
// the socket calls do, and the deck's table of Python's network modules.
type socketsPage struct {
	app.Compo
	lang i18n.Lang

	tcp, udp seqPlayer
	modules  []moduleRow
}

func newSocketsPage() *socketsPage {
	t := concepts.Transfers()
	p := &socketsPage{
		tcp: newSeqPlayer("tcp", t[0], concepts.TCPSequence()),
		udp: newSeqPlayer("udp", t[1], concepts.UDPSequence()),
	}
	lessons := deck.Lessons()
	for _, m := range concepts.Modules() {
		r := moduleRow{Name: m.Name, What: m.What, Doc: m.Doc}
		for _, path := range m.Routes {
			for i := range lessons {
				if lessons[i].Path == path {
					r.Lessons = append(r.Lessons, lessonLink{Path: path, Title: lessons[i].Title})
				}
			}
		}
		p.modules = append(p.modules, r)
	}
	return p
}

func (p *socketsPage) OnNav(ctx app.Context) {
	p.lang = kit.PageLang(ctx)
	q := ctx.Page().URL().Query()
	p.tcp.nav(q)
	p.udp.nav(q)
}

func (p *socketsPage) OnDismount() {
	p.tcp.stop()
	p.udp.stop()
}

// moduleRow is a row of the modules table with its lessons.
type moduleRow struct {
	Name, Doc string
	What      i18n.T
	Lessons   []lessonLink
	_         kit.NoCompare
}

// lessonLink is a link to a lesson.
type lessonLink struct {
	Path  string
	Title i18n.T
	_     kit.NoCompare
}

func (p *socketsPage) Render() app.UI {
	l := p.lang
	return kit.H("div", "lesson",
		binding{l: l, vals: []any{concepts.SocketIdeas()}}.ui(doorTpl),
		p.tcp.render(l),
		p.udp.render(l),
		binding{l: l, vals: []any{concepts.Calls()}}.ui(callsTpl),
		binding{l: l, vals: []any{p.modules}}.ui(modulesTpl),
	)
}

var (
	doorTpl = tpl(`
section.widget#door
  h2 "소켓: 프로세스와 네트워크 사이의 출입구" "Sockets: the door between a process and the network"
  div.door-fig aria-hidden=true
    div.host
      div.house "송신 프로세스 (집)" "Sending process (house)"
      div.doorway "소켓 (출입구)" "Socket (door)"
      div.os "트랜스포트 계층 이하 (운영체제)" "Transport layer and below (OS)"
    div.net "네트워크" "Network"
    div.host
      div.house "수신 프로세스 (집)" "Receiving process (house)"
      div.doorway "소켓 (출입구)" "Socket (door)"
      div.os "트랜스포트 계층 이하 (운영체제)" "Transport layer and below (OS)"
  ul *$1
    li =.
  p "socket 모듈은 BSD 소켓 인터페이스에 대한 액세스를 제공하며, 모든 현대 유닉스 시스템(리눅스 포함), 윈도우, macOS에서 쓸 수 있습니다. 소켓을 만들 때 TCP(SOCK_STREAM)와 UDP(SOCK_DGRAM) 중 하나를 고릅니다. 아래 두 그림에서 단계를 하나씩 눌러 보세요." "The socket module gives access to the BSD socket interface, on every modern Unix system (Linux included), Windows and macOS. Creating a socket chooses TCP (SOCK_STREAM) or UDP (SOCK_DGRAM). Step through the two diagrams below."
`)
	callsTpl = tpl(`
section.widget#calls
  h2 "socket 모듈의 함수" "The socket module's functions"
  dl.props *$1
    dt =Name
    dd =What
  p
    - "gethostbyname(), gethostbyaddr() 같은 호스트 정보 함수: " "Host information functions such as gethostbyname() and gethostbyaddr(): "
    a href=/hosts "호스트 정보 알아내기" "Finding host information"
`)
	modulesTpl = tpl(`
section.widget#modules
  h2 "네트워크 관련 파이썬 표준 모듈" "Python's standard network modules"
  p "파이썬은 TCP/IP 통신과 네트워크 서비스를 위한 다양한 표준 모듈을 제공합니다. 모듈 이름을 누르면 파이썬 3.11 문서가 열립니다." "Python provides many standard modules for TCP/IP communication and network services. A module's name opens its page in Python 3.11's documentation."
  div.table-wrap
    table
      thead
        tr
          th "모듈" "Module"
          th "내용" "What it does"
          th "쓰는 레슨" "Used in"
      tbody *$1
        tr id=module-{Name}
          th
            a href={Doc} rel=noopener target=_blank
              code =Name
          td =What
          td
            - *Lessons
              a.lesson-link href={Path} =Title
            - ?!Lessons "—"
`)
)
