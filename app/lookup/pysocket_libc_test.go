//go:build !js && cgo

package lookup

import (
	"bufio"
	"context"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/internal/pyoracle"
)

// hostArgs are the names and addresses whose lookups the tests compare
// with CPython: the deck's, the hosts file's, the special names of
// setipaddr, numeric forms that inet_pton, inet_aton and getaddrinfo read
// differently, IDNA and odd text.
func hostArgs(t *testing.T) []string {
	args := []string{
		"localhost", "LOCALHOST", "localhost.", " localhost", "Localhost",
		"", "<broadcast>", "255.255.255.255", "0.0.0.0", "::",
		"127.0.0.1", "127.1", "0x7f.1", "0x7F.0.0.1", "017700000001", "2130706433", "010.0.0.1", "127.0.0.01",
		"1.2.3.4", "1.2.3.4.", "1.2.3", "256.1.1.1", "1.2.3.4 ", "1.2.3.4\u00a0",
		"10.0.0.1", "192.168.56.1", "172.16.0.1", "100.64.0.1", "169.254.1.1", "220.69.189.98",
		"::1", "::ffff:1.2.3.4", "::ffff:127.0.0.1", "::1.2.3.4", "::2:3", "1::", "fe80::1", "fe80::1%lo", "fe80::1%nosuchif", "fd00::2", "1:2:3:4:5:6:7:8", ":::1",
		"*", "no-such-host.invalid", "iot", "homepage.sch.ac.kr",
		"a..b", ".", "..", "a.", strings.Repeat("a", 63), strings.Repeat("a", 64), strings.Repeat("a", 63) + ".kr",
		"한국.kr", "ß.de", "😀.com", "\u200e한국", "Bücher.DE", "xn--abc.한국",
		"a b", "<script>alert(1)</script>", "a_b", "-a", "a%b",
	}
	if h, err := os.Hostname(); err == nil {
		args = append(args, h, strings.ToUpper(h))
	}
	f, err := os.Open("/etc/hosts")
	if err != nil {
		t.Logf("no hosts file: %v", err)
		return args
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		args = append(args, strings.Fields(line)...)
	}
	return args
}

func newTestSocket(t *testing.T, res resolver, servicesPath string) *pySocket {
	t.Helper()
	db, err := newServicesDB(servicesPath, time.Hour, func(string, error) {})
	if err != nil {
		t.Fatal(err)
	}
	return &pySocket{res: res, services: db, now: time.Now}
}

// TestLibcMatchesCPython runs the host and service functions through cgo
// and in python3 on the same host, for the names above and random numeric
// text, and compares every answer.
func TestLibcMatchesCPython(t *testing.T) {
	res, ok := newLibcResolver()
	if !ok {
		t.Skip("built without cgo")
	}
	p := newTestSocket(t, res, "/etc/services")
	var calls []api.Call
	hosts := hostArgs(t)
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := "0123456789.x:f%"
	for range 300 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		hosts = append(hosts, b.String())
	}
	for _, h := range hosts {
		for _, f := range []api.Func{api.GetHostByName, api.GetHostByNameEx, api.GetHostByAddr, api.GetFQDN} {
			calls = append(calls, api.Call{Func: f, Arg: h, HasArg: true})
		}
	}
	calls = append(calls, api.Call{Func: api.GetHostName}, api.Call{Func: api.GetFQDN})
	calls = append(calls, serviceCalls(t, "/etc/services")...)

	o := pyoracle.Start(t, socketProgram)
	want := askPython(t, o, calls)
	for i, c := range calls {
		o, err := p.call(context.Background(), c)
		if err != nil {
			t.Errorf("%s: %v", c.Expr(), err)
			continue
		}
		got := o.response()
		if !samePython(got, want[i]) {
			t.Errorf("%s\n got %s\nwant %s", c.Expr(), pythonOnly(got), pythonOnly(want[i]))
		}
	}
	t.Logf("%d calls compared", len(calls))
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
