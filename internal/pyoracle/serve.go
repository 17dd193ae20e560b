//go:build !js

package pyoracle

import (
	"encoding/json"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

// servePrelude is what Serve gives every program: its imports, and the
// two ways a test shows an exception.
const servePrelude = `
import json, sys, traceback

def exc(e):
    """The exception as 'module.Class: message', the class qualified
    unless it is a builtin (socket.gaierror, ValueError)."""
    t = type(e)
    name = t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__name__
    return name + ": " + str(e)

def last(e):
    """The last line of the exception's traceback, as CPython prints it."""
    return traceback.format_exception_only(type(e), e)[-1].rstrip("\n")

def flat(rows):
    """The rows one after the other, as the tests compare tables."""
    return [x for r in rows for x in r]

def cells(p, where):
    """The bytes p as the lessons draw byte cells: where each lies, then
    its value in hexadecimal, decimal and binary."""
    return flat([where(i), "0x%02x" % b, str(b), format(b, "08b")] for i, b in enumerate(p))

def evaluate(exprs, env, skip=lambda e: False):
    """Each expression evaluated in env: str() of its value, a "bits:"
    expression's value as its bits (ipaddress objects, ints of a
    max_prefixlen), an exception as "!" and its last line, and None for an
    expression skip refuses (too slow to ask)."""
    out = []
    for e in exprs:
        bits = e.startswith("bits:")
        if bits:
            e = e[5:]
        if skip(e):
            out.append(None)
            continue
        try:
            v = eval(e, env)
            out.append(format(int(v), "0%db" % v.max_prefixlen) if bits else str(v))
        except Exception as ex:
            out.append("!" + last(ex))
    return out
`

// serveLoop answers each request line with answer(request).
const serveLoop = `
for line in sys.stdin:
    print(json.dumps(answer(json.loads(line))), flush=True)
`

// Serve starts program in python3, as Start does, for a program that
// defines answer(request) and leaves the loop to Serve: each JSON line in
// is a request, each line out the JSON of its answer. The program may use
// json, sys, traceback, the helpers exc(e) and last(e), which write an
// exception as a test shows it, evaluate(exprs, env), which answers Python
// expressions as the lessons' tests ask them, and flat(rows) and
// cells(bytes, where), the lessons' tables and byte cells as lists.
func Serve(t testing.TB, program string) *Oracle {
	t.Helper()
	return Start(t, servePrelude+program+serveLoop)
}

// Run runs program once in python3 (for a whole program, such as one a
// lesson shows) and returns its standard output, and the last line of its
// standard error: the exception that stopped it, if any. A missing
// python3 fails the test, as in Start.
func Run(t testing.TB, program string) (stdout, lastErr string) {
	t.Helper()
	path := python3(t)
	cmd := exec.Command(path, "-X", "utf8", "-c", program)
	cmd.Env = append(cmd.Environ(), pythonEnv...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("python3: %v", err)
		}
	}
	lines := strings.Split(strings.TrimRight(errb.String(), "\n"), "\n")
	return strings.TrimRight(out.String(), "\n"), lines[len(lines)-1]
}

// SameJSON reports, as a test error, whether got is not CPython's answer
// want, compared as JSON values; no answer stands for an empty string or
// no value.
func SameJSON(t testing.TB, what string, got any, want json.RawMessage) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var gv, wv any
	json.Unmarshal(g, &gv)
	if want == nil {
		if gv == nil || gv == "" {
			return
		}
	} else if err := json.Unmarshal(want, &wv); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gv, wv) {
		t.Errorf("%s = %.300s, CPython %.300s", what, g, want)
	}
}
