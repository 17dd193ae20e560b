package wire

import (
	"encoding/hex"
	"testing"
)

// The expected values of these tables were printed by CPython 3.11.7 on
// Linux (glibc 2.36); the oracle tests ask it again.

var ptonCases = []struct {
	f             Family
	in, want, err string
}{
	{AFInet, "1.2.3.4", "01020304", ""},                                                              // a dotted quad
	{AFInet, "127.1", "", "OSError: illegal IP address string passed to inet_pton"},                  // a short form
	{AFInet, "010.0.0.1", "", "OSError: illegal IP address string passed to inet_pton"},              // a leading zero
	{AFInet, "0.0.0.0", "00000000", ""},                                                              // zeros
	{AFInet, "255.255.255.255", "ffffffff", ""},                                                      // all ones
	{AFInet, "256.0.0.0", "", "OSError: illegal IP address string passed to inet_pton"},              // over 255
	{AFInet, "1.2.3.4 ", "", "OSError: illegal IP address string passed to inet_pton"},               // a trailing space
	{AFInet, "0x7f.0.0.1", "", "OSError: illegal IP address string passed to inet_pton"},             // hexadecimal
	{AFInet, "1.2.3.4.", "", "OSError: illegal IP address string passed to inet_pton"},               // a trailing dot
	{AFInet, "1.2.3..4", "", "OSError: illegal IP address string passed to inet_pton"},               // an empty part
	{AFInet, "", "", "OSError: illegal IP address string passed to inet_pton"},                       // empty
	{AFInet, "1.2.3.04", "", "OSError: illegal IP address string passed to inet_pton"},               // a leading zero at the end
	{AFInet6, "::", "00000000000000000000000000000000", ""},                                          // all zeros
	{AFInet6, "::1", "00000000000000000000000000000001", ""},                                         // loopback
	{AFInet6, "1::", "00010000000000000000000000000000", ""},                                         // trailing ::
	{AFInet6, "2001:db8::1", "20010db8000000000000000000000001", ""},                                 // documentation prefix
	{AFInet6, "2001:DB8::A", "20010db800000000000000000000000a", ""},                                 // upper case
	{AFInet6, "2001:0db8:0000:0000:0000:0000:0000:0001", "20010db8000000000000000000000001", ""},     // full form with leading zeros
	{AFInet6, "::ffff:1.2.3.4", "00000000000000000000ffff01020304", ""},                              // IPv4-mapped
	{AFInet6, "::1.2.3.4", "00000000000000000000000001020304", ""},                                   // IPv4-compatible
	{AFInet6, "1:2:3:4:5:6:1.2.3.4", "00010002000300040005000601020304", ""},                         // dotted quad after six groups
	{AFInet6, "1:2:3:4:5:6:7:1.2.3.4", "", "OSError: illegal IP address string passed to inet_pton"}, // dotted quad after seven groups
	{AFInet6, "::ffff:01.2.3.4", "", "OSError: illegal IP address string passed to inet_pton"},       // leading zero in the dotted quad
	{AFInet6, "::ffff:1.2.3", "", "OSError: illegal IP address string passed to inet_pton"},          // short dotted quad
	{AFInet6, "::1.2.3.4:1", "", "OSError: illegal IP address string passed to inet_pton"},           // dotted quad not last
	{AFInet6, "1:2:3:4:5:6:7:8", "00010002000300040005000600070008", ""},                             // eight groups
	{AFInet6, "1:2:3:4:5:6:7", "", "OSError: illegal IP address string passed to inet_pton"},         // seven groups
	{AFInet6, "1:2:3:4:5:6:7:8:9", "", "OSError: illegal IP address string passed to inet_pton"},     // nine groups
	{AFInet6, "1:2:3:4:5:6:7::", "00010002000300040005000600070000", ""},                             // :: for one group at the end
	{AFInet6, "::2:3:4:5:6:7:8", "00000002000300040005000600070008", ""},                             // :: for one group at the start
	{AFInet6, "1:2:3:4:5:6:7:8::", "", "OSError: illegal IP address string passed to inet_pton"},     // :: for no group
	{AFInet6, "1::2::3", "", "OSError: illegal IP address string passed to inet_pton"},               // two ::
	{AFInet6, ":::", "", "OSError: illegal IP address string passed to inet_pton"},                   // three colons
	{AFInet6, ":1", "", "OSError: illegal IP address string passed to inet_pton"},                    // a single leading colon
	{AFInet6, "1:", "", "OSError: illegal IP address string passed to inet_pton"},                    // a single trailing colon
	{AFInet6, "12345::", "", "OSError: illegal IP address string passed to inet_pton"},               // five digits
	{AFInet6, "0001:0002::", "00010002000000000000000000000000", ""},                                 // four digits with zeros
	{AFInet6, "g::", "", "OSError: illegal IP address string passed to inet_pton"},                   // not hexadecimal
	{AFInet6, "", "", "OSError: illegal IP address string passed to inet_pton"},                      // empty
	{AFInet6, "fe80::1%eth0", "", "OSError: illegal IP address string passed to inet_pton"},          // a scope
	{AFInet6, "::1 ", "", "OSError: illegal IP address string passed to inet_pton"},                  // trailing space
	{AFInet6, " ::1", "", "OSError: illegal IP address string passed to inet_pton"},                  // leading space
	{AFInet6, "::1\x00", "", "ValueError: embedded null character"},                                  // embedded NUL
	{AFInet6, "1:2:3:4:5:6:7:8%", "", "OSError: illegal IP address string passed to inet_pton"},      // empty scope
	{AFInet6, "::/64", "", "OSError: illegal IP address string passed to inet_pton"},                 // a prefix length
	{AFInet6, "::ffff:1.2.3.4%x", "", "OSError: illegal IP address string passed to inet_pton"},      // mapped with scope
	{AFInet6, "1:0:0:1:0:0:0:1", "00010000000000010000000000000001", ""},                             // the longer zero run wins
	{AFInet6, "1:0:0:2:0:0:3:4", "00010000000000020000000000030004", ""},                             // the first of equal runs wins
	{AFInet6, "1:0:2:3:4:5:6:7", "00010000000200030004000500060007", ""},                             // a single zero group stays
	{AFInet6, "::ffff:0:0", "00000000000000000000ffff00000000", ""},                                  // mapped 0.0.0.0
	{AFInet6, "0:0:0:0:0:1:0:0", "00000000000000000000000100000000", ""},                             // zeros before a one
	{AFInet6, "::0.0.0.1", "00000000000000000000000000000001", ""},                                   // written as ::1
	{AFInet6, "::0.1.0.0", "00000000000000000000000000010000", ""},                                   // IPv4-compatible form
	{AFInet6, "::ffff", "0000000000000000000000000000ffff", ""},                                      // one group at the end
	{AFInet6, "::1:0:0:0:0", "00000000000000010000000000000000", ""},                                 // zeros after ::1
	{AFInet6, "1::2:3:4:5:6:7", "00010000000200030004000500060007", ""},                              // one group compressed in the middle
	{AFInet6, "::ffff:ffff:1.2.3.4", "0000000000000000ffffffff01020304", ""},                         // mapped-like with two groups
	{AFInet6, "0:0:0:0:0:ffff:102:304", "00000000000000000000ffff01020304", ""},                      // mapped written in hex
	{AFInet6, "fe80::1%", "", "OSError: illegal IP address string passed to inet_pton"},              // scope without a name
	{AFInet6, "fe80::1%%", "", "OSError: illegal IP address string passed to inet_pton"},             // scope of a percent sign
	{AFInet6, "\u0661::", "", "OSError: illegal IP address string passed to inet_pton"},              // Arabic digit
	{99, "1.2.3.4", "", "OSError: [Errno 97] Address family not supported by protocol"},              // an unknown family
	{0, "1.2.3.4", "", "OSError: [Errno 97] Address family not supported by protocol"},               // AF_UNSPEC
}

func TestInetPton(t *testing.T) {
	for _, c := range ptonCases {
		t.Run(c.f.String()+"/"+c.in, func(t *testing.T) {
			p, err := InetPton(c.f, c.in)
			if c.err != "" {
				if err == nil || err.Error() != c.err {
					t.Fatalf("InetPton(%v, %+q) = %x, %v; want %s", c.f, c.in, p, err, c.err)
				}
				return
			}
			if err != nil || hex.EncodeToString(p) != c.want {
				t.Fatalf("InetPton(%v, %+q) = %x, %v; want %s", c.f, c.in, p, err, c.want)
			}
			// inet_ntop writes what inet_pton reads back to the same bytes.
			s, err := InetNtop(c.f, p)
			if err != nil {
				t.Fatal(err)
			}
			if q, err := InetPton(c.f, s); err != nil || string(q) != string(p) {
				t.Errorf("InetNtop gives %q, which InetPton reads as %x, %v", s, q, err)
			}
		})
	}
}

var ntopCases = []struct {
	f        Family
	in, want string // packed bytes in hex; text or error
}{
	{AFInet6, "00000000000000000000000000000000", "::"},                                                       // all zeros
	{AFInet6, "00000000000000000000000000000001", "::1"},                                                      // loopback
	{AFInet6, "00000000000000000000ffff01020304", "::ffff:1.2.3.4"},                                           // IPv4-mapped
	{AFInet6, "00000000000000000000000001020304", "::1.2.3.4"},                                                // IPv4-compatible
	{AFInet6, "00000000000000000000000000000001", "::1"},                                                      // not IPv4-compatible: ::1
	{AFInet6, "00000000000000000000000000010000", "::0.1.0.0"},                                                // ::0.1.0.0
	{AFInet6, "00000000000000000000ffff00000000", "::ffff:0.0.0.0"},                                           // mapped zero
	{AFInet6, "00000000000000000001ffff01020304", "::1:ffff:102:304"},                                         // ::1:ffff:102:304
	{AFInet6, "20010db8000000000000000000000001", "2001:db8::1"},                                              // documentation
	{AFInet6, "00010000000000010000000000000001", "1:0:0:1::1"},                                               // 1:0:0:1::1
	{AFInet6, "00010000000200000003000000040000", "1:0:2:0:3:0:4:0"},                                          // no run of two
	{AFInet6, "00000001000000000000000000000000", "0:1::"},                                                    // 0:1::
	{AFInet6, "ffffffffffffffffffffffffffffffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},                  // all ones
	{AFInet6, "00000000000000000000fffe01020304", "::fffe:102:304"},                                           // not mapped: fffe
	{AFInet6, "0000000000000000ffff000001020304", "::ffff:0:102:304"},                                         // ::ffff:0:102:304
	{AFInet, "01020304", "1.2.3.4"},                                                                           // IPv4
	{AFInet, "010203", "ValueError: invalid length of packed IP address string"},                              // IPv4 too short
	{AFInet, "00000000000000000000000000000000", "ValueError: invalid length of packed IP address string"},    // IPv4 too long
	{AFInet6, "000000000000000000000000000000", "ValueError: invalid length of packed IP address string"},     // IPv6 too short
	{AFInet6, "0000000000000000000000000000000000", "ValueError: invalid length of packed IP address string"}, // IPv6 too long
	{AFInet6, "00000000", "ValueError: invalid length of packed IP address string"},                           // IPv6 given 4 bytes
	{99, "00000000", "ValueError: unknown address family 99"},                                                 // an unknown family
}

func TestInetNtop(t *testing.T) {
	for _, c := range ntopCases {
		t.Run(c.f.String()+"/"+c.in, func(t *testing.T) {
			p, _ := hex.DecodeString(c.in)
			got, err := InetNtop(c.f, p)
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("InetNtop(%v, %s) = %s, want %s", c.f, c.in, got, c.want)
			}
		})
	}
}

var ipAddressCases = []struct {
	in, want string // repr or error
}{
	{"1.2.3.4", "IPv4Address('1.2.3.4')"},                                                    // a dotted quad
	{"127.1", "ValueError: '127.1' does not appear to be an IPv4 or IPv6 address"},           // a short form
	{"010.0.0.1", "ValueError: '010.0.0.1' does not appear to be an IPv4 or IPv6 address"},   // a leading zero
	{"0.0.0.0", "IPv4Address('0.0.0.0')"},                                                    // zeros
	{"255.255.255.255", "IPv4Address('255.255.255.255')"},                                    // all ones
	{"256.0.0.0", "ValueError: '256.0.0.0' does not appear to be an IPv4 or IPv6 address"},   // over 255
	{"1.2.3.4 ", "ValueError: '1.2.3.4 ' does not appear to be an IPv4 or IPv6 address"},     // a trailing space
	{"0x7f.0.0.1", "ValueError: '0x7f.0.0.1' does not appear to be an IPv4 or IPv6 address"}, // hexadecimal
	{"1.2.3.4.", "ValueError: '1.2.3.4.' does not appear to be an IPv4 or IPv6 address"},     // a trailing dot
	{"1.2.3..4", "ValueError: '1.2.3..4' does not appear to be an IPv4 or IPv6 address"},     // an empty part
	{"", "ValueError: '' does not appear to be an IPv4 or IPv6 address"},                     // empty
	{"1.2.3.04", "ValueError: '1.2.3.04' does not appear to be an IPv4 or IPv6 address"},     // a leading zero at the end
	{"::", "IPv6Address('::')"},                                               // all zeros
	{"::1", "IPv6Address('::1')"},                                             // loopback
	{"1::", "IPv6Address('1::')"},                                             // trailing ::
	{"2001:db8::1", "IPv6Address('2001:db8::1')"},                             // documentation prefix
	{"2001:DB8::A", "IPv6Address('2001:db8::a')"},                             // upper case
	{"2001:0db8:0000:0000:0000:0000:0000:0001", "IPv6Address('2001:db8::1')"}, // full form with leading zeros
	{"::ffff:1.2.3.4", "IPv6Address('::ffff:102:304')"},                       // IPv4-mapped
	{"::1.2.3.4", "IPv6Address('::102:304')"},                                 // IPv4-compatible
	{"1:2:3:4:5:6:1.2.3.4", "IPv6Address('1:2:3:4:5:6:102:304')"},             // dotted quad after six groups
	{"1:2:3:4:5:6:7:1.2.3.4", "ValueError: '1:2:3:4:5:6:7:1.2.3.4' does not appear to be an IPv4 or IPv6 address"},             // dotted quad after seven groups
	{"::ffff:01.2.3.4", "ValueError: '::ffff:01.2.3.4' does not appear to be an IPv4 or IPv6 address"},                         // leading zero in the dotted quad
	{"::ffff:1.2.3", "ValueError: '::ffff:1.2.3' does not appear to be an IPv4 or IPv6 address"},                               // short dotted quad
	{"::1.2.3.4:1", "ValueError: '::1.2.3.4:1' does not appear to be an IPv4 or IPv6 address"},                                 // dotted quad not last
	{"1:2:3:4:5:6:7:8", "IPv6Address('1:2:3:4:5:6:7:8')"},                                                                      // eight groups
	{"1:2:3:4:5:6:7", "ValueError: '1:2:3:4:5:6:7' does not appear to be an IPv4 or IPv6 address"},                             // seven groups
	{"1:2:3:4:5:6:7:8:9", "ValueError: '1:2:3:4:5:6:7:8:9' does not appear to be an IPv4 or IPv6 address"},                     // nine groups
	{"1:2:3:4:5:6:7::", "IPv6Address('1:2:3:4:5:6:7:0')"},                                                                      // :: for one group at the end
	{"::2:3:4:5:6:7:8", "IPv6Address('0:2:3:4:5:6:7:8')"},                                                                      // :: for one group at the start
	{"1:2:3:4:5:6:7:8::", "ValueError: '1:2:3:4:5:6:7:8::' does not appear to be an IPv4 or IPv6 address"},                     // :: for no group
	{"1::2::3", "ValueError: '1::2::3' does not appear to be an IPv4 or IPv6 address"},                                         // two ::
	{":::", "ValueError: ':::' does not appear to be an IPv4 or IPv6 address"},                                                 // three colons
	{":1", "ValueError: ':1' does not appear to be an IPv4 or IPv6 address"},                                                   // a single leading colon
	{"1:", "ValueError: '1:' does not appear to be an IPv4 or IPv6 address"},                                                   // a single trailing colon
	{"12345::", "ValueError: '12345::' does not appear to be an IPv4 or IPv6 address"},                                         // five digits
	{"0001:0002::", "IPv6Address('1:2::')"},                                                                                    // four digits with zeros
	{"g::", "ValueError: 'g::' does not appear to be an IPv4 or IPv6 address"},                                                 // not hexadecimal
	{"", "ValueError: '' does not appear to be an IPv4 or IPv6 address"},                                                       // empty
	{"fe80::1%eth0", "IPv6Address('fe80::1%eth0')"},                                                                            // a scope
	{"::1 ", "ValueError: '::1 ' does not appear to be an IPv4 or IPv6 address"},                                               // trailing space
	{" ::1", "ValueError: ' ::1' does not appear to be an IPv4 or IPv6 address"},                                               // leading space
	{"::1\x00", "ValueError: '::1\\x00' does not appear to be an IPv4 or IPv6 address"},                                        // embedded NUL
	{"1:2:3:4:5:6:7:8%", "ValueError: '1:2:3:4:5:6:7:8%' does not appear to be an IPv4 or IPv6 address"},                       // empty scope
	{"::/64", "ValueError: '::/64' does not appear to be an IPv4 or IPv6 address"},                                             // a prefix length
	{"::ffff:1.2.3.4%x", "IPv6Address('::ffff:102:304%x')"},                                                                    // mapped with scope
	{"1:0:0:1:0:0:0:1", "IPv6Address('1:0:0:1::1')"},                                                                           // the longer zero run wins
	{"1:0:0:2:0:0:3:4", "IPv6Address('1::2:0:0:3:4')"},                                                                         // the first of equal runs wins
	{"1:0:2:3:4:5:6:7", "IPv6Address('1:0:2:3:4:5:6:7')"},                                                                      // a single zero group stays
	{"::ffff:0:0", "IPv6Address('::ffff:0:0')"},                                                                                // mapped 0.0.0.0
	{"0:0:0:0:0:1:0:0", "IPv6Address('::1:0:0')"},                                                                              // zeros before a one
	{"::0.0.0.1", "IPv6Address('::1')"},                                                                                        // written as ::1
	{"::0.1.0.0", "IPv6Address('::1:0')"},                                                                                      // IPv4-compatible form
	{"::ffff", "IPv6Address('::ffff')"},                                                                                        // one group at the end
	{"::1:0:0:0:0", "IPv6Address('0:0:0:1::')"},                                                                                // zeros after ::1
	{"1::2:3:4:5:6:7", "IPv6Address('1:0:2:3:4:5:6:7')"},                                                                       // one group compressed in the middle
	{"::ffff:ffff:1.2.3.4", "IPv6Address('::ffff:ffff:102:304')"},                                                              // mapped-like with two groups
	{"0:0:0:0:0:ffff:102:304", "IPv6Address('::ffff:102:304')"},                                                                // mapped written in hex
	{"fe80::1%", "ValueError: 'fe80::1%' does not appear to be an IPv4 or IPv6 address"},                                       // scope without a name
	{"fe80::1%%", "ValueError: 'fe80::1%%' does not appear to be an IPv4 or IPv6 address"},                                     // scope of a percent sign
	{"\u0661::", "ValueError: '\u0661::' does not appear to be an IPv4 or IPv6 address"},                                       // Arabic digit
	{"114.71.220.95", "IPv4Address('114.71.220.95')"},                                                                          // the deck's address
	{"1.2.3.4%x", "ValueError: '1.2.3.4%x' does not appear to be an IPv4 or IPv6 address"},                                     // an IPv4 scope
	{"\u0661.\u0662.\u0663.\u0664", "ValueError: '\u0661.\u0662.\u0663.\u0664' does not appear to be an IPv4 or IPv6 address"}, // Arabic digits
}

func TestIPAddress(t *testing.T) {
	for _, c := range ipAddressCases {
		t.Run(c.in, func(t *testing.T) {
			got, err := IPAddress(c.in)
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("IPAddress(%+q) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}
