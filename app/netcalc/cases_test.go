package netcalc

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// addrCases are the address texts that calculators and naive ports get
// wrong. CPython decides what each gives; the tests ask it.
var addrCases = []string{
	"192.0.2.1",                            // the deck's IPv4 example
	"2001:A8::1",                           // the deck's IPv6 example: upper-case hex comes back lower
	"0.0.0.0",                              // unspecified, and private in 3.11.7
	"255.255.255.255",                      // limited broadcast
	"127.0.0.1",                            // loopback
	"100.64.0.1",                           // shared space: neither private nor global
	"169.254.1.1",                          // link local
	"224.0.0.1",                            // multicast
	"240.0.0.1",                            // reserved
	"192.0.0.170",                          // one of the /31 private entries
	"192.0.0.172",                          // just past it
	"01.2.3.4",                             // leading zero: rejected since 3.9.5
	"0.0.0.00",                             // two zeros are a leading zero
	"0000.1.2.3",                           // four digits: too long before zero-led
	"256.1.1.1",                            // octet > 255
	"999.1.1.1",                            // octet > 255, three digits
	"1.2.3",                                // too few octets
	"1.2.3.4.5",                            // too many octets
	"1..2.3",                               // empty octet
	"1.2.3.",                               // empty last octet
	".1.2.3",                               // empty first octet
	"1.2.3.4 ",                             // trailing space
	" 1.2.3.4",                             // leading space
	"1.2.3.+4",                             // a sign int() would take
	"1.2.3.0x4",                            // hex is not an octet
	"١٢٣.1.1.1",                            // Arabic-Indic digits: int() takes them, ipaddress does not
	"1.2.3.٤",                              // a single non-ASCII digit
	"１.2.3.4",                              // full-width digit
	"",                                     // empty
	"/",                                    // just a slash
	"1.2.3.4/24",                           // a network is not an address
	"::",                                   // unspecified
	"::1",                                  // loopback
	"1::",                                  // trailing ::
	":::",                                  // three colons
	"1:::2",                                // '::' then ':'
	"1::2::3",                              // two '::'
	":1:2:3:4:5:6:7",                       // leading single colon
	"1:2:3:4:5:6:7:",                       // trailing single colon
	"1:2:3:4:5:6:7:8",                      // full, no '::'
	"1:2:3:4:5:6:7:8:9",                    // nine hextets
	"1:2:3:4:5:6:7::",                      // '::' standing for one hextet
	"::1:2:3:4:5:6:7",                      // same at the front
	"1:2:3:4::5:6:7:8",                     // '::' with eight others
	"1:2:3:4:5:6:7",                        // seven without '::'
	"12345::",                              // five hex digits
	"00000::1",                             // five zeros
	"g::1",                                 // not hex
	"FFFF::",                               // upper case
	"fFfF:AbCd::",                          // mixed case
	"::ffff:1.2.3.4",                       // IPv4-mapped, shown in hex by 3.11
	"::ffff:192.168.1.1",                   // mapped private
	"::ffff:8.8.8.8",                       // mapped global
	"::ffff:100.64.0.1",                    // mapped shared space: global as IPv6, not as IPv4
	"::1.2.3.4",                            // IPv4-compatible (deprecated)
	"1.2.3.4::",                            // IPv4 part not last
	"::1.2.3",                              // short IPv4 tail
	"::1.2.3.04",                           // leading zero in the tail
	"::256.1.1.1",                          // big octet in the tail
	"1:2:3:4:5:6:1.2.3.4",                  // full with a tail
	"1:2:3:4:5:6:7:1.2.3.4",                // one hextet too many with a tail
	"1:2:3:4:5:6:7:8:9:1.2.3",              // tail error before colon count
	"::ffff:1.2.3.4%eth0",                  // tail and zone
	"fe80::1%eth0",                         // zone: exploded and reverse_pointer raise in 3.11
	"fe80::1%",                             // empty zone
	"fe80::1%a%b",                          // '%' in zone
	"%eth0",                                // zone without address
	"%",                                    // just '%'
	"fe80::1%1.2.3.4",                      // zone with dots: a three-deep message
	"fe80::1%a:b:c:d:e:f:g:h",              // zone with colons
	"fe80::1%\n>>> x",                      // zone with a line break
	"fe80::1%'\"",                          // zone with both quotes
	"fe80::1%한국",                           // non-ASCII zone
	"1.2.3.4%eth0",                         // zone on IPv4
	"2002:c000:0201::",                     // 6to4
	"2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo (RFC 4380's example)
	"2001:db8::",                           // documentation
	"2001:db8:0:0:1:0:0:1",                 // two equal runs of two: the first is compressed
	"2001:0:0:1:0:0:0:1",                   // the longer run wins
	"1:0:0:2:0:0:3:4",                      // equal runs: the first wins
	"0:0:0:0:0:0:0:0",                      // all zeros spelled out
	"fc00::1",                              // unique local
	"fec0::1",                              // site local
	"ff02::1",                              // multicast
	"100::1",                               // discard-only
	"\x00",                                 // NUL
	"\xff\xfe",                             // invalid UTF-8
	"1.2.3.4\u2028",                        // a line separator
	strings.Repeat("1", 5000),              // over-long
	strings.Repeat("1:", 3000) + "1",       // over-long with colons
	strings.Repeat("1.", 3000) + "1",       // over-long with dots
}

// netCases are network texts, each tried strict and not.
var netCases = []string{
	"114.71.220.0/24",         // the deck's network
	"114.71.220.95/24",        // host bits set
	"0.0.0.0/0",               // everything
	"1.2.3.4/0",               // /0 with host bits
	"10.0.0.0/8",              // a big one: hosts paged
	"192.0.2.0/31",            // /31: both addresses are hosts
	"192.0.2.1/31",            // /31 with host bits
	"192.0.2.1/32",            // /32: one host
	"192.0.2.0/30",            // two hosts
	"1.2.3.0/255.255.255.0",   // netmask form
	"1.2.3.0/0.0.0.255",       // hostmask form
	"1.2.3.0/255.255.255.255", // all ones: /32 netmask (host bits set)
	"1.2.3.4/255.255.255.255", // all ones
	"0.0.0.0/0.0.0.0",         // all zeros: /0 netmask
	"1.2.3.0/255.0.255.0",     // mixed: not a mask
	"1.2.3.0/255.255.255.01",  // leading zero in the mask
	"1.2.3.0/024",             // leading zero in the length is fine
	"1.2.3.0/" + strings.Repeat("0", 4298) + "24", // 4300 digits: int() takes them
	"1.2.3.0/" + strings.Repeat("0", 4299) + "24", // 4301 digits: int()'s limit
	"1.2.3.0/33",                      // too long for IPv4
	"1.2.3.0/-1",                      // negative
	"1.2.3.0/+24",                     // a sign
	"1.2.3.0/ 24",                     // a space
	"1.2.3.0/٢٤",                      // Arabic-Indic digits
	"1.2.3.0/",                        // empty length
	"1.2.3.0//24",                     // two slashes
	"1.2.3.0/24/",                     // trailing slash
	"/24",                             // no address
	"",                                // empty
	"::/0",                            // all of IPv6: 2**128 addresses
	"::/128",                          // the unspecified address
	"::1/128",                         // loopback
	"2001:db8::/32",                   // documentation
	"2001:db8::/64",                   // 2**64 addresses, never a float
	"2001:db8::1/64",                  // host bits set
	"2001:db8::/126",                  // subnet-router anycast left out
	"2001:db8::/127",                  // /127: both addresses
	"2001:db8::1/127",                 // /127 with host bits
	"2001:db8::1/128",                 // /128
	"2001:db8::/129",                  // too long
	"2001:db8::/ffff:ffff::",          // IPv6 takes no netmask
	"2001:db8::/255.255.255.0",        // nor an IPv4 one
	"fe80::%eth0/64",                  // zone kept on the network
	"fe80::1%eth0/64",                 // zone in the host-bits message
	"fe80::1%eth0/128",                // zone kept by hosts() and subnets()
	"fe80::1%\n>>> x/128",             // a zone print() would break
	"fe80::1%\t/64",                   // a tab in the zone
	"fe80::/64%eth0",                  // zone after the length
	"::ffff:1.2.3.0/120",              // mapped network
	"::ffff:0:0/96",                   // all of the mapped space
	"1.2.3.4%eth0/24",                 // a scope id on IPv4
	"1.2.3.4/24 ",                     // trailing space
	"١.2.3.0/24",                      // non-ASCII digit
	"\xff/24",                         // invalid UTF-8
	strings.Repeat("9", 3000) + "/24", // over-long
}

// memberCases are (network, address) pairs for addr in net.
var memberCases = [][2]string{
	{"114.71.220.0/24", "114.71.220.95"}, // the deck: True
	{"114.71.220.0/24", "192.168.0.1"},   // the deck: False
	{"114.71.220.0/24", "::1"},           // versions differ
	{"::/0", "1.2.3.4"},                  // versions differ the other way
	{"::/0", "::ffff:1.2.3.4"},           // mapped is IPv6
	{"fe80::%eth0/64", "fe80::1%eth1"},   // zones do not count
	{"0.0.0.0/0", "255.255.255.255"},     // /0 holds everything
	{"10.0.0.0/8", "10.255.255.255"},     // the broadcast address is in
	{"x", "1.2.3.4"},                     // bad network
	{"1.2.3.0/24", "x"},                  // bad address
	{"x", "y"},                           // both bad
	{"1.2.3.4/24", "1.2.3.4"},            // host bits set
}

// randomAddrs returns n address texts: valid IPv4 and IPv6 in the forms
// people write, and mutations of them.
func randomAddrs(rng *rand.Rand, n int) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		var s string
		switch rng.IntN(6) {
		case 0, 1:
			s = randomAddr(rng, 4).String()
		case 2, 3:
			s = randomV6Text(rng, randomAddr(rng, 6))
		default:
			s = mutate(rng, pick(rng, addrCases))
		}
		out = append(out, s)
	}
	return out
}

// randomNets returns n network texts covering every prefix length of
// both versions, with and without host bits, and mutations.
func randomNets(rng *rand.Rand, n int) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		var s string
		switch rng.IntN(8) {
		case 0, 1, 2:
			bits := rng.IntN(33)
			a := randomAddr(rng, 4)
			if rng.IntN(2) == 0 {
				a = addr4(a.ip.and(mask(4, bits)))
			}
			s = fmt.Sprintf("%s/%d", a, bits)
			if rng.IntN(4) == 0 {
				m := addr4(mask(4, bits))
				if rng.IntN(2) == 0 {
					m = addr4(m.ip.xor(ones(32)))
				}
				s = fmt.Sprintf("%s/%s", a, m)
			}
		case 3, 4, 5:
			bits := rng.IntN(129)
			a := randomAddr(rng, 6)
			if rng.IntN(2) == 0 {
				a = addr6(a.ip.and(mask(6, bits)))
			}
			s = fmt.Sprintf("%s/%d", randomV6Text(rng, a), bits)
		default:
			s = mutate(rng, pick(rng, netCases))
		}
		out = append(out, s)
	}
	return out
}

// prefixSweep returns, for every prefix length of both versions, a
// network without host bits and the same with host bits set.
func prefixSweep(rng *rand.Rand) []string {
	var out []string
	for _, version := range []uint8{4, 6} {
		maxBits := 32
		if version == 6 {
			maxBits = 128
		}
		for bits := 0; bits <= maxBits; bits++ {
			a := randomAddr(rng, int(version))
			a.ip = a.ip.or(u64(1)) // a host bit, unless bits == maxBits
			out = append(out,
				fmt.Sprintf("%s/%d", addrOf(version, a.ip.and(mask(version, bits))), bits),
				fmt.Sprintf("%s/%d", a, bits))
		}
	}
	return out
}

func pick(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }

// randomAddr returns an address with runs of zero or one bits, which
// random integers would almost never have.
func randomAddr(rng *rand.Rand, version int) Addr {
	v := uint128{rng.Uint64(), rng.Uint64()}
	switch rng.IntN(4) {
	case 0:
		v = v.and(ones(128).shl(uint(rng.IntN(128)))) // trailing zeros
	case 1:
		v = v.and(ones(rng.IntN(129))) // leading zeros
	case 2:
		v = v.and(uint128{rng.Uint64() & rng.Uint64(), rng.Uint64() & rng.Uint64()})
	}
	if version == 4 {
		return addr4(v.and(ones(32)))
	}
	if rng.IntN(8) == 0 {
		v = uint128{0, 0xffff<<32 | v.lo&0xffffffff} // IPv4-mapped
	}
	return addr6(v)
}

// randomV6Text writes a in one of the forms RFC 4291 section 2.2 allows:
// compressed, exploded, upper case, with an IPv4 tail, with a zone.
func randomV6Text(rng *rand.Rand, a Addr) string {
	var s string
	switch rng.IntN(5) {
	case 0:
		s, _ = a.Exploded()
	case 1:
		s = strings.ToUpper(a.String())
	case 2:
		b := a.As16()
		s = fmt.Sprintf("%x:%x:%x:%x:%x:%x:%d.%d.%d.%d", uint16(b[0])<<8|uint16(b[1]), uint16(b[2])<<8|uint16(b[3]),
			uint16(b[4])<<8|uint16(b[5]), uint16(b[6])<<8|uint16(b[7]), uint16(b[8])<<8|uint16(b[9]),
			uint16(b[10])<<8|uint16(b[11]), b[12], b[13], b[14], b[15])
	default:
		s = a.String()
	}
	if rng.IntN(10) == 0 {
		s += "%" + pick(rng, []string{"eth0", "1", "en0", "x.y", "a:b", "한"})
	}
	return s
}

// mutate inserts, deletes or replaces a few characters.
func mutate(rng *rand.Rand, s string) string {
	const alphabet = "0123456789abcdefABCDEFg:.%/ -+\n١"
	r := []rune(s)
	if len(r) > 200 {
		r = r[:200]
	}
	for range 1 + rng.IntN(3) {
		a := []rune(alphabet)[rng.IntN(len([]rune(alphabet)))]
		i := 0
		if len(r) > 0 {
			i = rng.IntN(len(r))
		}
		switch op := rng.IntN(3); {
		case op == 0 || len(r) == 0:
			r = append(r[:i], append([]rune{a}, r[i:]...)...)
		case op == 1:
			r = append(r[:i], r[i+1:]...)
		default:
			r[i] = a
		}
	}
	return string(r)
}
