package netcalc

import (
	"errors"
	"net/netip"
	"strconv"
	"strings"
	"testing"
)

func checkError(t *testing.T, what string, err error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: error %T %v is not an *Error", what, err, err)
	}
	switch e.Type {
	case ValueError, AddressValueError, NetmaskValueError:
	default:
		t.Fatalf("%s: exception type %q", what, e.Type)
	}
	if e.Msg == "" || e.Error() != e.Msg {
		t.Fatalf("%s: message %q", what, e.Msg)
	}
}

// sameAsNetip reports whether a and p are the same address of the same
// version.
func sameAsNetip(a Addr, p netip.Addr) bool {
	if p.Is4() {
		return a.Is4() && a.As4() == p.As4()
	}
	return a.Is6() && a.As16() == p.As16() && a.Zone() == p.Zone()
}

// FuzzParseAddr checks that the address parsers never panic, that
// ip_address is IPv4Address or else IPv6Address, that a parsed address
// prints back to itself, and that it agrees with net/netip wherever the
// two define the same thing: text without a scope id.
func FuzzParseAddr(f *testing.F) {
	for _, s := range addrCases {
		f.Add(s)
	}
	for _, c := range addrTable {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddr(s)
		a4, err4 := ParseIPv4Addr(s)
		a6, err6 := ParseIPv6Addr(s)
		switch {
		case err4 == nil:
			if err != nil || a != a4 {
				t.Fatalf("ip_address(%q) = %v, %v; IPv4Address gives %v", s, a, err, a4)
			}
		case err6 == nil:
			checkError(t, "IPv4Address", err4)
			if err != nil || a != a6 {
				t.Fatalf("ip_address(%q) = %v, %v; IPv6Address gives %v", s, a, err, a6)
			}
		default:
			checkError(t, "IPv4Address", err4)
			checkError(t, "IPv6Address", err6)
			checkError(t, "ip_address", err)
			if err == nil {
				t.Fatalf("ip_address(%q) = %v, but neither version parses", s, a)
			}
		}
		if err == nil {
			checkAddrInvariants(t, a)
		}
		if strings.Contains(s, "%") {
			return
		}
		p, perr := netip.ParseAddr(s)
		if (perr == nil) != (err == nil) {
			t.Fatalf("ParseAddr(%q): %v; netip: %v %v", s, err, p, perr)
		}
		if err == nil && !sameAsNetip(a, p) {
			t.Fatalf("ParseAddr(%q) = %v; netip: %v", s, a, p)
		}
	})
}

// FuzzParseNetwork checks that the network parsers never panic, that a
// network prints back to itself, that strict=False only clears host bits,
// and that it agrees with netip.ParsePrefix on the "address/length" text
// both read.
func FuzzParseNetwork(f *testing.F) {
	for _, s := range netCases {
		f.Add(s, true)
		f.Add(s, false)
	}
	for _, c := range netTable {
		f.Add(c.in, c.strict)
	}
	f.Fuzz(func(t *testing.T, s string, strict bool) {
		n, err := ParseNetwork(s, strict)
		_, err4 := ParseIPv4Network(s, strict)
		_, err6 := ParseIPv6Network(s, strict)
		if err != nil {
			checkError(t, "ip_network", err)
			if err4 == nil || err6 == nil && !errors.Is(err4, ErrHostBitsSet) {
				t.Fatalf("ip_network(%q) fails with %v, but IPv4Network: %v, IPv6Network: %v", s, err, err4, err6)
			}
		} else {
			checkNetworkInvariants(t, n)
		}
		loose, lerr := ParseNetwork(s, false)
		switch {
		case err == nil && (lerr != nil || loose != n):
			t.Fatalf("strict=False gives %v, %v; strict=%v gave %v", loose, lerr, strict, n)
		case errors.Is(err, ErrHostBitsSet) && lerr != nil:
			t.Fatalf("host bits set, yet strict=False fails: %v", lerr)
		}

		addr, length, ok := strings.Cut(s, "/")
		if !ok || strings.Contains(addr, "%") || length == "" || length[0] == '0' && length != "0" {
			return
		}
		if _, aerr := strconv.Atoi(length); aerr != nil || !isDigits(length) {
			return
		}
		p, perr := netip.ParsePrefix(s)
		if (perr == nil) != (lerr == nil) {
			t.Fatalf("ParseNetwork(%q, False): %v; netip: %v %v", s, lerr, p, perr)
		}
		if lerr == nil && (!sameAsNetip(loose.Addr(), p.Masked().Addr()) || p.Bits() != loose.Bits()) {
			t.Fatalf("ParseNetwork(%q, False) = %v; netip: %v", s, loose, p.Masked())
		}
	})
}

// FuzzSessions checks that no input, however long or odd, makes a
// widget's session panic or lose its first line.
func FuzzSessions(f *testing.F) {
	for i, s := range netCases {
		f.Add(s, addrCases[i%len(addrCases)], uint16(i))
	}
	f.Fuzz(func(t *testing.T, net, addr string, view uint16) {
		v := NetworkView{HostsLen: int(view%4) + 1, NewPrefix: int(view>>2%140) - 4, SubnetsLen: int(view>>10) % 3}
		for _, s := range []string{
			AddressSession(addr).String(),
			NetworkSession(net, view&1 == 0, v).String(),
			MembershipSession(net, addr, view&2 == 0).String(),
		} {
			if !strings.HasPrefix(s, ">>> import ipaddress\n") {
				t.Fatalf("session starts %q", s[:min(len(s), 40)])
			}
		}
	})
}
