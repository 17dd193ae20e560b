package network

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// stackUI is the five layers of the Internet stack as a picture to
// explore, and the encapsulation of an HTTP request step by step, with
// the real bytes and the Python session that reads them back.
func (p *page) stackUI(l i18n.Lang) app.UI {
	m := &p.stack
	layers := concepts.Layers()
	items := make([]app.UI, len(layers))
	for i, li := range layers {
		class := "layer"
		if i < m.step {
			class = "layer before"
		}
		var ex app.UI
		if len(li.Examples) > 0 {
			names := make([]string, len(li.Examples))
			for j, e := range li.Examples {
				names[j] = e.In(l)
			}
			ex = kit.H(l, "span.ex", strings.Join(names, ", "))
		}
		items[i] = kit.H(l, "li", kit.H(l, "button."+class,
			kit.H(l, "strong", li.Name),
			kit.H(l, "span.role", li.Role),
			ex,
			kit.H(l, "small", li.Unit.In(l)+" · "+li.Address.In(l)),
		).Attr("data-i", i).Aria("pressed", i == m.step).OnClick(p.pressLayer))
	}
	parts := make([]app.UI, len(m.parts))
	for i, pt := range m.parts {
		class := "blk"
		if pt.isNew {
			class = "blk new"
		}
		parts[i] = kit.H(l, "span."+class, pt.name, kit.H(l, "small", strconv.Itoa(pt.bytes)+" B"))
	}
	var adds string
	if m.cur.HeaderBytes != 0 {
		adds = i18n.T{Ko: "이 계층이 붙이는 것 ", En: "What this layer adds: "}.In(l) + strconv.Itoa(m.cur.HeaderBytes) + " B · "
	}
	fields := make([]app.UI, len(m.cur.Header))
	for i, f := range m.cur.Header {
		fields[i] = kit.H(l, "tr", kit.H(l, "th", f.Name), kit.H(l, "td", kit.H(l, "code", f.Value)), kit.H(l, "td", f.Note))
	}
	return kit.H(l, "section.widget#stack",
		kit.H(l, "h2", i18n.T{Ko: "인터넷 프로토콜 스택과 캡슐화", En: "The Internet protocol stack and encapsulation"}),
		kit.H(l, "p", i18n.T{
			Ko: "계층을 눌러 보세요. 보내는 쪽에서는 각 계층이 위 계층에게 받은 것 앞에 자기 헤더를 붙이고(캡슐화), 받는 쪽에서는 아래 계층부터 거꾸로 벗겨 냅니다. 아래의 바이트는 www.python.org에 보내는 실제 요청입니다.",
			En: "Press a layer. On the sending side each layer puts its own header in front of what the layer above gave it (encapsulation); on the receiving side the layers take them off again, from the bottom up. The bytes below are a real request to www.python.org.",
		}),
		kit.H(l, "div.stack-grid",
			kit.H(l, "ol.stack", items),
			kit.H(l, "div.encap",
				kit.H(l, "h3#encap-unit", m.cur.Unit),
				kit.H(l, "div.nest", parts),
				kit.H(l, "p#encap-explain", m.cur.Explain),
				kit.H(l, "nav.stepnav",
					kit.H(l, "button.secondary#encap-prev", i18n.T{Ko: "↑ 위 계층", En: "↑ Layer above"}).
						Attr("data-act", "prev").Attr("disabled", kit.Bool(m.atTop())).OnClick(p.pressLayer),
					kit.H(l, "span.count", m.count()),
					kit.H(l, "button#encap-next", i18n.T{Ko: "아래 계층 ↓", En: "Layer below ↓"}).
						Attr("data-act", "next").Attr("disabled", kit.Bool(m.atBottom())).OnClick(p.pressLayer),
				),
			).Aria("live", "polite"),
		),
		kit.Scroll(l, "div.table-wrap", kit.H(l, "table#encap-fields",
			kit.H(l, "caption", adds+i18n.T{Ko: "전체 크기 ", En: "whole unit: "}.In(l)+strconv.Itoa(m.cur.Bytes)+" B"),
			kit.H(l, "tbody", fields),
		)),
		kit.HexDump("encap-hex", m.cur.Wire, m.cuts, "new", "old"),
		kit.NewTranscript("encap-py", m.py),
	)
}

func (p *page) pressLayer(ctx app.Context, e app.Event) {
	i := p.stack.step
	switch kit.Act(ctx) {
	case "prev":
		i--
	case "next":
		i++
	default:
		i = kit.DataInt(ctx, "i")
	}
	if i < 0 || i >= len(p.wraps) {
		return
	}
	p.stack = stackAt(i, p.wraps)
	kit.ReplaceQuery(ctx, p.stack.query())
}
