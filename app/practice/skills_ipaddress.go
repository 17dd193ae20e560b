package practice

import (
	"netprimer/app/i18n"
	"netprimer/app/netcalc"
	"netprimer/app/pyrepl"
)

// The skills of /ipaddress: a network's addresses, sizes and masks,
// membership, subnets, and how IPv6 addresses are written.

const ipPath = "/ipaddress"

// quickBits is the most host bits for which a session lists hosts()
// itself: 4094 hosts list in a few milliseconds. Beyond, it computes the
// same value from the network's size and indexes, which CPython answers
// at once (PRODUCT.md: nothing in a transcript is slow).
const quickBits = 12

func ipaddressSkills() []*Skill {
	return []*Skill{
		{ID: "ipaddress.network", Lesson: ipPath, Form: FormAddress,
			Title:    i18n.T{Ko: "네트워크 주소", En: "Network address"},
			Question: "str(ipaddress.ip_network(net, strict=False).network_address)",
			Mistakes: mistakes(networkMistakes), gen: genNetwork},
		{ID: "ipaddress.broadcast", Lesson: ipPath, Form: FormAddress,
			Title:    i18n.T{Ko: "브로드캐스트 주소", En: "Broadcast address"},
			Question: "str(ipaddress.ip_network(net, strict=False).broadcast_address)",
			Mistakes: mistakes(broadcastMistakes), gen: genBroadcast},
		{ID: "ipaddress.first_host", Lesson: ipPath, Form: FormAddress,
			Title:    i18n.T{Ko: "첫 호스트 주소", En: "First host"},
			Question: "str(list(ipaddress.ip_network(net, strict=False).hosts())[0])",
			Mistakes: mistakes(firstHostMistakes), gen: genFirstHost},
		{ID: "ipaddress.last_host", Lesson: ipPath, Form: FormAddress,
			Title:    i18n.T{Ko: "마지막 호스트 주소", En: "Last host"},
			Question: "str(list(ipaddress.ip_network(net, strict=False).hosts())[-1])",
			Mistakes: mistakes(lastHostMistakes), gen: genLastHost},
		{ID: "ipaddress.num_hosts", Lesson: ipPath, Form: FormInteger,
			Title:    i18n.T{Ko: "호스트 개수", En: "Number of hosts"},
			Question: "len(list(ipaddress.ip_network(net, strict=False).hosts()))",
			Mistakes: mistakes(numHostsMistakes), gen: genNumHosts},
		{ID: "ipaddress.num_addresses", Lesson: ipPath, Form: FormInteger,
			Title:    i18n.T{Ko: "주소 개수", En: "Number of addresses"},
			Question: "ipaddress.ip_network(net, strict=False).num_addresses",
			Mistakes: mistakes(numAddressesMistakes), gen: genNumAddresses},
		{ID: "ipaddress.netmask", Lesson: ipPath, Form: FormAddress,
			Title:    i18n.T{Ko: "넷마스크", En: "Netmask"},
			Question: "str(ipaddress.ip_network(net, strict=False).netmask)",
			Mistakes: mistakes(netmaskMistakes), gen: genNetmask},
		{ID: "ipaddress.prefixlen", Lesson: ipPath, Form: FormInteger,
			Title:    i18n.T{Ko: "프리픽스 길이", En: "Prefix length"},
			Question: "ipaddress.ip_network(net, strict=False).prefixlen",
			Mistakes: mistakes(prefixlenMistakes), gen: genPrefixlen},
		{ID: "ipaddress.hostmask", Lesson: ipPath, Form: FormAddress,
			Title:    i18n.T{Ko: "호스트마스크", En: "Hostmask"},
			Question: "str(ipaddress.ip_network(net, strict=False).hostmask)",
			Mistakes: mistakes(hostmaskMistakes), gen: genHostmask},
		{ID: "ipaddress.contains", Lesson: ipPath, Form: FormBool,
			Title:    i18n.T{Ko: "네트워크에 속하는 주소", En: "Address in network"},
			Question: "ipaddress.ip_address(addr) in ipaddress.ip_network(net)",
			Mistakes: mistakes(containsMistakes), gen: genContains},
		{ID: "ipaddress.subnets_count", Lesson: ipPath, Form: FormInteger,
			Title:    i18n.T{Ko: "서브넷 개수", En: "Number of subnets"},
			Question: "len(list(ipaddress.ip_network(net).subnets(new_prefix=new_prefix)))",
			Mistakes: mistakes(subnetsMistakes), gen: genSubnetsCount},
		{ID: "ipaddress.version", Lesson: ipPath, Form: FormVersion,
			Title:    i18n.T{Ko: "IP 버전", En: "IP version"},
			Question: "ipaddress.ip_address(addr).version",
			Mistakes: mistakes(versionMistakes), gen: genVersion},
		{ID: "ipaddress.compressed", Lesson: ipPath, Form: FormIPv6Text,
			Title:    i18n.T{Ko: "IPv6 줄여 쓰기", En: "IPv6 compressed"},
			Question: "ipaddress.ip_address(addr).compressed",
			Mistakes: mistakes(compressedMistakes), gen: genCompressed},
		{ID: "ipaddress.exploded", Lesson: ipPath, Form: FormIPv6Text,
			Title:    i18n.T{Ko: "IPv6 풀어 쓰기", En: "IPv6 exploded"},
			Question: "ipaddress.ip_address(addr).exploded",
			Mistakes: mistakes(explodedMistakes), gen: genExploded},
	}
}

// Texts shared by the network skills.
var (
	nameHabitual24 = i18n.T{Ko: "습관적인 /24", En: "a habitual /24"}
	whyHabitual24  = i18n.T{
		Ko: "습관적으로 /24로 계산한 답입니다: 이 네트워크의 프리픽스는 /{1}, 네트워크 부분이 {1}비트, 호스트 부분이 {2}비트입니다.",
		En: "That is the answer for a /24, out of habit: this network is a /{1}, with {1} network bits and {2} host bits.",
	}
	nameWholeOctets = i18n.T{Ko: "옥텟 단위로만 마스크", En: "whole octets only"}
	whyWholeOctets  = i18n.T{
		Ko: "옥텟 단위로만 계산했습니다 (/{1}처럼): /{2}의 경계는 {3}번째 옥텟 안에 있어, 그 옥텟의 앞 {4}비트도 네트워크 부분입니다.",
		En: "That counts whole octets only (as for a /{1}): the boundary of a /{2} falls inside octet {3}, whose first {4} bits belong to the network part too.",
	}
	hintPrefix = i18n.T{
		Ko: "프리픽스 /{1}: 앞의 {1}비트가 네트워크 부분, 나머지 {2}비트가 호스트 부분입니다.",
		En: "The prefix /{1}: the first {1} bits are the network part, the other {2} bits the host part.",
	}
	hintNetmask = i18n.T{
		Ko: "넷마스크는 {1}입니다. 주소와 넷마스크를 비트마다 AND 하면 네트워크 주소가 나옵니다.",
		En: "The netmask is {1}. The address ANDed with it, bit by bit, gives the network address.",
	}
	hintRange = i18n.T{
		Ko: "네트워크 주소는 {1}, 주소는 모두 {2}개라 마지막 주소는 {3}입니다.",
		En: "The network address is {1}, and it holds {2} addresses, so the last one is {3}.",
	}
)

func netHints(x netX) []i18n.T {
	return []i18n.T{
		sub(hintPrefix, itoa(x.bits()), itoa(x.hostBits())),
		sub(hintNetmask, x.n.Netmask().String()),
		sub(hintRange, x.n.Addr().String(), countText(x.n), x.n.Broadcast().String()),
	}
}

// countText writes a network's number of addresses in decimal, or as a
// power of two beyond 2**20.
func countText(n netcalc.Network) string {
	if n.HostBits() > 20 {
		return "2**" + itoa(n.HostBits())
	}
	return n.NumAddresses().String()
}

// habitual24 is x's network as a /24, when x is IPv4 and not a /24.
func habitual24(x netX) (netcalc.Network, i18n.T, bool) {
	if !x.v4() || x.bits() == 24 {
		return netcalc.Network{}, noText, false
	}
	n, _ := x.with(24)
	return n, sub(whyHabitual24, itoa(x.bits()), itoa(x.hostBits())), true
}

// wholeOctets is x's network with its prefix cut to whole octets, when
// x is IPv4 and its boundary falls inside an octet.
func wholeOctets(x netX) (netcalc.Network, i18n.T, bool) {
	p := x.bits()
	if !x.v4() || p%8 == 0 {
		return netcalc.Network{}, noText, false
	}
	n, _ := x.with(p / 8 * 8)
	return n, sub(whyWholeOctets, itoa(p/8*8), itoa(p), itoa(p/8+1), itoa(p%8)), true
}

// netSpec starts the spec of a network skill: the given, the prompt, the
// session up to the network, the hints and the link.
func netSpec(x netX, prompt i18n.T, expr, result string) spec {
	var s spec
	s.given.str("net", x.text)
	s.prompt = sub(prompt, x.text)
	s.session = pyrepl.Session("ipaddress").In("net = "+pyrepl.Str(x.text)).
		Eval("ipaddress.ip_network(net, strict=False)", netRepr(x.n)).
		Eval(expr, result)
	s.hints = netHints(x)
	s.link = netLink(x.text, x.n)
	return s
}

// netLink is the network calculator of /ipaddress on the network, with
// strict=0 when the text has host bits set.
func netLink(text string, n netcalc.Network, kv ...string) string {
	kv = append([]string{"net", text}, kv...)
	if text != n.String() {
		kv = append(kv, "strict", "0")
	}
	return href(ipPath, kv...)
}

func addrAnswer(s *spec, a netcalc.Addr, why i18n.T) {
	s.setRight(a.String(), pyrepl.Str(a.String()), why)
}

// ipaddress.network

var networkMistakes = []mistake[netX]{
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		n, why, ok := habitual24(x)
		return n.Addr().String(), why, ok
	}},
	{"host_bits_kept", i18n.T{Ko: "호스트 비트를 그대로 둠", En: "host bits left set"}, func(x netX) (string, i18n.T, bool) {
		return x.addr.String(), i18n.T{
			Ko: "주소를 그대로 적었습니다: 네트워크 주소는 호스트 비트를 모두 0으로 만든 주소입니다.",
			En: "That is the address itself: the network address has every host bit cleared.",
		}, true
	}},
	{"whole_octets_only", nameWholeOctets, func(x netX) (string, i18n.T, bool) {
		n, why, ok := wholeOctets(x)
		return n.Addr().String(), why, ok
	}},
	{"first_host_as_network", i18n.T{Ko: "첫 호스트를 네트워크 주소로", En: "the first host as the network"}, func(x netX) (string, i18n.T, bool) {
		if x.hostBits() < 2 {
			return "", noText, false
		}
		a, _ := addrAdd(x.n.Addr(), 1)
		return a.String(), i18n.T{
			Ko: "첫 호스트 주소를 적었습니다: 네트워크 주소는 그보다 하나 앞, 호스트 비트가 모두 0인 주소입니다.",
			En: "That is the first host: the network address is the one before it, with every host bit cleared.",
		}, true
	}},
}

func genNetwork(r *rng, level int) spec {
	x := genNet(r, level, true)
	a := x.n.Addr()
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}의 네트워크 주소는?", En: "What is the network address of {1}?"},
		"str(ipaddress.ip_network(net, strict=False).network_address)", pyrepl.Str(a.String()))
	addrAnswer(&s, a, sub(i18n.T{
		Ko: "주소를 넷마스크 {1}과(와) AND 하면, 곧 호스트 비트 {2}개를 모두 0으로 만들면 {3}입니다.",
		En: "The address ANDed with the netmask {1}, that is with its {2} host bits cleared, is {3}.",
	}, x.n.Netmask().String(), itoa(x.hostBits()), a.String()))
	offer(&s, networkMistakes, x, FormAddress)
	return s
}

// ipaddress.broadcast

var broadcastMistakes = []mistake[netX]{
	{"last_host_as_broadcast", i18n.T{Ko: "마지막 호스트를 브로드캐스트로", En: "the last host as the broadcast"}, func(x netX) (string, i18n.T, bool) {
		if !x.v4() || x.hostBits() < 2 {
			return "", noText, false
		}
		a, _ := addrAdd(x.n.Broadcast(), -1)
		return a.String(), i18n.T{
			Ko: "마지막 호스트 주소를 적었습니다: 브로드캐스트 주소는 그 다음, 호스트 비트가 모두 1인 주소입니다.",
			En: "That is the last host: the broadcast address is the next one, with every host bit set.",
		}, true
	}},
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		n, why, ok := habitual24(x)
		return n.Broadcast().String(), why, ok
	}},
	{"next_network", i18n.T{Ko: "다음 네트워크의 주소", En: "the next network's address"}, func(x netX) (string, i18n.T, bool) {
		a, ok := addrAdd(x.n.Broadcast(), 1)
		return a.String(), sub(i18n.T{
			Ko: "네트워크 주소에 주소 개수 {1}을(를) 더했습니다: 그것은 다음 네트워크의 첫 주소이고, 브로드캐스트 주소는 그보다 하나 앞입니다.",
			En: "That adds the number of addresses, {1}, to the network address: it is the next network's first address, and the broadcast is the one before it.",
		}, x.n.NumAddresses().String()), ok
	}},
	{"whole_octets_only", nameWholeOctets, func(x netX) (string, i18n.T, bool) {
		n, why, ok := wholeOctets(x)
		return n.Broadcast().String(), why, ok
	}},
}

func genBroadcast(r *rng, level int) spec {
	x := genNet(r, level, true)
	b := x.n.Broadcast()
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}의 브로드캐스트 주소는?", En: "What is the broadcast address of {1}?"},
		"str(ipaddress.ip_network(net, strict=False).broadcast_address)", pyrepl.Str(b.String()))
	why := sub(i18n.T{
		Ko: "네트워크 주소 {1}에서 호스트 비트 {2}개를 모두 1로 채우면 {3}입니다.",
		En: "The network address {1} with all {2} host bits set is {3}.",
	}, x.n.Addr().String(), itoa(x.hostBits()), b.String())
	if !x.v4() {
		why = join(why, i18n.T{
			Ko: "IPv6에는 브로드캐스트가 없지만, ipaddress의 broadcast_address는 이렇게 마지막 주소를 돌려줍니다.",
			En: "IPv6 has no broadcast, but ipaddress's broadcast_address returns this last address.",
		})
	}
	addrAnswer(&s, b, why)
	offer(&s, broadcastMistakes, x, FormAddress)
	return s
}

// ipaddress.first_host and last_host

var (
	whyHosts4 = i18n.T{
		Ko: "IPv4의 hosts()는 네트워크 주소와 브로드캐스트 주소를 빼고 돌려줍니다.",
		En: "IPv4's hosts() leaves out the network address and the broadcast address.",
	}
	whyHosts31 = i18n.T{
		Ko: "/{1}에는 주소가 둘뿐이라, hosts()는 둘 다 돌려줍니다 (점대점 링크, RFC 3021과 RFC 6164).",
		En: "A /{1} has only two addresses, and hosts() yields both (a point-to-point link, RFC 3021 and RFC 6164).",
	}
	whyHosts32 = i18n.T{
		Ko: "/{1}에는 주소가 하나뿐이고, hosts()는 그 주소 하나를 돌려줍니다.",
		En: "A /{1} has a single address, and hosts() yields it.",
	}
	whyHosts6 = i18n.T{
		Ko: "IPv6에는 브로드캐스트가 없어, hosts()는 첫 주소(Subnet-Router anycast, RFC 4291 2.6.1)만 빼고 마지막 주소까지 돌려줍니다.",
		En: "IPv6 has no broadcast: hosts() leaves out only the first address (the Subnet-Router anycast, RFC 4291 2.6.1) and keeps the last.",
	}
)

// hostsRule says which addresses hosts() leaves out for x.
func hostsRule(x netX) i18n.T {
	switch {
	case x.hostBits() == 0:
		return sub(whyHosts32, itoa(x.bits()))
	case x.hostBits() == 1:
		return sub(whyHosts31, itoa(x.bits()))
	case x.v4():
		return whyHosts4
	}
	return whyHosts6
}

var firstHostMistakes = []mistake[netX]{
	{"network_as_first_host", i18n.T{Ko: "네트워크 주소를 첫 호스트로", En: "the network address as the first host"}, func(x netX) (string, i18n.T, bool) {
		return x.n.Addr().String(), i18n.T{
			Ko: "네트워크 주소를 적었습니다.",
			En: "That is the network address.",
		}, true
	}},
	{"network_skipped_in_31", i18n.T{Ko: "/31에서도 네트워크 주소를 뺌", En: "the network address left out of a /31"}, func(x netX) (string, i18n.T, bool) {
		if x.hostBits() != 1 {
			return "", noText, false
		}
		a, _ := addrAdd(x.n.Addr(), 1)
		return a.String(), i18n.T{
			Ko: "네트워크 주소를 뺐습니다.",
			En: "That leaves the network address out.",
		}, true
	}},
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		n, why, ok := habitual24(x)
		return n.Hosts().First().String(), why, ok
	}},
}

func genFirstHost(r *rng, level int) spec {
	x := genNet(r, level, true)
	first := x.n.Hosts().First()
	expr := "str(list(ipaddress.ip_network(net, strict=False).hosts())[0])"
	if x.hostBits() > quickBits {
		expr = "str(next(ipaddress.ip_network(net, strict=False).hosts()))"
	}
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}의 hosts()가 돌려주는 첫 주소는?", En: "What is the first address hosts() yields for {1}?"},
		expr, pyrepl.Str(first.String()))
	addrAnswer(&s, first, hostsRule(x))
	offer(&s, firstHostMistakes, x, FormAddress)
	return s
}

var lastHostMistakes = []mistake[netX]{
	{"broadcast_as_last_host", i18n.T{Ko: "브로드캐스트를 마지막 호스트로", En: "the broadcast as the last host"}, func(x netX) (string, i18n.T, bool) {
		return x.n.Broadcast().String(), i18n.T{
			Ko: "브로드캐스트 주소를 적었습니다.",
			En: "That is the broadcast address.",
		}, true
	}},
	{"ipv6_last_left_out", i18n.T{Ko: "IPv6에서도 마지막 주소를 뺌", En: "IPv6's last address left out"}, func(x netX) (string, i18n.T, bool) {
		if x.v4() || x.hostBits() < 2 {
			return "", noText, false
		}
		a, _ := addrAdd(x.n.Broadcast(), -1)
		return a.String(), i18n.T{
			Ko: "IPv4처럼 마지막 주소를 뺐습니다.",
			En: "That leaves out the last address, as IPv4 does.",
		}, true
	}},
	{"broadcast_left_out_of_31", i18n.T{Ko: "/31에서도 마지막 주소를 뺌", En: "the last address left out of a /31"}, func(x netX) (string, i18n.T, bool) {
		if x.hostBits() != 1 {
			return "", noText, false
		}
		return x.n.Addr().String(), i18n.T{
			Ko: "마지막 주소를 뺐습니다.",
			En: "That leaves the last address out.",
		}, true
	}},
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		n, why, ok := habitual24(x)
		return n.Hosts().Last().String(), why, ok
	}},
}

func genLastHost(r *rng, level int) spec {
	x := genNet(r, level, true)
	last := x.n.Hosts().Last()
	expr := "str(list(ipaddress.ip_network(net, strict=False).hosts())[-1])"
	switch {
	case x.hostBits() <= quickBits:
	case x.v4():
		expr = "str(ipaddress.ip_network(net, strict=False)[-2])"
	default:
		expr = "str(ipaddress.ip_network(net, strict=False)[-1])"
	}
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}의 hosts()가 돌려주는 마지막 주소는?", En: "What is the last address hosts() yields for {1}?"},
		expr, pyrepl.Str(last.String()))
	addrAnswer(&s, last, hostsRule(x))
	s.link = netLink(x.text, x.n, "hosts", x.n.Hosts().Len().String())
	offer(&s, lastHostMistakes, x, FormAddress)
	return s
}

// ipaddress.num_hosts and num_addresses

var numHostsMistakes = []mistake[netX]{
	{"all_addresses_counted", i18n.T{Ko: "2**h개 (모든 주소)", En: "2**h (every address)"}, func(x netX) (string, i18n.T, bool) {
		return pow2(x.hostBits(), 0), sub(i18n.T{
			Ko: "주소의 개수 2**{1}을(를) 적었습니다.",
			En: "That is the number of addresses, 2**{1}.",
		}, itoa(x.hostBits())), true
	}},
	{"zero_for_31", i18n.T{Ko: "/31에 호스트 0개", En: "0 hosts in a /31"}, func(x netX) (string, i18n.T, bool) {
		if x.hostBits() != 1 {
			return "", noText, false
		}
		return "0", i18n.T{
			Ko: "2**1 - 2 = 0으로 계산했습니다.",
			En: "That computes 2**1 - 2 = 0.",
		}, true
	}},
	{"zero_for_32", i18n.T{Ko: "/32에 호스트 0개", En: "0 hosts in a /32"}, func(x netX) (string, i18n.T, bool) {
		if x.hostBits() != 0 {
			return "", noText, false
		}
		return "0", i18n.T{
			Ko: "호스트가 없다고 보았습니다.",
			En: "That takes it to have no host.",
		}, true
	}},
	{"ipv6_minus_two", i18n.T{Ko: "IPv6에 2**h - 2", En: "2**h - 2 for IPv6"}, func(x netX) (string, i18n.T, bool) {
		if x.v4() || x.hostBits() < 2 {
			return "", noText, false
		}
		return pow2(x.hostBits(), -2), i18n.T{
			Ko: "IPv4의 규칙 2**h - 2를 썼습니다.",
			En: "That applies IPv4's rule, 2**h - 2.",
		}, true
	}},
	{"prefix_as_host_bits", i18n.T{Ko: "프리픽스 길이를 호스트 비트로", En: "the prefix length as the host bits"}, func(x netX) (string, i18n.T, bool) {
		p, h := x.bits(), x.hostBits()
		if p == h || p < 2 {
			return "", noText, false
		}
		minus := int64(-2)
		if !x.v4() {
			minus = -1
		}
		return pow2(p, minus), sub(i18n.T{
			Ko: "호스트 비트 대신 프리픽스 길이 {1}(으)로 계산했습니다: 호스트 비트는 {2} - {1} = {3}개입니다.",
			En: "That uses the prefix length, {1}, as the host bits: there are {2} - {1} = {3} host bits.",
		}, itoa(p), itoa(x.n.MaxBits()), itoa(h)), true
	}},
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		_, why, ok := habitual24(x)
		return "254", why, ok
	}},
}

func genNumHosts(r *rng, level int) spec {
	x := genNet(r, level, true)
	n := x.n.Hosts().Len()
	expr := "len(list(ipaddress.ip_network(net, strict=False).hosts()))"
	if x.hostBits() > quickBits {
		expr = "ipaddress.ip_network(net, strict=False).num_addresses - 2"
		if !x.v4() {
			expr = "ipaddress.ip_network(net, strict=False).num_addresses - 1"
		}
	}
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}의 hosts()는 주소를 몇 개 돌려주나요?", En: "How many addresses does hosts() yield for {1}?"},
		expr, n.String())
	s.setRight(n.String(), n.String(), join(hostsRule(x), sub(i18n.T{
		Ko: "주소 {1}개 가운데 {2}개입니다.",
		En: "That is {2} of the {1} addresses.",
	}, x.n.NumAddresses().String(), n.String())))
	offer(&s, numHostsMistakes, x, FormInteger)
	return s
}

var numAddressesMistakes = []mistake[netX]{
	{"hosts_not_addresses", i18n.T{Ko: "주소 대신 호스트 개수", En: "the hosts, not the addresses"}, func(x netX) (string, i18n.T, bool) {
		if x.hostBits() < 2 {
			return "", noText, false
		}
		minus := int64(-2)
		if !x.v4() {
			minus = -1
		}
		return pow2(x.hostBits(), minus), i18n.T{
			Ko: "hosts()가 돌려주는 주소의 개수를 적었습니다: num_addresses는 네트워크 주소와 마지막 주소까지 모든 주소를 셉니다.",
			En: "That is how many addresses hosts() yields: num_addresses counts every address, the network address and the last one too.",
		}, true
	}},
	{"prefix_as_host_bits", i18n.T{Ko: "프리픽스 길이를 호스트 비트로", En: "the prefix length as the host bits"}, func(x netX) (string, i18n.T, bool) {
		p, h := x.bits(), x.hostBits()
		if p == h {
			return "", noText, false
		}
		return pow2(p, 0), sub(i18n.T{
			Ko: "2**{1}: 호스트 비트 대신 프리픽스 길이로 계산했습니다. 호스트 비트는 {2} - {1} = {3}개입니다.",
			En: "2**{1} uses the prefix length as the host bits: there are {2} - {1} = {3} host bits.",
		}, itoa(p), itoa(x.n.MaxBits()), itoa(h)), true
	}},
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		_, why, ok := habitual24(x)
		return "256", why, ok
	}},
}

func genNumAddresses(r *rng, level int) spec {
	x := genNet(r, level, true)
	n := x.n.NumAddresses().String()
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}에는 주소가 몇 개 있나요?", En: "How many addresses does {1} hold?"},
		"ipaddress.ip_network(net, strict=False).num_addresses", n)
	s.setRight(n, n, sub(i18n.T{
		Ko: "호스트 비트가 {1}개이므로 2**{1} = {2}개입니다.",
		En: "With {1} host bits, there are 2**{1} = {2}.",
	}, itoa(x.hostBits()), n))
	offer(&s, numAddressesMistakes, x, FormInteger)
	return s
}

// ipaddress.netmask and hostmask

// maskOf returns the netmask of an IPv4 prefix length.
func maskOf(bits int) netcalc.Addr {
	n, _ := netcalc.NetworkFrom(netcalc.AddrFrom4([4]byte{}), bits)
	return n.Netmask()
}

func hostmaskOf(bits int) netcalc.Addr {
	n, _ := netcalc.NetworkFrom(netcalc.AddrFrom4([4]byte{}), bits)
	return n.Hostmask()
}

// partialOctet returns, for an IPv4 prefix whose boundary falls inside an
// octet, the octet's index and how many of its bits are network bits.
func partialOctet(x netX) (octet, k int, ok bool) {
	p := x.bits()
	if !x.v4() || p%8 == 0 {
		return 0, 0, false
	}
	return p / 8, p % 8, true
}

// octetMoved is the mask of the prefix moved by one octet: the partial
// octet written one octet late (+8) or early (-8).
func octetMoved(x netX, d int, host bool) (string, i18n.T, bool) {
	i, _, ok := partialOctet(x)
	if !ok || x.bits()+d < 0 || x.bits()+d > 32 {
		return "", noText, false
	}
	m := maskOf(x.bits() + d)
	want := x.n.Netmask()
	if host {
		m, want = hostmaskOf(x.bits()+d), x.n.Hostmask()
	}
	return m.String(), sub(i18n.T{
		Ko: "부분 옥텟의 값 {1}을(를) 다른 옥텟에 적었습니다: /{2}의 경계는 {3}번째 옥텟에 있습니다.",
		En: "That puts the partial octet's value, {1}, in the wrong octet: the boundary of a /{2} is in octet {3}.",
	}, itoa(int(want.As4()[i])), itoa(x.bits()), itoa(i+1)), true
}

var netmaskMistakes = []mistake[netX]{
	{"hostmask_given", i18n.T{Ko: "호스트마스크를 넷마스크로", En: "the hostmask as the netmask"}, func(x netX) (string, i18n.T, bool) {
		return x.n.Hostmask().String(), i18n.T{
			Ko: "호스트마스크를 적었습니다: 넷마스크는 네트워크 비트가 1, 호스트 비트가 0입니다.",
			En: "That is the hostmask: the netmask has the network bits set and the host bits clear.",
		}, true
	}},
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		_, why, ok := habitual24(x)
		return "255.255.255.0", why, ok
	}},
	{"octet_late", i18n.T{Ko: "부분 옥텟을 한 칸 뒤에", En: "the partial octet one octet late"}, func(x netX) (string, i18n.T, bool) {
		return octetMoved(x, 8, false)
	}},
	{"octet_early", i18n.T{Ko: "부분 옥텟을 한 칸 앞에", En: "the partial octet one octet early"}, func(x netX) (string, i18n.T, bool) {
		return octetMoved(x, -8, false)
	}},
	{"block_size_as_mask", i18n.T{Ko: "블록 크기를 마스크 값으로", En: "the block size as the mask"}, func(x netX) (string, i18n.T, bool) {
		i, k, ok := partialOctet(x)
		if !ok {
			return "", noText, false
		}
		b := x.n.Netmask().As4()
		block := 1 << (8 - k)
		b[i] = byte(block)
		return netcalc.AddrFrom4(b).String(), sub(i18n.T{
			Ko: "부분 옥텟에 블록 크기 {1}을(를) 적었습니다: 그 옥텟의 마스크 값은 256 - {1} = {2}입니다.",
			En: "That writes the block size, {1}, in the partial octet: its mask value is 256 - {1} = {2}.",
		}, itoa(block), itoa(256-block)), true
	}},
}

func genNetmask(r *rng, level int) spec {
	x := genNet(r, level, true)
	m := x.n.Netmask()
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}의 넷마스크는?", En: "What is the netmask of {1}?"},
		"str(ipaddress.ip_network(net, strict=False).netmask)", pyrepl.Str(m.String()))
	s.hints = s.hints[:1]
	s.hints = append(s.hints, sub(i18n.T{
		Ko: "넷마스크는 앞의 {1}비트가 1, 나머지 {2}비트가 0입니다. 8비트씩 끊어 10진수로 적으세요 (IPv6는 16비트씩 16진수).",
		En: "The netmask has its first {1} bits set and the other {2} clear. Write it 8 bits at a time in decimal (IPv6: 16 bits at a time in hex).",
	}, itoa(x.bits()), itoa(x.hostBits())))
	if _, k, ok := partialOctet(x); ok {
		s.hints = append(s.hints, sub(i18n.T{
			Ko: "경계가 있는 옥텟에는 1이 {1}개: 256 - 2**{2} = {3}입니다.",
			En: "The octet with the boundary has {1} ones: 256 - 2**{2} = {3}.",
		}, itoa(k), itoa(8-k), itoa(256-(1<<(8-k)))))
	}
	addrAnswer(&s, m, sub(i18n.T{
		Ko: "/{1}의 넷마스크는 앞의 {1}비트가 1인 {2}입니다.",
		En: "The netmask of a /{1} has its first {1} bits set: {2}.",
	}, itoa(x.bits()), m.String()))
	offer(&s, netmaskMistakes, x, FormAddress)
	return s
}

var hostmaskMistakes = []mistake[netX]{
	{"netmask_given", i18n.T{Ko: "넷마스크를 호스트마스크로", En: "the netmask as the hostmask"}, func(x netX) (string, i18n.T, bool) {
		return x.n.Netmask().String(), i18n.T{
			Ko: "넷마스크를 적었습니다: 호스트마스크는 넷마스크를 뒤집은 것으로, 호스트 비트가 1입니다.",
			En: "That is the netmask: the hostmask is its inverse, with the host bits set.",
		}, true
	}},
	{"habitual_24", nameHabitual24, func(x netX) (string, i18n.T, bool) {
		_, why, ok := habitual24(x)
		return "0.0.0.255", why, ok
	}},
	{"octet_late", i18n.T{Ko: "부분 옥텟을 한 칸 뒤에", En: "the partial octet one octet late"}, func(x netX) (string, i18n.T, bool) {
		return octetMoved(x, 8, true)
	}},
	{"octet_early", i18n.T{Ko: "부분 옥텟을 한 칸 앞에", En: "the partial octet one octet early"}, func(x netX) (string, i18n.T, bool) {
		return octetMoved(x, -8, true)
	}},
	{"block_size_not_minus_one", i18n.T{Ko: "블록 크기에서 1을 빼지 않음", En: "the block size, not one less"}, func(x netX) (string, i18n.T, bool) {
		i, k, ok := partialOctet(x)
		if !ok {
			return "", noText, false
		}
		b := x.n.Hostmask().As4()
		block := 1 << (8 - k)
		if block > 255 {
			return "", noText, false
		}
		b[i] = byte(block)
		return netcalc.AddrFrom4(b).String(), sub(i18n.T{
			Ko: "부분 옥텟에 블록 크기 {1}을(를) 적었습니다: 호스트마스크의 그 옥텟은 {1} - 1 = {2}입니다.",
			En: "That writes the block size, {1}, in the partial octet: the hostmask has {1} - 1 = {2} there.",
		}, itoa(block), itoa(block-1)), true
	}},
}

func genHostmask(r *rng, level int) spec {
	x := genNet(r, level, true)
	m := x.n.Hostmask()
	s := netSpec(x, i18n.T{Ko: "네트워크 {1}의 호스트마스크는?", En: "What is the hostmask of {1}?"},
		"str(ipaddress.ip_network(net, strict=False).hostmask)", pyrepl.Str(m.String()))
	s.hints = []i18n.T{s.hints[0], sub(i18n.T{
		Ko: "호스트마스크는 넷마스크 {1}을(를) 비트마다 뒤집은 것: 호스트 비트 {2}개가 1입니다.",
		En: "The hostmask is the netmask, {1}, with every bit flipped: its {2} host bits are set.",
	}, x.n.Netmask().String(), itoa(x.hostBits()))}
	addrAnswer(&s, m, sub(i18n.T{
		Ko: "호스트 비트 {1}개가 1이고 나머지는 0: {2}입니다.",
		En: "Its {1} host bits set and the rest clear: {2}.",
	}, itoa(x.hostBits()), m.String()))
	offer(&s, hostmaskMistakes, x, FormAddress)
	return s
}

// ipaddress.prefixlen

// prefixX is a network given with a netmask or hostmask.
type prefixX struct {
	netX
	host bool // given with the hostmask
}

var prefixlenMistakes = []mistake[prefixX]{
	{"host_bits_counted", i18n.T{Ko: "호스트 비트를 셈", En: "the host bits counted"}, func(x prefixX) (string, i18n.T, bool) {
		why := i18n.T{
			Ko: "호스트 비트의 개수를 적었습니다: prefixlen은 넷마스크에서 1인 비트의 개수입니다.",
			En: "That is the number of host bits: prefixlen counts the bits set in the netmask.",
		}
		if x.host {
			why = i18n.T{
				Ko: "호스트마스크의 1을 셌습니다: / 뒤가 호스트마스크이면 1인 비트는 호스트 비트이고, prefixlen은 0인 비트의 개수입니다.",
				En: "That counts the ones of the hostmask: after the / is a hostmask, whose set bits are the host bits; prefixlen counts its clear bits.",
			}
		}
		return itoa(x.hostBits()), why, true
	}},
	{"whole_octets_only", nameWholeOctets, func(x prefixX) (string, i18n.T, bool) {
		p := x.bits()
		if x.host || p%8 == 0 {
			return "", noText, false
		}
		return itoa(p / 8 * 8), sub(i18n.T{
			Ko: "255인 옥텟만 8비트씩 셌습니다: {1}에도 1인 비트가 {2}개 있습니다.",
			En: "That counts only the octets of 255, eight bits each: {1} has {2} bits set too.",
		}, itoa(int(x.n.Netmask().As4()[p/8])), itoa(p%8)), true
	}},
	{"habitual_24", nameHabitual24, func(x prefixX) (string, i18n.T, bool) {
		_, why, ok := habitual24(x.netX)
		return "24", why, ok
	}},
}

func genPrefixlen(r *rng, level int) spec {
	x := prefixX{netX: genNet(r, level, false)}
	p := x.bits()
	mask := x.n.Netmask()
	if level == 3 && p > 0 && p < 32 && r.chance(1, 3) {
		// A hostmask of 0.0.0.0 or 255.255.255.255 would read as a
		// netmask, so /0 and /32 are always given with their netmask.
		x.host, mask = true, x.n.Hostmask()
	}
	x.text = x.addr.String() + "/" + mask.String()
	s := netSpec(x.netX, i18n.T{Ko: "네트워크 {1}의 프리픽스 길이는?", En: "What is the prefix length of {1}?"},
		"ipaddress.ip_network(net, strict=False).prefixlen", itoa(p))
	s.hints = []i18n.T{
		i18n.T{Ko: "/ 뒤의 마스크를 2진수로 적어 보세요: 옥텟마다 8비트입니다.", En: "Write the mask after the / in binary: eight bits per octet."},
		sub(i18n.T{Ko: "{1}은(는) 2진수로 {2}입니다.", En: "In binary, {1} is {2}."}, mask.String(), dottedBinary(mask)),
	}
	if x.host {
		s.hints = append(s.hints, i18n.T{
			Ko: "앞이 0이고 뒤가 1이면 호스트마스크입니다: ipaddress는 그것도 받아, 0인 비트를 네트워크 비트로 셉니다.",
			En: "Zeros then ones make a hostmask: ipaddress takes it too, and counts its clear bits as network bits.",
		})
	}
	s.setRight(itoa(p), itoa(p), sub(i18n.T{
		Ko: "{1}에는 네트워크 비트가 {2}개이므로 /{2}입니다.",
		En: "{1} marks {2} network bits: a /{2}.",
	}, mask.String(), itoa(p)))
	offer(&s, prefixlenMistakes, x, FormInteger)
	return s
}

// dottedBinary writes an IPv4 address as four groups of eight bits.
func dottedBinary(a netcalc.Addr) string {
	b := a.As4()
	out := make([]byte, 0, 35)
	for i, c := range b {
		if i > 0 {
			out = append(out, '.')
		}
		for bit := 7; bit >= 0; bit-- {
			out = append(out, '0'+c>>bit&1)
		}
	}
	return string(out)
}

// ipaddress.contains

type containsX struct {
	n    netcalc.Network
	addr netcalc.Addr
}

func (x containsX) asNet() netX { return netX{text: x.n.String(), addr: x.n.Addr(), n: x.n} }

var containsMistakes = []mistake[containsX]{
	{"habitual_24", nameHabitual24, func(x containsX) (string, i18n.T, bool) {
		n, why, ok := habitual24(x.asNet())
		return pyrepl.Bool(n.Contains(x.addr)), why, ok
	}},
	{"whole_octets_only", nameWholeOctets, func(x containsX) (string, i18n.T, bool) {
		n, why, ok := wholeOctets(x.asNet())
		return pyrepl.Bool(n.Contains(x.addr)), why, ok
	}},
	{"ends_left_out", i18n.T{Ko: "네트워크 주소·브로드캐스트를 뺌", En: "the network and broadcast addresses left out"}, func(x containsX) (string, i18n.T, bool) {
		if x.n.Version() != 4 || x.n.HostBits() < 2 || (x.addr != x.n.Addr() && x.addr != x.n.Broadcast()) {
			return "", noText, false
		}
		return "False", i18n.T{
			Ko: "네트워크 주소와 브로드캐스트 주소도 네트워크에 속합니다: hosts()에서만 빠질 뿐, addr in net은 True입니다.",
			En: "The network and broadcast addresses belong to the network too: only hosts() leaves them out, and addr in net is True.",
		}, true
	}},
}

// randomIn returns an address of n with random host bits.
func randomIn(r *rng, n netcalc.Network) netcalc.Addr {
	if n.Version() == 4 {
		net, mask := n.Addr().As4(), n.Netmask().As4()
		var b [4]byte
		for i := range b {
			b[i] = net[i]&mask[i] | byte(r.intn(256))&^mask[i]
		}
		return netcalc.AddrFrom4(b)
	}
	net, mask := n.Addr().As16(), n.Netmask().As16()
	var b [16]byte
	for i := range b {
		b[i] = net[i]&mask[i] | byte(r.intn(256))&^mask[i]
	}
	return netcalc.AddrFrom16(b)
}

// flipBit returns a with bit i (from the most significant) flipped.
func flipBit(a netcalc.Addr, i int) netcalc.Addr {
	if a.Is4() {
		b := a.As4()
		b[i/8] ^= 0x80 >> (i % 8)
		return netcalc.AddrFrom4(b)
	}
	b := a.As16()
	b[i/8] ^= 0x80 >> (i % 8)
	return netcalc.AddrFrom16(b)
}

func genContains(r *rng, level int) spec {
	n := genNet(r, level, true).n
	var a netcalc.Addr
	switch k := r.intn(10); {
	case k < 4:
		a = randomIn(r, n)
	case k < 8 && n.Bits() > 0:
		// Just outside: one of the last network bits flipped, often a bit
		// of the octet before the boundary, where a habitual /24 or a
		// count of whole octets says otherwise.
		lo := max(0, n.Bits()-9)
		a = flipBit(randomIn(r, n), r.between(lo, n.Bits()-1))
	case k < 9:
		a = pick(r, n.Addr(), n.Broadcast())
	default:
		if level == 3 {
			if n.Version() == 4 {
				a = genAddr6(r)
			} else {
				a = genAddr4(r, 3)
			}
		} else {
			a = genAddr4(r, level)
		}
	}
	x := containsX{n: n, addr: a}
	in := n.Contains(a)
	var s spec
	s.given.str("net", n.String())
	s.given.str("addr", a.String())
	s.prompt = sub(i18n.T{Ko: "주소 {1}은(는) 네트워크 {2}에 속하나요?", En: "Is the address {1} in the network {2}?"}, a.String(), n.String())
	t := pyrepl.Session("ipaddress").In("net = " + pyrepl.Str(n.String())).In("addr = " + pyrepl.Str(a.String()))
	var why i18n.T
	if masked, ok := n.Masked(a); ok {
		class := "ipaddress.IPv4Address"
		if a.Is6() {
			class = "ipaddress.IPv6Address"
		}
		t.Eval("ipaddress.ip_network(net).netmask", n.Netmask().Repr())
		t.Eval(class+"(int(ipaddress.ip_address(addr)) & int(ipaddress.ip_network(net).netmask))", masked.Repr())
		why = i18n.T{
			Ko: "주소를 넷마스크 {1}과(와) AND 하면 {2}: 네트워크 주소 {3}과(와) 같으므로 속합니다.",
			En: "The address ANDed with the netmask {1} is {2}, the network address {3}: it is in.",
		}
		if !in {
			why = i18n.T{
				Ko: "주소를 넷마스크 {1}과(와) AND 하면 {2}: 네트워크 주소 {3}과(와) 다르므로 속하지 않습니다.",
				En: "The address ANDed with the netmask {1} is {2}, not the network address {3}: it is not in.",
			}
		}
		why = sub(why, n.Netmask().String(), masked.String(), n.Addr().String())
	} else {
		why = i18n.T{
			Ko: "IPv4 주소는 IPv6 네트워크에, IPv6 주소는 IPv4 네트워크에 결코 속하지 않습니다: addr in net은 False입니다.",
			En: "An IPv4 address is never in an IPv6 network, nor an IPv6 address in an IPv4 network: addr in net is False.",
		}
	}
	t.Eval("ipaddress.ip_address(addr) in ipaddress.ip_network(net)", pyrepl.Bool(in))
	s.session = t
	s.hints = []i18n.T{
		sub(hintPrefix, itoa(n.Bits()), itoa(n.HostBits())),
		i18n.T{Ko: "주소의 네트워크 부분(앞의 프리픽스 길이만큼의 비트)이 네트워크 주소와 같으면 속합니다.", En: "The address is in when its network part (its first prefix-length bits) equals the network address's."},
		sub(hintRange, n.Addr().String(), countText(n), n.Broadcast().String()),
	}
	s.link = href(ipPath, "net", n.String(), "addr", a.String())
	s.setRight(pyrepl.Bool(in), pyrepl.Bool(in), why)
	offer(&s, containsMistakes, x, FormBool)
	return s
}

// ipaddress.subnets_count

type subnetsX struct {
	n         netcalc.Network
	newPrefix int
}

var subnetsMistakes = []mistake[subnetsX]{
	{"difference_given", i18n.T{Ko: "프리픽스 차이를 개수로", En: "the difference as the count"}, func(x subnetsX) (string, i18n.T, bool) {
		d := x.newPrefix - x.n.Bits()
		return itoa(d), sub(i18n.T{
			Ko: "프리픽스가 늘어난 비트 수 {1}을(를) 적었습니다: 비트가 하나 늘 때마다 서브넷은 두 배가 되어 2**{1}개입니다.",
			En: "That is how many bits the prefix grew, {1}: each bit doubles the subnets, so there are 2**{1}.",
		}, itoa(d)), true
	}},
	{"minus_two_subnets", i18n.T{Ko: "2**n - 2개 (옛 서브넷 규칙)", En: "2**n - 2 (an old subnet rule)"}, func(x subnetsX) (string, i18n.T, bool) {
		d := x.newPrefix - x.n.Bits()
		return pow2(d, -2), i18n.T{
			Ko: "처음과 마지막 서브넷을 쓰지 않던 옛 규칙(2**n - 2)을 썼습니다: RFC 1878 이후로는 쓰지 않으며, subnets()는 모든 서브넷을 돌려줍니다.",
			En: "That applies the old rule of leaving out the first and last subnets (2**n - 2): RFC 1878 made it obsolete, and subnets() yields every subnet.",
		}, true
	}},
	{"addresses_per_subnet", i18n.T{Ko: "서브넷 하나의 주소 개수", En: "the addresses of one subnet"}, func(x subnetsX) (string, i18n.T, bool) {
		return pow2(x.n.MaxBits()-x.newPrefix, 0), sub(i18n.T{
			Ko: "서브넷 하나의 주소 개수를 적었습니다: 서브넷의 개수는 2**({1} - {2})입니다.",
			En: "That is the number of addresses in one subnet: the number of subnets is 2**({1} - {2}).",
		}, itoa(x.newPrefix), itoa(x.n.Bits())), true
	}},
}

func genSubnetsCount(r *rng, level int) spec {
	var n netcalc.Network
	var d int
	switch level {
	case 1:
		n, d = newNetX(genAddr4(r, 1), 24).n, r.between(1, 4)
	case 2:
		n = newNetX(genAddr4(r, 2), r.between(16, 28)).n
		d = r.between(1, min(8, 30-n.Bits()))
	default:
		// At most 2**10 subnets, which CPython lists at once.
		x := genNet(r, 3, true)
		if x.hostBits() == 0 {
			x = newNetX(x.addr, x.bits()-1)
		}
		n = x.n
		d = r.between(1, min(10, n.HostBits()))
	}
	x := subnetsX{n: n, newPrefix: n.Bits() + d}
	count := pow2(d, 0)
	var s spec
	s.given.str("net", n.String())
	s.given.int("new_prefix", int64(x.newPrefix))
	s.prompt = sub(i18n.T{Ko: "네트워크 {1}을(를) /{2} 서브넷으로 나누면 몇 개인가요?", En: "How many /{2} subnets does {1} split into?"}, n.String(), itoa(x.newPrefix))
	s.session = pyrepl.Session("ipaddress").In("net = "+pyrepl.Str(n.String())).In("new_prefix = "+itoa(x.newPrefix)).
		Eval("len(list(ipaddress.ip_network(net).subnets(new_prefix=new_prefix)))", count)
	s.hints = []i18n.T{
		sub(i18n.T{Ko: "프리픽스가 /{1}에서 /{2}(으)로 {3}비트 늘어납니다.", En: "The prefix grows from /{1} to /{2}: {3} bits."}, itoa(n.Bits()), itoa(x.newPrefix), itoa(d)),
		i18n.T{Ko: "늘어난 비트 하나마다 서브넷의 개수가 두 배가 됩니다.", En: "Each added bit doubles the number of subnets."},
	}
	s.link = href(ipPath, "net", n.String(), "prefix", itoa(x.newPrefix))
	s.setRight(count, count, sub(i18n.T{
		Ko: "프리픽스가 {1}비트 늘어나므로 2**{1} = {2}개입니다.",
		En: "The prefix grows by {1} bits: 2**{1} = {2} subnets.",
	}, itoa(d), count))
	offer(&s, subnetsMistakes, x, FormInteger)
	return s
}

// ipaddress.version

type versionX struct {
	text string
	a    netcalc.Addr
}

var versionMistakes = []mistake[versionX]{
	{"dotted_tail_as_ipv4", i18n.T{Ko: "점이 있으면 IPv4", En: "dots taken for IPv4"}, func(x versionX) (string, i18n.T, bool) {
		if !x.a.Is6() || !containsByte(x.text, '.') {
			return "", noText, false
		}
		return "4", i18n.T{
			Ko: "점으로 쓴 부분이 있어도 콜론이 있으면 IPv6 주소입니다: 마지막 32비트를 IPv4처럼 점으로 쓸 수 있습니다 (RFC 4291 2.2).",
			En: "Colons make it an IPv6 address, dots or not: its last 32 bits may be written in IPv4's dotted form (RFC 4291 2.2).",
		}, true
	}},
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func genVersion(r *rng, level int) spec {
	var text string
	switch k := r.intn(10); {
	case level >= 2 && k == 0:
		text = pick(r, "::1", "::", "0.0.0.0", "255.255.255.255", "fe80::1", "127.0.0.1")
	case level == 3 && k < 3:
		v4 := genAddr4(r, 3).String()
		text = pick(r, "::ffff:"+v4, "::"+v4, "64:ff9b::"+v4)
	case level == 3 && k < 4:
		a := genAddr6(r)
		text = upper(v6Text(hextets(a), nil, true))
	case k < 5:
		text = genAddr4(r, level).String()
	default:
		text = genAddr6(r).String()
	}
	a, _ := netcalc.ParseAddr(text)
	x := versionX{text: text, a: a}
	v := itoa(a.Version())
	var s spec
	s.given.str("addr", text)
	s.prompt = sub(i18n.T{Ko: "주소 {1}의 버전은?", En: "Which version is the address {1}?"}, text)
	s.session = pyrepl.Session("ipaddress").In("addr = "+pyrepl.Str(text)).
		Eval("ipaddress.ip_address(addr)", a.Repr()).
		Eval("ipaddress.ip_address(addr).version", v)
	s.hints = []i18n.T{
		i18n.T{Ko: "IPv4는 10진수 넷을 점으로, IPv6는 16진수 그룹을 콜론으로 씁니다.", En: "IPv4 is four decimal numbers with dots; IPv6 is groups of hex digits with colons."},
		i18n.T{Ko: "콜론이 하나라도 있으면 IPv6 주소입니다.", En: "One colon is enough to make it IPv6."},
	}
	s.link = href(ipPath, "addr", text)
	why := i18n.T{Ko: "점으로 나눈 10진수 넷: IPv4 주소입니다.", En: "Four dotted decimal numbers: an IPv4 address."}
	if a.Is6() {
		why = i18n.T{Ko: "콜론이 있으므로 IPv6 주소입니다 (128비트).", En: "It has colons: an IPv6 address (128 bits)."}
	}
	s.setRight(v, v, why)
	offer(&s, versionMistakes, x, FormVersion)
	return s
}

// ipaddress.compressed and exploded

// v6Text writes the eight hextets with the spans of runs (start, end)
// as "::", each hextet with four digits if pad.
func v6Text(h [8]uint16, runs [][2]int, pad bool) string {
	const digits = "0123456789abcdef"
	b := make([]byte, 0, 48)
	for i := 0; i < 8; {
		skip := false
		for _, run := range runs {
			if run[0] == i {
				b = append(b, ':', ':')
				i = run[1]
				skip = true
				break
			}
		}
		if skip {
			continue
		}
		if len(b) > 0 && b[len(b)-1] != ':' {
			b = append(b, ':')
		}
		v := h[i]
		started := pad
		for shift := 12; shift >= 0; shift -= 4 {
			d := v >> shift & 0xf
			if d != 0 || started || shift == 0 {
				b = append(b, digits[d])
				started = true
			}
		}
		i++
	}
	return string(b)
}

// zeroRuns returns the runs of zero hextets, as (start, end) spans.
func zeroRuns(h [8]uint16) [][2]int {
	var runs [][2]int
	for i := 0; i < 8; i++ {
		if h[i] != 0 {
			continue
		}
		j := i
		for j < 8 && h[j] == 0 {
			j++
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'f' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// v6X is an IPv6 address as an item gives it.
type v6X struct {
	text   string
	a      netcalc.Addr
	h      [8]uint16
	mapped bool // given as ::ffff:a.b.c.d
}

func (x v6X) runs() [][2]int { return zeroRuns(x.h) }

// longest returns the runs of two or more zeros that are longest.
func (x v6X) longest() (best [][2]int) {
	n := 1
	for _, r := range x.runs() {
		switch l := r[1] - r[0]; {
		case l > n:
			best, n = [][2]int{r}, l
		case l == n && l > 1:
			best = append(best, r)
		}
	}
	return best
}

var whyCompress = i18n.T{
	Ko: "compressed는 각 그룹의 앞 0을 지우고, 가장 긴 0 그룹의 연속(둘 이상, 길이가 같으면 앞의 것)을 ::로 씁니다 (RFC 5952 4.2).",
	En: "compressed drops each group's leading zeros and writes the longest run of two or more zero groups (the first of equals) as :: (RFC 5952 4.2).",
}

var compressedMistakes = []mistake[v6X]{
	{"leading_zeros_kept", i18n.T{Ko: "앞의 0을 남김", En: "leading zeros kept"}, func(x v6X) (string, i18n.T, bool) {
		return v6Text(x.h, x.longest()[:min(1, len(x.longest()))], true), i18n.T{
			Ko: "그룹마다 앞의 0을 남겼습니다: compressed는 0db8을 db8로 씁니다.",
			En: "That keeps each group's leading zeros: compressed writes 0db8 as db8.",
		}, true
	}},
	{"not_compressed", i18n.T{Ko: "::로 줄이지 않음", En: "no ::"}, func(x v6X) (string, i18n.T, bool) {
		return v6Text(x.h, nil, false), i18n.T{
			Ko: "0 그룹의 연속을 ::로 줄이지 않았습니다.",
			En: "That leaves the run of zero groups unshortened by ::.",
		}, true
	}},
	{"first_run_not_longest", i18n.T{Ko: "가장 긴 것 대신 첫 0 연속을 줄임", En: "the first run, not the longest"}, func(x v6X) (string, i18n.T, bool) {
		for _, r := range x.runs() {
			if r[1]-r[0] >= 2 {
				return v6Text(x.h, [][2]int{r}, false), whyCompress, true
			}
		}
		return "", noText, false
	}},
	{"later_run_on_tie", i18n.T{Ko: "길이가 같을 때 뒤의 것을 줄임", En: "the later of equal runs"}, func(x v6X) (string, i18n.T, bool) {
		l := x.longest()
		if len(l) < 2 {
			return "", noText, false
		}
		return v6Text(x.h, l[len(l)-1:], false), whyCompress, true
	}},
	{"single_zero_compressed", i18n.T{Ko: "0 그룹 하나를 ::로", En: "a single zero group as ::"}, func(x v6X) (string, i18n.T, bool) {
		if len(x.longest()) > 0 {
			return "", noText, false
		}
		for _, r := range x.runs() {
			return v6Text(x.h, [][2]int{r}, false), i18n.T{
				Ko: "0 그룹 하나를 ::로 줄였습니다: ::는 둘 이상의 0 그룹만 줄입니다 (RFC 5952 4.2.2).",
				En: "That shortens a single zero group to ::, which only stands for two or more (RFC 5952 4.2.2).",
			}, true
		}
		return "", noText, false
	}},
	{"every_run_compressed", i18n.T{Ko: "::를 두 번 씀", En: ":: twice"}, func(x v6X) (string, i18n.T, bool) {
		var runs [][2]int
		for _, r := range x.runs() {
			if r[1]-r[0] >= 2 {
				runs = append(runs, r)
			}
		}
		if len(runs) < 2 {
			return "", noText, false
		}
		return v6Text(x.h, runs, false), i18n.T{
			Ko: "::를 두 번 썼습니다: 그러면 각각이 몇 그룹인지 알 수 없어, ::는 한 번만 쓸 수 있습니다.",
			En: "That uses :: twice: then nobody can tell how many groups each stands for, so :: may appear only once.",
		}, true
	}},
	{"mapped_dotted", i18n.T{Ko: "IPv4-mapped를 점으로", En: "IPv4-mapped in dotted form"}, func(x v6X) (string, i18n.T, bool) {
		v4, ok := x.a.IPv4Mapped()
		if !ok {
			return "", noText, false
		}
		return "::ffff:" + v4.String(), i18n.T{
			Ko: "inet_ntop은 ::ffff:192.0.2.1처럼 쓰지만, 파이썬 3.11의 ipaddress는 마지막 32비트도 16진수로 씁니다 (::ffff:c000:201).",
			En: "inet_ntop writes ::ffff:192.0.2.1, but Python 3.11's ipaddress writes the last 32 bits in hex too (::ffff:c000:201).",
		}, true
	}},
}

// genV6 draws an IPv6 address for the compressed and exploded skills;
// level 3 draws an IPv4-mapped one now and then.
func genV6(r *rng, level int) v6X {
	if level == 3 && r.chance(1, 5) {
		v4 := genAddr4(r, 3)
		a, _ := netcalc.ParseAddr("::ffff:" + v4.String())
		return v6X{text: "::ffff:" + v4.String(), a: a, h: hextets(a), mapped: true}
	}
	a := genAddr6(r)
	return v6X{a: a, h: hextets(a)}
}

func v6Session(text, attr, result string, a netcalc.Addr) *pyrepl.Transcript {
	return pyrepl.Session("ipaddress").In("addr = "+pyrepl.Str(text)).
		Eval("ipaddress.ip_address(addr)", a.Repr()).
		Eval("ipaddress.ip_address(addr)."+attr, pyrepl.Str(result))
}

func genCompressed(r *rng, level int) spec {
	x := genV6(r, level)
	want := x.a.String()
	if !x.mapped {
		switch {
		case level == 1:
			x.text = v6Text(x.h, nil, true)
		case level == 2:
			x.text = pick(r, v6Text(x.h, nil, true), v6Text(x.h, nil, false))
		default:
			x.text = pick(r, upper(v6Text(x.h, nil, true)), v6Text(x.h, nil, false), upper(v6Text(x.h, nil, false)))
			if runs := x.runs(); len(runs) > 1 && r.chance(1, 2) {
				x.text = v6Text(x.h, runs[:1], true) // "::" where it may not belong
			}
		}
		if x.text == want {
			x.text = v6Text(x.h, nil, true)
		}
	}
	var s spec
	s.given.str("addr", x.text)
	s.prompt = sub(i18n.T{Ko: "주소 {1}을(를) 줄여 쓰면? (compressed)", En: "How is {1} written compressed?"}, x.text)
	s.session = v6Session(x.text, "compressed", want, x.a)
	s.hints = []i18n.T{
		i18n.T{Ko: "먼저 그룹마다 앞의 0을 지우세요: 0db8은 db8, 0000은 0.", En: "First drop each group's leading zeros: 0db8 becomes db8, 0000 becomes 0."},
		i18n.T{Ko: "그 다음 가장 긴 0 그룹의 연속(둘 이상)을 ::로 바꾸세요. 길이가 같으면 앞의 것입니다.", En: "Then replace the longest run of two or more zero groups with ::; of equal runs, the first."},
	}
	if x.mapped {
		s.hints = append(s.hints, i18n.T{Ko: "파이썬 3.11은 IPv4 부분도 16진수 두 그룹으로 씁니다: 192.0.2.1은 c000:201.", En: "Python 3.11 writes the IPv4 part as two hex groups too: 192.0.2.1 is c000:201."})
	}
	s.link = href(ipPath, "addr", x.text)
	s.setRight(want, pyrepl.Str(want), whyCompress)
	offer(&s, compressedMistakes, x, FormIPv6Text)
	return s
}

var whyExplode = i18n.T{
	Ko: "exploded는 여덟 그룹을 모두, 그룹마다 16진수 네 자리로 씁니다: 생략된 앞의 0을 채우고 ::를 0000 그룹들로 풉니다.",
	En: "exploded writes all eight groups with four hex digits each: the dropped leading zeros come back, and :: becomes groups of 0000.",
}

var explodedMistakes = []mistake[v6X]{
	{"not_padded", i18n.T{Ko: "네 자리로 채우지 않음", En: "groups not padded"}, func(x v6X) (string, i18n.T, bool) {
		return v6Text(x.h, nil, false), i18n.T{
			Ko: "::는 풀었지만 그룹을 네 자리로 채우지 않았습니다: exploded는 db8을 0db8로 씁니다.",
			En: "That expands :: but leaves the groups short: exploded writes db8 as 0db8.",
		}, true
	}},
	{"padded_right", i18n.T{Ko: "0을 오른쪽에 채움", En: "zeros padded on the right"}, func(x v6X) (string, i18n.T, bool) {
		var h [8]uint16
		for i, v := range x.h {
			for v != 0 && v < 0x1000 {
				v <<= 4
			}
			h[i] = v
		}
		if h == x.h {
			return "", noText, false
		}
		return v6Text(h, nil, true), i18n.T{
			Ko: "0을 오른쪽에 채웠습니다: 생략된 것은 앞의 0이므로 왼쪽에 채웁니다 (db8은 0db8).",
			En: "That pads on the right: what was dropped are leading zeros, which go back on the left (db8 is 0db8).",
		}, true
	}},
	{"gap_miscounted", i18n.T{Ko: "::의 그룹 수를 잘못 셈", En: "the groups of :: miscounted"}, func(x v6X) (string, i18n.T, bool) {
		l := x.longest()
		if len(l) == 0 || x.mapped {
			return "", noText, false
		}
		// One zero group too few where :: stood: seven groups.
		var groups []string
		full := v6Text(x.h, nil, true)
		for i := 0; i < 8; i++ {
			if i == l[0][0] {
				continue
			}
			groups = append(groups, full[5*i:5*i+4])
		}
		return joinColon(groups), i18n.T{
			Ko: "::가 채우는 0 그룹의 개수를 잘못 셌습니다: 그룹은 모두 여덟 개여야 합니다.",
			En: "That miscounts the zero groups :: stands for: there must be eight groups in all.",
		}, true
	}},
	{"mapped_dotted", i18n.T{Ko: "IPv4 부분을 점으로 둠", En: "the IPv4 part left dotted"}, func(x v6X) (string, i18n.T, bool) {
		if !x.mapped {
			return "", noText, false
		}
		v4, _ := x.a.IPv4Mapped()
		return "0000:0000:0000:0000:0000:ffff:" + v4.String(), i18n.T{
			Ko: "IPv4 부분을 점으로 남겼습니다: exploded는 그것도 16진수 네 자리 두 그룹으로 씁니다.",
			En: "That leaves the IPv4 part dotted: exploded writes it as two groups of four hex digits too.",
		}, true
	}},
}

func joinColon(groups []string) string {
	out := ""
	for i, g := range groups {
		if i > 0 {
			out += ":"
		}
		out += g
	}
	return out
}

func genExploded(r *rng, level int) spec {
	x := genV6(r, level)
	want, _ := x.a.Exploded()
	if !x.mapped {
		x.text = x.a.String()
		if level == 3 && r.chance(1, 3) {
			x.text = upper(x.text)
		}
	}
	var s spec
	s.given.str("addr", x.text)
	s.prompt = sub(i18n.T{Ko: "주소 {1}을(를) 풀어 쓰면? (exploded)", En: "How is {1} written exploded?"}, x.text)
	s.session = v6Session(x.text, "exploded", want, x.a)
	s.hints = []i18n.T{
		i18n.T{Ko: "IPv6 주소는 그룹 여덟 개: ::는 빠진 만큼의 0000 그룹입니다.", En: "An IPv6 address has eight groups: :: stands for as many 0000 groups as are missing."},
		i18n.T{Ko: "그룹마다 왼쪽에 0을 채워 네 자리로 만드세요.", En: "Pad each group on the left with zeros to four digits."},
	}
	s.link = href(ipPath, "addr", x.text)
	s.setRight(want, pyrepl.Str(want), whyExplode)
	offer(&s, explodedMistakes, x, FormIPv6Text)
	return s
}
