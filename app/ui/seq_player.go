package ui

import (
	"net/url"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/param"
)

// seqPlayer is a sequence diagram of socket calls, TCP's or UDP's, that
// the student steps through or plays and pauses: each step shows who acts,
// the line of Python, what goes on the wire, the call's result and the TCP
// states, and the session of one interpreter grows with it.
//
// URL: tcp=0… or udp=0…, the number of steps done.
type seqPlayer struct {
	Proto          string // "tcp" or "udp", also the URL parameter
	Transfer       concepts.Transfer
	Rows           []seqRow // the steps done
	Sel            int      // index of the last step done; -1 for none
	Cur            concepts.Step
	Call           concepts.Call // the socket function of the last step done
	AtStart, AtEnd bool
	Playing        bool
	Count          string
	Py             app.UI

	steps []concepts.Step
	gen   int // counts plays, so that a stopped play's tick does nothing
}

// seqRow is a step as the diagram shows it.
type seqRow struct {
	Sides [2]seqSide // client, server
	Arrow string     // what goes on the wire, with its direction
	_     kit.NoCompare
}

// seqSide is one side's part of a step.
type seqSide struct {
	Who     i18n.T // the side's name, for narrow screens that show one side a row
	Acts    bool
	OS      bool // the OS acts, not the program
	Returns bool // a call that waited returns
	State   string
	concepts.Step
	_ kit.NoCompare
}

// sideNames are the names of the client and the server.
var sideNames = [2]i18n.T{{Ko: "클라이언트", En: "Client"}, {Ko: "서버", En: "Server"}}

// seqTick is how long a step lasts when playing.
const seqTick = 1500 * time.Millisecond

func newSeqPlayer(proto string, t concepts.Transfer, steps []concepts.Step) seqPlayer {
	w := seqPlayer{Proto: proto, Transfer: t, steps: steps}
	w.setStep(0)
	return w
}

func (w *seqPlayer) nav(q url.Values) {
	w.setStep(param.Int(q, w.Proto, 0, len(w.steps), 0))
}

func (w *seqPlayer) setStep(n int) {
	w.Sel, w.AtStart, w.AtEnd = n-1, n == 0, n == len(w.steps)
	w.Count = strconv.Itoa(n) + " / " + strconv.Itoa(len(w.steps))
	w.Cur, w.Call = concepts.Step{}, concepts.Call{}
	if n > 0 {
		w.Cur = w.steps[n-1]
		for _, c := range concepts.Calls() {
			if c.Name == w.Cur.Call {
				w.Call = c
			}
		}
	}
	w.Rows = w.Rows[:0]
	waiting := map[concepts.Side]string{} // the result of a call that waits, by side
	for _, st := range w.steps[:n] {
		var r seqRow
		for i, side := range [2]concepts.Side{concepts.Client, concepts.Server} {
			acts := st.Side == side
			c := seqSide{Who: sideNames[i], Acts: acts, OS: acts && st.Call == "", Returns: acts && st.Call != "" && st.Code == "",
				State: st.ClientState, Step: st}
			if i == 1 {
				c.State = st.ServerState
			}
			switch {
			case acts && st.Blocks:
				// The result shows when the call returns, not when it starts.
				waiting[side], c.Result = st.Result, ""
			case c.Returns && c.Result == "":
				c.Result = waiting[side]
			}
			r.Sides[i] = c
		}
		if st.Sends != "" {
			r.Arrow = st.Sends + " →"
			if st.Side == concepts.Server {
				r.Arrow = "← " + st.Sends
			}
		}
		w.Rows = append(w.Rows, r)
	}
	w.Py = kit.NewTranscript(w.Proto+"-py", seqSession(w.steps, n))
}

func (w *seqPlayer) click(ctx app.Context, e app.Event) {
	n := w.Sel + 1
	switch kit.Act(ctx) {
	case "reset":
		n = 0
		w.Playing = false
	case "prev":
		n--
		w.Playing = false
	case "next":
		n++
		w.Playing = false
	case "play":
		if w.Playing = !w.Playing; w.Playing {
			if n == len(w.steps) {
				n = 0
			}
			w.gen++
			w.tick(ctx, w.gen)
		}
	}
	w.goTo(ctx, n)
}

func (w *seqPlayer) goTo(ctx app.Context, n int) {
	if n < 0 || n > len(w.steps) {
		return
	}
	w.setStep(n)
	kit.ReplaceQuery(ctx, url.Values{w.Proto: {strconv.Itoa(n)}})
}

// tick plays one step after seqTick, and the next after it, until the end
// or a pause.
func (w *seqPlayer) tick(ctx app.Context, gen int) {
	ctx.After(seqTick, func(ctx app.Context) {
		if !w.Playing || gen != w.gen {
			return
		}
		w.goTo(ctx, w.Sel+2)
		if w.AtEnd {
			w.Playing = false
			return
		}
		w.tick(ctx, gen)
	})
}

// stop ends a play when the page goes.
func (w *seqPlayer) stop() {
	w.Playing = false
	w.gen++
}

func (w *seqPlayer) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.click, vals: []any{w}}.ui(seqTpl)
}

var seqTpl = tpl(`
section.widget.seq id={$1.Proto}
  h2
    - =$1.Transfer.Proto
    - ": "
    - =$1.Transfer.Name
  p =$1.Transfer.How
  div.seq-head aria-hidden=true
    span "클라이언트" "Client"
    span "네트워크" "Network"
    span "서버" "Server"
  ol.seq-rows id={$1.Proto}-rows *$1.Rows@$1.Sel
    li.seq-row data-current={?}
      - *Sides
        div class="side side-{#}" data-acts={Acts}
          small.who =Who
          - ?Acts
            code ?Code =Code
            span.os ?OS "(운영체제)" "(the OS)"
            span.call ?Returns =Call
              - " 반환" " returns"
            span.result ?Result "→ "
              - =Result
            span.wait ?Blocks "⏳ 기다림" "⏳ waits"
          small.state ?State =State
      div.wire =Arrow
  div.seq-now aria-live=polite
    p.note ?!$1.Cur.Side "▶ 재생이나 다음 단계를 누르세요." "Press ▶ Play or Next step."
    p id={$1.Proto}-explain ?$1.Cur.Side =$1.Cur.Explain
    p.note id={$1.Proto}-call ?$1.Call.Name
      code =$1.Call.Name
      - ": "
      - =$1.Call.What
  nav.stepnav
    button.secondary id={$1.Proto}-reset @click data-act=reset disabled={$1.AtStart} "⏮ 처음" "⏮ Start"
    button.secondary id={$1.Proto}-prev @click data-act=prev disabled={$1.AtStart} "◀ 이전" "◀ Back"
    button id={$1.Proto}-play @click data-act=play aria-pressed={$1.Playing}
      - ?!$1.Playing "▶ 재생" "▶ Play"
      - ?$1.Playing "⏸ 멈춤" "⏸ Pause"
    button.secondary id={$1.Proto}-next @click data-act=next disabled={$1.AtEnd} "다음 단계 ▶" "Next step ▶"
    span.count id={$1.Proto}-count =$1.Count
  p.note "아래는 같은 호출을 파이썬 인터프리터 하나에서 서버와 클라이언트 번갈아 실행한 세션입니다. 기다리는 호출(accept, recvfrom)은 상대가 움직인 뒤에 부르고, 서버는 OS가 고른 빈 포트(0)를 씁니다. 서버가 받은 클라이언트 주소 addr의 포트는 클라이언트의 OS가 고른 바로 그 포트입니다." "Below, the same calls typed into one Python interpreter, server and client in turn. A call that waits (accept, recvfrom) is made once the other side has acted, and the server takes a free port the OS picks (0). The port of the client's address addr, as the server gets it, is the very port the client's OS picked."
  - =$1.Py
`)
