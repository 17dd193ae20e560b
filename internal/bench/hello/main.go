// Command hello is a bare go-app "hello" app: the baseline that the
// benchmark report compares app.wasm with, built with the same flags and
// served by the same server in the same run. Like the app, it marks the
// moment it has rendered ("netprimer-live"), so both are timed alike, and
// it echoes an input into a paragraph: the least go-app does from a
// keystroke to the DOM, the baseline of the lesson's keystroke figure.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct {
	app.Compo
	echo string
}

func (h *hello) OnMount(app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-live", "1")
	app.Window().Get("performance").Call("mark", "netprimer-live")
}

func (h *hello) Render() app.UI {
	return app.Main().ID("main").Body(
		app.H1().Text("Hello"),
		app.Elem("input").ID("echo-input").OnInput(h.onInput),
		app.Elem("p").ID("echo").Text(h.echo),
	)
}

func (h *hello) onInput(ctx app.Context, e app.Event) {
	h.echo = ctx.JSSrc().Get("value").String()
}

func main() {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", "netprimer-main")
	}
	app.RouteWithRegexp("^/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
