package netcalc

import "strings"

// ParseAddr parses s as ipaddress.ip_address(s) does: as an IPv4Address,
// or failing that as an IPv6Address. The error, when both fail, is
// ValueError: '<s>' does not appear to be an IPv4 or IPv6 address.
//
// Python reads text, so invalid UTF-8 in s stands for U+FFFD in messages,
// as pyrepl.Str writes it; no invalid byte is ever part of a valid address.
func ParseAddr(s string) (Addr, error) {
	if a, e := parseAddr4(s); !e.failed() {
		return a, nil
	}
	if a, e := parseAddr6(s); !e.failed() {
		return a, nil
	}
	return Addr{}, notAddress(s)
}

// ParseIPv4Addr parses s as ipaddress.IPv4Address(s), whose errors are
// AddressValueErrors that say what is wrong.
func ParseIPv4Addr(s string) (Addr, error) {
	a, e := parseAddr4(s)
	return a, e.err()
}

// ParseIPv6Addr parses s as ipaddress.IPv6Address(s), scope id included.
func ParseIPv6Addr(s string) (Addr, error) {
	a, e := parseAddr6(s)
	return a, e.err()
}

// MustParseAddr is ParseAddr for constants; it panics on error.
func MustParseAddr(s string) Addr {
	a, err := ParseAddr(s)
	if err != nil {
		panic(err)
	}
	return a
}

// parseAddr4 is IPv4Address(s) for a str.
func parseAddr4(s string) (Addr, perr) {
	if strings.IndexByte(s, '/') >= 0 {
		return Addr{}, addrErr("Unexpected '/'", s)
	}
	v, e := parse4(s)
	if e.failed() {
		return Addr{}, e
	}
	return addr4(u64(v)), perr{}
}

// parseAddr6 is IPv6Address(s) for a str: no '/', then the scope id after
// the first '%' (RFC 4007 section 11.2), which must be non-empty and hold
// no other '%'.
func parseAddr6(s string) (Addr, perr) {
	if strings.IndexByte(s, '/') >= 0 {
		return Addr{}, addrErr("Unexpected '/'", s)
	}
	addr, zone := s, ""
	if i := strings.IndexByte(s, '%'); i >= 0 {
		addr, zone = s[:i], s[i+1:]
		if zone == "" || strings.IndexByte(zone, '%') >= 0 {
			return Addr{}, perr{kind: invalidScope, extra: s}
		}
	}
	v, e := parse6(addr)
	if e.failed() {
		return Addr{}, e
	}
	return Addr{ip: v, v: 6, zone: zone}, perr{}
}

// parse4 is IPv4's _ip_int_from_string: exactly four dotted decimal
// octets (RFC 791's dotted quad, without inet_aton's shorthand forms).
//
//	192.0.2.1
func parse4(s string) (uint64, perr) {
	if s == "" {
		return 0, addrErr("Address cannot be empty")
	}
	if strings.Count(s, ".") != 3 {
		return 0, addrErr("Expected 4 octets", s)
	}
	var v uint64
	rest := s
	for i := range 4 {
		octet := rest
		if i < 3 {
			j := strings.IndexByte(rest, '.')
			octet, rest = rest[:j], rest[j+1:]
		}
		o, e := parseOctet(octet)
		if e.failed() {
			return 0, e.wrap(s)
		}
		v = v<<8 | o
	}
	return v, perr{}
}

// parseOctet is _parse_octet: ASCII decimal digits only, at most three,
// no leading zero (as strict as glibc's inet_pton, bpo-36384, Python
// 3.9.5), at most 255. The checks run in this order, so "0000" is too
// long rather than zero-led.
func parseOctet(s string) (uint64, perr) {
	if s == "" {
		return 0, addrErr("Empty octet not permitted")
	}
	if !isDigits(s) {
		return 0, addrErr("Only decimal digits permitted", s)
	}
	if len(s) > 3 {
		return 0, addrErr("At most 3 characters permitted", s)
	}
	if s != "0" && s[0] == '0' {
		return 0, addrErr("Leading zeros are not permitted", s)
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		v = v*10 + uint64(s[i]-'0')
	}
	if v > 255 {
		return 0, perr{kind: octetTooBig, head: s}
	}
	return v, perr{}
}

// isDigits is str.isascii() and str.isdigit(): non-empty, '0'-'9' only.
// Python's int() would take other Unicode digits; ipaddress refuses them.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parse6 is IPv6's _ip_int_from_string (RFC 4291 section 2.2), check for
// check in CPython's order, which decides the message when several rules
// are broken.
//
//	2001:db8::1
//	::ffff:192.0.2.1
func parse6(s string) (uint128, perr) {
	if s == "" {
		return uint128{}, addrErr("Address cannot be empty")
	}
	nParts := strings.Count(s, ":") + 1
	if nParts < 3 {
		return uint128{}, addrErr("At least 3 parts expected", s)
	}
	// An IPv4 tail (RFC 4291 section 2.2, form 3) becomes two hextets.
	var tail uint64
	hasTail := false
	if last := s[strings.LastIndexByte(s, ':')+1:]; strings.IndexByte(last, '.') >= 0 {
		a, e := parseAddr4(last)
		if e.failed() {
			return uint128{}, e.wrap(s)
		}
		tail, hasTail = a.ip.lo, true
		nParts++
	}
	if nParts > 9 {
		return uint128{}, addrErr("At most 8 colons permitted", s)
	}

	var parts [9]string
	rest := s
	for i := range nParts {
		if hasTail && i >= nParts-2 {
			parts[i] = "0" // stands for a hextet of the IPv4 tail
			continue
		}
		j := strings.IndexByte(rest, ':')
		if j < 0 {
			parts[i] = rest
			continue
		}
		parts[i], rest = rest[:j], rest[j+1:]
	}
	p := parts[:nParts]

	// "::" is an empty part other than the first or the last.
	skip := -1
	for i := 1; i < len(p)-1; i++ {
		if p[i] == "" {
			if skip >= 0 {
				return uint128{}, addrErr("At most one '::' permitted", s)
			}
			skip = i
		}
	}
	var hi, lo, skipped int
	if skip >= 0 {
		hi, lo = skip, len(p)-skip-1
		if p[0] == "" {
			if hi--; hi != 0 {
				return uint128{}, addrErr("Leading ':' only permitted as part of '::'", s)
			}
		}
		if p[len(p)-1] == "" {
			if lo--; lo != 0 {
				return uint128{}, addrErr("Trailing ':' only permitted as part of '::'", s)
			}
		}
		skipped = 8 - (hi + lo)
		if skipped < 1 {
			return uint128{}, addrErr("Expected at most 7 other parts with '::'", s)
		}
	} else {
		if len(p) != 8 {
			return uint128{}, addrErr("Exactly 8 parts expected without '::'", s)
		}
		if p[0] == "" {
			return uint128{}, addrErr("Leading ':' only permitted as part of '::'", s)
		}
		if p[len(p)-1] == "" {
			return uint128{}, addrErr("Trailing ':' only permitted as part of '::'", s)
		}
		hi = len(p)
	}

	var v uint128
	for i := 0; i < hi; i++ {
		h, e := parseHextet(p, i, hasTail, tail)
		if e.failed() {
			return uint128{}, e.wrap(s)
		}
		v = v.shl(16).or(u64(h))
	}
	v = v.shl(uint(16 * skipped))
	for i := len(p) - lo; i < len(p); i++ {
		h, e := parseHextet(p, i, hasTail, tail)
		if e.failed() {
			return uint128{}, e.wrap(s)
		}
		v = v.shl(16).or(u64(h))
	}
	return v, perr{}
}

// parseHextet is _parse_hextet of p[i], where the last two parts stand
// for the IPv4 tail when there is one.
func parseHextet(p []string, i int, hasTail bool, tail uint64) (uint64, perr) {
	if hasTail && i >= len(p)-2 {
		if i == len(p)-2 {
			return tail >> 16, perr{}
		}
		return tail & 0xffff, perr{}
	}
	s := p[i]
	for j := 0; j < len(s); j++ {
		if !isHex(s[j]) {
			return 0, addrErr("Only hex digits permitted", s)
		}
	}
	if len(s) > 4 {
		return 0, addrErr("At most 4 characters permitted", s)
	}
	if s == "" {
		// int('', 16); CPython's checks keep empty parts from getting here.
		return 0, perr{kind: intLiteral16}
	}
	var v uint64
	for j := 0; j < len(s); j++ {
		v = v<<4 | uint64(unhex(s[j]))
	}
	return v, perr{}
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
