package netcalc

import (
	"math/big"
	"math/bits"
)

// uint128 is an unsigned 128-bit integer, the value of an IPv6 address (or
// of an IPv4 address in its low 32 bits). Python's int has no width; the
// 128 bits suffice for every value ipaddress computes except num_addresses
// of ::/0, which is 2**128 and is handled apart.
type uint128 struct {
	hi, lo uint64
}

func u64(v uint64) uint128 { return uint128{0, v} }

func (u uint128) isZero() bool            { return u.hi|u.lo == 0 }
func (u uint128) and(v uint128) uint128   { return uint128{u.hi & v.hi, u.lo & v.lo} }
func (u uint128) or(v uint128) uint128    { return uint128{u.hi | v.hi, u.lo | v.lo} }
func (u uint128) xor(v uint128) uint128   { return uint128{u.hi ^ v.hi, u.lo ^ v.lo} }
func (u uint128) not() uint128            { return uint128{^u.hi, ^u.lo} }
func (u uint128) cmp(v uint128) int       { return cmp2(u.hi, v.hi, u.lo, v.lo) }
func (u uint128) equal(v uint128) bool    { return u == v }
func (u uint128) less(v uint128) bool     { return u.cmp(v) < 0 }
func (u uint128) addOne() uint128         { return u.add(u64(1)) }
func (u uint128) subOne() uint128         { return u.sub(u64(1)) }
func (u uint128) bitLen() int             { return 128 - u.leadingZeros() }
func (u uint128) isUint64() bool          { return u.hi == 0 }
func (u uint128) bit(i int) uint          { return uint(u.shr(uint(i)).lo & 1) }
func (u uint128) low16(shift uint) uint16 { return uint16(u.shr(shift).lo) }

func cmp2(ahi, bhi, alo, blo uint64) int {
	switch {
	case ahi < bhi:
		return -1
	case ahi > bhi:
		return 1
	case alo < blo:
		return -1
	case alo > blo:
		return 1
	}
	return 0
}

func (u uint128) add(v uint128) uint128 {
	lo, carry := bits.Add64(u.lo, v.lo, 0)
	hi, _ := bits.Add64(u.hi, v.hi, carry)
	return uint128{hi, lo}
}

func (u uint128) sub(v uint128) uint128 {
	lo, borrow := bits.Sub64(u.lo, v.lo, 0)
	hi, _ := bits.Sub64(u.hi, v.hi, borrow)
	return uint128{hi, lo}
}

// mul returns u*v modulo 2**128.
func (u uint128) mul(v uint128) uint128 {
	hi, lo := bits.Mul64(u.lo, v.lo)
	hi += u.hi*v.lo + u.lo*v.hi
	return uint128{hi, lo}
}

func (u uint128) shl(n uint) uint128 {
	switch {
	case n >= 128:
		return uint128{}
	case n >= 64:
		return uint128{u.lo << (n - 64), 0}
	case n == 0:
		return u
	}
	return uint128{u.hi<<n | u.lo>>(64-n), u.lo << n}
}

func (u uint128) shr(n uint) uint128 {
	switch {
	case n >= 128:
		return uint128{}
	case n >= 64:
		return uint128{0, u.hi >> (n - 64)}
	case n == 0:
		return u
	}
	return uint128{u.hi >> n, u.lo>>n | u.hi<<(64-n)}
}

func (u uint128) leadingZeros() int {
	if u.hi != 0 {
		return bits.LeadingZeros64(u.hi)
	}
	return 64 + bits.LeadingZeros64(u.lo)
}

func (u uint128) trailingZeros() int {
	if u.lo != 0 {
		return bits.TrailingZeros64(u.lo)
	}
	return 64 + bits.TrailingZeros64(u.hi)
}

// ones returns 2**n - 1, n in [0, 128].
func ones(n int) uint128 {
	if n <= 0 {
		return uint128{}
	}
	return uint128{^uint64(0), ^uint64(0)}.shr(uint(128 - n))
}

// big returns u as a Python-sized integer.
func (u uint128) big() *big.Int {
	var b [16]byte
	u.putBytes(b[:])
	return new(big.Int).SetBytes(b[:])
}

// putBytes writes u big-endian into b[:16].
func (u uint128) putBytes(b []byte) {
	_ = b[15]
	for i := range 8 {
		b[i] = byte(u.hi >> (56 - 8*i))
		b[8+i] = byte(u.lo >> (56 - 8*i))
	}
}

// fromBig converts n, which must be in [0, 2**128), and reports whether it
// fits. It does not allocate.
func fromBig(n *big.Int) (uint128, bool) {
	if n == nil {
		return uint128{}, true
	}
	if n.Sign() < 0 || n.BitLen() > 128 {
		return uint128{}, false
	}
	var b [16]byte
	n.FillBytes(b[:])
	var u uint128
	for i := range 8 {
		u.hi = u.hi<<8 | uint64(b[i])
		u.lo = u.lo<<8 | uint64(b[8+i])
	}
	return u, true
}

// appendDecimal appends u in base 10, as Python's str(int).
func (u uint128) appendDecimal(dst []byte) []byte {
	if u.hi == 0 {
		return appendUint(dst, u.lo)
	}
	var buf [39]byte
	i := len(buf)
	for !u.isZero() {
		// Divide by 10**19 to peel 19 digits at a time.
		const e19 = 10_000_000_000_000_000_000
		q := uint128{}
		var r uint64
		q.hi, r = bits.Div64(0, u.hi, e19)
		q.lo, r = bits.Div64(r, u.lo, e19)
		for range 19 {
			if q.isZero() && r == 0 {
				break
			}
			i--
			buf[i] = byte('0' + r%10)
			r /= 10
		}
		u = q
	}
	return append(dst, buf[i:]...)
}

func appendUint(dst []byte, v uint64) []byte {
	if v == 0 {
		return append(dst, '0')
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(dst, buf[i:]...)
}

// appendHex appends u in lower-case base 16 with at least minDigits digits.
func (u uint128) appendHex(dst []byte, minDigits int) []byte {
	const hex = "0123456789abcdef"
	n := (u.bitLen() + 3) / 4
	n = max(n, minDigits, 1)
	for i := n - 1; i >= 0; i-- {
		dst = append(dst, hex[u.shr(uint(4*i)).lo&0xf])
	}
	return dst
}
