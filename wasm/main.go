// Command wasm is the browser side of Netprimer, built as web/app.wasm.
package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/ui"
)

// updateCheck is how often an open tab asks whether a new version was
// deployed, besides when it comes back into view.
const updateCheck = 10 * time.Minute

func main() {
	// Every package is initialised once main runs: the benchmark report
	// splits the start-up at this mark (internal/cmd/bench).
	if app.IsClient {
		app.Window().Get("performance").Call("mark", "netprimer-main")
	}
	ui.Register()
	if app.IsClient {
		watchForUpdates()
	}
	app.RunWhenOnBrowser()
}

// watchForUpdates asks for a new version when the student returns to the
// tab and every updateCheck, so that a tab left open through a deploy
// offers the reload.
func watchForUpdates() {
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "visibilitychange", app.FuncOf(func(app.Value, []app.Value) any {
		if doc.Get("visibilityState").String() == "visible" {
			ui.TryUpdate()
		}
		return nil
	}))
	go func() {
		for range time.Tick(updateCheck) {
			ui.TryUpdate()
		}
	}()
}
