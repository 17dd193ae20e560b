package wire

import (
	"strconv"
	"strings"

	"netprimer/app/pyrepl"
)

// IPAddress returns repr(ipaddress.ip_address(s)), IPv4Address('…') or
// IPv6Address('…'), or CPython's ValueError when neither accepts s. It
// is here to set inet_aton's lenient reading beside the strict one of
// the ipaddress module: IPv4 is exactly four decimal numbers of at most
// 255 without leading zeros, and IPv6 the forms of RFC 4291 section 2.2
// with an optional "%scope" (RFC 4007 section 11).
func IPAddress(s string) (string, error) {
	if a, ok := parseIPv4Strict(s); ok {
		return pyrepl.Call("IPv4Address", pyrepl.Str(dottedQuad(a[:]))), nil
	}
	if text, ok := parseIPv6Python(s); ok {
		return pyrepl.Call("IPv6Address", pyrepl.Str(text)), nil
	}
	return "", pyErr(ValueError, pyrepl.Str(s)+" does not appear to be an IPv4 or IPv6 address")
}

// parseIPv4Strict reads s as ipaddress.IPv4Address does: four parts split
// at dots, each one to three ASCII digits, no leading zero, at most 255.
// These are also the texts glibc's inet_pton4 accepts.
func parseIPv4Strict(s string) ([4]byte, bool) {
	var a [4]byte
	ok := pton4(s, a[:])
	return a, ok
}

// parseIPv6Python reads s as ipaddress.IPv6Address does, and returns the
// address as str() writes it: the compressed form of RFC 5952 without
// glibc's dotted-quad suffix, then the scope if there is one.
func parseIPv6Python(s string) (string, bool) {
	if strings.IndexByte(s, '/') >= 0 {
		return "", false
	}
	addr, scope, hasScope := strings.Cut(s, "%")
	if hasScope && (scope == "" || strings.IndexByte(scope, '%') >= 0) {
		return "", false
	}
	w, ok := ipv6Hextets(addr)
	if !ok {
		return "", false
	}
	text := compressHextets(w)
	if hasScope {
		text += "%" + scope
	}
	return text, true
}

// ipv6Hextets follows _ip_int_from_string of Python's IPv6Address.
func ipv6Hextets(s string) ([8]uint16, bool) {
	var w [8]uint16
	if s == "" {
		return w, false
	}
	if strings.Count(s, ":") > 8 {
		return w, false // more than 9 parts, however they are read
	}
	parts := strings.Split(s, ":")
	if len(parts) < 3 {
		return w, false
	}
	if last := parts[len(parts)-1]; strings.IndexByte(last, '.') >= 0 {
		v4, ok := parseIPv4Strict(last)
		if !ok {
			return w, false
		}
		parts = append(parts[:len(parts)-1],
			strconv.FormatUint(uint64(v4[0])<<8|uint64(v4[1]), 16),
			strconv.FormatUint(uint64(v4[2])<<8|uint64(v4[3]), 16))
	}
	if len(parts) > 9 {
		return w, false
	}
	skip := -1 // the empty part between two colons of "::"
	for i := 1; i < len(parts)-1; i++ {
		if parts[i] == "" {
			if skip >= 0 {
				return w, false
			}
			skip = i
		}
	}
	var hi, lo int // parts before and after "::"
	if skip >= 0 {
		hi, lo = skip, len(parts)-skip-1
		if parts[0] == "" {
			if hi--; hi != 0 {
				return w, false
			}
		}
		if parts[len(parts)-1] == "" {
			if lo--; lo != 0 {
				return w, false
			}
		}
		if hi+lo > 7 {
			return w, false
		}
	} else {
		if len(parts) != 8 {
			return w, false
		}
		hi = 8
	}
	for i := 0; i < hi; i++ {
		v, ok := hextet(parts[i])
		if !ok {
			return w, false
		}
		w[i] = v
	}
	for i := 0; i < lo; i++ {
		v, ok := hextet(parts[len(parts)-lo+i])
		if !ok {
			return w, false
		}
		w[8-lo+i] = v
	}
	return w, true
}

// hextet reads one to four ASCII hexadecimal digits.
func hextet(s string) (uint16, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	var v uint16
	for i := 0; i < len(s); i++ {
		d := hexDigit(s[i])
		if d < 0 {
			return 0, false
		}
		v = v<<4 | uint16(d)
	}
	return v, true
}

// compressHextets writes the groups as Python's ipaddress does: lower-case
// hexadecimal without leading zeros, the first longest run of two or more
// zero groups as "::" (RFC 5952 section 4.2).
func compressHextets(w [8]uint16) string {
	best, n := zeroRun(w)
	b := make([]byte, 0, 39)
	for i := 0; i < 8; i++ {
		if best >= 0 && i >= best && i < best+n {
			if i == best {
				b = append(b, "::"...)
			}
			continue
		}
		if i > 0 && !(best >= 0 && i == best+n) {
			b = append(b, ':')
		}
		b = strconv.AppendUint(b, uint64(w[i]), 16)
	}
	return string(b)
}
