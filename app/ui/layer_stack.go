package ui

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/param"
)

// layerStack is the five layers of the Internet stack as a picture to
// explore, and the encapsulation of an HTTP request step by step: each
// layer down wraps what the layer above gave it in its own header, with
// the real bytes and the Python session that reads them back.
//
// URL: step=1…5, from the application layer down to the physical layer.
type layerStack struct {
	Layers          []concepts.LayerInfo
	Step            int           // index into Layers and wraps
	Cur             concepts.Wrap // what the step's layer makes
	Parts           []unitPart    // the parts of the unit, outside in
	Hex             []kit.HexRun
	Py              app.UI
	AtTop, AtBottom bool
	Count           string
	wraps           []concepts.Wrap
}

// unitPart is a part of the unit on the wire: a header, a trailer or the
// message the application wrote.
type unitPart struct {
	Name  i18n.T
	Bytes int
	Class string
	_     kit.NoCompare
}

// partNames are the short names of what each step adds.
var partNames = [...]i18n.T{
	{Ko: "HTTP 요청", En: "HTTP request"},
	{Ko: "TCP 헤더", En: "TCP header"},
	{Ko: "IP 헤더", En: "IP header"},
	{Ko: "이더넷 헤더", En: "Ethernet header"},
	{Ko: "프리앰블", En: "Preamble"},
}

// ethTrailer is the Ethernet frame check sequence, which the link layer
// puts behind the datagram rather than in front (IEEE 802.3 §3.1.1).
const ethTrailer = 4

func (w *layerStack) nav(q url.Values) {
	if w.wraps == nil {
		w.wraps, w.Layers = concepts.ExamplePacket().Wraps(), concepts.Layers()
	}
	w.setStep(param.Int(q, "step", 1, len(w.wraps), 1) - 1)
}

// setStep computes what step i shows.
func (w *layerStack) setStep(i int) {
	last := len(w.wraps) - 1
	w.Step, w.Cur, w.AtTop, w.AtBottom = i, w.wraps[i], i == 0, i == last
	w.Count = strconv.Itoa(i+1) + " / " + strconv.Itoa(last+1)
	w.Parts = nil
	var trailer []unitPart
	for j := i; j >= 0; j-- {
		wr := w.wraps[j]
		p := unitPart{Name: partNames[j], Bytes: wr.HeaderBytes, Class: "blk"}
		if j == 0 {
			p.Bytes = wr.Bytes
		}
		if j == i {
			p.Class += " new"
		}
		if wr.Layer == concepts.Link {
			p.Bytes -= ethTrailer
			trailer = []unitPart{{Name: i18n.Same("FCS"), Bytes: ethTrailer, Class: p.Class}}
		}
		w.Parts = append(w.Parts, p)
	}
	w.Parts = append(w.Parts, trailer...)
	var cuts []int
	switch {
	case w.Cur.Layer == concepts.Link:
		cuts = []int{w.Cur.HeaderBytes - ethTrailer, w.Cur.Bytes - ethTrailer}
	case i > 0:
		cuts = []int{w.Cur.HeaderBytes}
	}
	w.Hex = kit.HexRuns(w.Cur.Wire, cuts, "new", "old")
	w.Py = kit.NewTranscript("encap-py", encapSession(i, w.Cur.Wire))
}

func (w *layerStack) click(ctx app.Context, e app.Event) {
	i := w.Step
	switch kit.Act(ctx) {
	case "prev":
		i--
	case "next":
		i++
	default:
		i = kit.DataInt(ctx, "i")
	}
	if i < 0 || i >= len(w.wraps) {
		return
	}
	w.setStep(i)
	kit.ReplaceQuery(ctx, url.Values{"step": {strconv.Itoa(i + 1)}})
}

func (w *layerStack) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.click, vals: []any{w}}.ui(stackTpl)
}

var stackTpl = tpl(`
section.widget#stack
  h2 "인터넷 프로토콜 스택과 캡슐화" "The Internet protocol stack and encapsulation"
  p "계층을 눌러 보세요. 보내는 쪽에서는 각 계층이 위 계층에게 받은 것 앞에 자기 헤더를 붙이고(캡슐화), 받는 쪽에서는 아래 계층부터 거꾸로 벗겨 냅니다. 아래의 바이트는 www.python.org에 보내는 실제 요청입니다." "Press a layer. On the sending side each layer puts its own header in front of what the layer above gave it (encapsulation); on the receiving side the layers take them off again, from the bottom up. The bytes below are a real request to www.python.org."
  div.stack-grid
    ol.stack *$1.Layers@$1.Step
      li
        button class="layer {<}" @click data-i={#} aria-pressed={?}
          strong =Name
          span.role =Role
          span.ex ?Examples =Examples
          small
            - =Unit
            - " · "
            - =Address
    div.encap aria-live=polite
      h3#encap-unit =$1.Cur.Unit
      div.nest *$1.Parts
        span class={Class} =Name
          small =Bytes
            - " B"
      p#encap-explain =$1.Cur.Explain
      nav.stepnav
        button.secondary#encap-prev @click data-act=prev disabled={$1.AtTop} "↑ 위 계층" "↑ Layer above"
        span.count =$1.Count
        button#encap-next @click data-act=next disabled={$1.AtBottom} "아래 계층 ↓" "Layer below ↓"
  div.table-wrap
    table#encap-fields
      caption
        - ?$1.Cur.HeaderBytes "이 계층이 붙이는 것 " "What this layer adds: "
          - =$1.Cur.HeaderBytes
          - " B · "
        - "전체 크기 " "whole unit: "
        - =$1.Cur.Bytes
        - " B"
      tbody *$1.Cur.Header
        tr
          th =Name
          td
            code =Value
          td =Note
  pre.hexdump#encap-hex *$1.Hex
    span class={Class} =Text
  - =$1.Py
`)
