//go:build !js

package lookup

import (
	"testing"
	"time"

	"netprimer/internal/dnstest"
)

type testDNS struct{ addr string }

// startDNS runs the project's test zone (dnstest.NPTest) on addr
// ("127.0.0.1:0" for any port), UDP and TCP, until the test ends.
func startDNS(t testing.TB, addr string) *testDNS {
	t.Helper()
	s := dnstest.Start(t, addr, dnstest.NPTest)
	return &testDNS{addr: s.Addr}
}

// startSilentDNS listens on UDP and never answers: the DNS server of a
// class whose network is down.
func startSilentDNS(t testing.TB) string { return dnstest.Silent(t) }

// waitUntil polls cond for up to d.
func waitUntil(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return cond()
}
