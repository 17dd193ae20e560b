package addresses

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// askMine asks the server for the student's own connection. When the
// server cannot be reached, or does not offer it, the widget says so and
// the rest of the page goes on.
func (p *page) askMine(ctx app.Context) {
	kit.GetJSON(ctx, api.ConnectionPath, func(ctx app.Context, r kit.FetchResult) {
		prev := p.mine
		p.mine, p.waiting = decodeConn(r.Reachable(), r.Status, r.Body), false
		// Asked again: is it the connection of the answer before?
		var compare i18n.T
		if p.mine.ok() && prev.ok() {
			compare = concepts.Compare(prev.conn, p.mine.conn).Explain
		}
		p.compare = compare
	})
}

func (p *page) askAgain(ctx app.Context, e app.Event) { p.askMine(ctx) }

// mineUI shows the student's own connection to the server as a 4-tuple,
// as the server sees it.
func (p *page) mineUI(l i18n.Lang) app.UI {
	m := &p.mine
	var status, conn, problem app.UI
	if p.waiting {
		status = kit.H(l, "p.note#live-status", i18n.T{Ko: "서버에 묻는 중…", En: "Asking the server…"})
	}
	if !p.waiting && m.ok() {
		var forwarded, compare app.UI
		if m.forwarded {
			forwarded = kit.H(l, "p.note#live-forwarded", i18n.T{
				Ko: "서버 앞의 프록시가 알려 준 주소입니다. 포트 0은 프록시가 알려 주지 않아 모른다는 뜻입니다.",
				En: "The address comes from a proxy in front of the server; a port of 0 means the proxy did not say.",
			})
		}
		if p.compare.Ko != "" {
			compare = kit.H(l, "p.note#live-compare", p.compare)
		}
		conn = kit.H(l, "div#live-conn",
			kit.H(l, "p", kit.H(l, "code.tuple", m.conn.String())),
			kit.H(l, "dl.props",
				kit.H(l, "dt", i18n.T{Ko: "내 쪽 (클라이언트)", En: "your end (client)"}),
				kit.H(l, "dd#live-client", m.conn.A.String()),
				kit.H(l, "dt", i18n.T{Ko: "서버 쪽", En: "server's end"}),
				kit.H(l, "dd#live-server", m.conn.B.String()),
				kit.H(l, "dt", i18n.T{Ko: "프로토콜", En: "protocol"}),
				kit.H(l, "dd#live-proto", m.proto),
			),
			kit.H(l, "p.note", i18n.T{
				Ko: "내 쪽 포트는 OS가 임의로 할당한 것이고, 서버 쪽 포트는 서버가 기다리는 포트입니다. 다시 물었을 때 브라우저가 새 연결을 맺으면 포트가 바뀝니다: 다른 연결입니다.",
				En: "Your end's port was picked by your OS; the server's is the port the server listens on. Ask again: if the browser opens a new connection, the port changes, and it is another connection.",
			}),
			forwarded, compare,
		)
	}
	if !p.waiting && !m.ok() {
		problem = kit.H(l, "p.error#live-error", m.problem)
	}
	return kit.H(l, "section.widget#live",
		kit.H(l, "h2", i18n.T{Ko: "내 연결: 서버가 본 4-tuple", En: "Your connection: the 4-tuple the server sees"}),
		kit.H(l, "p", i18n.T{
			Ko: "이 페이지를 연 브라우저와 서버 사이에도 연결이 있습니다. 서버가 본 그 연결의 네 값입니다.",
			En: "There is a connection between the browser showing this page and the server, too. Here are its four values, as the server sees them.",
		}),
		status, conn, problem,
		kit.H(l, "button.secondary#live-again", i18n.T{Ko: "다시 묻기", En: "Ask again"}).
			Attr("disabled", kit.Bool(p.waiting)).OnClick(p.askAgain),
	)
}
