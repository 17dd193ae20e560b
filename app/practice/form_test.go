package practice

import (
	"testing"
)

// formCase is an answer text and the value its form reads, "" for
// unreadable. py marks texts that are Python expressions too, whose
// value CPython checks (form_oracle_test.go).
type formCase struct {
	in, want string
	py       bool
}

var formCases = map[Form][]formCase{
	FormInteger: {
		{"510", "510", true},              // plain decimal
		{"0510", "510", false},            // a leading zero, which Python refuses, is decimal here
		{"2**9 - 2", "510", true},         // the formula, as Python writes it
		{"2 ** 9-2", "510", true},         // spaces anywhere
		{"-2**2", "-4", true},             // ** binds tighter than the sign on its left
		{"2**3**2", "512", true},          // ** groups from the right
		{"(2**8 - 2) * 2", "508", true},   // parentheses
		{"0x1fe", "510", true},            // a hex literal
		{"0X1FE", "510", true},            // in capitals
		{"0o776", "510", true},            // octal with Python's prefix
		{"0b111111110", "510", true},      // binary
		{"16_777_214", "16777214", true},  // underscores between digits
		{"16,777,214", "16777214", false}, // commas between groups of three
		{"2**128", "340282366920938463463374607431768211456", true},
		{"2**128 - 1", "340282366920938463463374607431768211455", true},
		{"0**0", "1", true},              // Python's 0**0
		{"(-1)**1000000001", "-1", true}, // a huge exponent of ±1 costs nothing
		{"+5", "5", true},                // a plus sign
		{"--5", "5", true},               // two signs
		{"0x_ff", "255", true},           // an underscore after the prefix
		{"2^8", "", false},               // XOR in Python: refused with a note
		{"1.5", "", false},               // no integer
		{"2**-1", "", false},             // a float in Python
		{"9**9**9", "", false},           // far too large to compute
		{"2**600", "", false},            // beyond maxIntBits
		{"2**1000", "", false},           // found by FuzzForms: its value would be longer than an answer may be
		{"1,2", "", false},               // a tuple in Python, not a number
		{"1,2345", "", false},            // groups of three only
		{"12abc", "", false},             // letters after digits
		{"0b102", "", false},             // a digit the base lacks
		{"1__0", "", false},              // two underscores
		{"(1", "", false},                // unbalanced
		{"", "", false},                  // nothing
		{"2 2", "", false},               // two numbers
		{"((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))", "", false}, // too deep
	},
	FormHex: {
		{"0xd204", "'0xd204'", true},  // as hex() writes it
		{"d204", "'0xd204'", false},   // without 0x: still hex
		{"0XD204", "'0xd204'", true},  // capitals
		{"0x00d2", "'0xd2'", true},    // leading zeros
		{"'0xd2'", "'0xd2'", false},   // in quotes, as the session prints it
		{"d2 04", "'0xd204'", false},  // a space between the bytes
		{"0x0", "'0x0'", true},        // zero
		{"0000", "'0x0'", false},      // zeros
		{"53764", "'0x53764'", false}, // bare digits are hex digits, not decimal
		{"0xg", "", false},            // no hex digit
		{"0x", "", false},             // a prefix alone
		{"-0x1", "", false},           // no sign
		{"_12", "", false},            // an underscore first
	},
	FormHexlify: {
		{"b'7f000001'", "b'7f000001'", true},          // as hexlify's repr
		{"7f000001", "b'7f000001'", false},            // the digits bare
		{"7F 00 00 01", "b'7f000001'", false},         // capitals and spaces
		{"7f:00:00:01", "b'7f000001'", false},         // colons
		{`b'\x7f\x00\x00\x01'`, "b'7f000001'", false}, // the packed bytes themselves
		{`\x7f\x00\x00\x01`, "b'7f000001'", false},    // their escapes without b''
		{"0x7f000001", "b'7f000001'", false},          // as a hex number
		{"7f00001", "", false},                        // an odd number of digits
		{"b'hello'", "", false},                       // not hex digits
		{"b'7f", "", false},                           // unclosed
	},
	FormBytes: {
		{`b'4\x12'`, `b'4\x12'`, true},    // as Python prints 0x1234 little-endian
		{`b'\x34\x12'`, `b'4\x12'`, true}, // every byte escaped
		{`B"\x34\x12"`, `b'4\x12'`, true}, // B and double quotes
		{`b'\X34'`, `b'\\X34'`, true},     // an unknown escape keeps its backslash, as in Python
		{`b'\064'`, `b'4'`, true},         // an octal escape
		{`b'\''`, `b"'"`, true},           // an escaped quote
		{"34 12", `b'4\x12'`, false},      // hex digits bare
		{"0x3412", `b'4\x12'`, false},     // as a hex number
		{`\x34\x12`, `b'4\x12'`, false},   // escapes without b''
		{"b'12'", "b'12'", true},          // a literal reads as Python reads it: two bytes, '1' and '2'
		{"12", "b'\\x12'", false},         // bare: one byte of hex
		{`b'\x1'`, "", false},             // an escape of one digit
		{"b'é'", "", false},               // bytes literals are ASCII
		{"123", "", false},                // an odd number of digits
	},
	FormAddress: {
		{"10.1.3.255", "'10.1.3.255'", false},                // dotted decimal
		{"010.001.003.255", "'10.1.3.255'", false},           // leading zeros, read as decimal
		{"'10.1.3.255'", "'10.1.3.255'", false},              // as the session prints it
		{"IPv4Address('10.1.3.255')", "'10.1.3.255'", false}, // as repr() writes it
		{"2001:DB8::1", "'2001:db8::1'", false},              // IPv6 in capitals
		{"2001:0db8:0:0::1", "'2001:db8::1'", false},         // any IPv6 spelling
		{"10.1.3.0/23", "", false},                           // a network, not an address
		{"10.1.3", "", false},                                // three parts
		{"10.1.3.256", "", false},                            // an octet too large
		{"0x7f.0.0.1", "", false},                            // inet_aton's forms are not addresses here
		{"::%\x00", "", false},                               // found by FuzzForms: a scope id, which no answer has, would bring any text into the value
		{"fe80::1%eth0", "", false},                          // a scope id
	},
}

func TestFormCases(t *testing.T) {
	for f, cases := range formCases {
		for _, c := range cases {
			got, bad, ok := f.read(c.in)
			if c.want == "" {
				if ok {
					t.Errorf("%s.read(%q) = %q; want unreadable", f, c.in, got)
				} else if !bothLanguages(bad) {
					t.Errorf("%s.read(%q): unreadable without a message in both languages", f, c.in)
				}
				continue
			}
			if !ok || got != c.want {
				t.Errorf("%s.read(%q) = %q, %v; want %q", f, c.in, got, ok, c.want)
			}
			// The value, typed again, reads as itself.
			if again, _, ok := f.read(got); !ok || again != got {
				t.Errorf("%s.read(%q) = %q, %v; the value does not read as itself", f, got, again, ok)
			}
		}
	}
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		f        Form
		in, want string
	}{
		{FormBool, "True", "True"}, {FormBool, "false", "False"}, {FormBool, "예", "True"}, {FormBool, "아니오", "False"},
		{FormBool, "O", "True"}, {FormBool, "ｘ", "False"}, // full-width X from an IME
		{FormBool, "네.", "True"}, // a final full stop
		{FormSame, "같은 연결", "True"}, {FormSame, "different", "False"}, {FormSame, "동일", "True"},
		{FormVersion, "IPv6", "6"}, {FormVersion, "v4", "4"}, {FormVersion, "４", "4"},
		{FormAddressOrError, "예외", "OSError"}, {FormAddressOrError, "OSError: illegal IP address string passed to inet_aton", "OSError"},
		{FormAddressOrError, "127.0.0.1", "'127.0.0.1'"},
		{FormIPv6Text, "2001:DB8::1", "'2001:db8::1'"}, {FormIPv6Text, "'::ffff:1.2.3.4'", "'::ffff:1.2.3.4'"},
		{FormService, "SMTP (Mail)", "'smtp'"}, {FormService, "www", "'http'"}, {FormService, "Mail", "<kind Mail>"},
		{FormService, "메일", "<kind Mail>"}, {FormService, "dns", "'dns'"},
		{FormLayer, "트랜스포트 계층", "'transport'"}, {FormLayer, "4", "'transport'"}, {FormLayer, "Data link", "'link'"},
		{FormCall, "conn, addr = s.accept()", "'accept()'"}, {FormCall, "RECVFROM", "'recvfrom()'"}, {FormCall, "s.sendall(data)", "'sendall()'"},
	} {
		if got, _, ok := c.f.read(c.in); !ok || got != c.want {
			t.Errorf("%s.read(%q) = %q, %v; want %q", c.f, c.in, got, ok, c.want)
		}
	}
}
