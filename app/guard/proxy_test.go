package guard

import (
	"net/http"
	"testing"
)

// FuzzForwarded feeds any header to the proxy header parsers: no panic,
// and an address only when one is there.
func FuzzForwarded(f *testing.F) {
	f.Add(`for=192.0.2.1, for="[2001:db8::1]:4711";by="198.51.100.1:443"`, "203.0.113.9, 192.0.2.7")
	f.Add(`for=unknown`, "")
	f.Fuzz(func(t *testing.T, fwd, xff string) {
		h := http.Header{}
		if fwd != "" {
			h.Set("Forwarded", fwd)
		}
		if xff != "" {
			h.Set("X-Forwarded-For", xff)
		}
		if ap, ok := forwardedFor(h); ok && (!ap.Addr().IsValid() || ap.Addr().Is4In6()) {
			t.Fatalf("%q %q: %v", fwd, xff, ap)
		}
		forwardedBy(h)
	})
}
