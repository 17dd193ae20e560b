//go:build !js

package pyoracle

import "testing"

// TestServe checks the loop Serve writes around answer, and its helpers.
func TestServe(t *testing.T) {
	o := Serve(t, `
import socket
def answer(req):
    try:
        return {"ok": socket.inet_aton(req["s"]).hex()}
    except Exception as e:
        return {"exc": exc(e), "last": last(e)}
`)
	var ok, bad map[string]string
	o.Ask(t, map[string]string{"s": "127.1"}, &ok)
	o.Ask(t, map[string]string{"s": "x"}, &bad)
	if ok["ok"] != "7f000001" {
		t.Errorf("127.1: %v", ok)
	}
	// A module's exception is qualified by exc, not by the traceback.
	if bad["exc"] != "OSError: illegal IP address string passed to inet_aton" || bad["last"] != bad["exc"] {
		t.Errorf("x: %v", bad)
	}
	var e map[string]string
	o.Ask(t, map[string]string{"s": "x\x00"}, &e)
	if e["exc"] != "ValueError: embedded null character" {
		t.Errorf("NUL: %v", e)
	}
}

// TestRun checks what Run returns of a program: its output, and the
// exception that stopped it.
func TestRun(t *testing.T) {
	out, last := Run(t, "print('가')\nprint(1)\nraise KeyError('k')")
	if out != "가\n1" || last != "KeyError: 'k'" {
		t.Errorf("Run = %q, %q", out, last)
	}
	if out, last := Run(t, "print('ok')"); out != "ok" || last != "" {
		t.Errorf("a program that ends well: %q, %q", out, last)
	}
}

// TestEvaluate checks the expressions evaluate answers: values, bits,
// exceptions, and the ones skipped.
func TestEvaluate(t *testing.T) {
	o := Serve(t, `
import ipaddress
def answer(req):
    env = {"ipaddress": ipaddress, "net": ipaddress.ip_network("10.0.0.0/30")}
    return evaluate(req, env, lambda e: e == "skip")
`)
	var got []*string
	o.Ask(t, []string{"net.num_addresses", "bits:net.netmask", "1/0", "skip"}, &got)
	want := []string{"4", "11111111111111111111111111111100", "!ZeroDivisionError: division by zero"}
	if len(got) != 4 || got[3] != nil {
		t.Fatalf("evaluate = %v", got)
	}
	for i, w := range want {
		if got[i] == nil || *got[i] != w {
			t.Errorf("expression %d: %v, want %q", i, got[i], w)
		}
	}
}

// TestAskEach checks that each answer comes back decoded, in order.
func TestAskEach(t *testing.T) {
	o := Serve(t, "def answer(req):\n    return {'twice': req * 2}\n")
	got := AskEach[map[string]int](t, o, []any{1, 2, 3})
	if len(got) != 3 || got[0]["twice"] != 2 || got[2]["twice"] != 6 {
		t.Errorf("AskEach = %v", got)
	}
}
