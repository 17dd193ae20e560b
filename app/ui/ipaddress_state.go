package ui

import (
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"netprimer/app/i18n"
	"netprimer/app/netcalc"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/param"
)

// The state of the /ipaddress lesson, computed from the page's query with
// netcalc. Nothing here touches go-app: the page computes an ipView in
// OnNav and in its input handlers, and its Render only draws it.

const ipPath = "/ipaddress"

// The deck's own examples: without parameters the lesson opens on the
// slides' ip_address('192.0.2.1') and ip_network('114.71.220.0/24').
const (
	defaultAddr = "192.0.2.1"
	defaultNet  = "114.71.220.0/24"
)

// Query parameters. addr, net and strict=0 are the contract of PRODUCT.md;
// hosts and subnets are the index of the first row of a page (counting
// from 0), prefix is the new_prefix= of subnets().
const (
	qAddr    = "addr"
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
	Addr, Net string // the inputs' text
	Strict    bool
	Cut       bool // the URL held a text longer than param.Max, which was cut

	A addrState
	N netState
	M memberState

	AddrExamples, NetExamples, MemberExamples []link

	netKey string // what the network's session depends on
}

// link is a text and where it leads.
type link struct {
	Text, Href string
	_          kit.NoCompare
}

// prop is a row of a dl: a label, and str() of the value of the Python
// expression Py.
type prop struct {
	Label i18n.T
	Py    string
	Val   string
	_     kit.NoCompare
}

// cell is a value with a note below it.
type cell struct {
	Top, Sub string
	_        kit.NoCompare
}

// bitRow is an address written in bits, split where the network part
// ends. Py is a Python expression for the address.
type bitRow struct {
	Label, Py string
	Net, Host string
	_         kit.NoCompare
}

// problem is an exception CPython raises for an input: why, in the
// student's language, and the traceback's last line. The zero problem is
// no problem.
type problem struct {
	Why      i18n.T
	Line     string
	HostBits bool // a network with host bits set: strict=False takes it
	_        kit.NoCompare
}

func (p problem) failed() bool { return p.Line != "" }

// addrState is the address explorer.
type addrState struct {
	Session []string
	Err     problem
	Cells   []cell // octets or hextets over their bits
	Flags   []cell // is_* and True or False
}

// netState is the network calculator.
type netState struct {
	Session   []string
	Err       problem
	StrictOff string   // strict=False, one click away when host bits are set
	Masked    []bitRow // what strict=False cleared, when it did
	Grid      gridState
	Summary   []prop // what hosts() yields: how many, the first, the last
	Hosts     listPage
	Subnets   listPage
	NewPrefix int
	Fewer     string // subnets one bit shorter
	More      string // subnets one bit longer
	Supernet  link
}

// gridState is the bit grid of the network calculator: the bits of
// Base, the address shown, with the first Prefix bits the network part.
type gridState struct {
	Bits   string
	Prefix int
	Base   netcalc.Addr
	Strict bool
	_      kit.NoCompare
}

// listPage is a page of hosts() or subnets().
type listPage struct {
	Range                   i18n.T
	Rows                    []link
	First, Prev, Next, Last string // "" where there is no such page
	Err                     problem
}

// memberState is addr in net.
type memberState struct {
	Session []string
	Valid   bool // both parsed
	In      bool
	Mixed   bool // an address of the other version: never in
	Verdict i18n.T
	Rows    []bitRow
}

// newIPView computes the lesson's state for the query q. prev, the state
// before a keystroke or nil, lends what did not change: the address
// explorer's state, and the network's session, whose hosts loop is the
// costliest part.
func newIPView(q url.Values, prev *ipView) ipView {
	v := ipView{Strict: q.Get(qStrict) != "0"}
	var cutA, cutN bool
	v.Addr, cutA = param.Text(q, qAddr, defaultAddr)
	v.Net, cutN = param.Text(q, qNet, defaultNet)
	v.Cut = cutA || cutN
	v.netKey = strings.Join([]string{v.Net, strconv.FormatBool(v.Strict), q.Get(qHosts), q.Get(qPrefix), q.Get(qSubnets)}, "\x00")
	var session []string
	if prev != nil && prev.Addr == v.Addr {
		v.A = prev.A
	} else {
		v.A = newAddrState(v.Addr)
	}
	if prev != nil && prev.netKey == v.netKey {
		session = prev.N.Session
	}
	v.N = newNetState(q, v.Net, v.Strict, session)
	v.M = newMemberState(v.Net, v.Addr, v.Strict)
	for _, s := range addrExamples {
		v.AddrExamples = append(v.AddrExamples, link{Text: s, Href: hrefWith(q, qAddr, s)})
	}
	for _, s := range netExamples {
		v.NetExamples = append(v.NetExamples, link{Text: s, Href: netHref(q, s, qStrict, "")})
	}
	for _, s := range memberExamples {
		v.MemberExamples = append(v.MemberExamples, link{Text: s, Href: netHref(q, defaultNet, qAddr, s, qStrict, "")})
	}
	return v
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
	st := addrState{Session: netcalc.AddressSession(s).Lines()}
	a, err := netcalc.ParseAddr(s)
	if err != nil {
		st.Err = addrProblem(s)
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
		st.Cells = append(st.Cells, cell{Top: top, Sub: b})
	}
	for i, on := range [...]bool{a.IsPrivate(), a.IsGlobal(), a.IsLoopback(), a.IsMulticast(), a.IsLinkLocal(), a.IsReserved(), a.IsUnspecified()} {
		st.Flags = append(st.Flags, cell{Top: flagNames[i], Sub: pyrepl.Bool(on)})
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
	st := netState{Session: session}
	n, err := netcalc.ParseNetwork(s, strict)
	if err != nil {
		if session == nil {
			st.Session = netcalc.NetworkSession(s, strict, netcalc.NetworkView{}).Lines()
		}
		st.Err = netProblem(s, strict, err)
		if st.Err.HostBits {
			st.StrictOff = hrefWith(q, qStrict, "0")
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
			st.Masked = maskRows(typed, n)
		}
	}
	st.Grid = gridState{Bits: bitString(base), Prefix: n.Bits(), Base: base, Strict: strict}

	// iter(): for a /32 or a /128, CPython 3.11's hosts() is a list.
	st.Summary = []prop{
		{Label: txtHostsCount, Py: "sum(1 for _ in net.hosts())", Val: hostsLen.String()},
		{Label: txtFirstHost, Py: "next(iter(net.hosts()))", Val: hosts.First().String()},
		{Label: txtLastHost, Py: "list(net.hosts())[-1]", Val: hosts.Last().String()},
	}

	st.Hosts = pager(q, qHosts, hostsFrom, hostsLen)
	for i, end := new(big.Int).Set(hostsFrom), pageEnd(hostsFrom, hostsLen); i.Cmp(end) < 0; i.Add(i, bigOne) {
		a, _ := hosts.At(i)
		st.Hosts.Rows = append(st.Hosts.Rows, link{Text: a.String()})
	}

	st.NewPrefix = n.Bits() + 1
	if p, err := strconv.Atoi(q.Get(qPrefix)); err == nil && p > 0 && p <= 999 {
		st.NewPrefix = p
	}
	view.NewPrefix = st.NewPrefix
	if subnets, err := n.Subnets(st.NewPrefix); err != nil {
		st.Subnets.Err = problem{Why: reason(err), Line: traceLine(err)}
	} else {
		count := subnets.Len()
		from := pageStart(q.Get(qSubnets), count)
		view.SubnetsFrom = from
		st.Subnets = pager(q, qSubnets, from, count)
		for k, end := new(big.Int).Set(from), pageEnd(from, count); k.Cmp(end) < 0; k.Add(k, bigOne) {
			sub, _ := subnets.At(k)
			st.Subnets.Rows = append(st.Subnets.Rows, link{Text: sub.String(), Href: netHref(q, sub.String())})
		}
	}
	if p := st.NewPrefix - 1; p > n.Bits() && p <= n.MaxBits() {
		st.Fewer = hrefWith(q, qPrefix, strconv.Itoa(p), qSubnets, "")
	}
	if p := st.NewPrefix + 1; p > n.Bits() && p <= n.MaxBits() {
		st.More = hrefWith(q, qPrefix, strconv.Itoa(p), qSubnets, "")
	}
	if n.Bits() > 0 {
		sup := n.Supernet().String()
		st.Supernet = link{Text: sup, Href: netHref(q, sup)}
	}
	if session == nil {
		st.Session = netcalc.NetworkSession(s, strict, view).Lines()
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
	r := bitRow{Label: label, Py: py}
	r.Net, r.Host = groupBits(a, prefix)
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
	p.Range = i18n.T{Ko: total + "개 중 " + first + "–" + end.String() + "번째", En: first + "–" + end.String() + " of " + total}
	at := func(i *big.Int) string {
		if i.Sign() == 0 {
			return hrefWith(q, key, "")
		}
		return hrefWith(q, key, i.String())
	}
	if from.Sign() > 0 {
		p.First = at(new(big.Int))
		prev := new(big.Int).Sub(from, big.NewInt(pageLen))
		if prev.Sign() < 0 {
			prev.SetInt64(0)
		}
		p.Prev = at(prev)
	}
	if end.Cmp(length) < 0 {
		p.Next = at(end)
	}
	if last := lastPage(length); from.Cmp(last) < 0 {
		p.Last = at(last)
	}
	return p
}

func newMemberState(net, addr string, strict bool) memberState {
	st := memberState{Session: netcalc.MembershipSession(net, addr, strict).Lines()}
	n, nerr := netcalc.ParseNetwork(net, strict)
	a, aerr := netcalc.ParseAddr(addr)
	if nerr != nil || aerr != nil {
		return st
	}
	st.Valid, st.In = true, n.Contains(a)
	masked, ok := n.Masked(a)
	if !ok {
		st.Mixed, st.Verdict = true, txtMemberMixed
		return st
	}
	bits := strconv.Itoa(n.Bits())
	st.Verdict = i18n.T{
		Ko: "False: 넷마스크로 가린 앞 " + bits + "비트가 네트워크 주소와 다릅니다.",
		En: "False: the first " + bits + " bits, those under the netmask, differ from the network address."}
	if st.In {
		st.Verdict = i18n.T{
			Ko: "True: 넷마스크로 가린 앞 " + bits + "비트가 네트워크 주소와 같습니다.",
			En: "True: the first " + bits + " bits, those under the netmask, equal the network address."}
	}
	class := "ipaddress.IPv4Address"
	if a.Is6() {
		class = "ipaddress.IPv6Address"
	}
	st.Rows = []bitRow{
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
