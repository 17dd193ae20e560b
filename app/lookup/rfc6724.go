package lookup

import (
	"encoding/binary"
	"math/bits"
	"net"
	"net/netip"
	"sort"
)

// sortByRFC6724 orders getaddrinfo's addresses as glibc's rfc3484_sort
// does with its default policy (gai.conf commented out): destination
// address selection of RFC 6724 section 6, with source addresses found by
// connecting a UDP socket, as glibc finds them.
func sortByRFC6724(addrs []netip.Addr) []netip.Addr {
	type cand struct {
		dst, src netip.Addr
		ok       bool
	}
	cs := make([]cand, len(addrs))
	for i, a := range addrs {
		cs[i] = cand{dst: a}
		cs[i].src, cs[i].ok = sourceAddr(a)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		// Rule 1: avoid unusable destinations.
		if a.ok != b.ok {
			return a.ok
		}
		if !a.ok {
			return false
		}
		// Rule 2: prefer matching scope.
		ma := scope(a.dst) == scope(a.src)
		mb := scope(b.dst) == scope(b.src)
		if ma != mb {
			return ma
		}
		// Rule 5: prefer matching label.
		la := label(a.dst) == label(a.src)
		lb := label(b.dst) == label(b.src)
		if la != lb {
			return la
		}
		// Rule 6: prefer higher precedence.
		if pa, pb := precedence(a.dst), precedence(b.dst); pa != pb {
			return pa > pb
		}
		// Rule 8: prefer smaller scope.
		if sa, sb := scope(a.dst), scope(b.dst); sa != sb {
			return sa < sb
		}
		// Rule 9, as glibc has it: within a family, the larger highest
		// differing bit wins (IPv4 only inside the source's subnet).
		if a.dst.Is4() == b.dst.Is4() {
			if ba, bb := rule9Bits(a.dst, a.src, b.dst, b.src); ba != bb {
				return ba > bb
			}
		}
		return false
	})
	out := make([]netip.Addr, len(cs))
	for i, c := range cs {
		out[i] = c.dst
	}
	return out
}

// sourceAddr is the address the kernel would send from to reach a.
func sourceAddr(a netip.Addr) (netip.Addr, bool) {
	c, err := net.DialUDP("udp", nil, net.UDPAddrFromAddrPort(netip.AddrPortFrom(a, 9)))
	if err != nil {
		return netip.Addr{}, false
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).AddrPort().Addr().Unmap(), true
}

// mapped is the IPv6 form RFC 6724 compares IPv4 addresses in.
func mapped(a netip.Addr) netip.Addr {
	if a.Is4() {
		return netip.AddrFrom16(a.As16())
	}
	return a
}

// scope is RFC 6724 section 3.1's scope, IPv4 addresses by their IPv6
// mapping (loopback and link-local are link scope, the rest global).
func scope(a netip.Addr) int {
	a = a.Unmap()
	switch {
	case a.Is4():
		b := a.As4()
		if b[0] == 169 && b[1] == 254 || b[0] == 127 {
			return 2
		}
		return 14
	case a.IsMulticast():
		return int(a.As16()[1] & 0xf)
	case a.IsLoopback() || a.IsLinkLocalUnicast():
		return 2
	case a.As16()[0] == 0xfe && a.As16()[1]&0xc0 == 0xc0:
		return 5 // site-local
	}
	return 14
}

type policy struct {
	p     netip.Prefix
	value int
}

// glibc's default tables (sysdeps/posix/getaddrinfo.c), which keep RFC
// 3484's precedences and add labels for site-local and ULA addresses.
var (
	defaultLabels = []policy{
		{netip.MustParsePrefix("::1/128"), 0},
		{netip.MustParsePrefix("2002::/16"), 2},
		{netip.MustParsePrefix("::/96"), 3},
		{netip.MustParsePrefix("::ffff:0:0/96"), 4},
		{netip.MustParsePrefix("fec0::/10"), 5},
		{netip.MustParsePrefix("fc00::/7"), 6},
		{netip.MustParsePrefix("2001::/32"), 7},
		{netip.MustParsePrefix("::/0"), 1},
	}
	defaultPrecedence = []policy{
		{netip.MustParsePrefix("::1/128"), 50},
		{netip.MustParsePrefix("2002::/16"), 30},
		{netip.MustParsePrefix("::/96"), 20},
		{netip.MustParsePrefix("::ffff:0:0/96"), 10},
		{netip.MustParsePrefix("::/0"), 40},
	}
)

// match returns the value of the first entry containing a: glibc's
// tables are ordered so that the first match is the longest.
func match(table []policy, a netip.Addr) int {
	m := mapped(a)
	for _, p := range table {
		if p.p.Contains(m) {
			return p.value
		}
	}
	return 0
}

func precedence(a netip.Addr) int { return match(defaultPrecedence, a) }
func label(a netip.Addr) int      { return match(defaultLabels, a) }

// rule9Bits returns the fls() values glibc's rule 9 compares.
func rule9Bits(d1, s1, d2, s2 netip.Addr) (int, int) {
	if d1.Is4() {
		return ipv4Bits(d1, s1), ipv4Bits(d2, s2)
	}
	x1, y1, x2, y2 := d1.As16(), s1.As16(), d2.As16(), s2.As16()
	for i := 0; i < 16; i += 4 {
		w := func(b [16]byte) uint32 { return binary.BigEndian.Uint32(b[i:]) }
		if w(x1) != w(y1) || w(x2) != w(y2) {
			return bits.Len32(w(x1) ^ w(y1)), bits.Len32(w(x2) ^ w(y2))
		}
	}
	return 0, 0
}

// ipv4Bits is rule 9's value for IPv4: glibc compares inside the
// source's subnet, whose prefix length it looks up among the IPv6
// addresses __check_pf lists. It never finds an IPv4 one there, and the
// mask of a zero length (a shift by 32) keeps all 32 bits.
func ipv4Bits(dst, src netip.Addr) int {
	d, s := binary.BigEndian.Uint32(dst.AsSlice()), binary.BigEndian.Uint32(src.AsSlice())
	if d != s {
		return 0
	}
	return bits.Len32(d ^ s)
}
