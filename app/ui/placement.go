package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// placement is the exercise that puts protocols on the layers of the
// stack, by dragging a protocol onto a layer or, without a mouse, by
// choosing a protocol and then a layer (click, tap or keyboard). Every
// answer gets a verdict and why; a right answer stays on its layer.
type placement struct {
	Pool  []concepts.Protocol // the protocols still to place
	Sel   int                 // index into Pool of the chosen one; -1 for none
	Zones []zone
	Head  i18n.T // what the last answer was: "HTTP → …"
	Last  concepts.Feedback
	Class string // of the verdict's box
	Score score

	placed   map[string]concepts.Layer // the protocols placed right
	sel      string                    // ID of the chosen protocol
	mistakes int
	dnd      app.Func
}

// zone is a layer of the exercise and the protocols placed on it.
type zone struct {
	concepts.LayerInfo
	Placed []concepts.Protocol
}

// score is how an exercise goes: right answers of so many, and wrong ones.
type score struct {
	Right, Of, Wrong int
	All              bool // every answer is right
	_                kit.NoCompare
}

func (w *placement) reset() {
	*w = placement{placed: map[string]concepts.Layer{}, dnd: w.dnd}
	w.derive()
}

// derive sorts the protocols into the pool and the zones.
func (w *placement) derive() {
	protos := concepts.Protocols()
	w.Pool, w.Zones, w.Sel, w.Class = nil, nil, -1, kit.VerdictClass(w.Last.Verdict)
	for _, li := range concepts.Layers() {
		w.Zones = append(w.Zones, zone{LayerInfo: li})
	}
	for _, p := range protos {
		at, ok := w.placed[p.ID]
		if !ok {
			if p.ID == w.sel {
				w.Sel = len(w.Pool)
			}
			w.Pool = append(w.Pool, p)
			continue
		}
		z := &w.Zones[len(w.Zones)-int(at)] // Layers runs from the top
		z.Placed = append(z.Placed, p)
	}
	w.Score = score{Right: len(w.placed), Of: len(protos), Wrong: w.mistakes, All: len(w.Pool) == 0}
}

// mount listens for drag and drop on the document. go-app runs event
// handlers later, on its own goroutine, too late to accept a drop; this
// listener answers the browser at once and passes the rest on.
func (w *placement) mount(ctx app.Context) {
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
func (w *placement) dropped(typ, v string) {
	if typ == "dragstart" {
		w.choose(v)
		return
	}
	i, _ := strconv.Atoi(v)
	w.place(layerAt(i))
}

var dndEvents = [...]string{"dragstart", "dragover", "drop"}

func (w *placement) dismount() {
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

func (w *placement) click(ctx app.Context, e app.Event) {
	switch kit.Act(ctx) {
	case "chip":
		id := ctx.JSSrc().Get("dataset").Get("proto").String()
		if id == w.sel {
			id = ""
		}
		w.choose(id)
	case "reset":
		w.reset()
	case "zone":
		w.place(layerAt(kit.DataInt(ctx, "layer")))
	}
}

func (w *placement) choose(id string) {
	w.sel = id
	w.derive()
}

// layerAt returns the layer of the zone at index i, counted from the top
// as concepts.Layers lists them; the zero Layer for no zone.
func layerAt(i int) concepts.Layer {
	layers := concepts.Layers()
	if i < 0 || i >= len(layers) {
		return 0
	}
	return layers[i].Layer
}

// place answers "the chosen protocol is on layer".
func (w *placement) place(layer concepts.Layer) {
	p, ok := concepts.LookupProtocol(w.sel)
	if !ok {
		w.Head.Ko, w.Head.En = "", ""
		w.Last = concepts.Feedback{Explain: txtPickFirst}
		w.derive()
		return
	}
	if _, done := w.placed[p.ID]; done {
		return
	}
	li, _ := layer.Info()
	w.Head = i18n.T{Ko: p.Name.Ko + " → " + li.Name.Ko, En: p.Name.En + " → " + li.Name.En}
	w.Last = concepts.Check(p.ID, layer)
	if w.Last.Verdict == concepts.Correct {
		w.placed[p.ID] = layer
		w.sel = ""
	} else {
		w.mistakes++
	}
	w.derive()
}

func (w *placement) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.click, vals: []any{w}}.ui(placementTpl)
}

var (
	txtPickFirst = i18n.T{Ko: "먼저 프로토콜을 고르세요.", En: "Choose a protocol first."}
	placementTpl = tpl(`
section.widget#placement
  h2 "연습: 프로토콜을 계층에 놓기" "Exercise: put each protocol on its layer"
  p "프로토콜을 계층으로 끌어다 놓거나, 프로토콜을 누른 다음 계층을 누르세요(키보드: Tab과 Enter). 답마다 맞는지와 그 이유를 알려 줍니다." "Drag a protocol onto a layer, or press a protocol and then a layer (keyboard: Tab and Enter). Every answer is checked and explained."
  div.pool role=group *$1.Pool@$1.Sel
    button.chip @click id=chip-{ID} data-act=chip data-proto={ID} draggable=true aria-pressed={?} =Name
  ol.zones *$1.Zones
    li.zone id=zone-{Layer} data-layer={#}
      button.secondary @click data-act=zone data-layer={#}
        strong =Name
        small =Role
      - *Placed
        span.chip.placed =Name
  div#placement-feedback aria-live=polite
    strong ?$1.Head =$1.Head
    p#placement-verdict ?$1.Last.Explain class="verdict {$1.Class}" data-verdict={$1.Last.Verdict} =$1.Last.Explain
  p.score#placement-score
    - "맞게 놓은 프로토콜 " "Placed right: "
    - =$1.Score.Right
    - " / "
    - =$1.Score.Of
    - " · 틀린 시도 " " · wrong tries: "
    - =$1.Score.Wrong
    strong ?$1.Score.All " 모두 맞혔습니다!" " All done!"
  button.secondary#placement-reset @click data-act=reset "처음부터" "Start over"
`)
)
