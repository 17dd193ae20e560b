package sockets

import (
	"net/url"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// player is a sequence diagram that the student steps through, or plays
// and pauses.
type player struct {
	sequence
	playing bool
	gen     int // counts plays, so that a stopped play's tick does nothing
}

// seqTick is how long a step lasts when playing.
const seqTick = 1500 * time.Millisecond

func (w *player) nav(q url.Values) {
	w.sequence = sequenceOf(q, w.proto, w.transfer, w.steps)
}

func (w *player) click(ctx app.Context, e app.Event) {
	n := w.n
	switch kit.Act(ctx) {
	case "reset":
		n = 0
		w.playing = false
	case "prev":
		n--
		w.playing = false
	case "next":
		n++
		w.playing = false
	case "play":
		if w.playing = !w.playing; w.playing {
			if n == len(w.steps) {
				n = 0
			}
			w.gen++
			w.tick(ctx, w.gen)
		}
	}
	w.goTo(ctx, n)
}

func (w *player) goTo(ctx app.Context, n int) {
	if n < 0 || n > len(w.steps) {
		return
	}
	w.sequence = sequenceAt(n, w.proto, w.transfer, w.steps)
	kit.ReplaceQuery(ctx, w.query())
}

// tick plays one step after seqTick, and the next after it, until the end
// or a pause.
func (w *player) tick(ctx app.Context, gen int) {
	ctx.After(seqTick, func(ctx app.Context) {
		if !w.playing || gen != w.gen {
			return
		}
		w.goTo(ctx, w.n+1)
		if w.atEnd() {
			w.playing = false
			return
		}
		w.tick(ctx, gen)
	})
}

// stop ends a play when the page goes.
func (w *player) stop() {
	w.playing = false
	w.gen++
}

func (w *player) render(l i18n.Lang) app.UI {
	id := w.proto
	rows := make([]app.UI, len(w.rows))
	for i, r := range w.rows {
		sides := make([]app.UI, len(r.sides))
		for j, s := range r.sides {
			var acts []app.UI
			if s.acts {
				if s.Code != "" {
					acts = append(acts, kit.H(l, "code", s.Code))
				}
				if s.os {
					acts = append(acts, kit.H(l, "span.os", i18n.T{Ko: "(운영체제)", En: "(the OS)"}))
				}
				if s.returns {
					acts = append(acts, kit.H(l, "span.call", s.Call+i18n.T{Ko: " 반환", En: " returns"}.In(l)))
				}
				if s.Result != "" {
					acts = append(acts, kit.H(l, "span.result", "→ "+s.Result))
				}
				if s.Blocks {
					acts = append(acts, kit.H(l, "span.wait", i18n.T{Ko: "⏳ 기다림", En: "⏳ waits"}))
				}
			}
			var state app.UI
			if s.state != "" {
				state = kit.H(l, "small.state", s.state)
			}
			sides[j] = kit.H(l, "div."+"side side-"+strconv.Itoa(j), kit.H(l, "small.who", sideNames[j]), acts, state).
				Attr("data-acts", kit.Bool(s.acts))
		}
		rows[i] = kit.H(l, "li.seq-row", sides, kit.H(l, "div.wire", r.arrow)).Attr("data-current", kit.Bool(i == w.n-1))
	}
	var now, call app.UI
	if w.cur.Side == 0 {
		now = kit.H(l, "p.note", i18n.T{Ko: "▶ 재생이나 다음 단계를 누르세요.", En: "Press ▶ Play or Next step."})
	} else {
		now = kit.H(l, "p"+"#"+id+"-explain", w.cur.Explain)
	}
	if w.call.Name != "" {
		call = kit.H(l, "p.note"+"#"+id+"-call", kit.H(l, "code", w.call.Name), ": "+w.call.What.In(l))
	}
	play := i18n.T{Ko: "▶ 재생", En: "▶ Play"}
	if w.playing {
		play = i18n.T{Ko: "⏸ 멈춤", En: "⏸ Pause"}
	}
	button := func(class, act string, label i18n.T, disabled bool) app.UI {
		return kit.H(l, "button."+class+"#"+id+"-"+act, label).Attr("data-act", act).
			Attr("disabled", kit.Bool(disabled)).OnClick(w.click)
	}
	return kit.H(l, "section.widget.seq"+"#"+id,
		kit.H(l, "h2", w.transfer.Proto+": "+w.transfer.Name.In(l)),
		kit.H(l, "p", w.transfer.How),
		kit.H(l, "div.seq-head",
			kit.H(l, "span", i18n.T{Ko: "클라이언트", En: "Client"}),
			kit.H(l, "span", i18n.T{Ko: "네트워크", En: "Network"}),
			kit.H(l, "span", i18n.T{Ko: "서버", En: "Server"}),
		).Aria("hidden", true),
		kit.H(l, "ol.seq-rows"+"#"+id+"-rows", rows),
		kit.H(l, "div.seq-now", now, call).Aria("live", "polite"),
		kit.H(l, "nav.stepnav",
			button("secondary", "reset", i18n.T{Ko: "⏮ 처음", En: "⏮ Start"}, w.atStart()),
			button("secondary", "prev", i18n.T{Ko: "◀ 이전", En: "◀ Back"}, w.atStart()),
			kit.H(l, "button"+"#"+id+"-play", play).Attr("data-act", "play").Aria("pressed", w.playing).OnClick(w.click),
			button("secondary", "next", i18n.T{Ko: "다음 단계 ▶", En: "Next step ▶"}, w.atEnd()),
			kit.H(l, "span.count"+"#"+id+"-count", w.count()),
		),
		kit.H(l, "p.note", i18n.T{
			Ko: "아래는 같은 호출을 파이썬 인터프리터 하나에서 서버와 클라이언트 번갈아 실행한 세션입니다. 기다리는 호출(accept, recvfrom)은 상대가 움직인 뒤에 부르고, 서버는 OS가 고른 빈 포트(0)를 씁니다. 서버가 받은 클라이언트 주소 addr의 포트는 클라이언트의 OS가 고른 바로 그 포트입니다.",
			En: "Below, the same calls typed into one Python interpreter, server and client in turn. A call that waits (accept, recvfrom) is made once the other side has acted, and the server takes a free port the OS picks (0). The port of the client's address addr, as the server gets it, is the very port the client's OS picked.",
		}),
		kit.NewTranscript(id+"-py", w.py),
	)
}
