package netcalc

// String returns str(a), which is also .compressed: dotted decimal for
// IPv4; for IPv6 lower-case hextets without leading zeros, the longest run
// of two or more zero hextets (the first of equals) written as "::" (RFC
// 5952 section 4.2), then "%" and the scope id. Python 3.11 writes
// IPv4-mapped addresses in hex too: ::ffff:102:304. The zero Addr gives
// "invalid IP".
func (a Addr) String() string {
	if a.v == 0 {
		return "invalid IP"
	}
	var buf [64]byte
	return string(a.AppendTo(buf[:0]))
}

// AppendTo appends str(a) to b; it does not allocate when b has room.
func (a Addr) AppendTo(b []byte) []byte {
	switch a.v {
	case 4:
		return appendDotted(b, a.ip.lo)
	case 6:
		b = appendCompressed(b, a.ip)
		if a.zone != "" {
			b = append(b, '%')
			b = append(b, a.zone...)
		}
	}
	return b
}

func appendDotted(b []byte, v uint64) []byte {
	for i := 3; i >= 0; i-- {
		b = appendUint(b, v>>(8*uint(i))&0xff)
		if i > 0 {
			b = append(b, '.')
		}
	}
	return b
}

// appendCompressed follows _compress_hextets: only a run longer than one
// hextet is compressed, and a later run replaces the best only when it is
// strictly longer.
func appendCompressed(b []byte, v uint128) []byte {
	bestStart, bestLen := -1, 0
	start, n := -1, 0
	for i := range 8 {
		if hextet(v, i) == 0 {
			if start < 0 {
				start = i
			}
			n++
			if n > bestLen {
				bestStart, bestLen = start, n
			}
		} else {
			start, n = -1, 0
		}
	}
	if bestLen < 2 {
		bestStart, bestLen = -1, 0
	}
	for i := 0; i < 8; i++ {
		if i == bestStart {
			b = append(b, ':', ':')
			i += bestLen - 1
			continue
		}
		if i > 0 && i != bestStart+bestLen {
			b = append(b, ':')
		}
		b = u64(uint64(hextet(v, i))).appendHex(b, 1)
	}
	return b
}

// hextet returns the i-th 16-bit group of v, from the most significant.
func hextet(v uint128, i int) uint16 { return v.low16(uint(112 - 16*i)) }

// appendExploded writes all eight hextets with four digits each.
func appendExploded(b []byte, v uint128) []byte {
	for i := range 8 {
		if i > 0 {
			b = append(b, ':')
		}
		b = u64(uint64(hextet(v, i))).appendHex(b, 4)
	}
	return b
}

// Exploded returns Python's .exploded: str for IPv4, eight four-digit
// hextets for IPv6. CPython 3.11 computes the IPv6 form by parsing str(a)
// again, scope id included, so an address with a scope id raises that
// parse's AddressValueError, which err reproduces.
func (a Addr) Exploded() (string, error) {
	switch a.v {
	case 4:
		return a.String(), nil
	case 6:
		if a.zone != "" {
			s := a.String()
			if _, e := parse6(s); e.failed() {
				return "", e.err()
			}
		}
		var buf [39]byte
		return string(appendExploded(buf[:0], a.ip)), nil
	}
	return "", nil
}

// ReversePointer returns Python's .reverse_pointer: the PTR name under
// in-addr.arpa (RFC 1035 section 3.5) or ip6.arpa (RFC 3596 section 2.5).
// For IPv6 CPython builds it from .exploded, so a scope id makes it raise
// the same error.
func (a Addr) ReversePointer() (string, error) {
	switch a.v {
	case 4:
		b := make([]byte, 0, len("255.255.255.255.in-addr.arpa"))
		for i := range 4 {
			b = appendUint(b, a.ip.lo>>(8*uint(i))&0xff)
			b = append(b, '.')
		}
		return string(append(b, "in-addr.arpa"...)), nil
	case 6:
		if _, err := a.Exploded(); err != nil {
			return "", err
		}
		const hex = "0123456789abcdef"
		b := make([]byte, 0, 64+len("ip6.arpa"))
		for i := range 32 {
			b = append(b, hex[a.ip.shr(uint(4*i)).lo&0xf], '.')
		}
		return string(append(b, "ip6.arpa"...)), nil
	}
	return "", nil
}
