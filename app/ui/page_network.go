package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// networkPage is the lesson /network: what a network is and its three
// elements, the five layers with the encapsulation of an HTTP request, the
// exercise placing protocols on layers, and Python's two levels.
type networkPage struct {
	app.Compo
	lang i18n.Lang

	netmap networkMap
	stack  layerStack
	place  placement
}

func newNetworkPage() *networkPage {
	p := &networkPage{}
	// go-app renders a page once before OnNav: the widgets start in the
	// state of a URL without parameters.
	p.netmap.nav(nil)
	p.stack.nav(nil)
	p.place.reset()
	return p
}

func (p *networkPage) OnNav(ctx app.Context) {
	p.lang = kit.PageLang(ctx)
	q := ctx.Page().URL().Query()
	p.netmap.nav(q)
	p.stack.nav(q)
}

func (p *networkPage) OnMount(ctx app.Context) { p.place.mount(ctx) }

func (p *networkPage) OnDismount() { p.place.dismount() }

func (p *networkPage) Render() app.UI {
	l := p.lang
	return kit.H("div", "lesson",
		p.netmap.render(l),
		p.stack.render(l),
		p.place.render(l),
		binding{l: l, vals: []any{concepts.Levels()}}.ui(levelsTpl),
	)
}

var levelsTpl = tpl(`
section.widget#levels
  h2 "파이썬 네트워킹: 두 가지 레벨" "Networking in Python: two levels"
  p "네트워크 프로그래밍은 Python의 주된 용도 중 하나입니다. 표준 라이브러리가 다양한 네트워크 관련 모듈을 제공하므로, C/C++보다 훨씬 간단하게 네트워크 프로그램을 작성할 수 있습니다." "Network programming is one of Python's main uses. Its standard library has many network modules, so a network program is much simpler to write than in C/C++."
  div.cards *$1
    div.card
      h3 =Name
      p =What
      ul *Examples
        li =.
  p
    a href=/sockets "소켓과 파이썬 네트워크 모듈 →" "Sockets and Python's network modules →"
`)
