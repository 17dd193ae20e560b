package addresses

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// tuplesUI asks the deck's question one pair at a time: the student
// answers same or different, and the answer is checked and explained,
// with the values that differ marked and the Python session that compares
// the tuples.
func (p *page) tuplesUI(l i18n.Lang) app.UI {
	m := &p.tuples
	conns := make([]app.UI, len(m.conns))
	for i, c := range m.conns {
		conns[i] = kit.H(l, "li", kit.H(l, "code", c.String()))
	}
	pairs := make([]app.UI, len(m.pairs))
	for k, pr := range m.pairs {
		var answer app.UI
		if pr.answered {
			sides := make([]app.UI, len(pr.cells))
			for side, cells := range pr.cells {
				spans := make([]app.UI, len(cells))
				for j, c := range cells {
					class := "cell"
					if c.diff {
						class = "cell diff"
					}
					spans[j] = kit.H(l, "span."+class, c.text)
				}
				sides[side] = kit.H(l, "div.cells", spans)
			}
			answer = kit.H(l, "div.pair-a",
				kit.H(l, "div.tuple-cells", sides),
				kit.H(l, "p."+"verdict "+kit.VerdictClass(pr.fb.Verdict), pr.fb.Explain).Attr("data-verdict", pr.fb.Verdict.String()),
			)
		}
		pairs[k] = kit.H(l, "li.pair"+"#"+"pair-"+strconv.Itoa(k),
			kit.H(l, "div.pair-q",
				kit.H(l, "strong", i18n.T{Ko: "예", En: "Example "}.In(l)+strconv.Itoa(pr.i+1)+
					i18n.T{Ko: " ↔ 예", En: " ↔ example "}.In(l)+strconv.Itoa(pr.j+1)),
				kit.H(l, "button.secondary", i18n.T{Ko: "같은 연결", En: "Same connection"}).
					Attr("data-act", "same").Attr("data-i", k).OnClick(p.answerPair),
				kit.H(l, "button.secondary", i18n.T{Ko: "다른 연결", En: "Different connections"}).
					Attr("data-act", "different").Attr("data-i", k).OnClick(p.answerPair),
			),
			answer,
		)
	}
	var all app.UI
	if m.all() {
		all = kit.H(l, "p.ok#tuples-answer", concepts.DeckAnswer)
	}
	return kit.H(l, "section.widget#tuples",
		kit.H(l, "h2", i18n.T{Ko: "네트워크 연결: 4-tuple", En: "Network connections: the 4-tuple"}),
		kit.H(l, "p", i18n.T{
			Ko: "네트워크 연결은 양 끝단 노드의 주소, 즉 (host, port)의 쌍으로 나타냅니다: (114.71.220.95, 59664), (www.python.org, 80). 1개의 연결은 송신 노드의 IP와 포트 번호, 수신 노드의 IP와 포트 번호, 이 네 값으로 구별합니다.",
			En: "A network connection is written as the addresses of its two end nodes, a pair of (host, port): (114.71.220.95, 59664), (www.python.org, 80). One connection is told apart by four values: the sending node's IP and port number, and the receiving node's IP and port number.",
		}),
		kit.H(l, "p", kit.H(l, "strong", "Q. "), concepts.DeckQuestion),
		kit.H(l, "ol.conns", conns),
		kit.H(l, "ol.pairs", pairs),
		all,
		kit.NewTranscript("tuples-py", m.py),
		kit.SkillLink(l, "connections.same"),
	)
}

func (p *page) answerPair(ctx app.Context, e app.Event) {
	if k := kit.DataInt(ctx, "i"); k >= 0 && k < len(p.tuples.pairs) {
		p.tuples.answer(k, kit.Act(ctx) == "same")
	}
}
