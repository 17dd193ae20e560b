package network

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// placementWidget is the exercise that puts protocols on the layers of
// the stack, by dragging a protocol onto a layer or, without a mouse, by
// choosing a protocol and then a layer (click, tap or keyboard).
type placementWidget struct {
	placement
	dnd app.Func
}

// mount listens for drag and drop on the document. go-app runs event
// handlers later, on its own goroutine, too late to accept a drop; this
// listener answers the browser at once and passes the rest on.
func (w *placementWidget) mount(ctx app.Context) {
	w.dnd = app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		t := e.Get("target")
		if !t.Get("closest").Truthy() {
			return nil // a text node
		}
		// A protocol is dragged from its chip, dropped on a layer's zone.
		x := t.Call("closest", "#placement [data-proto], #placement [data-layer]")
		if !x.Truthy() {
			return nil
		}
		typ := e.Get("type").String()
		v := x.Get("dataset").Get("layer")
		if typ == "dragstart" {
			v = x.Get("dataset").Get("proto")
		}
		if !v.Truthy() {
			return nil // a chip is not a layer, nor a layer a chip
		}
		if typ == "dragstart" {
			e.Get("dataTransfer").Call("setData", "text/plain", v.String())
		} else {
			e.Call("preventDefault") // accepts the drop
		}
		if typ != "dragover" {
			s := v.String()
			ctx.Dispatch(func(app.Context) { w.dropped(typ, s) })
		}
		return nil
	})
	doc := app.Window().Get("document")
	for _, ev := range dndEvents {
		doc.Call("addEventListener", ev, w.dnd)
	}
}

// dropped takes a protocol picked up (v is its ID) or dropped on a layer
// (v is the zone's index).
func (w *placementWidget) dropped(typ, v string) {
	if typ == "dragstart" {
		w.choose(v)
		return
	}
	i, _ := strconv.Atoi(v)
	w.place(layerAt(i))
}

var dndEvents = [...]string{"dragstart", "dragover", "drop"}

func (w *placementWidget) dismount() {
	if w.dnd == nil {
		return
	}
	doc := app.Window().Get("document")
	for _, ev := range dndEvents {
		doc.Call("removeEventListener", ev, w.dnd)
	}
	w.dnd.Release()
	w.dnd = nil
}

func (w *placementWidget) click(ctx app.Context, e app.Event) {
	switch kit.Act(ctx) {
	case "chip":
		id := ctx.JSSrc().Get("dataset").Get("proto").String()
		if id == w.sel {
			id = ""
		}
		w.choose(id)
	case "reset":
		w.placement = newPlacement()
	case "zone":
		w.place(layerAt(kit.DataInt(ctx, "layer")))
	}
}

func (w *placementWidget) render(l i18n.Lang) app.UI {
	chips := make([]app.UI, len(w.pool))
	for i, p := range w.pool {
		chips[i] = kit.H(l, "button.chip"+"#"+"chip-"+p.ID, p.Name).Attr("data-act", "chip").Attr("data-proto", p.ID).
			Attr("draggable", "true").Aria("pressed", i == w.at).OnClick(w.click)
	}
	zones := make([]app.UI, len(w.zones))
	for i, z := range w.zones {
		placed := make([]app.UI, len(z.placed))
		for j, p := range z.placed {
			placed[j] = kit.H(l, "span.chip.placed", p.Name)
		}
		zones[i] = kit.H(l, "li.zone"+"#"+"zone-"+z.Layer.String(),
			kit.H(l, "button.secondary", kit.H(l, "strong", z.Name), kit.H(l, "small", z.Role)).
				Attr("data-act", "zone").Attr("data-layer", i).OnClick(w.click),
			placed,
		).Attr("data-layer", i)
	}
	var head, verdict, all app.UI
	if w.head.Ko != "" {
		head = kit.H(l, "strong", w.head)
	}
	if w.last.Explain.Ko != "" {
		verdict = kit.H(l, "p."+"verdict "+kit.VerdictClass(w.last.Verdict)+"#placement-verdict", w.last.Explain).
			Attr("data-verdict", w.last.Verdict.String())
	}
	if len(w.pool) == 0 {
		all = kit.H(l, "strong", i18n.T{Ko: " 모두 맞혔습니다!", En: " All done!"})
	}
	return kit.H(l, "section.widget#placement",
		kit.H(l, "h2", i18n.T{Ko: "연습: 프로토콜을 계층에 놓기", En: "Exercise: put each protocol on its layer"}),
		kit.H(l, "p", i18n.T{
			Ko: "프로토콜을 계층으로 끌어다 놓거나, 프로토콜을 누른 다음 계층을 누르세요(키보드: Tab과 Enter). 답마다 맞는지와 그 이유를 알려 줍니다.",
			En: "Drag a protocol onto a layer, or press a protocol and then a layer (keyboard: Tab and Enter). Every answer is checked and explained.",
		}),
		kit.H(l, "div.pool", chips).Role("group"),
		kit.H(l, "ol.zones", zones),
		kit.H(l, "div#placement-feedback", head, verdict).Aria("live", "polite"),
		kit.H(l, "p.score#placement-score",
			i18n.T{Ko: "맞게 놓은 프로토콜 ", En: "Placed right: "}.In(l)+strconv.Itoa(w.right())+" / "+strconv.Itoa(w.of())+
				i18n.T{Ko: " · 틀린 시도 ", En: " · wrong tries: "}.In(l)+strconv.Itoa(w.mistakes),
			all,
		),
		kit.H(l, "button.secondary#placement-reset", i18n.T{Ko: "처음부터", En: "Start over"}).
			Attr("data-act", "reset").OnClick(w.click),
		kit.SkillLink(l, "network.layer"),
	)
}

// levels is the deck's two levels of Python networking.
func levels(l i18n.Lang) app.UI {
	lv := concepts.Levels()
	cards := make([]app.UI, len(lv))
	for i, x := range lv {
		ex := make([]app.UI, len(x.Examples))
		for j, e := range x.Examples {
			ex[j] = kit.H(l, "li", e)
		}
		cards[i] = kit.H(l, "div.card", kit.H(l, "h3", x.Name), kit.H(l, "p", x.What), kit.H(l, "ul", ex))
	}
	return kit.H(l, "section.widget#levels",
		kit.H(l, "h2", i18n.T{Ko: "파이썬 네트워킹: 두 가지 레벨", En: "Networking in Python: two levels"}),
		kit.H(l, "p", i18n.T{
			Ko: "네트워크 프로그래밍은 Python의 주된 용도 중 하나입니다. 표준 라이브러리가 다양한 네트워크 관련 모듈을 제공하므로, C/C++보다 훨씬 간단하게 네트워크 프로그램을 작성할 수 있습니다.",
			En: "Network programming is one of Python's main uses. Its standard library has many network modules, so a network program is much simpler to write than in C/C++.",
		}),
		kit.H(l, "div.cards", cards),
		kit.H(l, "p", kit.A(l, "", "/sockets", i18n.T{Ko: "소켓과 파이썬 네트워크 모듈 →", En: "Sockets and Python's network modules →"})),
	)
}
