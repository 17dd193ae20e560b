package ipaddress

import (
	"math/big"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"netprimer/app/i18n"
	"netprimer/app/netcalc"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
)

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()

// The state of the /ipaddress lesson, computed from the page's query with
// netcalc. Nothing here touches go-app: the page computes an ipView in
// OnNav and in its input handlers, and its Render only draws it.

const ipPath = "/ipaddress"

// The deck's own examples: without parameters the lesson opens on the
// slides' ip_address('192.0.2.1') and ip_network('114.71.220.0/24'), and
// on their first addr in net, ip_address('114.71.220.95') in that
// network: True.
const (
	defaultAddr   = "192.0.2.1"
	defaultNet    = "114.71.220.0/24"
	defaultMember = "114.71.220.95"
)

// Query parameters (docs/CONTRACT.md lists them with their defaults);
// hosts and subnets are the index of the first row of a page (counting
// from 0), prefix is the new_prefix= of subnets().
const (
	qAddr    = "addr"
	qMember  = "member"
	qNet     = "net"
	qStrict  = "strict"
	qHosts   = "hosts"
	qPrefix  = "prefix"
	qSubnets = "subnets"
)

const (
	// pageLen is the number of rows of a hosts or subnets page.
	pageLen = 16
	// maxShown cuts CPython's message where an error box echoes it; the
	// session shows it whole.
	maxShown = 240
)

// ipView is everything the lesson shows.
type ipView struct {
	addr, net string // the inputs' text
	member    string // the address of addr in net
	strict    bool
	cut       bool // the URL held a text longer than param.Max, which was cut

	a addrState
	n netState
	m memberState

	addrExamples, netExamples, memberExamples []link

	q      url.Values // the URL, as canonical writes it
	netKey string     // what the network's session depends on
}

// link is a text and where it leads.
type link struct {
	text, href string
	_          noCompare
}

// prop is a row of a dl: a label, and str() of the value of the Python
// expression Py.
type prop struct {
	label i18n.T
	py    string
	val   string
	_     noCompare
}

// cell is a value with a note below it.
type cell struct {
	top, sub string
	_        noCompare
}

// bitRow is an address written in bits, split where the network part
// ends. Py is a Python expression for the address.
type bitRow struct {
	label, py string
	net, host string
	_         noCompare
}

// problem is an exception CPython raises for an input: why, in the
// student's language, and the traceback's last line. The zero problem is
// no problem.
type problem struct {
	why      i18n.T
	hint     i18n.T // what in the text CPython cannot see past: full-width characters, a space
	line     string
	hostBits bool // a network with host bits set: strict=False takes it
	_        noCompare
}

func (p problem) failed() bool { return p.line != "" }

// addrState is the address explorer.
type addrState struct {
	session []string
	err     problem
	cells   []cell // octets or hextets over their bits
	flags   []cell // is_* and True or False
}

// netState is the network calculator.
type netState struct {
	session   []string
	err       problem
	strictOff string   // strict=False, one click away when host bits are set
	masked    []bitRow // what strict=False cleared, when it did
	grid      gridState
	summary   []prop // what hosts() yields: how many, the first, the last
	hosts     listPage
	subnets   listPage
	newPrefix int
	fewer     string // subnets one bit shorter
	more      string // subnets one bit longer
	supernet  link
}

// gridState is the bit grid of the network calculator: the bits of
// Base, the address shown, with the first Prefix bits the network part.
type gridState struct {
	bits   string
	prefix int
	base   netcalc.Addr
	strict bool
	_      noCompare
}

// listPage is a page of hosts() or subnets().
type listPage struct {
	place                   i18n.T // where the page is: "1–16 of 254"
	rows                    []link
	first, prev, next, last string // "" where there is no such page
	err                     problem
}

// memberState is addr in net.
type memberState struct {
	session []string
	valid   bool // both parsed
	in      bool
	mixed   bool // an address of the other version: never in
	verdict i18n.T
	rows    []bitRow
}

// newIPView computes the lesson's state for the query q. prev, the state
// before a keystroke or nil, lends what did not change: the address
// explorer's state, and the network's session, whose hosts loop is the
// costliest part.
func newIPView(raw url.Values, prev *ipView) ipView {
	q := canonical(raw)
	v := ipView{q: q, strict: q.Get(qStrict) != "0"}
	_, cutA := param.Text(raw, qAddr, defaultAddr)
	_, cutM := param.Text(raw, qMember, defaultMember)
	_, cutN := param.Text(raw, qNet, defaultNet)
	v.cut = cutA || cutN || cutM
	v.addr = param.Get(q, qAddr, defaultAddr)
	v.member = param.Get(q, qMember, defaultMember)
	v.net = param.Get(q, qNet, defaultNet)
	v.netKey = strings.Join([]string{v.net, strconv.FormatBool(v.strict), q.Get(qHosts), q.Get(qPrefix), q.Get(qSubnets)}, "\x00")
	var session []string
	if prev != nil && prev.addr == v.addr {
		v.a = prev.a
	} else {
		v.a = newAddrState(v.addr)
	}
	if prev != nil && prev.netKey == v.netKey {
		session = prev.n.session
	}
	v.n = newNetState(q, v.net, v.strict, session)
	v.m = newMemberState(v.net, v.member, v.strict)
	for _, s := range addrExamples {
		v.addrExamples = append(v.addrExamples, link{text: s, href: hrefWith(q, qAddr, s)})
	}
	for _, s := range netExamples {
		v.netExamples = append(v.netExamples, link{text: s, href: netHref(q, s, qStrict, "")})
	}
	for _, s := range memberExamples {
		v.memberExamples = append(v.memberExamples, link{text: s, href: netHref(q, defaultNet, qMember, s, qStrict, "")})
	}
	return v
}

// query is the URL of v: what the student sees, written back. Opened, it
// gives v again (but for the note that a text was cut: the URL then holds
// the text as cut).
func (v ipView) query() url.Values { return v.q }

// canonical returns q with the lesson's parameters written as the state
// they give: a text as the lesson works on it (param.Text), an index past
// the end as the last page's, and a value left out when the lesson's
// default gives it anyway (a first page, the default new_prefix, a prefix
// that is not a number). Other parameters (lang) stay. The lesson's links
// are built from it, so that what a link opens does not depend on how the
// URL before it was written.
func canonical(q url.Values) url.Values {
	c := make(url.Values, len(q))
	for k, vs := range q {
		switch k {
		case qAddr, qMember, qNet, qStrict, qHosts, qPrefix, qSubnets:
		default:
			c[k] = vs
		}
	}
	for _, k := range []string{qAddr, qMember, qNet} {
		if _, ok := q[k]; ok {
			s, _ := param.Text(q, k, "")
			c.Set(k, s)
		}
	}
	strict := q.Get(qStrict) != "0"
	if !strict {
		c.Set(qStrict, "0")
	}
	s, _ := param.Text(q, qNet, defaultNet)
	n, err := netcalc.ParseNetwork(s, strict)
	if err != nil {
		return c
	}
	if from := pageStart(q.Get(qHosts), n.Hosts().Len()); from.Sign() > 0 {
		c.Set(qHosts, from.String())
	}
	prefix := n.Bits() + 1
	if p, err := strconv.Atoi(q.Get(qPrefix)); err == nil && p > 0 && p <= 999 && p != prefix {
		prefix = p
		c.Set(qPrefix, strconv.Itoa(p))
	}
	if subnets, err := n.Subnets(prefix); err == nil {
		if from := pageStart(q.Get(qSubnets), subnets.Len()); from.Sign() > 0 {
			c.Set(qSubnets, from.String())
		}
	}
	return c
}

// Examples offered under the inputs: the deck's first, then the cases
// that teach something (a loopback, a multicast group, an IPv4-mapped
// address, a scope id; host bits set, a /31, IPv6's /64 and /127).
var (
	addrExamples   = []string{"192.0.2.1", "2001:A8::1", "127.0.0.1", "224.0.0.1", "::ffff:192.0.2.1", "fe80::1%eth0"}
	netExamples    = []string{"114.71.220.0/24", "192.168.1.77/24", "10.0.0.0/8", "192.0.2.0/31", "2001:db8::/64", "2001:db8::/127"}
	memberExamples = []string{"114.71.220.95", "192.168.0.1"}
)

// hrefWith returns the lesson's address with the query q changed by the
// key, value pairs of kv; an empty value removes the key.
func hrefWith(q url.Values, kv ...string) string {
	c := make(url.Values, len(q)+len(kv)/2)
	for k, v := range q {
		c[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			delete(c, kv[i])
		} else {
			c[kv[i]] = []string{kv[i+1]}
		}
	}
	if len(c) == 0 {
		return ipPath
	}
	return ipPath + "?" + c.Encode()
}

func newAddrState(s string) addrState {
	st := addrState{session: netcalc.AddressSession(s).Lines()}
	a, err := netcalc.ParseAddr(s)
	if err != nil {
		st.err = addrProblem(s)
		return st
	}
	// The octets of an IPv4 address in decimal or the hextets of an IPv6
	// address in hex, each over its bits.
	_, bits := groupBits(a, 0)
	for _, b := range strings.FieldsFunc(bits, func(r rune) bool { return r == '.' || r == ':' }) {
		v, _ := strconv.ParseUint(b, 2, 16)
		top := strconv.FormatUint(v, 10)
		if a.Is6() {
			top = strconv.FormatUint(v|0x10000, 16)[1:] // four digits, as .exploded writes it
		}
		st.cells = append(st.cells, cell{top: top, sub: b})
	}
	for i, on := range [...]bool{a.IsPrivate(), a.IsGlobal(), a.IsLoopback(), a.IsMulticast(), a.IsLinkLocal(), a.IsReserved(), a.IsUnspecified()} {
		st.flags = append(st.flags, cell{top: flagNames[i], sub: pyrepl.Bool(on)})
	}
	return st
}

// flagNames are the is_* properties the explorer shows, in its order.
var flagNames = [...]string{"is_private", "is_global", "is_loopback", "is_multicast", "is_link_local", "is_reserved", "is_unspecified"}

// bitString returns the bits of a, from the most significant.
func bitString(a netcalc.Addr) string {
	b := make([]byte, a.BitLen())
	for i := range b {
		b[i] = '0' + a.Bit(i)
	}
	return string(b)
}

// groupBits writes the bits of a in octets (IPv4) or hextets (IPv6) and
// splits them after the first prefix bits: the network part, then the
// host part.
func groupBits(a netcalc.Addr, prefix int) (network, host string) {
	bits := bitString(a)
	group, sep := 8, byte('.')
	if a.Is6() {
		group, sep = 16, ':'
	}
	var b [128 + 15]byte
	out, split := b[:0], 0
	for i := range len(bits) {
		if i == prefix {
			split = len(out)
		}
		if i > 0 && i%group == 0 {
			out = append(out, sep)
		}
		out = append(out, bits[i])
	}
	if prefix >= len(bits) {
		split = len(out)
	}
	return string(out[:split]), string(out[split:])
}

// newNetState computes the network calculator's state; session, when
// not nil, is its Python session, already computed.
func newNetState(q url.Values, s string, strict bool, session []string) netState {
	st := netState{session: session}
	n, err := netcalc.ParseNetwork(s, strict)
	if err != nil {
		if session == nil {
			st.session = netcalc.NetworkSession(s, strict, netcalc.NetworkView{}).Lines()
		}
		st.err = netProblem(s, strict, err)
		if st.err.hostBits {
			st.strictOff = hrefWith(q, qStrict, "0")
			// The grid shows the address as typed under its prefix: the
			// host bits that are set are why strict=True refuses it.
			if n, err := netcalc.ParseNetwork(s, false); err == nil {
				if typed, ok := typedAddr(s); ok && typed.Version() == n.Version() {
					st.grid = gridState{bits: bitString(typed), prefix: n.Bits(), base: typed, strict: strict}
				}
			}
		}
		return st
	}
	hosts := n.Hosts()
	hostsLen := hosts.Len()
	hostsFrom := pageStart(q.Get(qHosts), hostsLen)
	view := netcalc.NetworkView{HostsFrom: hostsFrom, HostsLen: pageLen, SubnetsLen: pageLen}
	if hostsFrom.Sign() == 0 && hostsLen.Cmp(big.NewInt(netcalc.DefaultHostsLen)) <= 0 {
		view.HostsLen = 0 // the deck's plain loop over every host
	}

	// The bit grid shows the address as typed: with strict=False its
	// host bits may be set, and the grid shows what the mask clears.
	base := n.Addr()
	if typed, ok := typedAddr(s); ok && !strict && typed.Version() == n.Version() {
		base = typed
		if typed.WithoutZone() != n.Addr().WithoutZone() {
			st.masked = maskRows(typed, n)
		}
	}
	st.grid = gridState{bits: bitString(base), prefix: n.Bits(), base: base, strict: strict}

	// iter(): for a /32 or a /128, CPython 3.11's hosts() is a list.
	st.summary = []prop{
		{label: txtHostsCount, py: "sum(1 for _ in net.hosts())", val: hostsLen.String()},
		{label: txtFirstHost, py: "next(iter(net.hosts()))", val: hosts.First().String()},
		{label: txtLastHost, py: "list(net.hosts())[-1]", val: hosts.Last().String()},
	}

	st.hosts = pager(q, qHosts, hostsFrom, hostsLen)
	for i, end := new(big.Int).Set(hostsFrom), pageEnd(hostsFrom, hostsLen); i.Cmp(end) < 0; i.Add(i, bigOne) {
		a, _ := hosts.At(i)
		st.hosts.rows = append(st.hosts.rows, link{text: a.String()})
	}

	st.newPrefix = n.Bits() + 1
	if p, err := strconv.Atoi(q.Get(qPrefix)); err == nil && p > 0 && p <= 999 {
		st.newPrefix = p
	}
	view.NewPrefix = st.newPrefix
	if subnets, err := n.Subnets(st.newPrefix); err != nil {
		st.subnets.err = problem{why: reason(err), line: traceLine(err)}
	} else {
		count := subnets.Len()
		from := pageStart(q.Get(qSubnets), count)
		view.SubnetsFrom = from
		st.subnets = pager(q, qSubnets, from, count)
		for k, end := new(big.Int).Set(from), pageEnd(from, count); k.Cmp(end) < 0; k.Add(k, bigOne) {
			sub, _ := subnets.At(k)
			st.subnets.rows = append(st.subnets.rows, link{text: sub.String(), href: netHref(q, sub.String())})
		}
	}
	if p := st.newPrefix - 1; p > n.Bits() && p <= n.MaxBits() {
		st.fewer = hrefWith(q, qPrefix, strconv.Itoa(p), qSubnets, "")
	}
	if p := st.newPrefix + 1; p > n.Bits() && p <= n.MaxBits() {
		st.more = hrefWith(q, qPrefix, strconv.Itoa(p), qSubnets, "")
	}
	if n.Bits() > 0 {
		sup := n.Supernet().String()
		st.supernet = link{text: sup, href: netHref(q, sup)}
	}
	if session == nil {
		st.session = netcalc.NetworkSession(s, strict, view).Lines()
	}
	return st
}

// netHref leads to another network, its lists back on their first page,
// with the changes kv besides.
func netHref(q url.Values, net string, kv ...string) string {
	return hrefWith(q, append([]string{qNet, net, qHosts, "", qPrefix, "", qSubnets, ""}, kv...)...)
}

// typedAddr parses the address part of a network's text, before the
// mask, as the student typed it.
func typedAddr(s string) (netcalc.Addr, bool) {
	s, _, _ = strings.Cut(s, "/")
	a, err := netcalc.ParseAddr(s)
	return a, err == nil
}

// maskRows shows what strict=False did: the address typed, the netmask,
// and the network left when the host bits are cleared.
func maskRows(typed netcalc.Addr, n netcalc.Network) []bitRow {
	return []bitRow{
		row(typed.String(), "ipaddress.ip_address("+pyrepl.Str(typed.String())+")", typed, n.Bits()),
		row("net.netmask", "net.netmask", n.Netmask(), n.Bits()),
		row("net.network_address", "net.network_address", n.Addr(), n.Bits()),
	}
}

func row(label, py string, a netcalc.Addr, prefix int) bitRow {
	r := bitRow{label: label, py: py}
	r.net, r.host = groupBits(a, prefix)
	return r
}

// gridNet is the network's text once the grid set its prefix length to
// bits: with strict=True the network holding the address (what
// supernet() or subnets() would give), with strict=False the address as
// typed, which the mask will clear again.
func gridNet(base netcalc.Addr, bits int, strict bool) string {
	if !strict {
		return base.String() + "/" + strconv.Itoa(bits)
	}
	n, _ := netcalc.NetworkFrom(base, bits)
	return n.String()
}

var bigOne = big.NewInt(1)

// pageStart reads a page's first index from the query: 0 when missing or
// not a number, and at most the start of the last page.
func pageStart(s string, length *big.Int) *big.Int {
	last := lastPage(length)
	from, ok := new(big.Int), false
	if len(s) <= 40 { // 2**128 has 39 digits
		_, ok = from.SetString(s, 10)
	} else {
		ok = strings.Trim(s, "0123456789") == ""
		from.Set(last)
	}
	if !ok || from.Sign() < 0 {
		return new(big.Int)
	}
	if from.Cmp(length) >= 0 {
		return last
	}
	return from
}

// lastPage is the first index of the last full or partial page.
func lastPage(length *big.Int) *big.Int {
	if length.Sign() == 0 {
		return new(big.Int)
	}
	size := big.NewInt(pageLen)
	last := new(big.Int).Sub(length, bigOne)
	last.Quo(last, size)
	return last.Mul(last, size)
}

func pageEnd(from, length *big.Int) *big.Int {
	end := new(big.Int).Add(from, big.NewInt(pageLen))
	if end.Cmp(length) > 0 {
		end.Set(length)
	}
	return end
}

// pager returns a page's range text and the links to the first, the
// previous, the next and the last page.
func pager(q url.Values, key string, from, length *big.Int) listPage {
	var p listPage
	end := pageEnd(from, length)
	first := new(big.Int).Add(from, bigOne).String()
	total := length.String()
	p.place = i18n.T{Ko: total + "개 중 " + first + "–" + end.String() + "번째", En: first + "–" + end.String() + " of " + total}
	at := func(i *big.Int) string {
		if i.Sign() == 0 {
			return hrefWith(q, key, "")
		}
		return hrefWith(q, key, i.String())
	}
	if from.Sign() > 0 {
		p.first = at(new(big.Int))
		prev := new(big.Int).Sub(from, big.NewInt(pageLen))
		if prev.Sign() < 0 {
			prev.SetInt64(0)
		}
		p.prev = at(prev)
	}
	if end.Cmp(length) < 0 {
		p.next = at(end)
	}
	if last := lastPage(length); from.Cmp(last) < 0 {
		p.last = at(last)
	}
	return p
}

func newMemberState(net, addr string, strict bool) memberState {
	st := memberState{session: netcalc.MembershipSession(net, addr, strict).Lines()}
	n, nerr := netcalc.ParseNetwork(net, strict)
	a, aerr := netcalc.ParseAddr(addr)
	if nerr != nil || aerr != nil {
		return st
	}
	st.valid, st.in = true, n.Contains(a)
	masked, ok := n.Masked(a)
	if !ok {
		st.mixed, st.verdict = true, txtMemberMixed
		return st
	}
	bits := strconv.Itoa(n.Bits())
	st.verdict = i18n.T{
		Ko: "False: 넷마스크로 가린 앞 " + bits + "비트가 네트워크 주소와 다릅니다.",
		En: "False: the first " + bits + " bits, those under the netmask, differ from the network address."}
	if st.in {
		st.verdict = i18n.T{
			Ko: "True: 넷마스크로 가린 앞 " + bits + "비트가 네트워크 주소와 같습니다.",
			En: "True: the first " + bits + " bits, those under the netmask, equal the network address."}
	}
	class := "ipaddress.IPv4Address"
	if a.Is6() {
		class = "ipaddress.IPv6Address"
	}
	st.rows = []bitRow{
		row("addr", "addr", a, n.Bits()),
		row("net.netmask", "net.netmask", n.Netmask(), n.Bits()),
		row("addr & net.netmask", class+"(int(addr) & int(net.netmask))", masked, n.Bits()),
		row("net.network_address", "net.network_address", n.Addr(), n.Bits()),
	}
	return st
}

// traceLine is the last line of the traceback of err, cut for an error
// box.
func traceLine(err error) string {
	line := err.Error()
	if e, ok := err.(*netcalc.Error); ok {
		line = e.Type + ": " + e.Msg
	}
	if utf8.RuneCountInString(line) <= maxShown {
		return line
	}
	n := 0
	for i := range line {
		if n == maxShown {
			return line[:i] + "…"
		}
		n++
	}
	return line
}

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
	return problem{why: reason(err), hint: inputHint(s), line: traceLine(err)}
}

// netProblem explains why ip_network(s, strict=strict) fails: host bits,
// or what IPv4Network(s) or IPv6Network(s) says is wrong.
func netProblem(s string, strict bool, err error) problem {
	if hostBits(err) {
		return problem{why: txtHostBitsWhy, line: traceLine(err), hostBits: true}
	}
	parse := netcalc.ParseIPv4Network
	if looks6(s) {
		parse = netcalc.ParseIPv6Network
	}
	if _, e := parse(s, strict); e != nil {
		err = e
	}
	return problem{why: reason(err), hint: inputHint(s), line: traceLine(err)}
}

// inputHint names what a student cannot see in a text that CPython
// refused: the full-width characters a Korean IME types in full-width
// mode ("１９２．０．２．１"), which ipaddress does not read as digits and
// dots, or a space or an invisible character, at either end or inside.
// CPython's error stays as it is; the hint comes beside it. The zero T
// when the text has neither.
func inputHint(s string) i18n.T {
	if folded := i18n.Fold(s); folded != s {
		var wide []string
		for _, r := range s {
			if r >= 0xff01 && r <= 0xff5e && len(wide) < 8 && !slices.Contains(wide, string(r)) {
				wide = append(wide, string(r))
			}
		}
		list := strings.Join(wide, " ")
		return i18n.T{
			Ko: i18n.Particles("전각 문자 " + list + "이(가) 들어 있습니다. 한글 입력기의 전각 모드로 친 글자로, ipaddress는 이것을 숫자나 점으로 읽지 않습니다. 반각으로 바꿔 " + pyrepl.Str(strings.TrimSpace(folded)) + "처럼 입력하세요."),
			En: "The text has full-width characters, " + list + ", as a Korean IME types them in full-width mode; ipaddress does not read them as digits or dots. Switch to half-width and type " + pyrepl.Str(strings.TrimSpace(folded)) + ".",
		}
	}
	for i, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			continue
		}
		code := "U+" + strings.ToUpper(strconv.FormatInt(int64(r), 16))
		if len(code) < 6 {
			code = "U+" + strings.Repeat("0", 6-len(code)) + code[2:]
		}
		where := i18n.T{Ko: "가운데에", En: "inside it"}
		switch {
		case i == 0:
			where = i18n.T{Ko: "앞에", En: "at its start"}
		case i+utf8.RuneLen(r) == len(s):
			where = i18n.T{Ko: "끝에", En: "at its end"}
		}
		what := i18n.T{Ko: "공백", En: "a space"}
		if !unicode.IsSpace(r) {
			what = i18n.T{Ko: "보이지 않는 문자", En: "an invisible character"}
		}
		return i18n.T{
			Ko: i18n.Particles("입력의 " + where.Ko + " " + what.Ko + "(" + code + ")이(가) 있습니다. 화면에는 보이지 않지만 ipaddress는 공백이나 보이지 않는 문자를 받지 않습니다. 지우고 다시 입력하세요."),
			En: "The text has " + what.En + " (" + code + ") " + where.En + ": invisible on the screen, but ipaddress takes no spaces or invisible characters. Delete it and type again.",
		}
	}
	var none i18n.T
	return none
}
