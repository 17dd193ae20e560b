package network

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// picture draws a network as nodes and links, from the deck's client to
// www.python.org, and lets the student pick one of the three elements of
// a network to see where it is in the picture: the addresses of the ends,
// the links between neighbours, the data going across.
func (p *page) picture(l i18n.Lang) app.UI {
	m := p.pic
	var packet app.UI
	if m.el == 2 { // data transfer: a packet goes across
		packet = kit.H(l, "div.packet", "GET /").Aria("hidden", true)
	}
	elements := concepts.Elements()
	buttons := make([]app.UI, len(elements))
	for i, e := range elements {
		buttons[i] = kit.H(l, "button.element.secondary", kit.H(l, "strong", e.Name), kit.H(l, "span", e.Need)).
			Attr("data-i", i).Aria("pressed", i == m.el).OnClick(p.pressElement)
	}
	detail := txtElementsHint
	if m.el >= 0 {
		detail = elements[m.el].Course
	}
	return kit.H(l, "section.widget#network",
		kit.H(l, "h2", i18n.T{Ko: "네트워크란?", En: "What is a network?"}),
		kit.H(l, "p", concepts.Network),
		kit.H(l, "p.note", concepts.SenderReceiver),
		kit.H(l, "div."+m.class()+"#netmap",
			node(l, i18n.T{Ko: "노트북 (클라이언트)", En: "Laptop (client)"}, "(114.71.220.95, 59664)"),
			link(l, i18n.T{Ko: "WiFi (무선)", En: "WiFi (radio)"}),
			node(l, i18n.T{Ko: "공유기", En: "Wi-Fi router"}, ""),
			link(l, i18n.T{Ko: "Ethernet (유선)", En: "Ethernet (cable)"}),
			node(l, i18n.T{Ko: "인터넷의 라우터들", En: "Routers of the Internet"}, ""),
			link(l, i18n.T{Ko: "광케이블", En: "Optical fibre"}),
			node(l, i18n.T{Ko: "웹 서버", En: "Web server"}, "(www.python.org, 80)"),
			packet,
		),
		kit.H(l, "h3", i18n.T{Ko: "네트워크의 3가지 중요 요소", En: "Three essential elements of a network"}),
		kit.H(l, "div.elements", buttons),
		kit.H(l, "p.note#element-detail", detail).Aria("live", "polite"),
	)
}

var txtElementsHint = i18n.T{Ko: "요소를 눌러 그림에서 어디에 있는지 보세요.", En: "Press an element to see where it is in the picture."}

// node is a node of the picture, with its address when the deck gives it.
func node(l i18n.Lang, name i18n.T, addr string) app.UI {
	var a app.UI
	if addr != "" {
		a = kit.H(l, "code.addr", addr)
	}
	return kit.H(l, "div.node", kit.H(l, "strong", name), a)
}

// link is a link of the picture, named by its medium.
func link(l i18n.Lang, medium i18n.T) app.UI {
	return kit.H(l, "div.link", kit.H(l, "span", medium))
}

func (p *page) pressElement(ctx app.Context, e app.Event) {
	p.pic = p.pic.press(kit.DataInt(ctx, "i"))
	kit.ReplaceQuery(ctx, p.pic.query())
}
