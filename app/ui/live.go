package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// markLive records that the wasm app has rendered the page: the
// data-live attribute on <html> for tests, and the performance mark
// "netprimer-live" for the load-time benchmark. Only the first mark
// counts, so later page changes leave it alone.
func markLive() {
	doc := app.Window().Get("document").Get("documentElement")
	if doc.Call("hasAttribute", "data-live").Bool() {
		return
	}
	doc.Call("setAttribute", "data-live", "1")
	if perf := app.Window().Get("performance"); perf.Truthy() {
		perf.Call("mark", "netprimer-live")
	}
}
