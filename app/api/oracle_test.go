//go:build !js

package api

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

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

// intProgram answers, for each text, what int(text) returns, or null for
// its ValueError.
const intProgram = `
import json, sys
for line in sys.stdin:
    s = json.loads(line)
    try:
        print(json.dumps(str(int(s))), flush=True)
    except ValueError:
        print("null", flush=True)
`

// TestPortTextIsPythonsInt: a port is read as Python's int() reads it,
// full-width digits of a Korean IME included: what int() accepts is the
// same integer, and what it refuses is refused.
func TestPortTextIsPythonsInt(t *testing.T) {
	o := pyoracle.Start(t, intProgram)
	for _, s := range []string{
		"80", "０", "８０", "２２", "４４３", "＋８０", "－８０", "-80", "+80", "0080", "００８０",
		" 80", "80 ", "\u300080\u3000", "\t80\n", "８０\u3000",
		"8_0", "８_０", "_80", "80_", "8__0", "-_80",
		"80.0", "８０．０", "0x50", "ｈｔｔｐ", "http", "", " ", "-", "+-1", "8 0", "８ ０",
		"\u00a080", "\u200b80", "٨٠", "८०", "\U0001d7ea\U0001d7e2",
	} {
		t.Run(s, func(t *testing.T) {
			var want *string
			o.Ask(t, s, &want)
			got, err := canonicalInt(s)
			switch {
			case want == nil && err == nil:
				t.Errorf("canonicalInt(%q) = %q; int() raises ValueError", s, got)
			case want != nil && (err != nil || got != *want):
				t.Errorf("canonicalInt(%q) = %q, %v; int() gives %s", s, got, err, *want)
			}
		})
	}
}

// TestDigitValueIsPythons asks CPython for the value of every decimal
// digit of Unicode (every character int() reads as a digit).
func TestDigitValueIsPythons(t *testing.T) {
	o := pyoracle.Start(t, intProgram)
	var digits []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Nd, r) {
			digits = append(digits, r)
		}
	}
	for _, r := range digits {
		var want *string
		o.Ask(t, string(r), &want)
		d, ok := digitValue(r)
		if want == nil || !ok || string(rune('0'+d)) != *want {
			if want == nil {
				// A digit newer than this python3's Unicode: int() refuses it.
				continue
			}
			t.Errorf("digitValue(%U) = %d, %v; int() gives %s", r, d, ok, *want)
		}
	}
	if len(digits) < 600 {
		t.Fatalf("only %d decimal digits in Unicode", len(digits))
	}
}
