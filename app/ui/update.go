package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// CachePrefix starts the name of the service worker's cache, which ends
// with the version the cache holds.
const CachePrefix = "netprimer-"

// checkNewVersion calls done with true when the service worker holds a
// version other than the one running. go-app announces an update whenever
// a worker activates, which includes the very first install; only a
// different version is news to the student.
func checkNewVersion(done func(bool)) {
	caches := app.Window().Get("caches")
	if !app.IsClient || !caches.Truthy() {
		done(false)
		return
	}
	running := CachePrefix + app.Getenv("GOAPP_VERSION")
	var f app.Func
	f = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer f.Release()
		keys := args[0]
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			if strings.HasPrefix(k, CachePrefix) && k != running {
				done(true)
				return nil
			}
		}
		done(false)
		return nil
	})
	caches.Call("keys").Call("then", f)
}

// TryUpdate asks the browser to look for a new version of the service
// worker. Unlike app.TryUpdate it expects failure: offline, or with the
// server stopped, the check fails quietly instead of leaving an uncaught
// promise rejection in the console.
func TryUpdate() {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !app.IsClient || !sw.Truthy() {
		return
	}
	var update, done app.Func
	update = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Truthy() {
			return args[0].Call("update")
		}
		return nil
	})
	done = app.FuncOf(func(app.Value, []app.Value) any {
		update.Release()
		done.Release()
		return nil
	})
	// done ends both outcomes, so the functions are released once.
	sw.Call("getRegistration").Call("then", update).Call("then", done, done)
}
