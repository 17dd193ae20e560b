package ui

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// queryInt reads the integer parameter key of q: def when it is missing or
// not a number, clamped to [lo, hi] otherwise, so that a hand-edited link
// still opens on a state the widget has.
func queryInt(q url.Values, key string, lo, hi, def int) int {
	n, err := strconv.Atoi(q.Get(key))
	if err != nil {
		return def
	}
	return min(max(n, lo), hi)
}

// dataInt reads the data-key attribute of the element an event came
// from, as a number: -1 when it is missing or not one. Lists use it so
// that one handler serves every item.
func dataInt(ctx app.Context, key string) int {
	n, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get(key).String())
	if err != nil {
		return -1
	}
	return n
}
