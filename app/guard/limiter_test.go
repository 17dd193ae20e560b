package guard

import (
	"net/netip"
	"testing"
	"time"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"2001:db8::1", "2001:db8::ffff"}, // one /64 is one client
		{"::ffff:192.0.2.1", "192.0.2.1"}, // a mapped address is its IPv4 one
		{"fe80::1%eth0", "fe80::2"},       // zones do not split a client
	} {
		if k1, k2 := Key(netip.MustParseAddr(c.a)), Key(netip.MustParseAddr(c.b)); k1 != k2 {
			t.Errorf("%s and %s: %v and %v", c.a, c.b, k1, k2)
		}
	}
	if Key(netip.MustParseAddr("192.0.2.1")) == Key(netip.MustParseAddr("192.0.2.2")) {
		t.Error("two IPv4 addresses share a key")
	}
}

func TestLimiterForgetsOldClients(t *testing.T) {
	l := NewLimiter(1, 1, 100)
	now := time.Now()
	for i := range 1000 {
		l.Allow(netip.AddrFrom4([4]byte{10, 0, byte(i >> 8), byte(i)}), now)
	}
	if l.Size() != 100 {
		t.Errorf("%d clients tracked, want 100", l.Size())
	}
}

func TestLimiterAllowN(t *testing.T) {
	l := NewLimiter(100, 1000, 10)
	a := netip.MustParseAddr("192.0.2.1")
	now := time.Now()
	if ok, _ := l.AllowN(a, now, 1000); !ok {
		t.Fatal("a full bucket refused its burst")
	}
	ok, wait := l.AllowN(a, now, 500)
	if ok || wait != 5*time.Second {
		t.Errorf("empty bucket: %v, wait %v, want refused for 5s", ok, wait)
	}
	if ok, _ := l.AllowN(a, now.Add(5*time.Second), 500); !ok {
		t.Error("refused after the wait it gave")
	}
	if ok, _ := l.AllowN(netip.MustParseAddr("192.0.2.2"), now, 1); !ok {
		t.Error("another client shares the bucket")
	}
	if ok, _ := l.AllowN(a, now.Add(time.Hour), 1001); ok {
		t.Error("more than the burst allowed")
	}
}
