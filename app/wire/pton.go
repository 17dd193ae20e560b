package wire

import (
	"strconv"
	"strings"
)

// Family is an address family, a socket.AF_* constant with its value on
// Linux. The zero Family is AF_UNSPEC, which inet_pton and inet_ntop
// refuse.
type Family int

// The address families of inet_pton and inet_ntop.
const (
	AFInet  Family = 2  // socket.AF_INET
	AFInet6 Family = 10 // socket.AF_INET6
)

// String returns the family as Python code names it: "socket.AF_INET".
func (f Family) String() string {
	switch f {
	case AFInet:
		return "socket.AF_INET"
	case AFInet6:
		return "socket.AF_INET6"
	}
	return strconv.Itoa(int(f))
}

// Size returns the length of a packed address of the family: 4, 16, or 0
// for any other family.
func (f Family) Size() int {
	switch f {
	case AFInet:
		return 4
	case AFInet6:
		return 16
	}
	return 0
}

// InetPton returns socket.inet_pton(f, s) as glibc computes it: strict
// dotted-quad decimal for AFInet (no leading zeros, no short forms, no
// trailing text) and the text forms of RFC 4291 section 2.2 for AFInet6,
// with at most one "::" and an optional dotted quad in the last 32 bits.
// A family other than these two is CPython's OSError with errno
// EAFNOSUPPORT.
func InetPton(f Family, s string) ([]byte, error) {
	if f != AFInet && f != AFInet6 {
		return nil, pyErr(OSError, "[Errno 97] Address family not supported by protocol")
	}
	if strings.IndexByte(s, 0) >= 0 {
		return nil, errEmbeddedNull()
	}
	p := make([]byte, f.Size())
	ok := false
	if f == AFInet {
		ok = pton4(s, p)
	} else {
		ok = pton6(s, (*[16]byte)(p))
	}
	if !ok {
		return nil, errPton()
	}
	return p, nil
}

func errPton() *Error { return pyErr(OSError, "illegal IP address string passed to inet_pton") }

// pton4 reads a dotted quad into dst[:4], as glibc's inet_pton4: four
// decimal numbers of at most 255, without leading zeros.
func pton4(s string, dst []byte) bool {
	var tmp [4]byte
	octets, n := 0, 0 // octets seen; digits in the current one
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			if n > 0 && tmp[octets-1] == 0 {
				return false // a leading zero
			}
			if n == 0 {
				if octets == 4 {
					return false
				}
				octets++
			}
			v := int(tmp[octets-1])*10 + int(c-'0')
			if v > 255 {
				return false
			}
			tmp[octets-1] = byte(v)
			n++
		case c == '.' && n > 0:
			if octets == 4 {
				return false
			}
			n = 0
		default:
			return false
		}
	}
	if octets < 4 || n == 0 {
		return false
	}
	copy(dst, tmp[:])
	return true
}

// pton6 reads an IPv6 address as glibc's inet_pton6.
func pton6(s string, dst *[16]byte) bool {
	var tmp [16]byte
	tp, colonp := 0, -1 // bytes written; where "::" stands, or -1
	if s == "" {
		return false
	}
	i := 0
	if s[0] == ':' {
		// A leading colon must be the first of "::".
		if len(s) < 2 || s[1] != ':' {
			return false
		}
		i = 1
	}
	tok := i // start of the current group, for a dotted quad
	digits, val := 0, 0
	for i < len(s) {
		c := s[i]
		i++
		if d := hexDigit(c); d >= 0 {
			if digits == 4 {
				return false
			}
			val = val<<4 | d
			digits++
			continue
		}
		if c == ':' {
			tok = i
			if digits == 0 {
				if colonp >= 0 {
					return false // a second "::"
				}
				colonp = tp
				continue
			}
			if i == len(s) || tp+2 > 16 {
				return false // a trailing single colon, or a ninth group
			}
			tmp[tp], tmp[tp+1] = byte(val>>8), byte(val)
			tp += 2
			digits, val = 0, 0
			continue
		}
		// RFC 4291 section 2.2, form 3: the last 32 bits as a dotted quad.
		if c == '.' && tp+4 <= 16 && pton4(s[tok:], tmp[tp:tp+4]) {
			tp += 4
			digits = 0
			break
		}
		return false
	}
	if digits > 0 {
		if tp+2 > 16 {
			return false
		}
		tmp[tp], tmp[tp+1] = byte(val>>8), byte(val)
		tp += 2
	}
	if colonp >= 0 {
		if tp == 16 {
			return false // "::" would stand for no group at all
		}
		n := tp - colonp
		copy(tmp[16-n:], tmp[colonp:tp])
		clear(tmp[colonp : 16-n])
		tp = 16
	}
	if tp != 16 {
		return false
	}
	*dst = tmp
	return true
}

// InetNtop returns socket.inet_ntop(f, packed) as glibc writes it. For
// AFInet6 that is RFC 5952 (lower case, no leading zeros, the first
// longest run of two or more zero groups as "::"), except that glibc
// writes the last 32 bits as a dotted quad in the IPv4-compatible form
// ::a.b.c.d and the IPv4-mapped form ::ffff:a.b.c.d (RFC 4291 section
// 2.5.5). CPython raises ValueError for a length that does not fit the
// family and for any other family.
func InetNtop(f Family, packed []byte) (string, error) {
	if f != AFInet && f != AFInet6 {
		return "", pyErr(ValueError, "unknown address family "+strconv.Itoa(int(f)))
	}
	if len(packed) != f.Size() {
		return "", pyErr(ValueError, "invalid length of packed IP address string")
	}
	if f == AFInet {
		return dottedQuad(packed), nil
	}
	return ntop6((*[16]byte)(packed)), nil
}

func ntop6(p *[16]byte) string {
	var w [8]uint16
	for i := range w {
		w[i] = uint16(p[2*i])<<8 | uint16(p[2*i+1])
	}
	best, bestLen := zeroRun(w)
	b := make([]byte, 0, 46)
	for i := 0; i < 8; i++ {
		if best >= 0 && i >= best && i < best+bestLen {
			if i == best {
				b = append(b, ':')
			}
			continue
		}
		if i != 0 {
			b = append(b, ':')
		}
		if i == 6 && best == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff) {
			return string(b) + dottedQuad(p[12:])
		}
		b = strconv.AppendUint(b, uint64(w[i]), 16)
	}
	if best >= 0 && best+bestLen == 8 {
		b = append(b, ':')
	}
	return string(b)
}

// zeroRun returns the start and length of the first longest run of zero
// groups, or -1 if no run is two groups long (RFC 5952 section 4.2.2).
func zeroRun(w [8]uint16) (best, bestLen int) {
	best, cur, curLen := -1, -1, 0
	for i, v := range w {
		if v != 0 {
			cur = -1
			continue
		}
		if cur < 0 {
			cur, curLen = i, 0
		}
		curLen++
		if curLen > bestLen {
			best, bestLen = cur, curLen
		}
	}
	if bestLen < 2 {
		return -1, 0
	}
	return best, bestLen
}
