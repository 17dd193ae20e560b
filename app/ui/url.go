package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateURL is the app state that changes whenever a widget rewrites the
// page's query, so that the shell can follow.
const stateURL = "netprimer.url"

// replaceQuery writes the widget state into the page URL, replacing the
// history entry rather than pushing one for every keystroke (PRODUCT.md).
// Empty values are left out, so that a shared link stays short.
func replaceQuery(ctx app.Context, set url.Values) {
	u := *ctx.Page().URL()
	q := u.Query()
	for k, vs := range set {
		q.Del(k)
		for _, v := range vs {
			if v != "" {
				q.Add(k, v)
			}
		}
	}
	u.RawQuery = q.Encode()
	ctx.Page().ReplaceURL(&u)
	ctx.SetState(stateURL, u.String())
}
