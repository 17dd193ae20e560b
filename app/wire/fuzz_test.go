package wire

import (
	"math/big"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"netprimer/app/netcalc"
)

// partRE is a number as C's strtoul reads it with base 0, when it
// starts with a digit: hexadecimal, octal (with the lone 0), decimal.
var partRE = regexp.MustCompile(`^(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$`)

// slowAton is inet_aton written from its manual page rather than from
// glibc's loop: cut the text at the first whitespace, split it at dots,
// read each part and check it against the bits it fills.
func slowAton(s string) ([4]byte, bool) {
	if i := strings.IndexAny(s, " \t\n\v\f\r"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return [4]byte{}, false
	}
	var addr uint64
	for i, p := range parts {
		if !partRE.MatchString(p) {
			return [4]byte{}, false
		}
		v, _ := new(big.Int).SetString(p, 0) // Go's base 0 reads the same three forms
		bits := uint(8)
		if i == len(parts)-1 {
			bits = uint(32 - 8*i)
		}
		if v.BitLen() > int(bits) {
			return [4]byte{}, false
		}
		addr |= v.Uint64() << (32 - 8*uint(i) - bits)
	}
	return [4]byte{byte(addr >> 24), byte(addr >> 16), byte(addr >> 8), byte(addr)}, true
}

func FuzzParseAton(f *testing.F) {
	for _, c := range atonCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAton(s)
		if strings.IndexByte(s, 0) >= 0 {
			if err == nil || err.Error() != "ValueError: embedded null character" {
				t.Fatalf("ParseAton(%+q) = %v, %v; want the NUL error", s, a.Addr, err)
			}
			return
		}
		want, ok := slowAton(s)
		if (err == nil) != ok || ok && a.Addr != want {
			t.Fatalf("ParseAton(%+q) = %v, %v; slowAton says %v, %v", s, a.Addr, err, want, ok)
		}
		if err != nil {
			return
		}
		checkAtonParts(t, s, a)
		// inet_ntoa writes a strict form that reads back to the same bytes.
		text, _ := InetNtoa(a.Addr[:])
		if b, err := ParseAton(text); err != nil || b.Addr != a.Addr || b.Lenient() {
			t.Fatalf("%+q: inet_ntoa gives %q, read back as %v, %v", s, text, b.Addr, err)
		}
		p, perr := InetPton(AFInet, s)
		if a.Lenient() != (perr != nil) || perr == nil && string(p) != string(a.Addr[:]) {
			t.Fatalf("%+q: Lenient() = %v, but inet_pton gives %x, %v", s, a.Lenient(), p, perr)
		}
	})
}

// slowPton6 is inet_pton for AF_INET6 written from RFC 4291 section 2.2:
// split at "::", read the groups on each side, fill the gap with zeros.
func slowPton6(s string) ([16]byte, bool) {
	var out [16]byte
	var groups []uint16
	readSide := func(side string, last bool) ([]uint16, bool) {
		if side == "" {
			return nil, true
		}
		var g []uint16
		fields := strings.Split(side, ":")
		for i, f := range fields {
			if last && i == len(fields)-1 && strings.Contains(f, ".") {
				var v4 [4]byte
				if !pton4(f, v4[:]) {
					return nil, false
				}
				g = append(g, uint16(v4[0])<<8|uint16(v4[1]), uint16(v4[2])<<8|uint16(v4[3]))
				continue
			}
			v, ok := hextet(f)
			if !ok {
				return nil, false
			}
			g = append(g, v)
		}
		return g, true
	}
	head, tail, compressed := strings.Cut(s, "::")
	if !compressed {
		g, ok := readSide(s, true)
		if !ok || len(g) != 8 {
			return out, false
		}
		groups = g
	} else {
		if strings.Contains(tail, "::") {
			return out, false
		}
		h, ok1 := readSide(head, false)
		tl, ok2 := readSide(tail, true)
		if !ok1 || !ok2 || len(h)+len(tl) > 7 {
			return out, false
		}
		groups = append(append(h, make([]uint16, 8-len(h)-len(tl))...), tl...)
	}
	for i, g := range groups {
		out[2*i], out[2*i+1] = byte(g>>8), byte(g)
	}
	return out, true
}

func FuzzInetPton6(f *testing.F) {
	for _, c := range ptonCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := InetPton(AFInet6, s)
		if strings.IndexByte(s, 0) >= 0 {
			if err == nil {
				t.Fatalf("InetPton(%+q) accepted a NUL", s)
			}
			return
		}
		want, ok := slowPton6(s)
		if (err == nil) != ok || ok && string(p) != string(want[:]) {
			t.Fatalf("InetPton(%+q) = %x, %v; slowPton6 says %x, %v", s, p, err, want, ok)
		}
		// Python's ipaddress (package netcalc), written apart from
		// glibc's loop, accepts the same texts when they have no scope.
		if strings.IndexByte(s, '%') < 0 {
			a, perr := netcalc.ParseIPv6Addr(s)
			if pyOK := perr == nil; pyOK != ok {
				t.Fatalf("%+q: ipaddress accepts it: %v; inet_pton: %v", s, pyOK, ok)
			}
			if w := a.As16(); ok && string(w[:]) != string(p) {
				t.Fatalf("%+q: ipaddress reads %x, inet_pton %x", s, w, p)
			}
		}
		if err != nil {
			return
		}
		// inet_ntop writes a text that reads back to the same bytes, and
		// so does Python's compressed form.
		text, _ := InetNtop(AFInet6, p)
		if q, err := InetPton(AFInet6, text); err != nil || string(q) != string(p) {
			t.Fatalf("%+q: inet_ntop gives %q, read back as %x, %v", s, text, q, err)
		}
		compressed := netcalc.AddrFrom16([16]byte(p)).String()
		if q, err := InetPton(AFInet6, compressed); err != nil || string(q) != string(p) {
			t.Fatalf("%+q: ipaddress writes %q, read back as %x, %v", s, compressed, q, err)
		}
	})
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

func FuzzInetNtop6(f *testing.F) {
	for _, c := range ntopCases {
		f.Add([]byte(c.in))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		text, err := InetNtop(AFInet6, p)
		if len(p) != 16 {
			if err == nil {
				t.Fatalf("InetNtop accepted %d bytes", len(p))
			}
			return
		}
		if q, err := InetPton(AFInet6, text); err != nil || string(q) != string(p) {
			t.Fatalf("inet_ntop(%x) = %q, read back as %x, %v", p, text, q, err)
		}
		if strings.Contains(text, ":::") || strings.Count(text, "::") > 1 {
			t.Fatalf("inet_ntop(%x) = %q", p, text)
		}
	})
}

// intRE is int(text, 0)'s grammar once whitespace is stripped: Python's
// integer literal (the language reference, "Integer literals") with a
// sign.
var intRE = regexp.MustCompile(`^[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|[1-9](?:_?[0-9])*|0+(?:_?0)*)$`)

// slowParseInt is int(text, 0) for texts of fewer than 4300 characters,
// from the grammar rather than from CPython's loop.
func slowParseInt(s string) (*big.Int, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x7f:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		case pyDecimal(r) >= 0:
			b.WriteByte(byte('0' + pyDecimal(r)))
		default:
			return nil, false
		}
	}
	t := strings.Trim(b.String(), " \t\n\v\f\r")
	if !intRE.MatchString(t) {
		return nil, false
	}
	v, ok := new(big.Int).SetString(strings.ReplaceAll(t, "_", ""), 0)
	if !ok { // Go's base 0 reads 00 as octal zero; so is it in Python
		v, ok = new(big.Int).SetString(strings.ReplaceAll(t, "_", ""), 10)
	}
	return v, ok
}

func FuzzParseInt(f *testing.F) {
	for _, c := range intCases {
		if len(c.in) < 100 {
			f.Add(c.in)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseInt(s)
		if err != nil {
			msg := err.Error()
			if !strings.HasPrefix(msg, "ValueError: invalid literal for int() with base 0: ") &&
				!strings.HasPrefix(msg, "ValueError: Exceeds the limit (4300 digits)") {
				t.Fatalf("ParseInt(%+q): %v", s, err)
			}
			if n := utf8.RuneCountInString(strings.TrimPrefix(msg, "ValueError: invalid literal for int() with base 0: ")); n > 200 {
				t.Fatalf("ParseInt(%+q): the repr in the error has %d characters", s, n)
			}
		}
		if len(s) < maxStrDigits {
			want, ok := slowParseInt(s)
			if (err == nil) != ok || ok && v.Big().Cmp(want) != 0 {
				t.Fatalf("ParseInt(%+q) = %s, %v; the grammar says %v, %v", s, v.Hex(), err, want, ok)
			}
		}
		if err == nil {
			if w, err := ParseInt(v.Hex()); err != nil || w.Big().Cmp(v.Big()) != 0 {
				t.Fatalf("ParseInt(%+q) = %s, which reads back as %s, %v", s, v.Hex(), w.Hex(), err)
			}
		}
	})
}

func FuzzIPAddress(f *testing.F) {
	for _, c := range ipAddressCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		repr, err := IPAddress(s)
		if err != nil {
			return
		}
		// The text inside the repr is the address's str(), which reads
		// back to itself.
		var text string
		switch {
		case strings.HasPrefix(repr, "IPv4Address("), strings.HasPrefix(repr, "IPv6Address("):
			text = repr[len("IPv4Address(") : len(repr)-1]
		default:
			t.Fatalf("IPAddress(%+q) = %s", s, repr)
		}
		if !strings.Contains(s, "%") {
			var again string
			again, err = IPAddress(strings.Trim(text, "'"))
			if err != nil || again != repr {
				t.Fatalf("IPAddress(%+q) = %s, whose text gives %s, %v", s, repr, again, err)
			}
		}
	})
}

// FuzzSessions builds every session for any text: no builder may panic,
// and each transcript keeps the shape of the format.
func FuzzSessions(f *testing.F) {
	ips, ns := sessionInputs()
	for _, s := range append(ips, ns...) {
		if len(s) < 100 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkShape(t, "PackingSession", s, PackingSession(s))
		checkShape(t, "PtonSession", s, PtonSession(s))
		if d, ok := DeckSession(s); ok {
			checkShape(t, "DeckSession", s, d)
		}
		for _, w := range []Width{W16, W32} {
			checkShape(t, "ByteOrderSession", s, ByteOrderSession(s, w))
			checkShape(t, "PackSession", s, PackSession(s, w))
		}
	})
}
