//go:build !js && cgo

package lookup

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/internal/pyoracle"
)

func newTestSocket(t *testing.T, res resolver, servicesPath string) *pySocket {
	t.Helper()
	db, err := newServicesDB(servicesPath, time.Hour, func(string, error) {})
	if err != nil {
		t.Fatal(err)
	}
	return &pySocket{res: res, services: db, now: time.Now}
}

// TestLibcMatchesCPython runs the functions through cgo and in python3 on
// this host as it is configured: the hosts file's names and localhost,
// numeric forms, an unknown name, and every service and port of the
// services file. Lookups that would ask the host's DNS server are in
// TestLibcInNamespaceMatchesCPython, against the in-process server.
func TestLibcMatchesCPython(t *testing.T) {
	res, ok := newLibcResolver()
	if !ok {
		t.Skip("built without cgo")
	}
	p := newTestSocket(t, res, "/etc/services")
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
	compareAll(t, calls, runAll(t, p, calls, time.Minute), want)
	t.Logf("%d calls compared", len(calls))
}

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

// TestLibcHelperProcess is the child of runLibcInNamespace: it runs the
// calls on stdin through the C library of its mount namespace and writes
// the answers to the file LOOKUP_LIBC_OUT names.
func TestLibcHelperProcess(t *testing.T) {
	out := os.Getenv("LOOKUP_LIBC_OUT")
	if out == "" {
		t.Skip("the child process of the namespace tests")
	}
	var calls []api.Call
	if err := json.NewDecoder(os.Stdin).Decode(&calls); err != nil {
		t.Fatal(err)
	}
	res, _ := newLibcResolver()
	p := newTestSocket(t, res, "/etc/services")
	b, err := json.Marshal(runAll(t, p, calls, time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runLibcInNamespace runs calls through the C library in a child process
// that sees files (target path in /etc → content) in place of the host's.
func runLibcInNamespace(t *testing.T, files map[string]string, calls []api.Call) []api.Response {
	t.Helper()
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("unshare(1) is missing")
	}
	dir := t.TempDir()
	script := "mount --make-rprivate / || exit 3\n"
	for dst, content := range files {
		src := filepath.Join(dir, filepath.Base(dst))
		if err := os.WriteFile(src, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		script += fmt.Sprintf("mount --bind %q %q || exit 3\n", src, dst)
	}
	script += `exec "$0" -test.run='^TestLibcHelperProcess$' -test.count=1` + "\n"
	in, _ := json.Marshal(calls)
	outFile := filepath.Join(dir, "answers.json")
	cmd := exec.Command("unshare", "-m", "--propagation", "private", "sh", "-c", script, os.Args[0])
	cmd.Env = append(os.Environ(), "LOOKUP_LIBC_OUT="+outFile)
	cmd.Stdin = bytes.NewReader(in)
	if out, err := cmd.CombinedOutput(); err != nil {
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 || strings.Contains(string(out), "unshare failed") {
			t.Skipf("no private mount namespace here: %s", out)
		}
		t.Fatalf("child: %v\n%s", err, out)
	}
	b, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	var answers []api.Response
	if err := json.Unmarshal(b, &answers); err != nil {
		t.Fatal(err)
	}
	return answers
}

// TestLibcInNamespaceMatchesCPython compares the cgo resolver with CPython
// when both read the test hosts file and ask the in-process DNS server:
// the C library's own answers for CNAME chains, PTR records, server
// failures and silence, deterministic and quick.
func TestLibcInNamespaceMatchesCPython(t *testing.T) {
	if _, ok := newLibcResolver(); !ok {
		t.Skip("built without cgo")
	}
	startNSDNS(t)
	files := map[string]string{
		"/etc/resolv.conf":   "nameserver 127.0.0.153\nsearch np.test\noptions timeout:1 attempts:1\n",
		"/etc/nsswitch.conf": "hosts: files dns\n",
		"/etc/hosts":         testHosts,
		"/etc/host.conf":     "multi on\n",
	}
	o := startNSOracle(t, files)
	calls := append(goCalls(), dnsCalls()...)
	for _, h := range randomNumericHosts() {
		for _, f := range []api.Func{api.GetHostByName, api.GetHostByNameEx, api.GetHostByAddr} {
			calls = append(calls, api.Call{Func: f, Arg: h, HasArg: true})
		}
	}
	want := askPython(t, o, calls)
	compareAll(t, calls, runLibcInNamespace(t, files, calls), want)
	t.Logf("%d calls compared", len(calls))
}

// randomNumericHosts returns text that inet_pton, inet_aton and
// getaddrinfo's numeric tests read differently.
func randomNumericHosts() []string {
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := "0123456789.x:f%"
	var hosts []string
	for range 300 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		hosts = append(hosts, b.String())
	}
	return hosts
}
