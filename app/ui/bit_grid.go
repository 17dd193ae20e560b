package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// bitGrid shows the 32 or 128 bits of a network's address, the network
// part apart from the host part. Clicking a bit moves the prefix there
// (pickPrefix) and navigates to that network, so the URL follows.
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
		buttons[i] = app.Button().Type("button").Class(class).Value(i).
			Title("/" + strconv.Itoa(pickPrefix(i, prefix))).Text(bits[i : i+1])
	}
	// One handler for the grid: a click on a bit bubbles up to it.
	return app.Div().Class("bits").ID("net-bits").Role("group").Aria("label", g.Label).
		OnClick(g.onClick).Body(buttons...)
}

func (g *bitGrid) onClick(ctx app.Context, e app.Event) {
	v := e.Get("target").Get("value")
	if v.Type() != app.TypeString {
		return
	}
	i, err := strconv.Atoi(v.String())
	if err != nil || i < 0 || i >= len(g.S.Bits) {
		return
	}
	u := *ctx.Page().URL()
	q := u.Query()
	q.Set(qNet, gridNet(g.S.Base, pickPrefix(i, g.S.Prefix), g.S.Strict))
	q.Del(qHosts)
	q.Del(qPrefix)
	q.Del(qSubnets)
	u.RawQuery = q.Encode()
	ctx.NavigateTo(&u)
}
