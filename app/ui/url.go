package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// The URL holds what the student sees (PRODUCT.md): a page computes its
// state from the URL in OnNav, and a widget changes the state by changing
// the URL.

// replaceQuery sets the query parameters in set (a nil value removes the
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
func replaceQuery(ctx app.Context, set url.Values) string {
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

// maxInput caps the text a lesson works on, in characters: enough for
// CPython's 4300-digit limit of int() to show, small enough that a page
// that echoes the text in several places stays light.
const maxInput = 5000

// txtCut tells the student that a text was cut to maxInput characters.
var txtCut = i18n.T{
	Ko: "입력이 너무 길어 처음 5000자만 사용합니다.",
	En: "The input is too long: only its first 5000 characters are used.",
}

// query returns the query's value for key, or def when the key is absent:
// present but empty stays empty.
func query(q url.Values, key, def string) string {
	if vs, ok := q[key]; ok && len(vs) > 0 {
		return vs[0]
	}
	return def
}

// param returns query(q, key, def) as the lesson works on it (see
// inputText), and whether it was cut.
func param(q url.Values, key, def string) (s string, cut bool) {
	return inputText(query(q, key, def))
}

// inputText returns s with each byte that is not UTF-8 read as U+FFFD, cut
// to maxInput characters, and whether it was cut.
func inputText(s string) (string, bool) {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == maxInput {
			return b.String(), true
		}
		b.WriteRune(r)
		n++
	}
	return b.String(), false
}
