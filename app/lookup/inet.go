package lookup

import (
	"net/netip"
	"strconv"
	"strings"
)

// This file holds glibc 2.36's text forms of addresses, which CPython and
// getaddrinfo use and which differ from net/netip's in the corners:
// inet_pton rejects "01.2.3.4", inet_aton accepts "0x7f.1", and inet_ntop
// writes "::0.0.0.2" where netip writes "::2".

// inetPton4 is glibc's inet_pton(AF_INET): four decimal octets without
// leading zeros.
func inetPton4(s string) (netip.Addr, bool) {
	var b [4]byte
	octets, sawDigit := 0, false
	cur := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v := int(b[cur])*10 + int(c-'0')
			if sawDigit && b[cur] == 0 {
				return netip.Addr{}, false
			}
			if v > 255 {
				return netip.Addr{}, false
			}
			b[cur] = byte(v)
			if !sawDigit {
				if octets++; octets > 4 {
					return netip.Addr{}, false
				}
				sawDigit = true
			}
		case c == '.' && sawDigit:
			if octets == 4 {
				return netip.Addr{}, false
			}
			cur++
			sawDigit = false
		default:
			return netip.Addr{}, false
		}
	}
	if octets < 4 {
		return netip.Addr{}, false
	}
	return netip.AddrFrom4(b), true
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// inetPton6 is glibc's inet_pton(AF_INET6) (RFC 4291 section 2.2). The
// result is always a 16-byte address, IPv4-mapped ones included.
func inetPton6(s string) (netip.Addr, bool) {
	var b [16]byte
	tp, colonp := 0, -1
	if s == "" {
		return netip.Addr{}, false
	}
	i := 0
	if s[0] == ':' {
		i++
		if i == len(s) || s[i] != ':' {
			return netip.Addr{}, false
		}
	}
	curtok := i
	xdigits, val := 0, 0
	for i < len(s) {
		c := s[i]
		i++
		if d := hexDigit(c); d >= 0 {
			if xdigits == 4 {
				return netip.Addr{}, false
			}
			val = val<<4 | d
			xdigits++
			continue
		}
		if c == ':' {
			curtok = i
			if xdigits == 0 {
				if colonp >= 0 {
					return netip.Addr{}, false
				}
				colonp = tp
				continue
			} else if i == len(s) {
				return netip.Addr{}, false
			}
			if tp+2 > 16 {
				return netip.Addr{}, false
			}
			b[tp], b[tp+1] = byte(val>>8), byte(val)
			tp += 2
			xdigits, val = 0, 0
			continue
		}
		if c == '.' && tp+4 <= 16 {
			if a, ok := inetPton4(s[curtok:]); ok {
				a4 := a.As4()
				copy(b[tp:], a4[:])
				tp += 4
				xdigits = 0
				break
			}
		}
		return netip.Addr{}, false
	}
	if xdigits > 0 {
		if tp+2 > 16 {
			return netip.Addr{}, false
		}
		b[tp], b[tp+1] = byte(val>>8), byte(val)
		tp += 2
	}
	if colonp >= 0 {
		if tp == 16 {
			return netip.Addr{}, false
		}
		n := tp - colonp
		copy(b[16-n:], b[colonp:tp])
		for j := colonp; j < 16-n; j++ {
			b[j] = 0
		}
		tp = 16
	}
	if tp != 16 {
		return netip.Addr{}, false
	}
	return netip.AddrFrom16(b), true
}

// inetAtonExact is glibc's __inet_aton_exact, getaddrinfo's test for a
// numeric IPv4 host: inet_aton's 1 to 4 parts, each decimal, octal (0…) or
// hexadecimal (0x…), the last filling the remaining bytes, with nothing
// after them.
func inetAtonExact(s string) (netip.Addr, bool) {
	var parts [4]uint32
	n := 0
	i := 0
	for {
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return netip.Addr{}, false
		}
		v, used, ok := strtoul0(s[i:])
		if !ok {
			return netip.Addr{}, false
		}
		i += used
		if i < len(s) && s[i] == '.' {
			if n > 2 || v > 0xff {
				return netip.Addr{}, false
			}
			parts[n] = v
			n++
			i++
			continue
		}
		parts[n] = v
		break
	}
	if i != len(s) {
		return netip.Addr{}, false
	}
	max := [4]uint32{0xffffffff, 0xffffff, 0xffff, 0xff}
	last := parts[n]
	if last > max[n] {
		return netip.Addr{}, false
	}
	var w uint32
	for j := 0; j < n; j++ {
		w |= parts[j] << (24 - 8*j)
	}
	w |= last
	return netip.AddrFrom4([4]byte{byte(w >> 24), byte(w >> 16), byte(w >> 8), byte(w)}), true
}

// strtoul0 is strtoul(s, &end, 0) for text starting with a digit: "0x"
// and hex digits, "0" and octal digits, or decimal. It reports the bytes
// used, and ok false beyond 32 bits (inet_aton's limit).
func strtoul0(s string) (v uint32, used int, ok bool) {
	base := 10
	i := 0
	if s[0] == '0' {
		base = 8
		i = 1
		if len(s) > 2 && (s[1] == 'x' || s[1] == 'X') && hexDigit(s[2]) >= 0 {
			base, i = 16, 2
		}
	}
	var acc uint64
	for ; i < len(s); i++ {
		d := hexDigit(s[i])
		if d < 0 || d >= base {
			break
		}
		acc = acc*uint64(base) + uint64(d)
		if acc > 0xffffffff {
			return 0, 0, false
		}
	}
	return uint32(acc), i, true
}

// inetNtop is glibc's inet_ntop: dotted decimal for IPv4; for IPv6 the
// longest run of two or more zero groups as "::" (the first of equal
// runs), and the last 32 bits in dotted decimal for IPv4-compatible and
// IPv4-mapped forms.
func inetNtop(a netip.Addr) string {
	if a.Is4() {
		return a.String()
	}
	b := a.As16()
	var w [8]int
	for i := range w {
		w[i] = int(b[2*i])<<8 | int(b[2*i+1])
	}
	bestBase, bestLen, curBase, curLen := -1, 0, -1, 0
	for i := 0; i < 8; i++ {
		if w[i] == 0 {
			if curBase == -1 {
				curBase, curLen = i, 1
			} else {
				curLen++
			}
			continue
		}
		if curBase != -1 {
			if bestBase == -1 || curLen > bestLen {
				bestBase, bestLen = curBase, curLen
			}
			curBase = -1
		}
	}
	if curBase != -1 && (bestBase == -1 || curLen > bestLen) {
		bestBase, bestLen = curBase, curLen
	}
	if bestBase != -1 && bestLen < 2 {
		bestBase = -1
	}
	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if bestBase != -1 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				sb.WriteByte(':')
			}
			continue
		}
		if i != 0 {
			sb.WriteByte(':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff) {
			sb.WriteString(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}).String())
			return sb.String()
		}
		sb.WriteString(strconv.FormatInt(int64(w[i]), 16))
	}
	if bestBase != -1 && bestBase+bestLen == 8 {
		sb.WriteByte(':')
	}
	return sb.String()
}
