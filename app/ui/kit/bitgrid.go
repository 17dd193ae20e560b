package kit

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BitGrid shows the 32 or 128 bits of an address, the network part (the
// first Prefix bits) apart from the host part, one button a bit. It is a
// component so that a keystroke elsewhere does not redraw its 128 buttons.
//
// A click on a bit moves the prefix to PickPrefix(bit, Prefix), which
// each button's title shows. The lesson handles the clicks, by delegation
// on an element around the grid: ClickedBit reads which bit an event hit.
type BitGrid struct {
	app.Compo
	ID     string
	Bits   string // '0' and '1', the most significant first
	Prefix int
	Label  string // what the grid shows, for screen readers
}

func (g *BitGrid) Render() app.UI {
	bits, prefix := g.Bits, g.Prefix
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
		buttons[i] = H(noLang, "button."+class, bits[i:i+1]).Attr("type", "button").Attr("value", i).
			Attr("title", "/"+strconv.Itoa(PickPrefix(i, prefix)))
	}
	return H(noLang, "div.bits#"+g.ID, buttons).Role("group").Aria("label", g.Label)
}

// PickPrefix is the prefix length a click on bit i of a grid with the
// given prefix sets: the network part then ends with that bit; a click on
// the last bit of the network part gives that bit to the host part.
func PickPrefix(i, prefix int) int {
	if i+1 == prefix {
		return i
	}
	return i + 1
}

// ClickedBit returns the index of the bit of the grid id that the click e
// hit, and false for a click elsewhere.
func ClickedBit(e app.Event, id string) (int, bool) {
	bit := e.Get("target").Call("closest", "#"+id+" .bit")
	if !bit.Truthy() {
		return 0, false
	}
	i, err := strconv.Atoi(bit.Get("value").String())
	return i, err == nil
}
