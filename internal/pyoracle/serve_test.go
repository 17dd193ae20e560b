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
