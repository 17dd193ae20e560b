package wire

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

// atonCases are the texts of the lesson, every lenient form and every
// boundary of glibc's inet_aton. The expected bytes and errors were
// printed by CPython 3.11.7 on Linux (glibc 2.36); TestCPython
// asks it again.
var atonCases = []struct {
	in, want, err string
}{
	{"114.71.220.95", "7247dc5f", ""}, // the deck's address
	{"127.1", "7f000001", ""},         // a.b: b fills the last 24 bits
	{"1.2.3", "01020003", ""},         // a.b.c: c fills the last 16 bits
	{"2130706433", "7f000001", ""},    // a single 32-bit number
	{"0x7f.1", "7f000001", ""},        // a hexadecimal part
	{"010.0.0.1", "08000001", ""},     // a leading zero is octal: 8.0.0.1
	{"1.2.3.4 junk", "01020304", ""},  // text after a space is ignored
	{"1.2.3.4\t", "01020304", ""},     // a tab ends the address
	{"1.2.3.4\x0b", "01020304", ""},   // so does a vertical tab
	{"1.2.3.4\u0085", "", "OSError: illegal IP address string passed to inet_aton"},               // NEL is Unicode whitespace but not ASCII
	{"1.2.3.4\u00a0", "", "OSError: illegal IP address string passed to inet_aton"},               // no-break space is not ASCII whitespace
	{"1.2.3.4 \u00e9", "01020304", ""},                                                            // anything may follow the whitespace
	{"", "", "OSError: illegal IP address string passed to inet_aton"},                            // empty
	{"0x", "", "OSError: illegal IP address string passed to inet_aton"},                          // a prefix without digits
	{"0x1g", "", "OSError: illegal IP address string passed to inet_aton"},                        // strtoul stops at g
	{"0x.1", "", "OSError: illegal IP address string passed to inet_aton"},                        // 0x then a dot
	{"08", "", "OSError: illegal IP address string passed to inet_aton"},                          // 8 is no octal digit
	{"09.1.1.1", "", "OSError: illegal IP address string passed to inet_aton"},                    // nor is 9
	{"+1.2.3.4", "", "OSError: illegal IP address string passed to inet_aton"},                    // a sign: a part must start with a digit
	{"-1", "", "OSError: illegal IP address string passed to inet_aton"},                          // a minus sign
	{" 1.2.3.4", "", "OSError: illegal IP address string passed to inet_aton"},                    // leading whitespace
	{"1..2", "", "OSError: illegal IP address string passed to inet_aton"},                        // an empty part
	{"1.2.3.4.", "", "OSError: illegal IP address string passed to inet_aton"},                    // a trailing dot
	{"1.2.3.4.5", "", "OSError: illegal IP address string passed to inet_aton"},                   // five parts
	{"256.1.1.1", "", "OSError: illegal IP address string passed to inet_aton"},                   // a part over 255
	{"1.2.3.256", "", "OSError: illegal IP address string passed to inet_aton"},                   // a last part over 255
	{"1.2.65535", "0102ffff", ""},                                                                 // the largest c of a.b.c
	{"1.2.65536", "", "OSError: illegal IP address string passed to inet_aton"},                   // one more
	{"1.16777215", "01ffffff", ""},                                                                // the largest b of a.b
	{"1.16777216", "", "OSError: illegal IP address string passed to inet_aton"},                  // one more
	{"4294967295", "ffffffff", ""},                                                                // the largest single number
	{"4294967296", "", "OSError: illegal IP address string passed to inet_aton"},                  // one more
	{"0xffffffff", "ffffffff", ""},                                                                // the largest in hexadecimal
	{"0x100000000", "", "OSError: illegal IP address string passed to inet_aton"},                 // one more
	{"037777777777", "ffffffff", ""},                                                              // the largest in octal
	{"040000000000", "", "OSError: illegal IP address string passed to inet_aton"},                // one more
	{"00000000000000000000000001.2.3.4", "01020304", ""},                                          // leading zeros of any number
	{"99999999999999999999999", "", "OSError: illegal IP address string passed to inet_aton"},     // beyond 64 bits: strtoul's ERANGE
	{"0XFF.0xff.0Xff.0xFF", "ffffffff", ""},                                                       // either case of prefix and digits
	{"1.2.3.4\x00", "", "ValueError: embedded null character"},                                    // an embedded NUL: CPython refuses before glibc
	{"1.2.3.4x", "", "OSError: illegal IP address string passed to inet_aton"},                    // a letter right after the address
	{"1e3", "", "OSError: illegal IP address string passed to inet_aton"},                         // no exponent
	{"\u0661.\u0662.\u0663.\u0664", "", "OSError: illegal IP address string passed to inet_aton"}, // Arabic-Indic digits are not digits to glibc
	{"0.0.0.0", "00000000", ""},                                                                   // zeros
	{"0", "00000000", ""},                                                                         // a lone zero
	{"255.255.255.255", "ffffffff", ""},                                                           // all ones
	{"1.2.3.4\n5", "01020304", ""},                                                                // a newline ends the address too
	{"0x7f000001", "7f000001", ""},                                                                // a 32-bit number in hexadecimal
	{"017700000001", "7f000001", ""},                                                              // a 32-bit number in octal
}

func TestParseAton(t *testing.T) {
	for _, c := range atonCases {
		t.Run(c.in, func(t *testing.T) {
			a, err := ParseAton(c.in)
			if c.err != "" {
				if err == nil || err.Error() != c.err {
					t.Fatalf("ParseAton(%+q) = %x, %v; want error %s", c.in, a.Addr, err, c.err)
				}
				var pe *Error
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is not an *Error", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAton(%+q): %v", c.in, err)
			}
			if got := hex.EncodeToString(a.Addr[:]); got != c.want {
				t.Fatalf("ParseAton(%+q) = %s, want %s", c.in, got, c.want)
			}
			checkAtonParts(t, c.in, a)
		})
	}
}

// checkAtonParts checks that the parts of a describe the text they came
// from and add up to the address.
func checkAtonParts(t *testing.T, in string, a Aton) {
	t.Helper()
	if a.NParts < 1 || a.NParts > 4 {
		t.Fatalf("%+q: %d parts", in, a.NParts)
	}
	texts := make([]string, a.NParts)
	var sum uint64
	bits := 0
	for i, p := range a.Parts[:a.NParts] {
		texts[i] = p.Text
		shift := 32 - 8*(i+1)
		if i == a.NParts-1 {
			shift = 0
			if want := 32 - 8*i; p.Bits != want {
				t.Errorf("%+q: last part fills %d bits, want %d", in, p.Bits, want)
			}
		} else if p.Bits != 8 {
			t.Errorf("%+q: part %d fills %d bits", in, i, p.Bits)
		}
		bits += p.Bits
		sum |= uint64(p.Value) << shift
		prefix := strings.HasPrefix(p.Text, "0x") || strings.HasPrefix(p.Text, "0X")
		switch {
		case p.Base == 16 && !prefix, p.Base == 8 && (prefix || p.Text[0] != '0' || len(p.Text) < 2),
			p.Base == 10 && (prefix || p.Text[0] == '0' && p.Text != "0"):
			t.Errorf("%+q: part %q has base %d", in, p.Text, p.Base)
		}
	}
	if bits != 32 {
		t.Errorf("%+q: parts fill %d bits", in, bits)
	}
	if uint64(a.Uint32()) != sum {
		t.Errorf("%+q: parts add up to %#x, address is %#x", in, sum, a.Uint32())
	}
	if got := strings.Join(texts, ".") + a.Trailing; got != in {
		t.Errorf("%+q: parts and trailing text make %+q", in, got)
	}
	if a.Trailing != "" && !isSpace(a.Trailing[0]) {
		t.Errorf("%+q: trailing text %+q does not start with whitespace", in, a.Trailing)
	}
}

func TestInetNtoa(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want string // from CPython 3.11.7
	}{
		{[]byte{114, 71, 220, 95}, "114.71.220.95"}, // the deck's address
		{[]byte{0, 0, 0, 0}, "0.0.0.0"},             // zeros are written once
		{[]byte{255, 255, 255, 255}, "255.255.255.255"},
		{nil, "OSError: packed IP wrong length for inet_ntoa"},                   // empty
		{[]byte{1, 2, 3}, "OSError: packed IP wrong length for inet_ntoa"},       // too short
		{[]byte{1, 2, 3, 4, 5}, "OSError: packed IP wrong length for inet_ntoa"}, // too long
		{make([]byte, 16), "OSError: packed IP wrong length for inet_ntoa"},      // an IPv6 address
	} {
		t.Run(hex.EncodeToString(c.in), func(t *testing.T) {
			got, err := InetNtoa(c.in)
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("InetNtoa(% x) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}

func TestAtonNtoaRoundTrip(t *testing.T) {
	for _, c := range atonCases {
		a, err := ParseAton(c.in)
		if err != nil {
			continue
		}
		s, err := InetNtoa(a.Addr[:])
		if err != nil {
			t.Fatal(err)
		}
		b, err := ParseAton(s)
		if err != nil || b.Addr != a.Addr || b.Lenient() {
			t.Errorf("%+q: inet_ntoa gives %q, read back as %v, %v (lenient %v)", c.in, s, b.Addr, err, b.Lenient())
		}
	}
}
