package ui

import (
	"encoding/json"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// liveConn shows the student's own connection to the server as a 4-tuple,
// as the server sees it (GET /api/v1/connection). When the server cannot
// be reached, or does not offer it, the widget says so and the rest of
// the page goes on.
type liveConn struct {
	Waiting   bool // no answer yet
	OK        bool // the connection came
	Conn      concepts.Conn
	Proto     string
	Forwarded bool   // the client's address came through a proxy
	Problem   i18n.T // why there is no connection to show
	Compare   i18n.T // the connection against the one before, after asking again
	_         kit.NoCompare
}

func (w *liveConn) fetch(ctx app.Context) {
	kit.GetJSON(ctx, api.ConnectionPath, func(ctx app.Context, r kit.FetchResult) {
		prev, had := w.Conn, w.OK
		c, problem := decodeConn(r)
		*w = liveConn{OK: problem.Ko == "", Problem: problem, Conn: c.conn, Proto: c.proto, Forwarded: c.forwarded}
		if w.OK && had {
			w.Compare = concepts.Compare(prev, w.Conn).Explain
		}
	})
}

type decoded struct {
	conn      concepts.Conn
	proto     string
	forwarded bool
}

// decodeConn reads the server's answer, or says why there is none (the
// zero T when there is an answer).
func decodeConn(r kit.FetchResult) (d decoded, problem i18n.T) {
	switch {
	case !r.Reachable():
		return decoded{}, i18n.T{
			Ko: "서버에 연결할 수 없습니다: 오프라인이거나 서버가 꺼져 있습니다. 내 연결의 4-tuple은 서버가 있어야 볼 수 있습니다.",
			En: "The server cannot be reached: you are offline or the server is down. Your connection's 4-tuple can only be seen with the server.",
		}
	case r.Status != 200:
		s := strconv.Itoa(r.Status)
		return decoded{}, i18n.T{
			Ko: "이 서버는 연결 정보(" + api.ConnectionPath + ")를 제공하지 않습니다 (HTTP " + s + ").",
			En: "This server does not offer connection information (" + api.ConnectionPath + ", HTTP " + s + ").",
		}
	}
	var a api.Connection
	if err := json.Unmarshal(r.Body, &a); err != nil || a.Client.IP == "" || a.Server.IP == "" ||
		a.Client.Port < 0 || a.Client.Port > 65535 || a.Server.Port < 0 || a.Server.Port > 65535 {
		return decoded{}, i18n.T{Ko: "서버의 답을 읽을 수 없습니다.", En: "The server's answer cannot be read."}
	}
	d.conn = concepts.Conn{A: concepts.Node{Host: a.Client.IP, Port: uint16(a.Client.Port)},
		B: concepts.Node{Host: a.Server.IP, Port: uint16(a.Server.Port)}}
	d.proto, d.forwarded = a.Proto, a.Forwarded
	return d, problem
}

func (w *liveConn) click(ctx app.Context, e app.Event) { w.fetch(ctx) }

func (w *liveConn) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.click, vals: []any{w}}.ui(liveTpl)
}

var liveTpl = tpl(`
section.widget#live
  h2 "내 연결: 서버가 본 4-tuple" "Your connection: the 4-tuple the server sees"
  p "이 페이지를 연 브라우저와 서버 사이에도 연결이 있습니다. 서버가 본 그 연결의 네 값입니다." "There is a connection between the browser showing this page and the server, too. Here are its four values, as the server sees them."
  p.note#live-status ?$1.Waiting "서버에 묻는 중…" "Asking the server…"
  div#live-conn ?$1.OK
    p
      code.tuple =$1.Conn
    dl.props
      dt "내 쪽 (클라이언트)" "your end (client)"
      dd#live-client =$1.Conn.A
      dt "서버 쪽" "server's end"
      dd#live-server =$1.Conn.B
      dt "프로토콜" "protocol"
      dd#live-proto =$1.Proto
    p.note "내 쪽 포트는 OS가 임의로 할당한 것이고, 서버 쪽 포트는 서버가 기다리는 포트입니다. 다시 물었을 때 브라우저가 새 연결을 맺으면 포트가 바뀝니다: 다른 연결입니다." "Your end's port was picked by your OS; the server's is the port the server listens on. Ask again: if the browser opens a new connection, the port changes, and it is another connection."
    p.note#live-forwarded ?$1.Forwarded "서버 앞의 프록시가 알려 준 주소입니다. 포트 0은 프록시가 알려 주지 않아 모른다는 뜻입니다." "The address comes from a proxy in front of the server; a port of 0 means the proxy did not say."
    p.note#live-compare ?$1.Compare =$1.Compare
  p.error#live-error ?$1.Problem =$1.Problem
  button.secondary#live-again @click disabled={$1.Waiting} "다시 묻기" "Ask again"
`)
