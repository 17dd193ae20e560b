//go:build !js

package api

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// exprProgram parses each expression as Python source and returns the
// called name and the values of its arguments.
const exprProgram = `
import ast, json, sys
for line in sys.stdin:
    expr = json.loads(line)
    call = ast.parse(expr, mode="eval").body
    args = [ast.literal_eval(a) for a in call.args]
    print(json.dumps({"func": ast.unparse(call.func), "args": [a if isinstance(a, str) else str(a) for a in args]}), flush=True)
`

// TestExprIsPython checks that Expr writes Python source that CPython
// reads back as the same call with the same arguments.
func TestExprIsPython(t *testing.T) {
	o := pyoracle.Start(t, exprProgram)
	rng := rand.New(rand.NewPCG(3, 4))
	var calls []Call
	for _, c := range parseCases {
		if c.ok {
			calls = append(calls, c.want)
		}
	}
	alphabet := []rune("a.-'\"\\ <>&한국ß\u00a0\u200e\U0001F600\u0085\u2028")
	for range 1000 {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		calls = append(calls,
			Call{Func: GetHostByAddr, Arg: s, HasArg: true},
			Call{Func: GetServByName, Arg: s, HasArg: true, Proto: s, HasProto: true})
	}
	reqs := make([]any, len(calls))
	for i, c := range calls {
		reqs[i] = c.Expr()
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var got struct {
			Func string
			Args []string
		}
		if err := json.Unmarshal(line, &got); err != nil {
			return err
		}
		c := calls[i]
		var want []string
		if c.HasArg {
			want = append(want, c.Arg)
		}
		if c.HasProto {
			want = append(want, c.Proto)
		}
		if got.Func != "socket."+string(c.Func) || strings.Join(got.Args, "\x00") != strings.Join(want, "\x00") || len(got.Args) != len(want) {
			t.Errorf("%s reads in CPython as %s%q, want %q", c.Expr(), got.Func, got.Args, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
