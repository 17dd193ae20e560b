//go:build !js

package lookup

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
)

// testHosts is the hosts file of the Go resolver's tests: multiple lines
// for one name, aliases, IPv6 and IPv4-mapped lines, markup and bytes
// that are not UTF-8 in names, a line glibc's parser skips, white space
// before an address, and a last line without a newline.
const testHosts = "127.0.0.1\tlocalhost\n" +
	"127.0.1.1\tvmhost.np.test vmhost\n" +
	"::1\t\tlocalhost ip6-localhost ip6-loopback\n" +
	"192.0.2.50\tweb.np.test web www-alias\n" +
	"192.0.2.51\tweb.np.test web2   # a second address for web\n" +
	"192.0.2.52\tWEB.np.test\n" +
	"2001:db8::50\tweb6.np.test web\n" +
	"::ffff:192.0.2.53\tmapped.np.test\n" +
	"192.0.2.60\t<script>alert(1)</script> markup.np.test\n" +
	"192.0.2.61\tlatin1-\xe9.np.test\n" +
	"192.0.2.62\tbad-alias.np.test caf\xc3\n" +
	"   192.0.2.63 leading-space.np.test\n" +
	"not-an-address\tbroken.np.test\n" +
	"192.0.2.64\n" +
	"10.9.8.7\tprivate.np.test\n" +
	"192.0.2.65\tdup.np.test\n" +
	"192.0.2.65\tdup2.np.test\n" +
	"  192.0.2.70\tlast-line"

// goHosts are the names and addresses the Go resolver is tested with.
var goHosts = []string{
	"localhost", "LOCALHOST", "vmhost", "vmhost.np.test", "ip6-localhost", "ip6-loopback",
	"web", "web.np.test", "www-alias", "web2", "web6.np.test", "mapped.np.test",
	"<script>alert(1)</script>", "markup.np.test", "latin1-\u00e9.np.test", "bad-alias.np.test",
	"leading-space.np.test", "broken.np.test", "private.np.test", "dup.np.test", "dup2.np.test",
	"last-line", "last-linene", "",
	"a", "a.np.test", "multi", "chain.np.test", "nxdomain", "servfail.np.test", "slow.np.test",
	"127.0.0.1", "127.0.1.1", "192.0.2.50", "192.0.2.51", "192.0.2.53", "192.0.2.60", "192.0.2.61",
	"192.0.2.62", "192.0.2.65", "192.0.2.1", "10.9.8.7", "::1", "2001:db8::50", "::ffff:192.0.2.53",
	"::ffff:127.0.0.1", "::",
}

func goCalls() []api.Call {
	var calls []api.Call
	for _, h := range goHosts {
		for _, f := range []api.Func{api.GetHostByName, api.GetHostByNameEx, api.GetHostByAddr, api.GetFQDN} {
			calls = append(calls, api.Call{Func: f, Arg: h, HasArg: true})
		}
	}
	return append(calls, api.Call{Func: api.GetHostName}, api.Call{Func: api.GetFQDN})
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGoResolverMatchesCPython compares the Go model of the C library
// (hosts file, then DNS with a search domain) with CPython whose C library
// reads the same hosts file and asks the same DNS server.
func TestGoResolverMatchesCPython(t *testing.T) {
	startNSDNS(t)
	resolvConf := "nameserver " + nsDNSHost + "\nsearch np.test\noptions timeout:1 attempts:1\n"
	o := startNSOracle(t, map[string]string{
		"/etc/resolv.conf":   resolvConf,
		"/etc/nsswitch.conf": "hosts: files dns\n",
		"/etc/hosts":         testHosts,
		"/etc/host.conf":     "multi on\n",
	})
	res, err := newGoResolver(writeTemp(t, "hosts", testHosts), writeTemp(t, "resolv.conf", resolvConf))
	if err != nil {
		t.Fatal(err)
	}
	calls := goCalls()
	want := askPython(t, o, calls)
	p := newTestSocket(t, res, "/etc/services")
	compareAll(t, calls, runAll(t, p, calls, 5*time.Second), want)
}

// TestHostsMarkupIsData checks that a host name holding markup, which
// glibc's files backend passes on, reaches the client as text: JSON
// escapes it, and it decodes back unchanged.
func TestHostsMarkupIsData(t *testing.T) {
	res, err := newGoResolver(writeTemp(t, "hosts", testHosts), writeTemp(t, "resolv.conf", "nameserver 127.0.0.1\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := newTestSocket(t, res, "/etc/services")
	o, err := p.call(context.Background(), api.Call{Func: api.GetHostByAddr, Arg: "192.0.2.60", HasArg: true})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(o.response())
	if strings.Contains(string(b), "<") {
		t.Errorf("answer %s holds a raw '<'", b)
	}
	var back api.Response
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	h, ok := back.Result.Host()
	if !ok || h.Name != "<script>alert(1)</script>" {
		t.Errorf("answer %s does not carry the name as text", b)
	}
}
