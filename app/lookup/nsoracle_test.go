//go:build !js

package lookup

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"testing"

	"netprimer/internal/pyoracle"
)

// The namespace oracle runs python3 with the test's own resolv.conf,
// nsswitch.conf and hosts files, bind-mounted over /etc in a private
// mount namespace that only that process sees. Its C library then asks
// the in-process DNS server, so CPython's answers for the DNS backend and
// the Go resolver come from the same data as ours. It needs root (for
// the namespace and for port 53, the only port resolv.conf can name);
// without it the tests that need it are skipped, and say so.

// nsDNSHost is where the in-process DNS server listens for glibc, on port
// 53: an address of its own in 127/8 (all loopback) for each test process,
// so that test runs side by side do not collide.
var nsDNSHost = fmt.Sprintf("127.%d.%d.%d", 1+rand.IntN(250), rand.IntN(256), 1+rand.IntN(254))

// nsDNSAddr is nsDNSHost's DNS port.
var nsDNSAddr = net.JoinHostPort(nsDNSHost, "53")

const nsSetup = `
import ctypes, json, os, sys
def _setup():
    req = json.loads(sys.stdin.readline())
    libc = ctypes.CDLL(None, use_errno=True)
    CLONE_NEWNS, MS_BIND, MS_REC, MS_PRIVATE = 0x20000, 4096, 16384, 1 << 18
    if libc.unshare(CLONE_NEWNS) != 0:
        return "unshare: " + os.strerror(ctypes.get_errno())
    if libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        return "mount private: " + os.strerror(ctypes.get_errno())
    for src, dst in req["binds"]:
        if libc.mount(src.encode(), dst.encode(), None, MS_BIND, None) != 0:
            return "bind " + dst + ": " + os.strerror(ctypes.get_errno())
    return ""
print(json.dumps(_setup()), flush=True)
`

// startNSOracle starts the socket oracle with files (target path in /etc
// → content) in place, or skips the test when it cannot.
func startNSOracle(t *testing.T, files map[string]string) *pyoracle.Oracle {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("the namespace oracle needs root (a mount namespace and port 53)")
	}
	dir := t.TempDir()
	var binds [][2]string
	for dst, content := range files {
		src := filepath.Join(dir, filepath.Base(dst))
		if err := os.WriteFile(src, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		binds = append(binds, [2]string{src, dst})
	}
	o := pyoracle.Start(t, nsSetup+socketProgram)
	var problem string
	o.Ask(t, map[string]any{"binds": binds}, &problem)
	if problem != "" {
		t.Skipf("namespace oracle unavailable: %s", problem)
	}
	return o
}

// startNSDNS runs the test zone where the namespace's resolv.conf points,
// or skips the test.
func startNSDNS(t *testing.T) *testDNS {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("the namespace oracle needs root (a mount namespace and port 53)")
	}
	return startDNS(t, nsDNSAddr)
}

// nsResolvConf points glibc at the in-process server, one second and one
// try per query, so that the silent names fail fast.
var nsResolvConf = "nameserver " + nsDNSHost + "\noptions timeout:1 attempts:1\n"

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
