//go:build !js && cgo

package lookup

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
)

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
		"/etc/resolv.conf":   "nameserver " + nsDNSHost + "\nsearch np.test\noptions timeout:1 attempts:1\n",
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
