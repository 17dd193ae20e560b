//go:build !js

package lookup

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/internal/pyoracle"
)

// TestSystemMatchesCPython runs the functions through the system
// backends (the C library through cgo, and its Go model over the host's
// hosts file and resolv.conf) and in python3 on this host as it is
// configured: the hosts file's names and localhost, numeric forms, an
// unknown name, and every service and port of the services file. Lookups
// that would ask the host's DNS server much are in the namespace tests,
// against the in-process server.
func TestSystemMatchesCPython(t *testing.T) {
	backends := map[string]resolver{}
	if res, ok := newLibcResolver(); ok {
		backends[BackendLibc] = res
	}
	res, err := newGoResolver("/etc/hosts", "/etc/resolv.conf")
	if err != nil {
		t.Fatal(err)
	}
	backends[BackendGo] = res
	var calls []api.Call
	for _, h := range hostsFileNames(t) {
		for _, f := range []api.Func{api.GetHostByName, api.GetHostByNameEx, api.GetHostByAddr, api.GetFQDN} {
			calls = append(calls, api.Call{Func: f, Arg: h, HasArg: true})
		}
	}
	for _, h := range numericHosts {
		calls = append(calls, api.Call{Func: api.GetHostByName, Arg: h, HasArg: true})
	}
	calls = append(calls,
		api.Call{Func: api.GetHostName},
		api.Call{Func: api.GetFQDN},
		api.Call{Func: api.GetHostByName, Arg: "no-such-host.invalid", HasArg: true})
	calls = append(calls, serviceCalls(t, "/etc/services")...)

	o := pyoracle.Start(t, socketProgram)
	want := askPython(t, o, calls)
	for name, res := range backends {
		t.Run(name, func(t *testing.T) {
			p := newTestSocket(t, res, "/etc/services")
			got := runAll(t, p, calls, time.Minute)
			// The host's DNS server may drop a query (the unknown name
			// asks it): a temporary failure on either side is asked
			// again on both before it counts as a difference.
			for i, c := range calls {
				if !samePython(got[i], want[i]) && (temporary(got[i]) || temporary(want[i])) {
					t.Logf("%s: temporary failure, asking again", c.Expr())
					got[i] = runAll(t, p, calls[i:i+1], time.Minute)[0]
					want[i] = askPython(t, o, calls[i:i+1])[0]
				}
			}
			compareAll(t, calls, got, want)
			t.Logf("%d calls compared", len(calls))
		})
	}
}

// temporary reports an answer that a resolver's timeout made.
func temporary(r api.Response) bool { return !keepable(r) }

// numericHosts are forms that gethostbyname answers without a lookup.
var numericHosts = []string{
	"", "<broadcast>", "255.255.255.255", "0.0.0.0", "127.0.0.1", "127.1", "0x7f.1", "0x7F.0.0.1",
	"017700000001", "2130706433", "010.0.0.1", "1.2.3", "1.2.3.4", "::ffff:1.2.3.4", "::1", "::",
	"fe80::1%lo", "a..b", ".", strings.Repeat("a", 64), "\u200e한국",
}

// hostsFileNames returns localhost, the host's name and every name and
// address of /etc/hosts.
func hostsFileNames(t *testing.T) []string {
	names := []string{"localhost", "LOCALHOST", " localhost"}
	if h, err := os.Hostname(); err == nil {
		names = append(names, h, strings.ToUpper(h))
	}
	f, err := os.Open("/etc/hosts")
	if err != nil {
		t.Logf("no hosts file: %v", err)
		return names
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		names = append(names, strings.Fields(line)...)
	}
	return names
}

// serviceCalls returns getservbyname and getservbyport calls for every
// entry of a services file and its aliases, with each protocol and none,
// and for unknown names, protocols and ports at and beyond the limits.
func serviceCalls(t *testing.T, path string) []api.Call {
	t.Helper()
	var calls []api.Call
	protos := []string{"tcp", "udp", "sctp", "ddp", "", "TCP", "x"}
	byName := func(name string) {
		calls = append(calls, api.Call{Func: api.GetServByName, Arg: name, HasArg: true})
		for _, p := range protos {
			calls = append(calls, api.Call{Func: api.GetServByName, Arg: name, HasArg: true, Proto: p, HasProto: true})
		}
	}
	byPort := func(port string) {
		calls = append(calls, api.Call{Func: api.GetServByPort, Arg: port, HasArg: true})
		for _, p := range protos {
			calls = append(calls, api.Call{Func: api.GetServByPort, Arg: port, HasArg: true, Proto: p, HasProto: true})
		}
	}
	names := map[string]bool{"http": true, "HTTP": true, "": true, "nope": true, "www": true, "http ": true}
	ports := map[string]bool{}
	if f, err := os.Open(path); err == nil {
		table, _, err := ParseServices(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range table.entries {
			names[e.Name] = true
			for _, a := range e.Aliases {
				names[a] = true
			}
			ports[strconv.Itoa(int(e.Port))] = true
		}
	}
	for _, p := range []string{"0", "1", "7", "21", "25", "80", "110", "143", "443", "993", "995", "65535", "65536", "-1",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", strings.Repeat("9", 40)} {
		ports[p] = true
	}
	for n := range names {
		byName(n)
	}
	for p := range ports {
		byPort(p)
	}
	return calls
}
