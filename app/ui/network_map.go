package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// networkMap draws a network as nodes and links, from the deck's client to
// www.python.org, and lets the student pick one of the three elements of a
// network to see where it is in the picture: the addresses of the ends,
// the links between neighbours, the data going across.
//
// URL: el=address|connection|transfer.
type networkMap struct {
	El       int // index into Elements; -1 for none
	Elements []concepts.Element
	Class    string // of the picture: which element it shows
	Detail   any    // what the chosen element is in the course, or a hint
	Packet   bool   // data transfer is chosen: a packet goes across
}

// elementKeys are the el parameter's values, in the order of
// concepts.Elements.
var elementKeys = [...]string{"address", "connection", "transfer"}

func (w *networkMap) nav(q url.Values) {
	w.set(-1)
	for i, k := range elementKeys {
		if q.Get("el") == k {
			w.set(i)
		}
	}
}

func (w *networkMap) set(i int) {
	w.El, w.Elements, w.Class, w.Detail, w.Packet = i, concepts.Elements(), "netmap", txtElementsHint, i == 2
	if i >= 0 {
		w.Class += " el-" + elementKeys[i]
		w.Detail = w.Elements[i].Course
	}
}

func (w *networkMap) click(ctx app.Context, e app.Event) {
	i := kit.DataInt(ctx, "i")
	if i < 0 || i >= len(elementKeys) || i == w.El {
		i = -1 // a second press puts the picture back
	}
	w.set(i)
	v := ""
	if i >= 0 {
		v = elementKeys[i]
	}
	kit.ReplaceQuery(ctx, url.Values{"el": {v}})
}

func (w *networkMap) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.click, vals: []any{w, concepts.Network, concepts.SenderReceiver}}.ui(networkTpl)
}

var (
	txtElementsHint = i18n.T{Ko: "요소를 눌러 그림에서 어디에 있는지 보세요.", En: "Press an element to see where it is in the picture."}
	networkTpl      = tpl(`
section.widget#network
  h2 "네트워크란?" "What is a network?"
  p =$2
  p.note =$3
  div#netmap class={$1.Class}
    div.node
      strong "노트북 (클라이언트)" "Laptop (client)"
      code.addr "(114.71.220.95, 59664)"
    div.link
      span "WiFi (무선)" "WiFi (radio)"
    div.node
      strong "공유기" "Wi-Fi router"
    div.link
      span "Ethernet (유선)" "Ethernet (cable)"
    div.node
      strong "인터넷의 라우터들" "Routers of the Internet"
    div.link
      span "광케이블" "Optical fibre"
    div.node
      strong "웹 서버" "Web server"
      code.addr "(www.python.org, 80)"
    div.packet ?$1.Packet aria-hidden=true "GET /"
  h3 "네트워크의 3가지 중요 요소" "Three essential elements of a network"
  div.elements *$1.Elements@$1.El
    button.element.secondary @click data-i={#} aria-pressed={?}
      strong =Name
      span =Need
  p.note#element-detail aria-live=polite =$1.Detail
`)
)
