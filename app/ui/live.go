package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// showCurrentLesson scrolls the lessons' bar, on a phone a row that
// scrolls sideways, so that the current lesson is in the middle of it (or
// as near as the row's ends allow); the page itself does not move.
func showCurrentLesson(app.Context) {
	doc := app.Window().Get("document")
	bar, cur := doc.Call("querySelector", "nav.toc"), doc.Call("querySelector", "nav.toc a.current")
	if !bar.Truthy() || !cur.Truthy() || bar.Get("scrollWidth").Int() <= bar.Get("clientWidth").Int() {
		return
	}
	b, c := bar.Call("getBoundingClientRect"), cur.Call("getBoundingClientRect")
	left := c.Get("left").Float() - b.Get("left").Float() + bar.Get("scrollLeft").Float() -
		(bar.Get("clientWidth").Float()-c.Get("width").Float())/2
	bar.Set("scrollLeft", left)
}

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
