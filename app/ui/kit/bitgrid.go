package kit

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// BitGrid shows the 32 or 128 bits of an address, the network part (the
// first Prefix bits) apart from the host part, one button a bit. It is a
// component so that a keystroke elsewhere does not redraw its 128 buttons.
//
// A click on a bit moves the prefix to PickPrefix(bit, Prefix), which
// each button's title shows. The lesson handles the clicks, by delegation
// on an element around the grid: ClickedBit reads which bit an event hit.
//
// The grid is one Tab stop (a roving tabindex): the arrow keys move
// between its bits, Home and End to the first and the last, and Enter or
// Space clicks the bit. Each bit is named by its place, its value and its
// part ("bit 24: 1, network part").
type BitGrid struct {
	app.Compo
	ID     string
	Bits   string // '0' and '1', the most significant first
	Prefix int
	Label  string    // what the grid shows, for screen readers
	Lang   i18n.Lang // the language of the bits' names

	focus int // the bit the grid's Tab stop is on
}

func (g *BitGrid) Render() app.UI {
	bits, prefix := g.Bits, g.Prefix
	group := 8
	if len(bits) == 128 {
		group = 16
	}
	focus := g.stop()
	buttons := make([]app.UI, len(bits))
	for i := range bits {
		class := "bit"
		if i < prefix {
			class = "bit net"
		}
		if (i+1)%group == 0 && i+1 < len(bits) {
			class += " gap"
		}
		tab := -1
		if i == focus {
			tab = 0
		}
		buttons[i] = H(noLang, "button."+class, bits[i:i+1]).Attr("type", "button").Attr("value", i).
			Attr("title", "/"+strconv.Itoa(PickPrefix(i, prefix))).TabIndex(tab).
			Aria("label", BitName(g.Lang, i, bits[i], i < prefix))
	}
	return H(noLang, "div.bitgrid",
		H(noLang, "div.bits#"+g.ID, buttons).Role("toolbar").Aria("label", g.Label).
			On("focusin", g.onFocus).OnKeyDown(g.onKey),
	)
}

// stop is the bit that holds the Tab stop, within the bits shown.
func (g *BitGrid) stop() int {
	if g.focus < 0 || g.focus >= len(g.Bits) {
		return 0
	}
	return g.focus
}

// BitName is the accessible name of bit i (from 0, the most significant)
// of value v: its place counted from 1, as the prefix counts, its value
// and its part.
func BitName(l i18n.Lang, i int, v byte, network bool) string {
	part := txtHostPart
	if network {
		part = txtNetPart
	}
	return txtBit.In(l) + " " + strconv.Itoa(i+1) + ": " + string(v) + ", " + part.In(l)
}

// onFocus moves the Tab stop to the bit that took the focus, by a click
// or a key.
func (g *BitGrid) onFocus(ctx app.Context, e app.Event) {
	if i, ok := bitOf(e.Get("target"), g.ID); ok && i != g.focus {
		g.focus = i
	}
}

// onKey moves the focus along the grid: the arrows to the bit before or
// after, Home and End to either end.
func (g *BitGrid) onKey(ctx app.Context, e app.Event) {
	i, ok := bitOf(e.Get("target"), g.ID)
	if !ok {
		return
	}
	to, moved := BitKey(e.Get("key").String(), i, len(g.Bits))
	if !moved {
		return
	}
	e.PreventDefault() // the arrows, Home and End would scroll the page
	g.focus = to
	next := app.Window().Get("document").Call("querySelector", "#"+g.ID+` .bit[value="`+strconv.Itoa(to)+`"]`)
	if next.Truthy() {
		next.Call("focus")
	}
}

// BitKey is where a key moves the focus from bit i of n: the bit after
// (→, ↓), the bit before (←, ↑), the first (Home), the last (End); false
// for another key, or an arrow at the end it points to.
func BitKey(key string, i, n int) (int, bool) {
	to := i
	switch key {
	case "ArrowRight", "ArrowDown":
		to = i + 1
	case "ArrowLeft", "ArrowUp":
		to = i - 1
	case "Home":
		to = 0
	case "End":
		to = n - 1
	default:
		return i, false
	}
	if to < 0 || to >= n {
		return i, false
	}
	return to, true
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
	return bitOf(e.Get("target"), id)
}

// bitOf returns the index of the bit of the grid id at or around the
// element v.
func bitOf(v app.Value, id string) (int, bool) {
	if !v.Truthy() || v.Get("closest").IsUndefined() {
		return 0, false
	}
	bit := v.Call("closest", "#"+id+" .bit")
	if !bit.Truthy() {
		return 0, false
	}
	i, err := strconv.Atoi(bit.Get("value").String())
	return i, err == nil
}
