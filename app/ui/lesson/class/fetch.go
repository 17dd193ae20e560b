package class

import (
	"encoding/json"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// result is what the server answered to a call, Status 0 when no answer
// came (offline, the server restarting).
type result struct {
	Status int
	Body   []byte
}

// call runs the browser's fetch (the client has no net/http): GET when
// body is nil, else a POST of body as JSON. done runs on the UI goroutine.
func call(ctx app.Context, method, path string, body any, done func(app.Context, result)) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	abort := win.Get("AbortController").New()
	timer := win.Call("setTimeout", abort.Get("abort").Call("bind", abort), (10 * time.Second).Milliseconds())
	var funcs []app.Func
	finish := func(r result) {
		win.Call("clearTimeout", timer)
		for _, f := range funcs {
			f.Release()
		}
		ctx.Dispatch(func(ctx app.Context) { done(ctx, r) })
	}
	var status int
	onText := app.FuncOf(func(this app.Value, args []app.Value) any {
		finish(result{Status: status, Body: []byte(args[0].String())})
		return nil
	})
	onResponse := app.FuncOf(func(this app.Value, args []app.Value) any {
		status = args[0].Get("status").Int()
		return args[0].Call("text").Call("then", onText)
	})
	onError := app.FuncOf(func(this app.Value, args []app.Value) any {
		finish(result{})
		return nil
	})
	funcs = append(funcs, onText, onResponse, onError)
	headers := map[string]any{"Accept": "application/json"}
	opts := map[string]any{"method": method, "signal": abort.Get("signal"), "credentials": "same-origin", "cache": "no-store", "headers": headers}
	if body != nil {
		b, _ := json.Marshal(body)
		headers["Content-Type"] = "application/json"
		opts["body"] = string(b)
	}
	win.Call("fetch", path, opts).Call("then", onResponse).Call("catch", onError)
}

// inputValue returns the value of the input of the id ("" without one).
func inputValue(id string) string {
	e := app.Window().GetElementByID(id)
	if !e.Truthy() {
		return ""
	}
	return e.Get("value").String()
}

// checked returns the values of the checked inputs of the name.
func checked(name string) []string {
	list := app.Window().Get("document").Call("querySelectorAll", `input[name="`+name+`"]:checked`)
	out := []string{}
	for i := 0; i < list.Length(); i++ {
		out = append(out, list.Index(i).Get("value").String())
	}
	return out
}

// fillGrid draws the rows into the grid's body, #teach-grid-body: a row a
// student, a cell an item. The student number, name and score, which are
// data, are set as textContent; the marks' cells are markup that
// marksHTML makes of constants alone, one call a row rather than six a
// cell (go-app's tree of 500 × 20 cells took 4.5 s, a call a cell 2.1 s).
func fillGrid(rows []gridRow) {
	doc := app.Window().Get("document")
	body := doc.Call("getElementById", "teach-grid-body")
	if !body.Truthy() {
		return
	}
	frag := doc.Call("createDocumentFragment")
	cell := func(tr app.Value, class, text string) {
		td := doc.Call("createElement", "td")
		if class != "" {
			td.Set("className", class)
		}
		td.Set("textContent", text)
		tr.Call("appendChild", td)
	}
	for _, r := range rows {
		tr := doc.Call("createElement", "tr")
		tr.Call("setAttribute", "data-student", r.id)
		cell(tr, "", r.id)
		cell(tr, "name", r.name)
		cell(tr, "score", r.score)
		tr.Call("insertAdjacentHTML", "beforeend", marksHTML(r.marks, r.sol))
		frag.Call("appendChild", tr)
	}
	body.Call("replaceChildren", frag)
}

// The HTTP statuses the pages tell apart (the client links no net/http,
// see wasm/deps_test.go).
const (
	statusOK              = 200
	statusCreated         = 201
	statusUnauthorized    = 401
	statusNotFound        = 404
	statusTooManyRequests = 429
)
