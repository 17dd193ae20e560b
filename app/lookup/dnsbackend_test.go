//go:build !js

package lookup

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
)

var update = flag.Bool("update", false, "rewrite testdata golden files from the namespace oracle (needs root)")

// dnsHosts are the arguments the DNS backend is tested with: every kind
// of answer of the test zone, names that are not host names, numeric
// forms and IDNA.
var dnsHosts = []string{
	"a.np.test", "A.NP.TEST", "a.np.test.", "multi.np.test", "v6only.np.test", "both.np.test",
	"mx-only.np.test", "cname.np.test", "chain.np.test", "loop.np.test", "dangling.np.test",
	"under_score.np.test", "upper.np.test", "evil.np.test", "한국.np.test",
	"nxdomain.np.test", "servfail.np.test", "refused.np.test", "slow.np.test",
	"iot", "homepage.sch.ac.kr", "www.sch.ac.kr", "www.daum.net", "www.google.com",
	"<b>x</b>.np.test", "a b", "-a.np.test", "", "<broadcast>", "*",
	"192.0.2.1", "192.0.2.2", "192.0.2.9", "192.0.2.66", "192.0.2.67", "192.0.2.130",
	"192.0.2.99", "192.0.2.98", "192.0.2.200", "220.69.189.98", "198.51.100.7", "10.1.2.3",
	"2001:db8::2", "2001:db8::99", "::ffff:192.0.2.1", "::192.0.2.1", "::", "::1", "127.0.0.1",
	"127.1", "0x7f.1", "1.2.3.4.",
}

func dnsCalls() []api.Call {
	var calls []api.Call
	for _, h := range dnsHosts {
		for _, f := range []api.Func{api.GetHostByName, api.GetHostByNameEx, api.GetHostByAddr, api.GetFQDN} {
			if f == api.GetFQDN && (h == "" || h == "::") {
				continue // the local host name, which differs between hosts
			}
			calls = append(calls, api.Call{Func: f, Arg: h, HasArg: true})
		}
	}
	return calls
}

// newTestDNSResolver asks addr as the oracle's glibc does: one try of a
// second per query.
func newTestDNSResolver(addr string) *nssResolver {
	m := &dnsModule{cfg: dnsConfig{servers: []string{addr}, ndots: 1, timeout: time.Second, attempts: 1}}
	return &nssResolver{name: BackendDNS, modules: []nssModule{m}, hostnameFn: osHostname, sort: sortByRFC6724}
}

const goldenDNS = "testdata/dns_backend.json"

type goldenCall struct {
	Call   string       `json:"call"`
	Answer api.Response `json:"answer"`
}

// TestDNSBackendMatchesCPython compares the DNS backend with CPython whose
// C library asks the same in-process server, and refreshes the golden
// answers with -update.
func TestDNSBackendMatchesCPython(t *testing.T) {
	startNSDNS(t)
	o := startNSOracle(t, map[string]string{
		"/etc/resolv.conf":   nsResolvConf,
		"/etc/nsswitch.conf": "hosts: dns\n",
	})
	calls := dnsCalls()
	want := askPython(t, o, calls)
	p := newTestSocket(t, newTestDNSResolver(nsDNSAddr), "/etc/services")
	compareAll(t, calls, runAll(t, p, calls, 5*time.Second), want)
	var golden []goldenCall
	for i, c := range calls {
		golden = append(golden, goldenCall{Call: c.Expr(), Answer: api.Response{Result: want[i].Result, Error: want[i].Error}})
	}
	if *update && !t.Failed() {
		var lines []string
		for _, g := range golden {
			b, _ := json.Marshal(g)
			lines = append(lines, string(b))
		}
		b := []byte("[\n" + strings.Join(lines, ",\n") + "\n]")
		if err := os.MkdirAll(filepath.Dir(goldenDNS), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenDNS, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDNSBackendGolden runs the DNS backend against the test zone on any
// port, as any user, and compares with CPython's answers recorded by
// TestDNSBackendMatchesCPython -update.
func TestDNSBackendGolden(t *testing.T) {
	b, err := os.ReadFile(goldenDNS)
	if err != nil {
		t.Fatalf("golden answers: %v (run go test -run TestDNSBackendMatchesCPython -update as root)", err)
	}
	var golden []goldenCall
	if err := json.Unmarshal(b, &golden); err != nil {
		t.Fatal(err)
	}
	calls := dnsCalls()
	if len(golden) != len(calls) {
		t.Fatalf("golden file has %d answers for %d calls: run -update", len(golden), len(calls))
	}
	srv := startDNS(t, "127.0.0.1:0")
	p := newTestSocket(t, newTestDNSResolver(srv.addr), "/etc/services")
	for i, c := range calls {
		if golden[i].Call != c.Expr() {
			t.Fatalf("golden answer %d is for %s, not %s: run -update", i, golden[i].Call, c.Expr())
		}
	}
	got := runAll(t, p, calls, 5*time.Second)
	for i, c := range calls {
		if hostDependent[c.Arg] && (c.Func == api.GetHostByAddr || c.Func == api.GetFQDN) {
			continue
		}
		if !samePython(got[i], golden[i].Answer) {
			t.Errorf("%s\n got %s\nwant %s", c.Expr(), pythonOnly(got[i]), pythonOnly(golden[i].Answer))
		}
	}
}

// hostDependent names have IPv4 and IPv6 addresses: which one
// getaddrinfo(AF_UNSPEC) puts first depends on the host's routes (RFC
// 6724 rules 1 and 5), so gethostbyaddr of them is compared with CPython
// on the same host only.
var hostDependent = map[string]bool{"multi.np.test": true, "both.np.test": true, "chain.np.test": true}
