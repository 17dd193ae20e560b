package ipaddress

import (
	"net/url"
	"reflect"
	"testing"

	"netprimer/app/i18n"
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

// TestKeystrokeKeepsOtherFacts checks that a keystroke in one widget
// leaves what the other widgets show apart from their links equal, field
// for field: go-app then leaves their components as they are, and the
// keystroke redraws its own widget and the links alone.
func TestKeystrokeKeepsOtherFacts(t *testing.T) {
	prev := newIPView(url.Values{}, nil)
	for _, l := range []i18n.Lang{i18n.Ko, i18n.En} {
		same := func(what string, a, b any) {
			t.Helper()
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s: %s changed", l, what)
			}
		}
		differ := func(what string, a, b any) {
			t.Helper()
			if reflect.DeepEqual(a, b) {
				t.Errorf("%s: %s did not change", l, what)
			}
		}
		v := newIPView(keyAddr, &prev)
		differ("an address keystroke: the address's facts", &addrFacts{Lang: l, State: v.a}, &addrFacts{Lang: l, State: prev.a})
		same("an address keystroke: the network's facts", v.n.facts(l), prev.n.facts(l))
		same("an address keystroke: the network's grid", v.n.gridView(l), prev.n.gridView(l))
		same("an address keystroke: addr in net's facts", &memberFacts{Lang: l, State: v.m}, &memberFacts{Lang: l, State: prev.m})
		differ("an address keystroke: the network's links", v.n.hosts.next, prev.n.hosts.next)

		v = newIPView(keyNet, &prev)
		same("a network keystroke: the address's facts", &addrFacts{Lang: l, State: v.a}, &addrFacts{Lang: l, State: prev.a})
		differ("a network keystroke: the network's facts", v.n.facts(l), prev.n.facts(l))

		v = newIPView(url.Values{qMember: {"114.71.221.5"}}, &prev)
		same("a keystroke in addr in net: the address's facts", &addrFacts{Lang: l, State: v.a}, &addrFacts{Lang: l, State: prev.a})
		same("a keystroke in addr in net: the network's facts", v.n.facts(l), prev.n.facts(l))
		same("a keystroke in addr in net: the network's grid", v.n.gridView(l), prev.n.gridView(l))
		differ("a keystroke in addr in net: its facts", &memberFacts{Lang: l, State: v.m}, &memberFacts{Lang: l, State: prev.m})
	}
}
