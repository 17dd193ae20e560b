package ipaddress

import (
	"net/url"
	"testing"
)

// A keystroke recomputes the view: these are the costs the lesson adds to
// the time from a key to the updated page.

var (
	keyAddr = url.Values{qAddr: {"192.0.2.12"}}
	keyNet  = url.Values{qNet: {"114.71.220.0/25"}}
)

func BenchmarkIPView(b *testing.B) {
	for _, c := range []struct {
		name string
		q    url.Values
		prev bool
	}{
		{"fresh", url.Values{}, false},
		{"addr keystroke", keyAddr, true},
		{"net keystroke", keyNet, true},
		{"ipv6 /64", url.Values{qNet: {"2001:db8::/64"}, qHosts: {"18446744073709551600"}}, false},
	} {
		b.Run(c.name, func(b *testing.B) {
			var prev *ipView
			if c.prev {
				v := newIPView(url.Values{}, nil)
				prev = &v
			}
			b.ReportAllocs()
			for range b.N {
				newIPView(c.q, prev)
			}
		})
	}
}

// TestKeystrokeReuse checks that a keystroke in one input does not redo
// the other widget's session: the new view shares it with the old one.
func TestKeystrokeReuse(t *testing.T) {
	prev := newIPView(url.Values{}, nil)
	if v := newIPView(keyAddr, &prev); &v.n.session[0] != &prev.n.session[0] {
		t.Error("a keystroke in the address computed the network's session again")
	}
	if v := newIPView(keyNet, &prev); &v.a.session[0] != &prev.a.session[0] {
		t.Error("a keystroke in the network computed the address's session again")
	}
	if v := newIPView(keyNet, &prev); &v.n.session[0] == &prev.n.session[0] {
		t.Error("a keystroke in the network kept the old network session")
	}
}
