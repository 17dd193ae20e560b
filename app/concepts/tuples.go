package concepts

import (
	"net/netip"
	"strconv"
	"strings"

	"netprimer/app/i18n"
)

// Node is one end of a connection as the deck writes it: (host, port). The
// host is an IP address or a host name. The zero Node has neither.
type Node struct {
	Host string
	Port uint16
}

// String returns the node as the deck writes it: "(114.71.220.95, 59664)".
func (n Node) String() string {
	return "(" + n.Host + ", " + strconv.Itoa(int(n.Port)) + ")"
}

// Conn is a connection as the deck writes it: a pair of nodes,
// "(114.71.220.95, 59664), (www.python.org, 80)".
type Conn struct {
	A, B Node
}

// String returns the pair as the deck writes it.
func (c Conn) String() string { return c.A.String() + ", " + c.B.String() }

// Part is one of the four values that tell connections apart.
type Part uint8

const (
	HostA Part = iota
	PortA
	HostB
	PortB
)

// Name returns the part's name: "첫 번째 노드의 IP", "first node's IP".
func (p Part) Name() i18n.T {
	switch p {
	case HostA:
		return i18n.T{Ko: "첫 번째 노드의 IP", En: "first node's IP"}
	case PortA:
		return i18n.T{Ko: "첫 번째 노드의 포트 번호", En: "first node's port number"}
	case HostB:
		return i18n.T{Ko: "두 번째 노드의 IP", En: "second node's IP"}
	}
	return i18n.T{Ko: "두 번째 노드의 포트 번호", En: "second node's port number"}
}

// DeckConns returns the three connections of the deck's question "아래
// 3개의 연결은 동일한 연결인가?": the second differs from the first in the
// client's port, the third in the client's IP.
func DeckConns() [3]Conn {
	return [3]Conn{
		{Node{"114.71.220.95", 59664}, Node{"www.python.org", 80}},
		{Node{"114.71.220.95", 59665}, Node{"www.python.org", 80}},
		{Node{"114.71.220.96", 59664}, Node{"www.python.org", 80}},
	}
}

// DeckQuestion is the deck's question, and DeckAnswer its answer.
var (
	DeckQuestion = i18n.T{Ko: "아래 3개의 연결은 동일한 연결인가?", En: "Are these three connections the same connection?"}
	DeckAnswer   = i18n.T{
		Ko: "아니요, 셋 모두 다른 연결입니다. 1개의 네트워크 연결은 송신 노드의 IP, 송신 노드의 포트 번호, 수신 노드의 IP, 수신 노드의 포트 번호를 이용해서 구별하므로, 네 값 중 하나만 달라도 다른 연결입니다. 예1과 예2는 포트 번호(59664, 59665)가, 예1과 예3은 IP(114.71.220.95, 114.71.220.96)가 다르고, 예2와 예3은 둘 다 다릅니다.",
		En: "No, all three are different connections. A network connection is told apart by four values, the IP and port number of each node, so one differing value makes a different connection. Examples 1 and 2 differ in the port number (59664, 59665), examples 1 and 3 in the IP (114.71.220.95, 114.71.220.96), and examples 2 and 3 in both.",
	}
)

// Comparison is what Compare finds.
type Comparison struct {
	// Same reports the same connection: equal pairs, or the same pairs in
	// the other order (the connection seen from its other end).
	Same bool
	// Swapped reports that the pairs match in the other order.
	Swapped bool
	// Differ lists the parts that differ (in A's order of the pairs).
	Differ []Part
	// Unknown lists the hosts that cannot be compared without a lookup: a
	// host name against an IP address.
	Unknown []Part
	Explain i18n.T
}

// hostsEqual compares two hosts: IP addresses by value (so "::1" and
// "0:0:0:0:0:0:0:1" are equal), names without regard to case or a final
// dot. known is false for a name against an address.
func hostsEqual(a, b string) (equal, known bool) {
	ia, errA := netip.ParseAddr(a)
	ib, errB := netip.ParseAddr(b)
	switch {
	case errA == nil && errB == nil:
		return ia == ib, true
	case errA == nil || errB == nil:
		return false, false
	}
	return strings.EqualFold(strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")), true
}

func compareParts(a, b Conn) (differ, unknown []Part) {
	check := func(p Part, x, y string) {
		eq, known := hostsEqual(x, y)
		switch {
		case !known:
			unknown = append(unknown, p)
		case !eq:
			differ = append(differ, p)
		}
	}
	check(HostA, a.A.Host, b.A.Host)
	if a.A.Port != b.A.Port {
		differ = append(differ, PortA)
	}
	check(HostB, a.B.Host, b.B.Host)
	if a.B.Port != b.B.Port {
		differ = append(differ, PortB)
	}
	return differ, unknown
}

// Compare tells whether two connections are the same, and if not which of
// the four values differ: one differing value is enough to make another
// connection.
func Compare(a, b Conn) Comparison {
	differ, unknown := compareParts(a, b)
	if len(differ) == 0 && len(unknown) == 0 {
		return Comparison{Same: true, Explain: i18n.T{
			Ko: "같은 연결입니다: 네 값(두 노드의 IP와 포트 번호)이 모두 같습니다.",
			En: "It is the same connection: all four values (both nodes' IPs and port numbers) are equal.",
		}}
	}
	if d2, u2 := compareParts(a, Conn{b.B, b.A}); len(d2) == 0 && len(u2) == 0 {
		return Comparison{Same: true, Swapped: true, Explain: i18n.T{
			Ko: "같은 연결을 반대쪽 끝에서 본 것입니다: 두 노드의 순서만 바뀌었습니다. 서버에서 netstat을 실행하면 서버 쪽이 로컬 주소로 먼저 나옵니다.",
			En: "It is the same connection, seen from its other end: only the order of the nodes changed. Run netstat on the server and the server's end comes first, as the local address.",
		}}
	}
	c := Comparison{Differ: differ, Unknown: unknown}
	names := func(ps []Part) i18n.T {
		var t i18n.T
		for i, p := range ps {
			if i > 0 {
				t.Ko += ", "
				t.En += ", "
			}
			t.Ko += p.Name().Ko
			t.En += p.Name().En
		}
		return t
	}
	if len(differ) > 0 {
		n := names(differ)
		c.Explain = i18n.T{
			Ko: i18n.Particles("다른 연결입니다: " + n.Ko + "이(가) 다릅니다. 네 값 중 하나만 달라도 다른 연결입니다."),
			En: "These are different connections: the " + n.En + " differ. One differing value of the four makes a different connection.",
		}
	}
	if len(unknown) > 0 {
		n := names(unknown)
		c.Explain = join(c.Explain, i18n.T{
			Ko: n.Ko + ": 호스트네임과 IP 주소는 이름을 IP 주소로 바꿔 봐야(gethostbyname) 같은지 알 수 있습니다.",
			En: "the " + n.En + ": a host name and an IP address can only be compared after turning the name into an address (gethostbyname).",
		})
	}
	return c
}

// CheckSame checks a student's answer to whether DeckConns()[i] and
// DeckConns()[j] are the same connection.
func CheckSame(i, j int, same bool) Feedback {
	conns := DeckConns()
	if i < 0 || j < 0 || i >= len(conns) || j >= len(conns) {
		return Feedback{Invalid, i18n.T{Ko: "예1, 예2, 예3 중에서 고르세요.", En: "choose among examples 1, 2 and 3."}}
	}
	c := Compare(conns[i], conns[j])
	if c.Same == same {
		return Feedback{Correct, join(i18n.T{Ko: "맞습니다.", En: "Right."}, c.Explain)}
	}
	return Feedback{Wrong, join(i18n.T{Ko: "아니요.", En: "No."}, c.Explain)}
}

// ParseConn reads a connection a student typed, in the deck's notation or
// Python's, with or without the outer parentheses:
//
//	(114.71.220.95, 59664), (www.python.org, 80)
//	(('114.71.220.95', 59664), ('www.python.org', 80))
//
// It returns false when the text is not two (host, port) pairs with ports
// from 0 to 65535 and hosts that are IP addresses or host names.
func ParseConn(s string) (Conn, bool) {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '(', ')', '[', ']', ',', '\'', '"', ' ', '\t', '\n', '\r':
			return true
		}
		return false
	})
	if len(fields) != 4 {
		return Conn{}, false
	}
	var nodes [2]Node
	for i := range nodes {
		host, port := fields[2*i], fields[2*i+1]
		n, err := strconv.ParseUint(port, 10, 16)
		if err != nil || !validHost(host) {
			return Conn{}, false
		}
		nodes[i] = Node{host, uint16(n)}
	}
	return Conn{nodes[0], nodes[1]}, true
}

// validHost accepts an IP address or a host name of letters, digits,
// hyphens and dots (RFC 1123 §2.1), whose labels do not start or end
// with a hyphen and whose last label is not all digits.
func validHost(h string) bool {
	if _, err := netip.ParseAddr(h); err == nil {
		return true
	}
	if h == "" || len(h) > 253 {
		return false
	}
	labels := strings.Split(strings.TrimSuffix(h, "."), ".")
	if last := labels[len(labels)-1]; strings.Trim(last, "0123456789") == "" {
		return false // dotted digits are an address, and this one is not valid
	}
	for _, label := range labels {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
