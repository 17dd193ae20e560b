//go:build !js

package lookup

import (
	"context"
	"encoding/json"
	"reflect"
	"sync"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/internal/pyoracle"
)

// socketProgram runs socket calls in CPython and answers each in the
// API's JSON shape: {"result": …} or {"error": {"type", "errno",
// "message"}}.
//
// Each host call runs in a thread of its own, many at once: CPython
// reports h_errno, which the C library leaves unchanged on some failures,
// so an answer can depend on the thread's earlier lookups, and a fresh
// thread answers as a fresh interpreter does, which is what a lesson's
// transcript shows. Service calls run one after the other.
const socketProgram = `
import json, socket, sys, threading
def answer(req):
    f = getattr(socket, req["func"])
    try:
        r = f(*req["args"])
    except Exception as e:
        err = {"type": type(e).__name__, "message": str(e)}
        if isinstance(e, OSError) and e.errno is not None:
            err["errno"] = e.errno
        return {"error": err}
    if isinstance(r, tuple):
        r = list(r)
    return {"result": r}
def batch(reqs):
    out = [None] * len(reqs)
    def run(i):
        out[i] = answer(reqs[i])
    # getservbyname and getservbyport use the C library's static buffer:
    # they run one at a time.
    for i, r in enumerate(reqs):
        if r["func"].startswith("getserv"):
            run(i)
    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(reqs)) if out[i] is None]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out
for line in sys.stdin:
    print(json.dumps(batch(json.loads(line))), flush=True)
`

// oracleRequest is a call as socketProgram reads it.
func oracleRequest(c api.Call) map[string]any {
	var args []any
	if c.HasArg {
		if c.Func == api.GetServByPort {
			var n json.Number = json.Number(c.Arg)
			args = append(args, n)
		} else {
			args = append(args, c.Arg)
		}
	}
	if c.HasProto {
		args = append(args, c.Proto)
	}
	if args == nil {
		args = []any{}
	}
	return map[string]any{"func": string(c.Func), "args": args}
}

// oracleBatch is how many calls python3 runs at once, each in a thread.
const oracleBatch = 256

// askPython runs every call in one python3 and returns CPython's answers.
func askPython(t *testing.T, o *pyoracle.Oracle, calls []api.Call) []api.Response {
	t.Helper()
	var reqs []any
	for i := 0; i < len(calls); i += oracleBatch {
		var b []any
		for _, c := range calls[i:min(i+oracleBatch, len(calls))] {
			b = append(b, oracleRequest(c))
		}
		reqs = append(reqs, b)
	}
	out := make([]api.Response, 0, len(calls))
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var batch []api.Response
		if err := json.Unmarshal(line, &batch); err != nil {
			return err
		}
		out = append(out, batch...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// runAll runs every call through p, 64 at a time, each with its own
// time limit.
func runAll(t *testing.T, p *pySocket, calls []api.Call, limit time.Duration) []api.Response {
	t.Helper()
	out := make([]api.Response, len(calls))
	errs := make([]error, len(calls))
	sem := make(chan struct{}, 64)
	var wg sync.WaitGroup
	for i, c := range calls {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			ctx, cancel := context.WithTimeout(context.Background(), limit)
			defer cancel()
			o, err := p.call(ctx, c)
			out[i], errs[i] = o.response(), err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("%s: %v", calls[i].Expr(), err)
		}
	}
	return out
}

// compareAll reports every call whose answer differs from CPython's.
func compareAll(t *testing.T, calls []api.Call, got, want []api.Response) {
	t.Helper()
	for i, c := range calls {
		if !samePython(got[i], want[i]) {
			t.Errorf("%s\n got %s\nwant %s", c.Expr(), pythonOnly(got[i]), pythonOnly(want[i]))
		}
	}
}

// samePython reports whether two answers hold the same Python outcome,
// ignoring the API's extensions.
func samePython(a, b api.Response) bool {
	return reflect.DeepEqual(a.Result, b.Result) && reflect.DeepEqual(a.Error, b.Error)
}

// pythonOnly strips the extensions from an answer, for messages.
func pythonOnly(r api.Response) string {
	b, _ := json.Marshal(api.Response{Result: r.Result, Error: r.Error})
	return string(b)
}

func newTestSocket(t *testing.T, res resolver, servicesPath string) *pySocket {
	t.Helper()
	db, err := newServicesDB(servicesPath, time.Hour, func(string, error) {})
	if err != nil {
		t.Fatal(err)
	}
	return &pySocket{res: res, services: db, now: time.Now}
}
