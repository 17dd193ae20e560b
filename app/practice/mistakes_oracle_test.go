//go:build !js

package practice

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/concepts"
	"netprimer/app/netcalc"
	"netprimer/app/wire"
	"netprimer/internal/pyoracle"
)

// mistakeOf returns the answer mistake id of the table leads to for x.
func mistakeOf[X any](t *testing.T, ms []mistake[X], id string, x X) string {
	t.Helper()
	for _, m := range ms {
		if m.id == id {
			typed, _, ok := m.wrong(x)
			if !ok {
				t.Errorf("mistake %s does not apply to %+v", id, x)
			}
			return typed
		}
	}
	t.Errorf("no mistake %s", id)
	return ""
}

func netOf(s string) netX {
	a, bits, _ := strings.Cut(s, "/")
	n, _ := strconv.Atoi(bits)
	return newNetX(netcalc.MustParseAddr(a), n)
}

func v6Of(text string) v6X {
	a := netcalc.MustParseAddr(text)
	return v6X{text: text, a: a, h: hextets(a), mapped: strings.Contains(text, ".")}
}

func atonOf(text string) atonX {
	a, _ := wire.ParseAton(text)
	return atonX{text: text, a: a}
}

func lenientOf(text string) lenientX {
	a, err := wire.ParseAton(text)
	return lenientX{atonX: atonX{text: text, a: a}, err: err}
}

func portOf(p uint16) concepts.WellKnownPort {
	for _, w := range concepts.WellKnownPorts() {
		if w.Port == p {
			return w
		}
	}
	panic("no port")
}

func connOf(a, b concepts.Conn, ports bool) connX {
	return connX{c1: a, c2: b, cmp: concepts.Compare(a, b), ports: ports}
}

func callOf(tcp, server bool, k int) callX {
	side := concepts.Client
	if server {
		side = concepts.Server
	}
	steps, other := concepts.TCPSequence(), concepts.UDPSequence()
	if !tcp {
		steps, other = other, steps
	}
	calls, _ := program(steps, side)
	o, _ := program(other, side)
	return callX{tcp: tcp, server: server, program: calls, other: o, k: k}
}

// TestMistakeAnswersMatchCPython checks each known mistake on an item of
// its skill: the answer it leads to is what CPython computes by the
// mistaken rule, written in Python beside it.
func TestMistakeAnswersMatchCPython(t *testing.T) {
	c1 := concepts.Conn{A: concepts.Node{Host: "114.71.220.95", Port: 59664}, B: concepts.Node{Host: "www.python.org", Port: 80}}
	moved := func(f func(*concepts.Conn)) concepts.Conn { c := c1; f(&c); return c }
	pyConns := "c1 = (('114.71.220.95', 59664), ('www.python.org', 80)); "
	cases := []struct {
		skill, id string
		typed     string // what the mistake answers, from the Go table
		py        string // the mistaken rule in Python
	}{
		// A /23 whose address is in its upper /24.
		{"ipaddress.network", "habitual_24", mistakeOf(t, networkMistakes, "habitual_24", netOf("10.1.3.77/23")), "str(ipaddress.ip_network('10.1.3.77/24', strict=False).network_address)"},
		{"ipaddress.network", "host_bits_kept", mistakeOf(t, networkMistakes, "host_bits_kept", netOf("10.1.3.77/23")), "str(ipaddress.ip_address('10.1.3.77'))"},
		{"ipaddress.network", "whole_octets_only", mistakeOf(t, networkMistakes, "whole_octets_only", netOf("10.1.3.77/23")), "str(ipaddress.ip_network('10.1.3.77/16', strict=False).network_address)"},
		{"ipaddress.network", "first_host_as_network", mistakeOf(t, networkMistakes, "first_host_as_network", netOf("10.1.3.77/23")), "str(ipaddress.ip_network('10.1.3.77/23', strict=False).network_address + 1)"},
		// The broadcast of a /23 whose address is in its lower /24.
		{"ipaddress.broadcast", "last_host_as_broadcast", mistakeOf(t, broadcastMistakes, "last_host_as_broadcast", netOf("10.1.2.77/23")), "str(ipaddress.ip_network('10.1.2.77/23', strict=False).broadcast_address - 1)"},
		{"ipaddress.broadcast", "habitual_24", mistakeOf(t, broadcastMistakes, "habitual_24", netOf("10.1.2.77/23")), "str(ipaddress.ip_network('10.1.2.77/24', strict=False).broadcast_address)"},
		{"ipaddress.broadcast", "next_network", mistakeOf(t, broadcastMistakes, "next_network", netOf("10.1.2.77/23")), "str(ipaddress.ip_network('10.1.2.77/23', strict=False).network_address + ipaddress.ip_network('10.1.2.77/23', strict=False).num_addresses)"},
		{"ipaddress.broadcast", "whole_octets_only", mistakeOf(t, broadcastMistakes, "whole_octets_only", netOf("10.1.2.77/23")), "str(ipaddress.ip_network('10.1.2.77/16', strict=False).broadcast_address)"},
		// hosts() of a /23, of a /31 (both addresses are hosts), of IPv6.
		{"ipaddress.first_host", "network_as_first_host", mistakeOf(t, firstHostMistakes, "network_as_first_host", netOf("10.1.2.77/23")), "str(ipaddress.ip_network('10.1.2.77/23', strict=False).network_address)"},
		{"ipaddress.first_host", "network_skipped_in_31", mistakeOf(t, firstHostMistakes, "network_skipped_in_31", netOf("192.0.2.4/31")), "str(ipaddress.ip_network('192.0.2.4/31').network_address + 1)"},
		{"ipaddress.first_host", "habitual_24", mistakeOf(t, firstHostMistakes, "habitual_24", netOf("10.1.3.77/23")), "str(list(ipaddress.ip_network('10.1.3.77/24', strict=False).hosts())[0])"},
		{"ipaddress.last_host", "broadcast_as_last_host", mistakeOf(t, lastHostMistakes, "broadcast_as_last_host", netOf("10.1.2.77/23")), "str(ipaddress.ip_network('10.1.2.77/23', strict=False).broadcast_address)"},
		{"ipaddress.last_host", "ipv6_last_left_out", mistakeOf(t, lastHostMistakes, "ipv6_last_left_out", netOf("2001:db8::1/120")), "str(ipaddress.ip_network('2001:db8::1/120', strict=False).broadcast_address - 1)"},
		{"ipaddress.last_host", "broadcast_left_out_of_31", mistakeOf(t, lastHostMistakes, "broadcast_left_out_of_31", netOf("192.0.2.5/31")), "str(ipaddress.ip_network('192.0.2.5/31', strict=False).broadcast_address - 1)"},
		{"ipaddress.last_host", "habitual_24", mistakeOf(t, lastHostMistakes, "habitual_24", netOf("10.1.2.77/23")), "str(list(ipaddress.ip_network('10.1.2.77/24', strict=False).hosts())[-1])"},
		// Counting hosts and addresses.
		{"ipaddress.num_hosts", "all_addresses_counted", mistakeOf(t, numHostsMistakes, "all_addresses_counted", netOf("10.1.2.77/23")), "2 ** (32 - 23)"},
		{"ipaddress.num_hosts", "zero_for_31", mistakeOf(t, numHostsMistakes, "zero_for_31", netOf("192.0.2.4/31")), "2 ** (32 - 31) - 2"},
		{"ipaddress.num_hosts", "zero_for_32", mistakeOf(t, numHostsMistakes, "zero_for_32", netOf("192.0.2.4/32")), "len([])"},
		{"ipaddress.num_hosts", "ipv6_minus_two", mistakeOf(t, numHostsMistakes, "ipv6_minus_two", netOf("2001:db8::/120")), "2 ** (128 - 120) - 2"},
		{"ipaddress.num_hosts", "prefix_as_host_bits", mistakeOf(t, numHostsMistakes, "prefix_as_host_bits", netOf("10.1.2.77/23")), "2 ** 23 - 2"},
		{"ipaddress.num_hosts", "habitual_24", mistakeOf(t, numHostsMistakes, "habitual_24", netOf("10.1.2.77/23")), "len(list(ipaddress.ip_network('10.1.2.77/24', strict=False).hosts()))"},
		{"ipaddress.num_addresses", "hosts_not_addresses", mistakeOf(t, numAddressesMistakes, "hosts_not_addresses", netOf("10.1.2.77/23")), "len(list(ipaddress.ip_network('10.1.2.77/23', strict=False).hosts()))"},
		{"ipaddress.num_addresses", "prefix_as_host_bits", mistakeOf(t, numAddressesMistakes, "prefix_as_host_bits", netOf("10.1.2.77/23")), "2 ** 23"},
		{"ipaddress.num_addresses", "habitual_24", mistakeOf(t, numAddressesMistakes, "habitual_24", netOf("10.1.2.77/23")), "ipaddress.ip_network('10.1.2.77/24', strict=False).num_addresses"},
		// The masks of a /20, whose boundary is in the third octet.
		{"ipaddress.netmask", "hostmask_given", mistakeOf(t, netmaskMistakes, "hostmask_given", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('10.1.2.77/20', strict=False).hostmask)"},
		{"ipaddress.netmask", "habitual_24", mistakeOf(t, netmaskMistakes, "habitual_24", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('0.0.0.0/24').netmask)"},
		{"ipaddress.netmask", "octet_late", mistakeOf(t, netmaskMistakes, "octet_late", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('0.0.0.0/28').netmask)"},
		{"ipaddress.netmask", "octet_early", mistakeOf(t, netmaskMistakes, "octet_early", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('0.0.0.0/12').netmask)"},
		{"ipaddress.netmask", "block_size_as_mask", mistakeOf(t, netmaskMistakes, "block_size_as_mask", netOf("10.1.2.77/20")), "'255.255.%d.0' % 2 ** (8 - 20 % 8)"},
		{"ipaddress.hostmask", "netmask_given", mistakeOf(t, hostmaskMistakes, "netmask_given", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('10.1.2.77/20', strict=False).netmask)"},
		{"ipaddress.hostmask", "habitual_24", mistakeOf(t, hostmaskMistakes, "habitual_24", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('0.0.0.0/24').hostmask)"},
		{"ipaddress.hostmask", "octet_late", mistakeOf(t, hostmaskMistakes, "octet_late", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('0.0.0.0/28').hostmask)"},
		{"ipaddress.hostmask", "octet_early", mistakeOf(t, hostmaskMistakes, "octet_early", netOf("10.1.2.77/20")), "str(ipaddress.ip_network('0.0.0.0/12').hostmask)"},
		{"ipaddress.hostmask", "block_size_not_minus_one", mistakeOf(t, hostmaskMistakes, "block_size_not_minus_one", netOf("10.1.2.77/20")), "'0.0.%d.255' % 2 ** (8 - 20 % 8)"},
		// A netmask of /23, then a hostmask of /23.
		{"ipaddress.prefixlen", "host_bits_counted", mistakeOf(t, prefixlenMistakes, "host_bits_counted", prefixX{netX: netOf("10.1.2.77/23")}), "32 - ipaddress.ip_network('10.1.2.77/255.255.254.0', strict=False).prefixlen"},
		{"ipaddress.prefixlen", "host_bits_counted", mistakeOf(t, prefixlenMistakes, "host_bits_counted", prefixX{netX: netOf("10.1.2.77/23"), host: true}), "bin(int(ipaddress.ip_address('0.0.1.255'))).count('1')"},
		{"ipaddress.prefixlen", "whole_octets_only", mistakeOf(t, prefixlenMistakes, "whole_octets_only", prefixX{netX: netOf("10.1.2.77/23")}), "'255.255.254.0'.split('.').count('255') * 8"},
		{"ipaddress.prefixlen", "habitual_24", mistakeOf(t, prefixlenMistakes, "habitual_24", prefixX{netX: netOf("10.1.2.77/23")}), "ipaddress.ip_network('0.0.0.0/255.255.255.0').prefixlen"},
		// Membership in 10.1.2.0/23.
		{"ipaddress.contains", "habitual_24", mistakeOf(t, containsMistakes, "habitual_24", containsX{n: netOf("10.1.2.0/23").n, addr: netcalc.MustParseAddr("10.1.3.7")}), "ipaddress.ip_address('10.1.3.7') in ipaddress.ip_network('10.1.2.0/24')"},
		{"ipaddress.contains", "whole_octets_only", mistakeOf(t, containsMistakes, "whole_octets_only", containsX{n: netOf("10.1.2.0/23").n, addr: netcalc.MustParseAddr("10.1.9.9")}), "ipaddress.ip_address('10.1.9.9') in ipaddress.ip_network('10.1.0.0/16')"},
		{"ipaddress.contains", "ends_left_out", mistakeOf(t, containsMistakes, "ends_left_out", containsX{n: netOf("10.1.2.0/23").n, addr: netcalc.MustParseAddr("10.1.3.255")}), "ipaddress.ip_address('10.1.3.255') in list(ipaddress.ip_network('10.1.2.0/23').hosts())"},
		// 10.1.0.0/16 cut into /20s.
		{"ipaddress.subnets_count", "difference_given", mistakeOf(t, subnetsMistakes, "difference_given", subnetsX{n: netOf("10.1.0.0/16").n, newPrefix: 20}), "20 - 16"},
		{"ipaddress.subnets_count", "minus_two_subnets", mistakeOf(t, subnetsMistakes, "minus_two_subnets", subnetsX{n: netOf("10.1.0.0/16").n, newPrefix: 20}), "2 ** (20 - 16) - 2"},
		{"ipaddress.subnets_count", "addresses_per_subnet", mistakeOf(t, subnetsMistakes, "addresses_per_subnet", subnetsX{n: netOf("10.1.0.0/16").n, newPrefix: 20}), "ipaddress.ip_network('10.1.0.0/20').num_addresses"},
		// The dotted tail of an IPv4-mapped address.
		{"ipaddress.version", "dotted_tail_as_ipv4", mistakeOf(t, versionMistakes, "dotted_tail_as_ipv4", versionX{text: "::ffff:192.0.2.1", a: netcalc.MustParseAddr("::ffff:192.0.2.1")}), "ipaddress.ip_address('::ffff:192.0.2.1'.rsplit(':', 1)[1]).version"},
		// Writing IPv6 addresses: g is the groups without leading zeros.
		{"ipaddress.compressed", "leading_zeros_kept", mistakeOf(t, compressedMistakes, "leading_zeros_kept", v6Of("2001:db8:0:0:1:0:0:1")), "re.sub('[0-9a-f]+', lambda m: m.group().zfill(4), ipaddress.ip_address('2001:db8:0:0:1:0:0:1').compressed)"},
		{"ipaddress.compressed", "not_compressed", mistakeOf(t, compressedMistakes, "not_compressed", v6Of("2001:db8:0:0:1:0:0:1")), "':'.join(g('2001:db8::1:0:0:1'))"},
		{"ipaddress.compressed", "first_run_not_longest", mistakeOf(t, compressedMistakes, "first_run_not_longest", v6Of("2001:0:0:1:0:0:0:1")), "':'.join(g('2001:0:0:1::1')[:1]) + '::' + ':'.join(g('2001:0:0:1::1')[3:])"},
		{"ipaddress.compressed", "later_run_on_tie", mistakeOf(t, compressedMistakes, "later_run_on_tie", v6Of("2001:db8:0:0:1:0:0:1")), "':'.join(g('2001:db8::1:0:0:1')[:5]) + '::' + ':'.join(g('2001:db8::1:0:0:1')[7:])"},
		{"ipaddress.compressed", "single_zero_compressed", mistakeOf(t, compressedMistakes, "single_zero_compressed", v6Of("2001:db8:0:1:1:1:1:1")), "':'.join(g('2001:db8:0:1:1:1:1:1')[:2]) + '::' + ':'.join(g('2001:db8:0:1:1:1:1:1')[3:])"},
		{"ipaddress.compressed", "every_run_compressed", mistakeOf(t, compressedMistakes, "every_run_compressed", v6Of("2001:0:0:1:0:0:0:1")), "re.sub('(^|:)0(:0)+(:|$)', '::', ':'.join(g('2001:0:0:1::1')))"},
		{"ipaddress.compressed", "mapped_dotted", mistakeOf(t, compressedMistakes, "mapped_dotted", v6Of("::ffff:192.0.2.1")), "'::ffff:' + str(ipaddress.ip_address('::ffff:192.0.2.1').ipv4_mapped)"},
		{"ipaddress.exploded", "not_padded", mistakeOf(t, explodedMistakes, "not_padded", v6Of("2001:db8::1")), "':'.join(g('2001:db8::1'))"},
		{"ipaddress.exploded", "padded_right", mistakeOf(t, explodedMistakes, "padded_right", v6Of("2001:db8::1")), "':'.join(x.ljust(4, '0') for x in g('2001:db8::1'))"},
		{"ipaddress.exploded", "gap_miscounted", mistakeOf(t, explodedMistakes, "gap_miscounted", v6Of("2001:db8::1")), "':'.join(ipaddress.ip_address('2001:db8::1').exploded.split(':')[:2] + ipaddress.ip_address('2001:db8::1').exploded.split(':')[3:])"},
		{"ipaddress.exploded", "mapped_dotted", mistakeOf(t, explodedMistakes, "mapped_dotted", v6Of("::ffff:192.0.2.1")), "ipaddress.ip_address('::ffff:192.0.2.1').exploded.rsplit(':', 2)[0] + ':192.0.2.1'"},
		// Packing: the bytes of 192.168.0.1, 10.0.0.1, and the lenient forms.
		{"packing.aton_hex", "little_endian", mistakeOf(t, atonHexMistakes, "little_endian", atonOf("192.168.0.1")), "binascii.hexlify(socket.inet_aton('192.168.0.1')[::-1])"},
		{"packing.aton_hex", "nibbles_swapped", mistakeOf(t, atonHexMistakes, "nibbles_swapped", atonOf("192.168.0.1")), "binascii.hexlify(bytes((b & 15) << 4 | b >> 4 for b in socket.inet_aton('192.168.0.1')))"},
		{"packing.aton_hex", "bytes_unpadded", mistakeOf(t, atonHexMistakes, "bytes_unpadded", atonOf("10.0.0.1")), "binascii.hexlify(bytes.fromhex(''.join(format(b, 'x') for b in socket.inet_aton('10.0.0.1'))))"},
		{"packing.aton_hex", "octal_as_decimal", mistakeOf(t, atonHexMistakes, "octal_as_decimal", atonOf("010.0.0.1")), "binascii.hexlify(socket.inet_aton('10.0.0.1'))"},
		{"packing.aton_hex", "short_form_left", mistakeOf(t, atonHexMistakes, "short_form_left", atonOf("127.1")), "binascii.hexlify(bytes([127, 1, 0, 0]))"},
		{"packing.ntoa", "little_endian", mistakeOf(t, ntoaMistakes, "little_endian", ntoaX{b: [4]byte{192, 168, 0, 1}}), "socket.inet_ntoa(bytes.fromhex('c0a80001')[::-1])"},
		{"packing.ntoa", "nibbles_swapped", mistakeOf(t, ntoaMistakes, "nibbles_swapped", ntoaX{b: [4]byte{192, 168, 0, 1}}), "socket.inet_ntoa(bytes((b & 15) << 4 | b >> 4 for b in bytes.fromhex('c0a80001')))"},
		{"packing.ntoa", "hex_read_as_decimal", mistakeOf(t, ntoaMistakes, "hex_read_as_decimal", ntoaX{b: [4]byte{0x10, 0x20, 0x30, 0x40}}), "'.'.join(str(int('10203040'[i:i + 2])) for i in range(0, 8, 2))"},
		{"packing.lenient", "octal_as_decimal", mistakeOf(t, lenientMistakes, "octal_as_decimal", lenientOf("010.0.0.1")), "socket.inet_ntoa(socket.inet_aton('10.0.0.1'))"},
		{"packing.lenient", "octal_as_decimal", mistakeOf(t, lenientMistakes, "octal_as_decimal", lenientOf("08.1.2.3")), "socket.inet_ntoa(socket.inet_aton('8.1.2.3'))"},
		{"packing.lenient", "short_form_left", mistakeOf(t, lenientMistakes, "short_form_left", lenientOf("127.1")), "socket.inet_ntoa(bytes([127, 1, 0, 0]))"},
		{"packing.lenient", "strict_rejects", mistakeOf(t, lenientMistakes, "strict_rejects", lenientOf("127.1")), "raises(socket.inet_aton, '1.2.3.256')"},
		{"packing.lenient", "part_wrapped", mistakeOf(t, lenientMistakes, "part_wrapped", lenientOf("256.1.1.1")), "'.'.join(str(int(p) % 256) for p in '256.1.1.1'.split('.'))"},
		// Byte order: 0x1234 and 0x12345678 on a little-endian host, the deck's 1234.
		{"byteorder.htons", "no_swap", mistakeOf(t, htonMistakes, "no_swap", orderX{n: 0x1234, w: wire.W16, lit: "0x1234"}), "hex(0x1234)"},
		{"byteorder.htons", "digits_reversed", mistakeOf(t, htonMistakes, "digits_reversed", orderX{n: 0x1234, w: wire.W16, lit: "0x1234"}), "hex(int(format(0x1234, '04x')[::-1], 16))"},
		{"byteorder.htons", "nibbles_swapped", mistakeOf(t, htonMistakes, "nibbles_swapped", orderX{n: 0x1234, w: wire.W16, lit: "0x1234"}), "hex(int.from_bytes(bytes((b & 15) << 4 | b >> 4 for b in (0x1234).to_bytes(2, 'big')), 'big'))"},
		{"byteorder.htons", "decimal_read_as_hex", mistakeOf(t, htonMistakes, "decimal_read_as_hex", orderX{n: 1234, w: wire.W16, lit: "1234"}), "hex(socket.htons(int('1234', 16)))"},
		{"byteorder.htonl", "no_swap", mistakeOf(t, htonMistakes, "no_swap", orderX{n: 0x12345678, w: wire.W32, lit: "0x12345678"}), "hex(0x12345678)"},
		{"byteorder.htonl", "digits_reversed", mistakeOf(t, htonMistakes, "digits_reversed", orderX{n: 0x12345678, w: wire.W32, lit: "0x12345678"}), "hex(int(format(0x12345678, '08x')[::-1], 16))"},
		{"byteorder.htonl", "nibbles_swapped", mistakeOf(t, htonMistakes, "nibbles_swapped", orderX{n: 0x12345678, w: wire.W32, lit: "0x12345678"}), "hex(int.from_bytes(bytes((b & 15) << 4 | b >> 4 for b in (0x12345678).to_bytes(4, 'big')), 'big'))"},
		{"byteorder.htonl", "decimal_read_as_hex", mistakeOf(t, htonMistakes, "decimal_read_as_hex", orderX{n: 12345678, w: wire.W32, lit: "12345678"}), "hex(socket.htonl(int('12345678', 16)))"},
		{"byteorder.htonl", "halves_swapped", mistakeOf(t, htonMistakes, "halves_swapped", orderX{n: 0x12345678, w: wire.W32, lit: "0x12345678"}), "hex(int.from_bytes(struct.pack('>HH', 0x5678, 0x1234), 'big'))"},
		{"byteorder.htonl", "htons_per_half", mistakeOf(t, htonMistakes, "htons_per_half", orderX{n: 0x12345678, w: wire.W32, lit: "0x12345678"}), "hex(socket.htons(0x1234) << 16 | socket.htons(0x5678))"},
		{"byteorder.memory", "other_order", mistakeOf(t, memoryMistakes, "other_order", orderX{n: 0x1234, w: wire.W16, lit: "0x1234"}), "(0x1234).to_bytes(2, 'big')"},
		{"byteorder.memory", "nibbles_swapped", mistakeOf(t, memoryMistakes, "nibbles_swapped", orderX{n: 0x1234, w: wire.W16, lit: "0x1234"}), "bytes((b & 15) << 4 | b >> 4 for b in struct.pack('<H', 0x1234))"},
		{"byteorder.memory", "digits_reversed", mistakeOf(t, memoryMistakes, "digits_reversed", orderX{n: 0x1234, w: wire.W16, lit: "0x1234"}), "bytes.fromhex(format(0x1234, '04x')[::-1])"},
		{"byteorder.memory", "zero_bytes_dropped", mistakeOf(t, memoryMistakes, "zero_bytes_dropped", orderX{n: 0x12, w: wire.W16, lit: "0x12"}), "(0x12).to_bytes(1, 'little')"},
		// Ports: the twin's service or port, as the services database has it.
		{"ports.service", "secure_twin", mistakeOf(t, serviceMistakes, "secure_twin", portOf(80)), "socket.getservbyport(443)"},
		{"ports.service", "mail_twin", mistakeOf(t, serviceMistakes, "mail_twin", portOf(25)), "socket.getservbyport(110)"},
		{"ports.service", "neighbour_port", mistakeOf(t, serviceMistakes, "neighbour_port", portOf(21)), "socket.getservbyport(22)"},
		{"ports.port", "secure_twin", mistakeOf(t, portMistakes, "secure_twin", portOf(80)), "socket.getservbyname('https')"},
		{"ports.port", "mail_twin", mistakeOf(t, portMistakes, "mail_twin", portOf(110)), "socket.getservbyname('smtp')"},
		{"ports.port", "neighbour_port", mistakeOf(t, portMistakes, "neighbour_port", portOf(23)), "socket.getservbyname('ssh')"},
		// Connections: the comparisons each mistake makes.
		{"connections.same", "swapped_as_different", mistakeOf(t, sameMistakes, "swapped_as_different", connOf(c1, concepts.Conn{A: c1.B, B: c1.A}, false)), pyConns + "c2 = c1[::-1]; c1 == c2"},
		{"connections.same", "ports_ignored", mistakeOf(t, sameMistakes, "ports_ignored", connOf(c1, moved(func(c *concepts.Conn) { c.A.Port++ }), false)), pyConns + "c2 = (('114.71.220.95', 59665), ('www.python.org', 80)); [h for h, p in c1] == [h for h, p in c2]"},
		{"connections.same", "ips_ignored", mistakeOf(t, sameMistakes, "ips_ignored", connOf(c1, moved(func(c *concepts.Conn) { c.A.Host = "114.71.220.96" }), false)), pyConns + "c2 = (('114.71.220.96', 59664), ('www.python.org', 80)); [p for h, p in c1] == [p for h, p in c2]"},
		{"connections.same", "ports_swapped", mistakeOf(t, sameMistakes, "ports_swapped", connOf(c1, moved(func(c *concepts.Conn) { c.A.Port, c.B.Port = c.B.Port, c.A.Port }), true)), pyConns + "c2 = (('114.71.220.95', 80), ('www.python.org', 59664)); sorted(h for h, p in c1) == sorted(h for h, p in c2) and sorted(p for h, p in c1) == sorted(p for h, p in c2)"},
		// Socket calls, in the deck's programs: what the mistake calls instead.
		{"sockets.call", "tcp_udp_mixed", mistakeOf(t, callMistakes, "tcp_udp_mixed", callOf(false, true, 2)), "programs['tcp', 'server'][programs['tcp', 'server'].index('bind()') + 1]"},
		{"sockets.call", "client_binds", mistakeOf(t, callMistakes, "client_binds", callOf(true, false, 1)), "programs['tcp', 'server'][1]"},
		{"sockets.call", "accept_before_listen", mistakeOf(t, callMistakes, "accept_before_listen", callOf(true, true, 2)), "programs['tcp', 'server'][programs['tcp', 'server'].index('bind()') + 2]"},
		{"sockets.call", "recv_before_accept", mistakeOf(t, callMistakes, "recv_before_accept", callOf(true, true, 3)), "programs['tcp', 'server'][programs['tcp', 'server'].index('listen()') + 2]"},
		{"sockets.call", "send_before_connect", mistakeOf(t, callMistakes, "send_before_connect", callOf(true, false, 1)), "programs['tcp', 'client'][programs['tcp', 'client'].index('connect()') + 1]"},
	}
	o := pyoracle.Start(t, mistakesProgram)
	reqs := []any{map[string]string{"setup": "programs = " + programsRepr()}}
	for _, c := range cases {
		reqs = append(reqs, map[string]string{"code": c.py})
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		if i == 0 {
			return nil // the setup
		}
		var want string
		if err := json.Unmarshal(line, &want); err != nil {
			return err
		}
		c := cases[i-1]
		sk, _ := Lookup(c.skill)
		got, _, ok := sk.Form.read(c.typed)
		if !ok || got != want {
			t.Errorf("%s %s: the mistake answers %q, read as %q; by its rule CPython gives %s", c.skill, c.id, c.typed, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Every mistake of every skill has its case, but those that no
	// Python computes: the kinds of service, the layers the placement
	// exercise names (TestDataMistakes checks those).
	covered := map[string]bool{}
	for _, c := range cases {
		covered[c.skill+" "+c.id] = true
	}
	for _, sk := range Skills() {
		for _, m := range sk.Mistakes {
			if !covered[sk.ID+" "+m.ID] && sk.ID != "network.layer" && m.ID != "kind_not_protocol" {
				t.Errorf("%s: mistake %s has no case", sk.ID, m.ID)
			}
		}
	}
}

// mistakesProgram evaluates the mistaken rules: each request is Python
// statements and an expression joined by "; ", answered by the repr of
// the expression's value; a setup request defines names for the others.
const mistakesProgram = `
import binascii, ipaddress, json, re, socket, struct, sys

class Name(str):
    def __repr__(self): return str(self)

def raises(f, arg):
    # The exception f raises for arg, as an answer names it.
    try:
        f(arg)
    except Exception as e:
        return Name(type(e).__name__)

def g(addr):
    # The address's eight groups, without leading zeros.
    return [format(h, "x") for h in struct.unpack("!8H", ipaddress.ip_address(addr).packed)]

ns = {"binascii": binascii, "ipaddress": ipaddress, "re": re, "socket": socket, "struct": struct, "g": g, "raises": raises}
for line in sys.stdin:
    req = json.loads(line)
    if "setup" in req:
        exec(req["setup"], ns)
        print("null", flush=True)
        continue
    *stmts, expr = req["code"].split("; ")
    for s in stmts:
        exec(s, ns)
    print(json.dumps(repr(eval(expr, ns))), flush=True)
`
