package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// addressesPage is the lesson /addresses: hostnames, IP addresses and
// port numbers, the well-known ports as a self-check, netstat -a (the
// deck's example line by line, and the student's own), connections as
// 4-tuples with the deck's question, and the student's own connection.
type addressesPage struct {
	app.Compo
	lang i18n.Lang

	ports  portsQuiz
	deckNS deckNetstat
	paste  netstatPaste
	tuples tupleQuiz
	mine   liveConn
}

func newAddressesPage() *addressesPage {
	p := &addressesPage{}
	// go-app renders a page once before OnNav: the widgets start in the
	// state of a URL without parameters, the boxes off until the app runs.
	p.ports.nav(nil)
	p.deckNS.nav(nil)
	p.tuples.reset()
	p.ports.Off, p.paste.Off, p.mine.Waiting = true, true, true
	return p
}

func (p *addressesPage) OnNav(ctx app.Context) {
	p.lang = kit.PageLang(ctx)
	q := ctx.Page().URL().Query()
	p.ports.nav(q)
	p.deckNS.nav(q)
}

func (p *addressesPage) OnMount(ctx app.Context) {
	p.ports.Off, p.paste.Off = false, false
	p.mine.fetch(ctx)
}

func (p *addressesPage) Render() app.UI {
	l := p.lang
	return kit.H("div", "lesson",
		binding{l: l, vals: []any{concepts.Addressing()}}.ui(addressingTpl),
		p.ports.render(l),
		p.deckNS.render(l),
		p.paste.render(l),
		p.tuples.render(l),
		p.mine.render(l),
	)
}

// addressingTpl is the deck's slide on addresses, and the deck's two nodes
// taken apart.
var addressingTpl = tpl(`
section.widget#addressing
  h2 "네트워크 주소: 호스트네임, IP 주소, 포트 번호" "Network addresses: hostname, IP address, port number"
  ul *$1
    li =.
  div.cards
    div.card.node-parts
      h3 "수신 노드 (클라이언트)" "Receiving node (client)"
      code "(114.71.220.95, 59664)"
      dl.props
        dt "IP 주소" "IP address"
        dd "114.71.220.95"
        dt "포트 번호" "port number"
        dd "59664: OS가 임의로 할당" "59664: picked by the OS"
    div.card.node-parts
      h3 "송신 노드 (서버)" "Sending node (server)"
      code "(www.python.org, 80)"
      dl.props
        dt "호스트네임" "hostname"
        dd
          a href=/hosts?host=www.python.org "www.python.org"
        dt "포트 번호" "port number"
        dd "80: HTTP의 알려진 포트" "80: HTTP's well-known port"
`)
