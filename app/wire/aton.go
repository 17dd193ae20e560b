package wire

import (
	"strconv"
	"strings"
)

// Part is one number of an IPv4 address as inet_aton read it.
type Part struct {
	// Text is the number as written, with its 0x prefix if any.
	Text string
	// Base is 16 for a 0x or 0X prefix, 8 for a leading 0 followed by
	// more digits (C's octal: "010" is 8), and 10 otherwise.
	Base  int
	Value uint32
	// Bits is how many bits of the address the part fills: 8 for a part
	// followed by a dot; the last part fills all the bits that are left,
	// so 32 in "a", 24 in "a.b", 16 in "a.b.c" and 8 in "a.b.c.d".
	Bits int
}

// Aton is an IPv4 address as inet_aton read it from text, with what the
// lesson needs to explain a lenient form. The zero Aton is 0.0.0.0 read
// from no parts, which ParseAton never returns.
type Aton struct {
	Addr   [4]byte
	Parts  [4]Part // Parts[:NParts] are the numbers as written
	NParts int     // 1 to 4
	// Trailing is the text that inet_aton ignored: from the first
	// whitespace character after the address to the end. glibc stops at
	// the first character that cannot continue the address and accepts
	// the address if that character is a NUL or ASCII whitespace.
	Trailing string
}

// Lenient reports whether the text is one of the forms that only
// inet_aton accepts, and that inet_pton and ipaddress.ip_address reject:
// fewer than four parts, a hexadecimal or octal part, or ignored text.
func (a Aton) Lenient() bool {
	if a.NParts != 4 || a.Trailing != "" {
		return true
	}
	for _, p := range a.Parts[:a.NParts] {
		if p.Base != 10 {
			return true
		}
	}
	return false
}

// Uint32 returns the address as a 32-bit number, its first byte the most
// significant (network byte order, RFC 791 section 3.1).
func (a Aton) Uint32() uint32 {
	return uint32(a.Addr[0])<<24 | uint32(a.Addr[1])<<16 | uint32(a.Addr[2])<<8 | uint32(a.Addr[3])
}

func errAton() *Error { return pyErr(OSError, "illegal IP address string passed to inet_aton") }

// InetAton returns socket.inet_aton(s): the four bytes of the IPv4
// address in s, read as glibc's inet_aton reads it. See ParseAton.
func InetAton(s string) ([4]byte, error) {
	a, err := ParseAton(s)
	return a.Addr, err
}

// lastPartMax is the largest value of the last part of an address of
// 1, 2, 3 or 4 parts: it fills the 32, 24, 16 or 8 bits that are left.
var lastPartMax = [5]uint32{0, 0xffffffff, 0xffffff, 0xffff, 0xff}

// ParseAton reads s as socket.inet_aton(s) does on Linux. CPython passes
// the text, encoded in UTF-8, to glibc's inet_aton, which accepts the
// forms of 4.2BSD (inet(3)):
//
//	a.b.c.d  each part one byte
//	a.b.c    c fills the last 16 bits ("128.1.2" is 128.1.0.2)
//	a.b      b fills the last 24 bits ("127.1" is 127.0.0.1)
//	a        a fills all 32 bits ("2130706433" is 127.0.0.1)
//
// Each part is a number as C's strtoul reads it with base 0: 0x or 0X
// starts hexadecimal, a leading 0 octal ("010" is 8), anything else is
// decimal. Each part must start with a digit, so signs and empty parts are
// refused. The address ends at the first character that cannot continue
// it; that character must be ASCII whitespace (the rest of the text is
// then ignored: "1.2.3.4 junk" is 1.2.3.4) or the end of the text.
//
// CPython raises ValueError for a text holding U+0000, before glibc sees
// it, and OSError for any text glibc refuses.
func ParseAton(s string) (Aton, error) {
	var a Aton
	if strings.IndexByte(s, 0) >= 0 {
		return Aton{}, errEmbeddedNull()
	}
	var addr uint32
	i := 0
	for {
		if i >= len(s) || !isDigit(s[i]) {
			return Aton{}, errAton()
		}
		start := i
		val, base, end, ok := strtoul(s, i)
		if !ok {
			return Aton{}, errAton()
		}
		i = end
		p := &a.Parts[a.NParts]
		*p = Part{Text: s[start:end], Base: base, Value: val, Bits: 8}
		a.NParts++
		if i < len(s) && s[i] == '.' {
			// A dot ends a one-byte part; a fourth dot is one too many.
			if a.NParts > 3 || val > 0xff {
				return Aton{}, errAton()
			}
			addr |= val << (32 - 8*a.NParts)
			i++
			continue
		}
		break
	}
	if i < len(s) && !isSpace(s[i]) {
		return Aton{}, errAton()
	}
	last := &a.Parts[a.NParts-1]
	if last.Value > lastPartMax[a.NParts] {
		return Aton{}, errAton()
	}
	last.Bits = 32 - 8*(a.NParts-1)
	addr |= last.Value
	a.Addr = [4]byte{byte(addr >> 24), byte(addr >> 16), byte(addr >> 8), byte(addr)}
	a.Trailing = s[i:]
	return a, nil
}

// strtoul reads the number that starts with the digit s[i] as C's strtoul
// does with base 0, and returns its value, base and end. ok is false when
// the value needs more than 32 bits, which inet_aton refuses: strtoul
// still consumes every digit, so the end is right in that case too.
func strtoul(s string, i int) (val uint32, base, end int, ok bool) {
	base = 10
	if s[i] == '0' {
		base = 8
		// "0x" counts as a prefix only before a hexadecimal digit; strtoul
		// reads "0x" alone, or "0xg", as the number 0 followed by "x".
		if i+2 < len(s) && (s[i+1] == 'x' || s[i+1] == 'X') && hexDigit(s[i+2]) >= 0 {
			base = 16
			i += 2
		}
	}
	start := i
	var v uint64
	ok = true
	for ; i < len(s); i++ {
		d := hexDigit(s[i])
		if d < 0 || d >= base {
			break
		}
		v = v*uint64(base) + uint64(d)
		if v > 0xffffffff {
			ok = false
			v = 0x100000000 // saturate, so that the product cannot wrap
		}
	}
	if base == 8 && i-start == 1 {
		base = 10 // a lone "0" is zero in any base; call it decimal
	}
	return uint32(v), base, i, ok
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isSpace is C's isspace for ASCII, the test glibc applies to the
// character after an address (bytes of UTF-8 above 0x7f never pass).
func isSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// hexDigit returns the value of c as a hexadecimal digit, or -1.
func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// InetNtoa returns socket.inet_ntoa(packed): the four bytes as a dotted
// quad of decimal numbers. Any other length is CPython's OSError.
func InetNtoa(packed []byte) (string, error) {
	if len(packed) != 4 {
		return "", pyErr(OSError, "packed IP wrong length for inet_ntoa")
	}
	return dottedQuad(packed), nil
}

func dottedQuad(p []byte) string {
	b := make([]byte, 0, 15)
	for i, c := range p {
		if i > 0 {
			b = append(b, '.')
		}
		b = strconv.AppendUint(b, uint64(c), 10)
	}
	return string(b)
}
