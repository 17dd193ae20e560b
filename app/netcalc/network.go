package netcalc

import (
	"math/big"
	"strings"
)

// Network is an IPv4Network or IPv6Network: a network address and a prefix
// length, with no host bits set. Like Python it keeps the scope id of the
// address it was parsed from, unless strict=False had to clear host bits
// (which builds a new address from an integer).
//
// The zero Network is not a valid network; its Version is 0.
type Network struct {
	addr Addr // network_address
	bits uint8
}

// ParseNetwork parses s as ipaddress.ip_network(s, strict=strict) does:
// as an IPv4Network or else an IPv6Network, each written as an address
// with an optional "/" and prefix length; IPv4 also takes a netmask or a
// hostmask in dotted form ("192.0.2.0/255.255.255.0",
// "192.0.2.0/0.0.0.255"). Host bits set under the mask are an error when
// strict is true and are cleared when it is false. The error is ValueError:
// "<net> has host bits set" or "'<s>' does not appear to be an IPv4 or
// IPv6 network".
func ParseNetwork(s string, strict bool) (Network, error) {
	n, e := parseNetwork(s, 4, strict)
	if !e.failed() {
		return n, nil
	}
	if e.kind == hostBitsSet {
		return Network{}, e.err()
	}
	n, e = parseNetwork(s, 6, strict)
	if !e.failed() {
		return n, nil
	}
	if e.kind == hostBitsSet {
		return Network{}, e.err()
	}
	return Network{}, notNetwork(s)
}

// ParseIPv4Network parses s as ipaddress.IPv4Network(s, strict=strict),
// whose errors say what is wrong (AddressValueError, NetmaskValueError).
func ParseIPv4Network(s string, strict bool) (Network, error) {
	n, e := parseNetwork(s, 4, strict)
	return n, e.err()
}

// ParseIPv6Network parses s as ipaddress.IPv6Network(s, strict=strict).
// IPv6 takes only a prefix length after the "/", not a netmask.
func ParseIPv6Network(s string, strict bool) (Network, error) {
	n, e := parseNetwork(s, 6, strict)
	return n, e.err()
}

// MustParseNetwork is ParseNetwork(s, true) for constants; it panics on
// error.
func MustParseNetwork(s string) Network {
	n, err := ParseNetwork(s, true)
	if err != nil {
		panic(err)
	}
	return n
}

// NetworkFrom returns the network of a's version with the given prefix
// length, clearing host bits as strict=False does (and dropping a scope
// id if it had to). ok is false if bits is out of range for the version.
func NetworkFrom(a Addr, bits int) (n Network, ok bool) {
	if !a.IsValid() || bits < 0 || bits > a.BitLen() {
		return Network{}, false
	}
	return makeNetwork(a, bits), true
}

func makeNetwork(a Addr, bits int) Network {
	if m := mask(a.v, bits); !a.ip.and(m).equal(a.ip) {
		a = addrOf(a.v, a.ip.and(m))
	}
	return Network{addr: a, bits: uint8(bits)}
}

// parseNetwork is IPv4Network(s, strict) or IPv6Network(s, strict) for a
// str: the address, then the mask, then the host bits, in that order.
func parseNetwork(s string, version uint8, strict bool) (Network, perr) {
	addrStr, maskStr, hasMask := strings.Cut(s, "/")
	if hasMask && strings.IndexByte(maskStr, '/') >= 0 {
		return Network{}, addrErr("Only one '/' permitted", s)
	}
	var a Addr
	var e perr
	if version == 4 {
		a, e = parseAddr4(addrStr)
	} else {
		a, e = parseAddr6(addrStr)
	}
	if e.failed() {
		return Network{}, e
	}
	bits := a.BitLen()
	if hasMask {
		if bits, e = parseMask(maskStr, version); e.failed() {
			return Network{}, e
		}
	}
	if m := mask(version, bits); !a.ip.and(m).equal(a.ip) {
		if strict {
			n := Network{addr: a, bits: uint8(bits)}
			return Network{}, perr{kind: hostBitsSet, extra: n.String()}
		}
		a = addrOf(version, a.ip.and(m))
	}
	return Network{addr: a, bits: uint8(bits)}, perr{}
}

// maxIntDigits is CPython's default limit on the digits int() converts
// (sys.get_int_max_str_digits(), since 3.11): a longer prefix length, even
// one of zeros, is a ValueError and so not a valid netmask.
const maxIntDigits = 4300

// parseMask is _make_netmask for a str: a decimal prefix length (leading
// zeros allowed), or for IPv4 only a netmask or hostmask in dotted form.
func parseMask(s string, version uint8) (int, perr) {
	maxBits := 32
	if version == 6 {
		maxBits = 128
	}
	if isDigits(s) && len(s) <= maxIntDigits {
		t := strings.TrimLeft(s, "0")
		if len(t) <= 3 {
			n := 0
			for i := 0; i < len(t); i++ {
				n = n*10 + int(t[i]-'0')
			}
			if n <= maxBits {
				return n, perr{}
			}
		}
	}
	if version == 6 {
		return 0, perr{kind: badNetmask, extra: s}
	}
	v, e := parse4(s)
	if e.failed() {
		return 0, perr{kind: badNetmask, extra: s}
	}
	// A netmask is ones then zeros; failing that, a hostmask is zeros then
	// ones. All-zeros and all-ones read as netmasks (/0 and /32).
	if bits, ok := prefixFromMask(v); ok {
		return bits, perr{}
	}
	if bits, ok := prefixFromMask(v ^ 0xffffffff); ok {
		return bits, perr{}
	}
	return 0, perr{kind: badNetmask, extra: s}
}

// prefixFromMask is _prefix_from_ip_int for IPv4: the prefix length of a
// netmask, if v is one.
func prefixFromMask(v uint64) (int, bool) {
	tz := 32
	if v != 0 {
		tz = min(32, u64(v).trailingZeros())
	}
	bits := 32 - tz
	return bits, v>>uint(tz) == 1<<uint(bits)-1
}

// mask returns the netmask of a prefix length as an integer.
func mask(version uint8, bits int) uint128 {
	if version == 4 {
		return ones(32).xor(ones(32 - bits))
	}
	return ones(128).xor(ones(128 - bits))
}

// IsValid reports whether n is a network, not the zero Network.
func (n Network) IsValid() bool { return n.addr.IsValid() }

// Version returns .version: 4 or 6, 0 for the zero Network.
func (n Network) Version() int { return n.addr.Version() }

// Addr returns .network_address, with the scope id Python keeps.
func (n Network) Addr() Addr { return n.addr }

// Bits returns .prefixlen.
func (n Network) Bits() int { return int(n.bits) }

// MaxBits returns .max_prefixlen: 32 or 128.
func (n Network) MaxBits() int { return n.addr.BitLen() }

// HostBits returns the number of host bits, max_prefixlen - prefixlen:
// num_addresses is 2**HostBits().
func (n Network) HostBits() int { return n.MaxBits() - int(n.bits) }

// Netmask returns .netmask (RFC 4632 section 3.1's prefix as a mask).
func (n Network) Netmask() Addr { return addrOf(n.addr.v, mask(n.addr.v, int(n.bits))) }

// Hostmask returns .hostmask, the netmask inverted.
func (n Network) Hostmask() Addr { return addrOf(n.addr.v, ones(n.HostBits())) }

// Broadcast returns .broadcast_address: the network address with every
// host bit set (for IPv6 simply the last address; IPv6 has no broadcast).
func (n Network) Broadcast() Addr {
	return addrOf(n.addr.v, n.addr.ip.or(ones(n.HostBits())))
}

// NumAddresses returns .num_addresses, 2**HostBits(), exactly: 2**128 for
// ::/0.
func (n Network) NumAddresses() *big.Int {
	if !n.IsValid() {
		return new(big.Int)
	}
	return new(big.Int).Lsh(big.NewInt(1), uint(n.HostBits()))
}

// Contains reports addr in net: same version and the same bits under the
// netmask. Scope ids do not count; an address of the other version is
// never in the network.
func (n Network) Contains(a Addr) bool {
	if !n.IsValid() || a.v != n.addr.v {
		return false
	}
	return a.ip.and(mask(n.addr.v, int(n.bits))).equal(n.addr.ip)
}

// Masked returns a's bits under n's netmask, what
// ipaddress.IPv4Address(int(addr) & int(net.netmask)) gives; ok is false
// when the versions differ.
func (n Network) Masked(a Addr) (Addr, bool) {
	if !n.IsValid() || a.v != n.addr.v {
		return Addr{}, false
	}
	return addrOf(a.v, a.ip.and(mask(a.v, int(n.bits)))), true
}

// String returns str(n), which is also .with_prefixlen and .compressed:
// the network address (with its scope id), "/", the prefix length.
func (n Network) String() string {
	if !n.IsValid() {
		return "invalid Prefix"
	}
	var buf [80]byte
	return string(n.AppendTo(buf[:0]))
}

// AppendTo appends str(n) to b.
func (n Network) AppendTo(b []byte) []byte {
	b = n.addr.AppendTo(b)
	b = append(b, '/')
	return appendUint(b, uint64(n.bits))
}

// WithPrefixlen returns .with_prefixlen.
func (n Network) WithPrefixlen() string { return n.String() }

// WithNetmask returns .with_netmask: address "/" netmask, for IPv6 too.
func (n Network) WithNetmask() string { return n.withMask(n.Netmask()) }

// WithHostmask returns .with_hostmask: address "/" hostmask.
func (n Network) WithHostmask() string { return n.withMask(n.Hostmask()) }

func (n Network) withMask(m Addr) string {
	var buf [128]byte
	b := n.addr.AppendTo(buf[:0])
	b = append(b, '/')
	return string(m.AppendTo(b))
}
