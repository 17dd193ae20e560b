package netcalc

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// result writes what a call gave as the tests compare it: str() of the
// value, or "Type: message" of the exception.
func result(v fmt.Stringer, err error) string {
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return "not an *Error: " + err.Error()
		}
		return e.Type + ": " + e.Msg
	}
	return v.String()
}

// The expected values of these tables are what CPython 3.11.7 printed
// for them; the differential tests ask python3 about many more.
var addrTable = []struct {
	in, ipAddress, ipv4, ipv6 string
}{
	// the deck's IPv4 example
	{"192.0.2.1", "192.0.2.1", "192.0.2.1", "ipaddress.AddressValueError: At least 3 parts expected in '192.0.2.1'"},
	// the deck's IPv6 example, upper case
	{"2001:A8::1", "2001:a8::1", "ipaddress.AddressValueError: Expected 4 octets in '2001:A8::1'", "2001:a8::1"},
	// leading zero, rejected since 3.9.5
	{"01.2.3.4", "ValueError: '01.2.3.4' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Leading zeros are not permitted in '01' in '01.2.3.4'", "ipaddress.AddressValueError: At least 3 parts expected in '01.2.3.4'"},
	// four digits: too long before zero-led
	{"0000.1.2.3", "ValueError: '0000.1.2.3' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: At most 3 characters permitted in '0000' in '0000.1.2.3'", "ipaddress.AddressValueError: At least 3 parts expected in '0000.1.2.3'"},
	// octet > 255
	{"256.1.1.1", "ValueError: '256.1.1.1' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Octet 256 (> 255) not permitted in '256.1.1.1'", "ipaddress.AddressValueError: At least 3 parts expected in '256.1.1.1'"},
	// three octets
	{"1.2.3", "ValueError: '1.2.3' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in '1.2.3'", "ipaddress.AddressValueError: At least 3 parts expected in '1.2.3'"},
	// empty octet
	{"1..2.3", "ValueError: '1..2.3' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Empty octet not permitted in '1..2.3'", "ipaddress.AddressValueError: At least 3 parts expected in '1..2.3'"},
	// Arabic-Indic digits
	{"١٢٣.1.1.1", "ValueError: '١٢٣.1.1.1' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Only decimal digits permitted in '١٢٣' in '١٢٣.1.1.1'", "ipaddress.AddressValueError: At least 3 parts expected in '١٢٣.1.1.1'"},
	// empty
	{"", "ValueError: '' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Address cannot be empty", "ipaddress.AddressValueError: Address cannot be empty"},
	// IPv4-mapped, written in hex by 3.11
	{"::ffff:1.2.3.4", "::ffff:102:304", "ipaddress.AddressValueError: Only decimal digits permitted in '::ffff:1' in '::ffff:1.2.3.4'", "::ffff:102:304"},
	// two '::'
	{"1::2::3", "ValueError: '1::2::3' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in '1::2::3'", "ipaddress.AddressValueError: At most one '::' permitted in '1::2::3'"},
	// leading single colon
	{":1:2:3:4:5:6:7", "ValueError: ':1:2:3:4:5:6:7' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in ':1:2:3:4:5:6:7'", "ipaddress.AddressValueError: Leading ':' only permitted as part of '::' in ':1:2:3:4:5:6:7'"},
	// trailing single colon
	{"1:2:3:4:5:6:7:", "ValueError: '1:2:3:4:5:6:7:' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in '1:2:3:4:5:6:7:'", "ipaddress.AddressValueError: Trailing ':' only permitted as part of '::' in '1:2:3:4:5:6:7:'"},
	// '::' for one hextet
	{"1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0", "ipaddress.AddressValueError: Expected 4 octets in '1:2:3:4:5:6:7::'", "1:2:3:4:5:6:7:0"},
	// '::' with eight others
	{"1:2:3:4::5:6:7:8", "ValueError: '1:2:3:4::5:6:7:8' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in '1:2:3:4::5:6:7:8'", "ipaddress.AddressValueError: Expected at most 7 other parts with '::' in '1:2:3:4::5:6:7:8'"},
	// five hex digits
	{"12345::", "ValueError: '12345::' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in '12345::'", "ipaddress.AddressValueError: At most 4 characters permitted in '12345' in '12345::'"},
	// short IPv4 tail
	{"::1.2.3", "ValueError: '::1.2.3' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in '::1.2.3'", "ipaddress.AddressValueError: Expected 4 octets in '1.2.3' in '::1.2.3'"},
	// scope id
	{"fe80::1%eth0", "fe80::1%eth0", "ipaddress.AddressValueError: Expected 4 octets in 'fe80::1%eth0'", "fe80::1%eth0"},
	// empty scope id
	{"fe80::1%", "ValueError: 'fe80::1%' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Expected 4 octets in 'fe80::1%'", "ipaddress.AddressValueError: Invalid IPv6 address: \"'fe80::1%'\""},
	// equal zero runs: the first is compressed
	{"1:0:0:2:0:0:3:4", "1::2:0:0:3:4", "ipaddress.AddressValueError: Expected 4 octets in '1:0:0:2:0:0:3:4'", "1::2:0:0:3:4"},
	// a network
	{"1.2.3.4/24", "ValueError: '1.2.3.4/24' does not appear to be an IPv4 or IPv6 address", "ipaddress.AddressValueError: Unexpected '/' in '1.2.3.4/24'", "ipaddress.AddressValueError: Unexpected '/' in '1.2.3.4/24'"},
}

func TestParseAddrTable(t *testing.T) {
	for _, c := range addrTable {
		t.Run(c.in, func(t *testing.T) {
			a, err := ParseAddr(c.in)
			if got := result(a, err); got != c.ipAddress {
				t.Errorf("ip_address: got %s, want %s", got, c.ipAddress)
			}
			if got := result(ParseIPv4Addr(c.in)); got != c.ipv4 {
				t.Errorf("IPv4Address: got %s, want %s", got, c.ipv4)
			}
			if got := result(ParseIPv6Addr(c.in)); got != c.ipv6 {
				t.Errorf("IPv6Address: got %s, want %s", got, c.ipv6)
			}
			if err == nil {
				checkAddrInvariants(t, a)
			}
		})
	}
}

// checkAddrInvariants checks what holds for every valid address.
func checkAddrInvariants(t *testing.T, a Addr) {
	t.Helper()
	back, err := ParseAddr(a.String())
	if err != nil || back != a {
		t.Errorf("ParseAddr(%q) = %v, %v: want the address back", a.String(), back, err)
	}
	if got := new(big.Int).SetBytes(a.Packed()); got.Cmp(a.Int()) != 0 {
		t.Errorf("packed %x and int %v disagree", a.Packed(), a.Int())
	}
	if a.Int().String() != a.IntString() {
		t.Errorf("IntString %s, want %s", a.IntString(), a.Int())
	}
	if a.Hex() != "0x"+a.Int().Text(16) {
		t.Errorf("Hex %s, want 0x%s", a.Hex(), a.Int().Text(16))
	}
	var bits strings.Builder
	for i := range a.BitLen() {
		fmt.Fprint(&bits, a.Bit(i))
	}
	if b, _ := a.Format("b"); b != bits.String() {
		t.Errorf("format b %s, bits %s", b, bits.String())
	}
	if a.Is4() && AddrFrom4(a.As4()) != a || a.Is6() && AddrFrom16(a.As16()) != a.WithoutZone() {
		t.Errorf("%v does not come back from its bytes", a)
	}
	if n, ok := NetworkFrom(a, a.BitLen()); !ok || n.Addr() != a || !n.Contains(a) {
		t.Errorf("NetworkFrom(%v, %d) = %v, %v", a, a.BitLen(), n, ok)
	}
	if a.Zone() == "" {
		ex, err := a.Exploded()
		if back, err2 := ParseAddr(ex); err != nil || err2 != nil || back != a {
			t.Errorf("exploded %q does not parse back: %v %v", ex, err, err2)
		}
	}
}

var netTable = []struct {
	in                    string
	strict                bool
	ipNetwork, ipv4, ipv6 string
}{
	// the deck's network
	{"114.71.220.0/24", true, "114.71.220.0/24", "114.71.220.0/24", "ipaddress.AddressValueError: At least 3 parts expected in '114.71.220.0'"},
	// host bits set
	{"114.71.220.95/24", true, "ValueError: 114.71.220.95/24 has host bits set", "ValueError: 114.71.220.95/24 has host bits set", "ipaddress.AddressValueError: At least 3 parts expected in '114.71.220.95'"},
	// host bits cleared
	{"114.71.220.95/24", false, "114.71.220.0/24", "114.71.220.0/24", "ipaddress.AddressValueError: At least 3 parts expected in '114.71.220.95'"},
	// netmask
	{"1.2.3.0/255.255.255.0", true, "1.2.3.0/24", "1.2.3.0/24", "ipaddress.AddressValueError: At least 3 parts expected in '1.2.3.0'"},
	// hostmask
	{"1.2.3.0/0.0.0.255", true, "1.2.3.0/24", "1.2.3.0/24", "ipaddress.AddressValueError: At least 3 parts expected in '1.2.3.0'"},
	// neither
	{"1.2.3.0/255.0.255.0", true, "ValueError: '1.2.3.0/255.0.255.0' does not appear to be an IPv4 or IPv6 network", "ipaddress.NetmaskValueError: '255.0.255.0' is not a valid netmask", "ipaddress.AddressValueError: At least 3 parts expected in '1.2.3.0'"},
	// leading zero in the length
	{"1.2.3.0/024", true, "1.2.3.0/24", "1.2.3.0/24", "ipaddress.AddressValueError: At least 3 parts expected in '1.2.3.0'"},
	// too long
	{"1.2.3.0/33", true, "ValueError: '1.2.3.0/33' does not appear to be an IPv4 or IPv6 network", "ipaddress.NetmaskValueError: '33' is not a valid netmask", "ipaddress.AddressValueError: At least 3 parts expected in '1.2.3.0'"},
	// two slashes
	{"1.2.3.0//24", true, "ValueError: '1.2.3.0//24' does not appear to be an IPv4 or IPv6 network", "ipaddress.AddressValueError: Only one '/' permitted in '1.2.3.0//24'", "ipaddress.AddressValueError: Only one '/' permitted in '1.2.3.0//24'"},
	// IPv6 takes no netmask
	{"2001:db8::/ffff::", true, "ValueError: '2001:db8::/ffff::' does not appear to be an IPv4 or IPv6 network", "ipaddress.AddressValueError: Expected 4 octets in '2001:db8::'", "ipaddress.NetmaskValueError: 'ffff::' is not a valid netmask"},
	// the scope id in the message
	{"fe80::1%eth0/64", true, "ValueError: fe80::1%eth0/64 has host bits set", "ipaddress.AddressValueError: Expected 4 octets in 'fe80::1%eth0'", "ValueError: fe80::1%eth0/64 has host bits set"},
	// the scope id dropped with the host bits
	{"fe80::1%eth0/64", false, "fe80::/64", "ipaddress.AddressValueError: Expected 4 octets in 'fe80::1%eth0'", "fe80::/64"},
	// the scope id kept
	{"fe80::%eth0/64", true, "fe80::%eth0/64", "ipaddress.AddressValueError: Expected 4 octets in 'fe80::%eth0'", "fe80::%eth0/64"},
	// all of IPv6
	{"::/0", true, "::/0", "ipaddress.AddressValueError: Expected 4 octets in '::'", "::/0"},
}

func TestParseNetworkTable(t *testing.T) {
	for _, c := range netTable {
		t.Run(fmt.Sprintf("%s,strict=%v", c.in, c.strict), func(t *testing.T) {
			n, err := ParseNetwork(c.in, c.strict)
			if got := result(n, err); got != c.ipNetwork {
				t.Errorf("ip_network: got %s, want %s", got, c.ipNetwork)
			}
			if got := result(ParseIPv4Network(c.in, c.strict)); got != c.ipv4 {
				t.Errorf("IPv4Network: got %s, want %s", got, c.ipv4)
			}
			if got := result(ParseIPv6Network(c.in, c.strict)); got != c.ipv6 {
				t.Errorf("IPv6Network: got %s, want %s", got, c.ipv6)
			}
			if hostBits := strings.HasSuffix(c.ipNetwork, "has host bits set"); errors.Is(err, ErrHostBitsSet) != hostBits {
				t.Errorf("errors.Is(err, ErrHostBitsSet) = %v, want %v", !hostBits, hostBits)
			}
			if err == nil {
				checkNetworkInvariants(t, n)
			}
		})
	}
}

// checkNetworkInvariants checks what holds for every valid network,
// against big.Int arithmetic as the slow reference.
func checkNetworkInvariants(t *testing.T, n Network) {
	t.Helper()
	back, err := ParseNetwork(n.String(), true)
	if err != nil || back != n {
		t.Errorf("ParseNetwork(%q) = %v, %v: want the network back", n.String(), back, err)
	}
	if !n.Contains(n.Addr()) || !n.Contains(n.Broadcast()) {
		t.Errorf("%v holds neither its network nor its broadcast address", n)
	}
	num := new(big.Int).Sub(n.Broadcast().Int(), n.Addr().Int())
	num.Add(num, big.NewInt(1))
	if num.Cmp(n.NumAddresses()) != 0 {
		t.Errorf("num_addresses %v, broadcast - network + 1 = %v", n.NumAddresses(), num)
	}
	if got := new(big.Int).Or(n.Netmask().Int(), n.Hostmask().Int()); got.Cmp(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(n.MaxBits())), big.NewInt(1))) != 0 {
		t.Errorf("netmask | hostmask = %v, want all ones", got)
	}
	if n.Bits() > 0 {
		if s := n.Supernet(); s.Bits() != n.Bits()-1 || !s.Contains(n.Addr()) {
			t.Errorf("supernet %v of %v", s, n)
		}
	}
	// The reference for hosts(): the network's integers from the first
	// host on, counted as the rules of the Hosts doc say.
	hosts := n.Hosts()
	first, count := n.Addr().Int(), new(big.Int).Set(n.NumAddresses())
	switch {
	case n.HostBits() <= 1:
	case n.Version() == 4:
		first.Add(first, big.NewInt(1))
		count.Sub(count, big.NewInt(2))
	default:
		first.Add(first, big.NewInt(1))
		count.Sub(count, big.NewInt(1))
	}
	if hosts.Len().Cmp(count) != 0 {
		t.Errorf("hosts count %v, want %v", hosts.Len(), count)
	}
	rng := rand.New(rand.NewPCG(uint64(n.Bits()), 1))
	for range 8 {
		i := new(big.Int).Rand(newMathRand(rng), count)
		a, ok := hosts.At(i)
		want := new(big.Int).Add(first, i)
		if !ok || a.Int().Cmp(want) != 0 || !n.Contains(a) {
			t.Errorf("host %v = %v, %v; want %v", i, a, ok, want)
		}
	}
	if _, ok := hosts.At(count); ok {
		t.Errorf("host %v exists past the end", count)
	}
}
