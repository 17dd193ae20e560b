//go:build !js

package practice

import (
	"encoding/json"
	"testing"

	"netprimer/internal/pyoracle"
)

// TestFormCasesMatchCPython evaluates the form cases that are Python
// expressions in CPython: the integer form must read them as Python's
// eval does, the hex form as the repr of hex(eval()), the bytes forms as
// the repr of the bytes literal (for hexlify, the literal of its hex
// digits).
func TestFormCasesMatchCPython(t *testing.T) {
	o := pyoracle.Start(t, `
import json, sys
for line in sys.stdin:
    form, text = json.loads(line)
    v = eval(text)
    if form == "hex":
        v = hex(v)
    print(json.dumps(str(v) if form == "integer" else repr(v)), flush=True)
`)
	type asked struct {
		f Form
		c formCase
	}
	var reqs []any
	var cases []asked
	for f, cs := range formCases {
		for _, c := range cs {
			if c.py {
				reqs = append(reqs, []string{f.String(), c.in})
				cases = append(cases, asked{f, c})
			}
		}
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var want string
		if err := json.Unmarshal(line, &want); err != nil {
			return err
		}
		if c := cases[i]; c.c.want != want {
			t.Errorf("%s %q: the table says %q; CPython %q", c.f, c.c.in, c.c.want, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 20 {
		t.Fatalf("only %d cases are Python", len(cases))
	}
}
