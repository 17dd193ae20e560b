package ui

import (
	"strings"

	"netprimer/app/i18n"
	"netprimer/app/netcalc"
)

// Why an input is not an address or a network, in the student's words.
// CPython's message starts with what is wrong and then quotes the input
// (" in '...'"), so a reason is found by the start of the message alone,
// whatever the input holds.
var ipReasons = []struct {
	head string
	why  i18n.T
}{
	{"Address cannot be empty", i18n.T{
		Ko: "빈 문자열은 주소가 아닙니다.",
		En: "An empty string is not an address."}},
	{"Expected 4 octets", i18n.T{
		Ko: "IPv4 주소는 점으로 나눈 네 개의 옥텟(0–255)입니다. ipaddress는 inet_aton이 받아 주는 127.1 같은 줄임 꼴을 받지 않습니다.",
		En: "An IPv4 address is four octets (0–255) separated by dots. ipaddress refuses the short forms inet_aton accepts, such as 127.1."}},
	{"Empty octet not permitted", i18n.T{
		Ko: "두 점 사이, 또는 처음이나 끝에 옥텟이 비어 있습니다.",
		En: "An octet is empty: two dots in a row, or a dot at the start or the end."}},
	{"Only decimal digits permitted", i18n.T{
		Ko: "IPv4의 옥텟에는 10진 숫자만 쓸 수 있습니다.",
		En: "IPv4 octets take decimal digits only."}},
	{"At most 3 characters permitted", i18n.T{
		Ko: "옥텟은 세 자리를 넘을 수 없습니다(0–255).",
		En: "An octet has at most three digits (0–255)."}},
	{"Leading zeros are not permitted", i18n.T{
		Ko: "앞자리 0은 허용되지 않습니다: inet_aton은 010을 8진수(8)로 읽으므로, 모호함을 피하려고 ipaddress는 거부합니다(파이썬 3.9.5부터).",
		En: "Leading zeros are not permitted: inet_aton reads 010 as octal (8), so ipaddress refuses the ambiguity (since Python 3.9.5)."}},
	{"Octet ", i18n.T{
		Ko: "옥텟은 8비트라서 0부터 255까지입니다.",
		En: "An octet is 8 bits: 0 to 255."}},
	{"Unexpected '/'", i18n.T{
		Ko: "주소에는 '/'가 올 수 없습니다. 114.71.220.0/24 같은 네트워크는 ip_network()로 만드세요.",
		En: "An address has no '/'. Make a network such as 114.71.220.0/24 with ip_network()."}},
	{"Only one '/' permitted", i18n.T{
		Ko: "네트워크는 주소, '/' 하나, 프리픽스 길이(또는 넷마스크)입니다.",
		En: "A network is an address, one '/', and a prefix length (or a netmask)."}},
	{"Invalid IPv6 address", i18n.T{
		Ko: "'%' 뒤의 범위 ID(scope id, 예: fe80::1%eth0)가 비어 있거나 '%'가 둘 이상입니다.",
		En: "The scope id after '%' (as in fe80::1%eth0) is empty, or there is more than one '%'."}},
	{"At least 3 parts expected", i18n.T{
		Ko: "IPv6 주소는 콜론으로 나눈 16비트 그룹(hextet)입니다. 가장 짧은 '::'도 세 부분입니다.",
		En: "An IPv6 address is 16-bit groups (hextets) separated by colons; even the shortest, '::', has three parts."}},
	{"At most 8 colons permitted", i18n.T{
		Ko: "IPv6 주소는 여덟 그룹이라 콜론은 많아야 8개입니다.",
		En: "An IPv6 address has eight groups, so at most 8 colons."}},
	{"At most one '::' permitted", i18n.T{
		Ko: "'::'(0인 그룹들의 생략)는 한 번만 쓸 수 있습니다. 두 번이면 몇 그룹씩 생략했는지 알 수 없습니다.",
		En: "'::' (the zero groups left out) may appear once: twice, and nobody knows how many groups each stands for."}},
	{"Leading ':' only permitted as part of '::'", i18n.T{
		Ko: "콜론 하나로 시작할 수 없습니다: '::'로 쓰세요.",
		En: "An address cannot start with a single colon: write '::'."}},
	{"Trailing ':' only permitted as part of '::'", i18n.T{
		Ko: "콜론 하나로 끝날 수 없습니다: '::'로 쓰세요.",
		En: "An address cannot end with a single colon: write '::'."}},
	{"Expected at most 7 other parts with '::'", i18n.T{
		Ko: "'::'는 적어도 한 그룹을 대신하므로 나머지는 7그룹 이하여야 합니다.",
		En: "'::' stands for at least one group, so at most 7 others may follow."}},
	{"Exactly 8 parts expected without '::'", i18n.T{
		Ko: "'::' 없이 쓰면 정확히 여덟 그룹이 있어야 합니다.",
		En: "Without '::' an IPv6 address has exactly eight groups."}},
	{"Only hex digits permitted", i18n.T{
		Ko: "각 그룹에는 16진 숫자(0–9, a–f)만 쓸 수 있습니다.",
		En: "Each group takes hex digits (0–9, a–f) only."}},
	{"At most 4 characters permitted", i18n.T{
		Ko: "각 그룹은 16비트라서 16진수 네 자리까지입니다.",
		En: "Each group is 16 bits: at most four hex digits."}},
	{"new prefix must be longer", i18n.T{
		Ko: "subnets()의 new_prefix는 지금 프리픽스보다 길어야 합니다.",
		En: "subnets() needs a new_prefix longer than the network's."}},
	{"prefix length diff", i18n.T{
		Ko: "new_prefix가 주소의 비트 수(IPv4 32, IPv6 128)를 넘습니다.",
		En: "new_prefix goes past the address's bits (32 for IPv4, 128 for IPv6)."}},
}

var (
	txtHostBitsWhy = i18n.T{
		Ko: "호스트 비트가 켜져 있습니다: 네트워크 주소는 호스트 부분의 비트가 모두 0이어야 합니다. strict=False로 만들면 호스트 비트를 지운 네트워크를 줍니다.",
		En: "Host bits are set: a network address has all the bits of its host part at 0. With strict=False, ip_network() clears them and gives the network."}
	txtNetmaskWhy = i18n.T{
		Ko: "'/' 뒤에는 프리픽스 길이(IPv4 0–32, IPv6 0–128)나 IPv4 서브넷 마스크(255.255.255.0), 호스트 마스크(0.0.0.255)가 와야 합니다.",
		En: "After '/' comes a prefix length (0–32 for IPv4, 0–128 for IPv6) or, for IPv4, a subnet mask (255.255.255.0) or a hostmask (0.0.0.255)."}
	txtNotIPWhy = i18n.T{
		Ko: "IPv4 주소로도 IPv6 주소로도 읽을 수 없습니다.",
		En: "This reads neither as an IPv4 nor as an IPv6 address."}
)

// hostBits reports whether err is ip_network's "has host bits set".
// netcalc returns its errors unwrapped, so no errors.As (and the
// reflection it brings into app.wasm) is needed.
func hostBits(err error) bool {
	e, ok := err.(*netcalc.Error)
	return ok && e.Unwrap() == netcalc.ErrHostBitsSet
}

// reason explains err, an exception of ipaddress.
func reason(err error) i18n.T {
	if hostBits(err) {
		return txtHostBitsWhy
	}
	e, ok := err.(*netcalc.Error)
	if !ok {
		return txtNotIPWhy
	}
	if e.Type == netcalc.NetmaskValueError {
		return txtNetmaskWhy
	}
	for _, r := range ipReasons {
		if strings.HasPrefix(e.Msg, r.head) {
			return r.why
		}
	}
	return txtNotIPWhy
}

// looks6 guesses which version the student meant: IPv6 if there is a
// colon. The error explained is the one of that version's class.
func looks6(s string) bool { return strings.IndexByte(s, ':') >= 0 }

// addrProblem explains why ip_address(s) fails, with what IPv4Address(s)
// or IPv6Address(s) says is wrong.
func addrProblem(s string) problem {
	parse := netcalc.ParseIPv4Addr
	if looks6(s) {
		parse = netcalc.ParseIPv6Addr
	}
	_, err := parse(s)
	if err == nil { // cannot happen when ip_address failed
		_, err = netcalc.ParseAddr(s)
	}
	return problem{Why: reason(err), Line: traceLine(err)}
}

// netProblem explains why ip_network(s, strict=strict) fails: host bits,
// or what IPv4Network(s) or IPv6Network(s) says is wrong.
func netProblem(s string, strict bool, err error) problem {
	if hostBits(err) {
		return problem{Why: txtHostBitsWhy, Line: traceLine(err), HostBits: true}
	}
	parse := netcalc.ParseIPv4Network
	if looks6(s) {
		parse = netcalc.ParseIPv6Network
	}
	if _, e := parse(s, strict); e != nil {
		err = e
	}
	return problem{Why: reason(err), Line: traceLine(err)}
}
