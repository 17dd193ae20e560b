package kit

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The URL holds what the student sees (docs/CONTRACT.md): a page computes
// its state from the URL in OnNav, and a widget changes the state by
// changing the URL. Package param reads the URL; these helpers write it
// and read the events that change it.

// ReplaceQuery sets the query parameters in set (a nil value removes the
// parameter; an empty one stays, since a cleared input differs from an
// absent one, which means the lesson's default) and navigates there,
// replacing the history entry rather than pushing one for every keystroke.
//
// It navigates through go-app, which calls OnNav (the page recomputes,
// the language switch follows) and remembers the address: go-app ignores
// a link to the address it last navigated to, so an address changed
// behind its back would make the link back to the lesson's first state
// dead. go-app only pushes history entries; for this one navigation its
// pushState is replaceState. It returns the new address, so that a page
// whose handler already computed the new state can skip the OnNav it
// causes.
func ReplaceQuery(ctx app.Context, set url.Values) string {
	u := *ctx.Page().URL()
	q := u.Query()
	for k, vs := range set {
		q.Del(k)
		for _, v := range vs {
			q.Add(k, v)
		}
	}
	u.RawQuery = q.Encode()
	if app.IsServer {
		return u.String()
	}
	history := app.Window().Get("history")
	push := history.Get("pushState")
	history.Set("pushState", history.Get("replaceState"))
	defer history.Set("pushState", push)
	ctx.NavigateTo(&u)
	return u.String()
}

// Value returns the value of the input an event came from.
func Value(ctx app.Context) string {
	return ctx.JSSrc().Get("value").String()
}

// Act returns the data-act attribute of the element an event came from:
// which of a widget's buttons it is.
func Act(ctx app.Context) string {
	return ctx.JSSrc().Get("dataset").Get("act").String()
}

// DataInt reads the data-key attribute of the element an event came
// from, as a number: -1 when it is missing or not one. Lists use it so
// that one handler serves every item.
func DataInt(ctx app.Context, key string) int {
	n, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get(key).String())
	if err != nil {
		return -1
	}
	return n
}
