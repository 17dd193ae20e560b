package netcalc

import (
	"testing"
)

var (
	sinkAddr    Addr
	sinkNetwork Network
	sinkBool    bool
	sinkString  string
	sinkErr     error
)

var parseInputs = []struct{ name, in string }{
	{"v4", "192.0.2.1"},
	{"v6", "2001:db8::1"},
	{"v6-full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"},
	{"v6-tail", "::ffff:192.0.2.1"},
	{"v6-zone", "fe80::1%eth0"},
	{"invalid", "192.0.2.256"},
}

func BenchmarkParseAddr(b *testing.B) {
	for _, c := range parseInputs {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkAddr, sinkErr = ParseAddr(c.in)
			}
		})
	}
}

func BenchmarkParseNetwork(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"v4", "114.71.220.0/24"},
		{"v4-netmask", "114.71.220.0/255.255.255.0"},
		{"v6", "2001:db8::/64"},
		{"hostbits-strict", "114.71.220.95/24"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkNetwork, sinkErr = ParseNetwork(c.in, true)
			}
		})
	}
}

// networkProperties computes every value the network calculator shows,
// short of formatting it.
func networkProperties(n Network, a Addr) {
	sinkAddr = n.Netmask()
	sinkAddr = n.Hostmask()
	sinkAddr = n.Broadcast()
	hosts := n.Hosts()
	sinkAddr = hosts.First()
	sinkAddr = hosts.Last()
	sinkAddr, _ = hosts.At64(1000)
	_, sinkBool = hosts.Len64()
	sinkNetwork = n.Supernet()
	if s, err := n.Subnets(n.Bits() + 4); err == nil {
		sinkNetwork, _ = s.At64(3)
	}
	sinkBool = n.Contains(a)
	sinkAddr, _ = n.Masked(a)
}

func BenchmarkNetworkProperties(b *testing.B) {
	for _, c := range []struct{ name, net, addr string }{
		{"v4", "114.71.220.0/24", "114.71.220.95"},
		{"v6", "2001:db8::/64", "2001:db8::1"},
	} {
		n, a := MustParseNetwork(c.net), MustParseAddr(c.addr)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				networkProperties(n, a)
			}
		})
	}
}

func BenchmarkString(b *testing.B) {
	for _, c := range parseInputs[:5] {
		a := MustParseAddr(c.in)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = a.String()
			}
		})
	}
}

func BenchmarkIsPrivate(b *testing.B) {
	for _, c := range parseInputs[:4] {
		a := MustParseAddr(c.in)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBool = a.IsPrivate() || a.IsGlobal() || a.IsReserved()
			}
		})
	}
}

func BenchmarkSessions(b *testing.B) {
	b.Run("address", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = AddressSession("2001:A8::1").String()
		}
	})
	b.Run("network", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = NetworkSession("114.71.220.0/24", true, NetworkView{HostsLen: 16}).String()
		}
	})
	b.Run("membership", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = MembershipSession("114.71.220.0/24", "114.71.220.95", true).String()
		}
	})
}

// TestAllocs pins the allocations of the hot paths: parsing a valid
// address or network and computing a network's values allocate nothing;
// a string costs one allocation.
func TestAllocs(t *testing.T) {
	n4, a4 := MustParseNetwork("114.71.220.0/24"), MustParseAddr("114.71.220.95")
	n6, a6 := MustParseNetwork("2001:db8::/64"), MustParseAddr("2001:db8::1")
	for _, c := range []struct {
		name string
		max  float64
		f    func()
	}{
		{"ParseAddr v4", 0, func() { sinkAddr, sinkErr = ParseAddr("192.0.2.1") }},
		{"ParseAddr v6", 0, func() { sinkAddr, sinkErr = ParseAddr("2001:db8::1") }},
		{"ParseAddr v6 tail and zone", 0, func() { sinkAddr, sinkErr = ParseAddr("::ffff:1.2.3.4%eth0") }},
		{"ParseNetwork v4", 0, func() { sinkNetwork, sinkErr = ParseNetwork("114.71.220.0/24", true) }},
		{"ParseNetwork v4 netmask", 0, func() { sinkNetwork, sinkErr = ParseNetwork("114.71.220.0/255.255.255.0", true) }},
		{"ParseNetwork v6", 0, func() { sinkNetwork, sinkErr = ParseNetwork("2001:db8::/64", true) }},
		{"network properties v4", 0, func() { networkProperties(n4, a4) }},
		{"network properties v6", 0, func() { networkProperties(n6, a6) }},
		{"is_* v6", 0, func() { sinkBool = a6.IsPrivate() || a6.IsGlobal() || a6.IsReserved() || a6.IsLinkLocal() }},
		{"String v4", 1, func() { sinkString = a4.String() }},
		{"String v6", 1, func() { sinkString = a6.String() }},
		{"WithNetmask v6", 1, func() { sinkString = n6.WithNetmask() }},
	} {
		if got := testing.AllocsPerRun(100, c.f); got > c.max {
			t.Errorf("%s: %v allocations, want at most %v", c.name, got, c.max)
		}
	}
}
