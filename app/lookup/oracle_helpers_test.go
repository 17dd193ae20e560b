//go:build !js

package lookup

import (
	"encoding/json"
	"reflect"
	"testing"

	"netprimer/app/api"
	"netprimer/internal/pyoracle"
)

// socketProgram runs socket calls in CPython and answers each in the
// API's JSON shape: {"result": …} or {"error": {"type", "errno",
// "message"}}.
//
// Each call runs in a thread of its own: CPython reports h_errno, which
// the C library leaves unchanged on some failures, so an answer can
// depend on the thread's earlier lookups. A fresh thread answers as a
// fresh interpreter does, which is what a lesson's transcript shows.
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
def fresh(req):
    out = []
    t = threading.Thread(target=lambda: out.append(answer(req)))
    t.start()
    t.join()
    return out[0]
for line in sys.stdin:
    print(json.dumps(fresh(json.loads(line))), flush=True)
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

// askPython runs every call in one python3 and returns CPython's answers.
func askPython(t *testing.T, o *pyoracle.Oracle, calls []api.Call) []api.Response {
	t.Helper()
	reqs := make([]any, len(calls))
	for i, c := range calls {
		reqs[i] = oracleRequest(c)
	}
	out := make([]api.Response, len(calls))
	err := o.AskAll(reqs, func(i int, line []byte) error {
		return json.Unmarshal(line, &out[i])
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
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
