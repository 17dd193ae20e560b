//go:build !wasm

package main

import (
	"bufio"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// unitFile is the systemd unit the README's "Hosting for a class"
// installs, and unitBinary where it says to put the binary.
const (
	unitFile   = "deploy/netprimer.service"
	unitBinary = "/usr/local/bin/netprimer"
)

// TestUnitFile passes systemd-analyze verify on the unit (with ExecStart's
// binary at a path that exists here, the test's own executable: verify
// checks that it can be run), keeps the hardening the README promises,
// and starts the binary with flags it has, its data directory being the
// unit's StateDirectory.
func TestUnitFile(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Fatal("systemd-analyze is missing: install it (Debian: apt-get install -y systemd); .ci/run does")
	}
	unit := readUnit(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	execStart := unit["ExecStart"][0]
	if !strings.HasPrefix(execStart, unitBinary+" ") {
		t.Fatalf("ExecStart=%s does not run %s", execStart, unitBinary)
	}
	src, err := os.ReadFile(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	here := filepath.Join(t.TempDir(), "netprimer.service")
	os.WriteFile(here, []byte(strings.Replace(string(src), "ExecStart="+unitBinary+" ", "ExecStart="+exe+" ", 1)), 0o644)
	out, err := exec.Command(analyze, "verify", here).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}

	for key, want := range map[string]string{
		"DynamicUser":             "yes",
		"StateDirectory":          "netprimer",
		"ProtectSystem":           "strict",
		"ProtectHome":             "yes",
		"PrivateTmp":              "yes",
		"NoNewPrivileges":         "yes",
		"AmbientCapabilities":     "CAP_NET_BIND_SERVICE",
		"CapabilityBoundingSet":   "CAP_NET_BIND_SERVICE",
		"RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX AF_NETLINK",
		"SystemCallFilter":        "@system-service",
		"Restart":                 "on-failure",
		"LimitNOFILE":             "65536",
	} {
		if got := unit[key]; len(got) != 1 || got[0] != want {
			t.Errorf("%s=%q, want %q", key, got, want)
		}
	}

	args := strings.Fields(strings.TrimPrefix(execStart, unitBinary))
	for i, a := range args {
		if a == "-data" && (i+1 == len(args) || args[i+1] != "/var/lib/"+unit["StateDirectory"][0]) {
			t.Errorf("ExecStart's -data is not the StateDirectory: %q", args)
		}
	}
	// The flags parse; -h stops before the settings' file is read.
	var usage strings.Builder
	if err := run(append(args, "-h"), &usage); !errors.Is(err, flag.ErrHelp) || !strings.Contains(usage.String(), "-config file") {
		t.Errorf("the binary refuses ExecStart's flags %q: %v\n%s", args, err, usage.String())
	}
}

// readUnit returns the unit's settings, key by key, in order.
func readUnit(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	unit := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == '[' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: %q is no setting", unitFile, line)
		}
		unit[k] = append(unit[k], v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return unit
}
