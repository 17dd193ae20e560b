package netcalc

import (
	"math/big"
)

// Addr is an IPv4 or IPv6 address as ipaddress holds it: an IPv4Address
// or an IPv6Address, the latter with an optional scope id (RFC 4007
// section 11, written after '%', accepted by Python since 3.9).
//
// The zero Addr is not a valid address; its Version is 0.
type Addr struct {
	ip   uint128 // for IPv4, the low 32 bits
	v    uint8   // 0 (invalid), 4 or 6
	zone string  // IPv6 scope id; "" is Python's None
}

// AddrFrom4 returns the IPv4 address of the four bytes.
func AddrFrom4(b [4]byte) Addr {
	return Addr{ip: u64(uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])), v: 4}
}

// AddrFrom16 returns the IPv6 address of the sixteen bytes, without a
// scope id. An IPv4-mapped address stays an IPv6 address, as in Python.
func AddrFrom16(b [16]byte) Addr {
	var u uint128
	for i := range 8 {
		u.hi = u.hi<<8 | uint64(b[i])
		u.lo = u.lo<<8 | uint64(b[8+i])
	}
	return Addr{ip: u, v: 6}
}

func addr4(v uint128) Addr { return Addr{ip: v, v: 4} }
func addr6(v uint128) Addr { return Addr{ip: v, v: 6} }

func addrOf(version uint8, v uint128) Addr { return Addr{ip: v, v: version} }

// IsValid reports whether a is an address, not the zero Addr.
func (a Addr) IsValid() bool { return a.v != 0 }

// Is4 reports whether a is an IPv4Address.
func (a Addr) Is4() bool { return a.v == 4 }

// Is6 reports whether a is an IPv6Address.
func (a Addr) Is6() bool { return a.v == 6 }

// Version returns Python's .version: 4 or 6, and 0 for the zero Addr.
func (a Addr) Version() int { return int(a.v) }

// BitLen returns max_prefixlen: 32 for IPv4, 128 for IPv6, 0 for the
// zero Addr.
func (a Addr) BitLen() int {
	switch a.v {
	case 4:
		return 32
	case 6:
		return 128
	}
	return 0
}

// Zone returns the scope id, Python's .scope_id; "" stands for None (a
// scope id, when present, is never empty).
func (a Addr) Zone() string { return a.zone }

// WithoutZone returns a without its scope id, as ipaddress builds every
// address it computes from an integer.
func (a Addr) WithoutZone() Addr { a.zone = ""; return a }

// As4 returns the four bytes of an IPv4 address.
func (a Addr) As4() [4]byte {
	v := a.ip.lo
	return [4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
}

// As16 returns the sixteen bytes of an IPv6 address.
func (a Addr) As16() [16]byte {
	var b [16]byte
	a.ip.putBytes(b[:])
	return b
}

// Packed returns Python's .packed: 4 or 16 bytes in network order.
func (a Addr) Packed() []byte {
	if a.v == 4 {
		b := a.As4()
		return b[:]
	}
	if a.v == 6 {
		b := a.As16()
		return b[:]
	}
	return nil
}

// Int returns int(a).
func (a Addr) Int() *big.Int { return a.ip.big() }

// IntString returns str(int(a)), the address as a decimal integer.
func (a Addr) IntString() string { return string(a.ip.appendDecimal(nil)) }

// Hex returns hex(int(a)): lower case, no leading zeros, '0x0' for zero.
func (a Addr) Hex() string { return string(a.ip.appendHex([]byte("0x"), 1)) }

// Bit returns bit i of the address counting from the most significant
// (bit 0 is the first bit of the first octet), as a bit grid shows it.
func (a Addr) Bit(i int) uint8 {
	n := a.BitLen()
	if i < 0 || i >= n {
		return 0
	}
	return uint8(a.ip.bit(n - 1 - i))
}

// Mapped returns the IPv4-mapped IPv6 address ::ffff:a.b.c.d of an IPv4
// address (RFC 4291 section 2.5.5.2), what
// ipaddress.IPv6Address(f'::ffff:{a}') gives. An IPv6 address is returned
// unchanged.
func (a Addr) Mapped() Addr {
	if a.v != 4 {
		return a
	}
	return addr6(uint128{0, 0xffff<<32 | a.ip.lo})
}

// IPv4Mapped returns Python's .ipv4_mapped: the IPv4 address in the low 32
// bits when a is in ::ffff:0:0/96 (RFC 4291 section 2.5.5.2). ok is false
// where Python gives None, and for IPv4 addresses, which have no such
// attribute.
func (a Addr) IPv4Mapped() (v4 Addr, ok bool) {
	if a.v != 6 || a.ip.hi != 0 || a.ip.lo>>32 != 0xffff {
		return Addr{}, false
	}
	return addr4(u64(a.ip.lo & 0xffffffff)), true
}

// SixToFour returns Python's .sixtofour: the IPv4 address embedded in a
// 6to4 address, 2002::/16 (RFC 3056 section 2). ok is false where Python
// gives None.
func (a Addr) SixToFour() (v4 Addr, ok bool) {
	if a.v != 6 || a.ip.hi>>48 != 0x2002 {
		return Addr{}, false
	}
	return addr4(u64(a.ip.hi >> 16 & 0xffffffff)), true
}

// Teredo returns Python's .teredo: the server and client IPv4 addresses
// of a Teredo address, 2001::/32 (RFC 4380 section 4); the client's is
// stored with its bits inverted. ok is false where Python gives None.
func (a Addr) Teredo() (server, client Addr, ok bool) {
	if a.v != 6 || a.ip.hi>>32 != 0x20010000 {
		return Addr{}, Addr{}, false
	}
	return addr4(u64(a.ip.hi & 0xffffffff)), addr4(u64(^a.ip.lo & 0xffffffff)), true
}
