//go:build !js

package netstat

import (
	"encoding/json"
	"slices"
	"testing"

	"netprimer/internal/pyoracle"
)

const servicesProgram = `
import json, socket, sys
for line in sys.stdin:
    req = json.loads(line)
    print(json.dumps([[socket.getservbyname(n, "tcp") for n in req["names"]], socket.getservbyport(req["port"], "tcp")]), flush=True)
`

// The service table agrees with what Python's socket module answers, both
// ways: getservbyname of the name and of each alias is the number, and
// getservbyport of the number is the name or an alias (which one depends on
// the machine's /etc/services: "imap2" on older Debian, "imap" on newer).
func TestServicesMatchPython(t *testing.T) {
	o := pyoracle.Start(t, servicesProgram)
	var reqs []any
	for _, s := range services {
		reqs = append(reqs, map[string]any{"names": append([]string{s.name}, s.aliases...), "port": s.port})
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var ports []uint16
		var name string
		if err := json.Unmarshal(line, &[]any{&ports, &name}); err != nil {
			return err
		}
		s := services[i]
		names := append([]string{s.name}, s.aliases...)
		for j, n := range names {
			if ports[j] != s.port {
				t.Errorf("Python: getservbyname(%q) = %d; table %d", n, ports[j], s.port)
			}
			if p, ok := ServicePort(n); !ok || p != s.port {
				t.Errorf("ServicePort(%q) = %d, %v", n, p, ok)
			}
		}
		if !slices.Contains(names, name) {
			t.Errorf("Python: getservbyport(%d) = %q; table %q", s.port, name, names)
		}
		if ServiceName(s.port) != s.name {
			t.Errorf("ServiceName(%d) = %q", s.port, ServiceName(s.port))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
