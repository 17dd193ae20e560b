package practice

import (
	"encoding/binary"
	"math/big"
	"math/bits"
	"strconv"

	"netprimer/app/netcalc"
	"netprimer/app/pyrepl"
)

// The inputs of the ipaddress skills, drawn by level:
//   - 1, the deck's style: an IPv4 address of a /24 such as
//     114.71.220.95/24;
//   - 2: IPv4 prefixes /16 to /30 other than /24, such as 10.1.2.77/23;
//   - 3: any prefix from /0 to /32, /31 and /32 more often, and IPv6 for
//     a third of the items where the skill has it.

// netX is a network as an item gives it: the text, its address, and the
// network ip_network(text, strict=False) makes of it.
type netX struct {
	text string
	addr netcalc.Addr
	n    netcalc.Network
}

func (x netX) v4() bool      { return x.n.Version() == 4 }
func (x netX) bits() int     { return x.n.Bits() }
func (x netX) hostBits() int { return x.n.HostBits() }

// with returns the network of x's address with another prefix length.
func (x netX) with(bits int) (netcalc.Network, bool) { return netcalc.NetworkFrom(x.addr, bits) }

func newNetX(a netcalc.Addr, bits int) netX {
	n, _ := netcalc.NetworkFrom(a, bits)
	return netX{text: a.String() + "/" + strconv.Itoa(bits), addr: a, n: n}
}

// base4 draws the first octets of an IPv4 address the way the deck and
// textbooks write them: the deck's 114.71.220, private ranges, the
// documentation ranges (RFC 5737), now and then any public address.
func base4(r *rng) [4]byte {
	switch r.intn(8) {
	case 0:
		return [4]byte{114, 71, 220}
	case 1:
		return [4]byte{114, 71, byte(r.intn(256))}
	case 2:
		return [4]byte{192, 168, byte(r.intn(256))}
	case 3:
		return [4]byte{10, byte(r.intn(256)), byte(r.intn(256))}
	case 4:
		return [4]byte{172, byte(r.between(16, 31)), byte(r.intn(256))}
	case 5:
		return pick(r, [4]byte{192, 0, 2}, [4]byte{198, 51, 100}, [4]byte{203, 0, 113})
	}
	first := byte(r.between(1, 223))
	if first == 127 {
		first = 128
	}
	return [4]byte{first, byte(r.intn(256)), byte(r.intn(256))}
}

// genAddr4 draws an IPv4 address for a level: level 1 keeps the host in
// 1 to 254 of its /24; the others draw the last octet freely.
func genAddr4(r *rng, level int) netcalc.Addr {
	b := base4(r)
	if level == 1 {
		b[3] = byte(r.between(1, 254))
	} else {
		b[3] = byte(r.intn(256))
	}
	if level == 3 && r.chance(1, 6) {
		b = [4]byte{byte(r.intn(256)), byte(r.intn(256)), byte(r.intn(256)), byte(r.intn(256))}
	}
	return netcalc.AddrFrom4(b)
}

// genAddr6 draws an IPv6 address in one of the ranges a course meets:
// documentation (2001:db8::/32, RFC 3849), unique local (fd00::/8, RFC
// 4193) or link-local (fe80::/64), with zero hextets often, so that
// addresses compress in different ways, and small hextets, which have
// leading zeros to drop.
func genAddr6(r *rng) netcalc.Addr {
	var h [8]uint16
	switch r.intn(4) {
	case 0, 1:
		h[0], h[1] = 0x2001, 0x0db8
	case 2:
		h[0], h[1] = 0xfd00|uint16(r.intn(256)), uint16(r.intn(0x10000))
	default:
		h[0] = 0xfe80
	}
	start := 2
	if h[0] == 0xfe80 {
		start = 4
	}
	for i := start; i < 8; i++ {
		switch r.intn(6) {
		case 0, 1:
			h[i] = 0
		case 2:
			h[i] = uint16(r.between(1, 0xff))
		case 3:
			h[i] = uint16(r.between(1, 9))
		default:
			h[i] = uint16(r.intn(0x10000))
		}
	}
	return addr6(h)
}

func addr6(h [8]uint16) netcalc.Addr {
	var b [16]byte
	for i, v := range h {
		binary.BigEndian.PutUint16(b[2*i:], v)
	}
	return netcalc.AddrFrom16(b)
}

func hextets(a netcalc.Addr) [8]uint16 {
	b := a.As16()
	var h [8]uint16
	for i := range h {
		h[i] = binary.BigEndian.Uint16(b[2*i:])
	}
	return h
}

// genNet draws a network for a level; v6 lets level 3 draw IPv6.
func genNet(r *rng, level int, v6 bool) netX {
	switch level {
	case 1:
		return newNetX(genAddr4(r, 1), 24)
	case 2:
		bits := r.between(16, 29)
		if bits >= 24 {
			bits++ // 16 to 30 without 24
		}
		return newNetX(genAddr4(r, 2), bits)
	}
	if v6 && r.chance(1, 3) {
		var bits int
		switch k := r.intn(20); {
		case k < 6:
			bits = pick(r, 48, 56, 64)
		case k < 9:
			bits = pick(r, 127, 128)
		case k < 11:
			bits = r.between(0, 16)
		default:
			bits = r.between(0, 128)
		}
		return newNetX(genAddr6(r), bits)
	}
	var bits int
	switch k := r.intn(20); {
	case k < 2:
		bits = 31
	case k < 4:
		bits = 32
	case k < 5:
		bits = 0
	default:
		bits = r.between(1, 30)
	}
	return newNetX(genAddr4(r, 3), bits)
}

// addrAdd returns a + d, or false past either end of the version's
// addresses.
func addrAdd(a netcalc.Addr, d int64) (netcalc.Addr, bool) {
	if a.Is4() {
		b := a.As4()
		v := int64(binary.BigEndian.Uint32(b[:])) + d
		if v < 0 || v > 0xffffffff {
			return netcalc.Addr{}, false
		}
		binary.BigEndian.PutUint32(b[:], uint32(v))
		return netcalc.AddrFrom4(b), true
	}
	b := a.As16()
	hi, lo := binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:])
	var carry uint64
	if d >= 0 {
		lo, carry = bits.Add64(lo, uint64(d), 0)
		hi, carry = bits.Add64(hi, 0, carry)
	} else {
		lo, carry = bits.Sub64(lo, uint64(-d), 0)
		hi, carry = bits.Sub64(hi, 0, carry)
	}
	if carry != 0 {
		return netcalc.Addr{}, false
	}
	binary.BigEndian.PutUint64(b[:8], hi)
	binary.BigEndian.PutUint64(b[8:], lo)
	return netcalc.AddrFrom16(b), true
}

// netRepr is repr() of a network.
func netRepr(n netcalc.Network) string {
	if n.Version() == 4 {
		return pyrepl.Call("IPv4Network", pyrepl.Str(n.String()))
	}
	return pyrepl.Call("IPv6Network", pyrepl.Str(n.String()))
}

// pow2 returns 2**e + add as decimal text.
func pow2(e int, add int64) string {
	v := new(big.Int).Lsh(big.NewInt(1), uint(e))
	return v.Add(v, big.NewInt(add)).String()
}

func itoa(n int) string { return strconv.Itoa(n) }
