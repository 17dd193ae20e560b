package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// portsQuiz is the deck's table of well-known ports as a self-check: the
// student names the service of each port, or the port of each service,
// and each answer is checked and explained. A row answered shows the
// Python session that looks it up both ways.
//
// URL: ask=port to ask for the ports (the default asks for the services).
type portsQuiz struct {
	AskPort, AskService bool
	Rows                []portRow
	Head                i18n.T // the column asked for
	Mode                string // the inputmode of the boxes
	Score               score
	Off                 bool // the boxes wait for the app to start
}

// portRow is a row of the quiz as shown.
type portRow struct {
	concepts.WellKnownPort
	Given string // what the row shows: the port, or the service
	Fb    concepts.Feedback
	Class string
	Py    app.UI
}

func (w *portsQuiz) nav(q url.Values) {
	if ask := q.Get("ask") == "port"; ask != w.AskPort || w.Rows == nil {
		w.reset(ask)
	}
}

func (w *portsQuiz) reset(askPort bool) {
	w.AskPort, w.AskService, w.Rows = askPort, !askPort, nil
	w.Head, w.Mode = i18n.T{Ko: "서비스", En: "Service"}, "text"
	if askPort {
		w.Head, w.Mode = i18n.T{Ko: "포트", En: "Port"}, "numeric"
	}
	for _, p := range concepts.WellKnownPorts() {
		r := portRow{WellKnownPort: p, Given: strconv.Itoa(int(p.Port))}
		if askPort {
			r.Given = p.Label
		}
		w.Rows = append(w.Rows, r)
	}
	w.Score = score{Of: len(w.Rows)}
}

func (w *portsQuiz) event(ctx app.Context, e app.Event) {
	switch a := kit.Act(ctx); a {
	case "port", "service":
		if w.AskPort == (a == "port") {
			return
		}
		w.reset(a == "port")
		// The boxes keep what was typed in them unless told otherwise.
		for _, r := range w.Rows {
			app.Window().GetElementByID("port-"+strconv.Itoa(int(r.Port))).Set("value", "")
		}
		v := ""
		if w.AskPort {
			v = "port"
		}
		kit.ReplaceQuery(ctx, url.Values{"ask": {v}})
	default:
		if i := kit.DataInt(ctx, "i"); i >= 0 && i < len(w.Rows) {
			w.answer(i, ctx.JSSrc().Get("value").String())
		}
	}
}

// answer checks the answer to row i.
func (w *portsQuiz) answer(i int, answer string) {
	r := &w.Rows[i]
	if w.AskPort {
		r.Fb = concepts.CheckPort(r.Service, answer)
	} else {
		r.Fb = concepts.CheckService(r.Port, answer)
	}
	r.Class, r.Py = kit.VerdictClass(r.Fb.Verdict), nil
	if r.Fb.Verdict != concepts.Invalid {
		r.Py = &kit.Transcript{ID: "ports-py-" + strconv.Itoa(int(r.Port)), Lines: strings.Split(r.Python(), "\n")}
	}
	w.Score.Right = 0
	for _, r := range w.Rows {
		if r.Fb.Verdict == concepts.Correct {
			w.Score.Right++
		}
	}
	w.Score.All = w.Score.Right == w.Score.Of
}

func (w *portsQuiz) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.event, vals: []any{w}}.ui(portsTpl)
}

var portsTpl = tpl(`
section.widget#ports
  h2 "알려진 포트 번호 (well-known ports)" "Well-known ports"
  p "널리 쓰이는 서비스의 서버 쪽 포트는 미리 정해져 있고, 클라이언트 쪽 포트는 OS가 임의로 할당합니다. 덱의 표를 가리고 스스로 확인해 보세요: 답을 적고 Enter를 누르면 채점합니다. 답한 줄에는 같은 것을 socket 모듈로 찾는 파이썬 세션이 나옵니다." "The server-side ports of widely used services are fixed in advance; the client-side port is picked by the OS. Check yourself with the deck's table hidden: type an answer and press Enter to have it checked. A row answered shows the Python session that looks it up with the socket module."
  div.stepnav role=group
    button.secondary#ask-service @click data-act=service aria-pressed={$1.AskService} "포트 → 서비스 맞히기" "Port → name the service"
    button.secondary#ask-port @click data-act=port aria-pressed={$1.AskPort} "서비스 → 포트 맞히기" "Service → name the port"
  div.table-wrap
    table.quiz
      thead
        tr
          th ?$1.AskService "포트" "Port"
          th ?$1.AskPort "서비스" "Service"
          th =$1.Head
      tbody *$1.Rows
        tr id=port-row-{Port}
          th =Given
          td
            input @change id=port-{Port} data-i={#} type=text inputmode={$1.Mode} autocomplete=off spellcheck=false aria-label={Given} disabled={$1.Off}
            p ?Fb.Explain id=port-fb-{Port} class="verdict {Class}" data-verdict={Fb.Verdict} =Fb.Explain
            - =Py
  p.score#ports-score
    - "맞힌 줄 " "Right: "
    - =$1.Score.Right
    - " / "
    - =$1.Score.Of
    strong ?$1.Score.All " 모두 맞혔습니다!" " All right!"
`)
