// Command hello is a bare go-app "hello" app: the baseline that the
// benchmark report compares app.wasm's size with, built with the same
// flags in the same run.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
