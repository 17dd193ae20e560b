package kit

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// FetchResult is what the server answered, or why it could not.
type FetchResult struct {
	Status     int    // HTTP status; 0 when no answer came
	Body       []byte // the response body
	RetryAfter string // the Retry-After header of a 429 or 503, if any
	Err        string // set when no answer came: offline, refused, timed out
}

// Reachable reports whether the server answered at all.
func (r FetchResult) Reachable() bool { return r.Err == "" }

// fetchTimeout bounds a request so that a dead network never leaves a
// lesson waiting.
const fetchTimeout = 10 * time.Second

// GetJSON asks the server for path with the browser's fetch (the client
// has no net/http) and hands the result to done on the UI goroutine.
func GetJSON(ctx app.Context, path string, done func(app.Context, FetchResult)) {
	if !app.IsClient {
		return
	}
	fetchText("GET", path, fetchTimeout, func(r FetchResult) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, r) })
	})
}

// PostJSON posts to path with no body, as GetJSON asks.
func PostJSON(ctx app.Context, path string, done func(app.Context, FetchResult)) {
	if !app.IsClient {
		return
	}
	fetchText("POST", path, fetchTimeout, func(r FetchResult) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, r) })
	})
}

// PollJSON asks as GetJSON does, for a long poll that the server may hold
// up to wait: the request is given wait more than GetJSON's bound.
func PollJSON(ctx app.Context, path string, wait time.Duration, done func(app.Context, FetchResult)) {
	if !app.IsClient {
		return
	}
	fetchText("GET", path, wait+fetchTimeout, func(r FetchResult) {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, r) })
	})
}

// fetchText runs the browser's fetch for path and calls done once, from
// the JavaScript event loop, with the answer or the reason there is none.
func fetchText(method, path string, timeout time.Duration, done func(FetchResult)) {
	win := app.Window()
	abort := win.Get("AbortController").New()
	timer := win.Call("setTimeout", abort.Get("abort").Call("bind", abort), timeout.Milliseconds())

	var funcs []app.Func
	release := func() {
		win.Call("clearTimeout", timer)
		for _, f := range funcs {
			f.Release()
		}
	}
	finish := func(r FetchResult) {
		release()
		done(r)
	}
	var status int
	var retryAfter string
	onText := app.FuncOf(func(this app.Value, args []app.Value) any {
		finish(FetchResult{Status: status, Body: []byte(args[0].String()), RetryAfter: retryAfter})
		return nil
	})
	onResponse := app.FuncOf(func(this app.Value, args []app.Value) any {
		resp := args[0]
		status = resp.Get("status").Int()
		if v := resp.Get("headers").Call("get", "Retry-After"); v.Truthy() {
			retryAfter = v.String()
		}
		return resp.Call("text").Call("then", onText)
	})
	onError := app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		finish(FetchResult{Err: msg})
		return nil
	})
	funcs = append(funcs, onText, onResponse, onError)

	opts := map[string]any{
		"method":      method,
		"signal":      abort.Get("signal"),
		"headers":     map[string]any{"Accept": "application/json"},
		"credentials": "same-origin",
	}
	win.Call("fetch", path, opts).
		Call("then", onResponse).
		Call("catch", onError)
}
