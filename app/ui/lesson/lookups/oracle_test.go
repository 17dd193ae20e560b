//go:build !js

package lookups

import (
	"encoding/json"
	"strings"
	"testing"

	"netprimer/app/api"
	"netprimer/internal/pyoracle"
)

// servProgram answers getservbyport for a port (and an optional protocol)
// as the API does: the result, or the exception's class and str().
const servProgram = `
import json, socket, sys
for line in sys.stdin:
    port, proto = json.loads(line)
    try:
        r = {"result": socket.getservbyport(port, *([proto] if proto else []))}
    except Exception as e:
        r = {"error": {"type": type(e).__name__, "message": str(e)}}
    print(json.dumps(r), flush=True)
`

// TestLoopSessionsReplay builds the well-known ports session from CPython's
// own answers on this host, for port lists that run through and lists
// that stop with an exception, and replays each in CPython: the loop's
// prompts, its output and its traceback must be what CPython prints.
func TestLoopSessionsReplay(t *testing.T) {
	o := pyoracle.Start(t, servProgram)
	lists := [][]string{
		wellKnown,
		{"80", "65000", "443"},         // not in the table: OSError ends the loop
		{"21", "65536"},                // OverflowError
		{"0"},                          // port 0
		{"22", "99999999999999999999"}, // beyond a C long
	}
	sessions := map[string]string{}
	for _, ports := range lists {
		var reqs []any
		for _, p := range ports {
			reqs = append(reqs, []any{json.Number(p), ""})
		}
		answers := map[api.Call]api.Response{}
		err := o.AskAll(reqs, func(i int, line []byte) error {
			var r api.Response
			if err := json.Unmarshal(line, &r); err != nil {
				return err
			}
			answers[api.Call{Func: api.GetServByPort, Arg: ports[i], HasArg: true}] = r
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		l := lookupsWith(answers, nil)
		out, raised, status, _ := runLookupLoop(l, portCalls(ports), func(i int, r api.Response) (string, bool) {
			return ports[i] + " " + r.Result.String(), r.Error == nil
		}, "en")
		if status != "" {
			t.Fatalf("%v: status %q with every answer known", ports, status)
		}
		code := "for port in [" + strings.Join(ports, ", ") + "]:\n    print(port, socket.getservbyport(port))"
		sessions[strings.Join(ports, ",")] = strings.Join(lookupLoopSession(code, out, raised), "\n")
		// A program stopped by the exception ends with the same three lines.
		if raised != nil {
			tb := lookupTraceback(raised)
			if lines := strings.Split(sessions[strings.Join(ports, ",")], "\n"); strings.Join(lines[len(lines)-3:], "\n") != strings.Join(tb, "\n") {
				t.Errorf("%v: traceback %q", ports, tb)
			}
		}
	}
	if len(sessions) != len(lists) {
		t.Fatalf("%d sessions", len(sessions))
	}
	pyoracle.NewReplayer(t).Check(t, sessions)
	if !strings.Contains(sessions["80,65000,443"], "OSError: port/proto not found") || strings.Count(sessions[strings.Join(wellKnown, ",")], "\n") != 4+len(wellKnown)-1 {
		t.Errorf("the sessions do not cover what they should:\n%v", sessions)
	}
}
