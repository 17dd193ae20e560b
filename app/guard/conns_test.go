package guard

import (
	"net/netip"
	"testing"
)

func TestConns(t *testing.T) {
	c := NewConns(2, 3)
	a, b := netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("2001:db8::1")
	if !c.Acquire(a) || !c.Acquire(a) {
		t.Fatal("a client refused under its cap")
	}
	if c.Acquire(a) {
		t.Error("a client got more than its cap")
	}
	if !c.Acquire(b) {
		t.Error("another client refused while the total has room")
	}
	if c.Acquire(netip.MustParseAddr("2001:db9::1")) {
		t.Error("the total was passed")
	}
	c.Release(a)
	if n, total := c.Held(a); n != 1 || total != 2 {
		t.Errorf("after a release: %d held by a, %d in all", n, total)
	}
	// b's /64 holds one of its two: a second address of it gets the other.
	if !c.Acquire(netip.MustParseAddr("2001:db8::2")) {
		t.Error("a second address of b's /64 refused")
	}
	defer func() {
		if recover() == nil {
			t.Error("a Release without Acquire went unnoticed")
		}
	}()
	c.Release(netip.MustParseAddr("198.51.100.1"))
}
