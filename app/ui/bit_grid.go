package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// bitGrid shows the 32 or 128 bits of a network's address, the network
// part apart from the host part. It is a component so that a keystroke
// elsewhere does not redraw its 128 buttons. A click on a bit is the
// page's to handle (ipaddressPage.onClick): the button's value is the
// bit's index.
type bitGrid struct {
	app.Compo
	S     gridState
	Label string
}

func (g *bitGrid) Render() app.UI {
	bits, prefix := g.S.Bits, g.S.Prefix
	group := 8
	if len(bits) == 128 {
		group = 16
	}
	buttons := make([]app.UI, len(bits))
	for i := range bits {
		class := "bit"
		if i < prefix {
			class = "bit net"
		}
		if (i+1)%group == 0 && i+1 < len(bits) {
			class += " gap"
		}
		buttons[i] = h("button", class, bits[i:i+1]).Attr("type", "button").Attr("value", i).
			Attr("title", "/"+strconv.Itoa(pickPrefix(i, prefix)))
	}
	return h("div", "bits", buttons).ID("net-bits").Role("group").Aria("label", g.Label)
}
