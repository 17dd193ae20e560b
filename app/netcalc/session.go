package netcalc

import (
	"errors"
	"math/big"
	"strings"
	"unicode/utf8"

	"netprimer/app/pyrepl"
)

// The sessions below are the <pre class="pyrepl"> of the /ipaddress
// lesson's widgets. Each takes the raw text of the URL parameters, which
// may be anything, and returns what CPython 3.11 prints when the ">>> "
// lines are typed into a fresh interpreter, errors included.

// Page sizes of the lists in NetworkSession.
const (
	// DefaultHostsLen lists a whole /24 with the deck's plain loop.
	DefaultHostsLen = 256
	// DefaultSubnetsLen is the number of subnets listed by default.
	DefaultSubnetsLen = 16
	// MaxPageLen caps a page, whatever NetworkView asks for.
	MaxPageLen = 4096
	// isliceLimit is the furthest a session lets itertools.islice skip
	// through a generator; beyond it, elements are computed by index so
	// that the session stays quick in CPython.
	isliceLimit = 4096
)

// AddressSession returns the address explorer's session for ?addr=:
// ip_address() and every property the explorer shows, or the ValueError
// and the reasons IPv4Address() and IPv6Address() give.
func AddressSession(addr string) *pyrepl.Transcript {
	addr = validUTF8(addr)
	t := pyrepl.Session("ipaddress")
	lit := pyrepl.Str(addr)
	t.In("addr = ipaddress.ip_address(" + lit + ")")
	a, err := ParseAddr(addr)
	if err != nil {
		raise(t, err)
		_, err4 := ParseIPv4Addr(addr)
		t.In("ipaddress.IPv4Address(" + lit + ")")
		raise(t, err4)
		_, err6 := ParseIPv6Addr(addr)
		t.In("ipaddress.IPv6Address(" + lit + ")")
		raise(t, err6)
		return t
	}
	t.Eval("addr", a.Repr())
	t.Eval("addr.version", pyrepl.Int(int64(a.Version())))
	t.Eval("addr.compressed", pyrepl.Str(a.String()))
	t.In("addr.exploded")
	if s, err := a.Exploded(); err != nil {
		raise(t, err)
	} else {
		t.Out(pyrepl.Str(s))
	}
	t.Eval("int(addr)", a.IntString())
	t.Eval("hex(int(addr))", pyrepl.Str(a.Hex()))
	bin, _ := a.Format("_b")
	t.Eval("format(addr, '_b')", pyrepl.Str(bin))
	t.Eval("addr.packed", pyrepl.Bytes(a.Packed()))
	t.Eval("addr.is_private", pyrepl.Bool(a.IsPrivate()))
	t.Eval("addr.is_global", pyrepl.Bool(a.IsGlobal()))
	t.Eval("addr.is_loopback", pyrepl.Bool(a.IsLoopback()))
	t.Eval("addr.is_multicast", pyrepl.Bool(a.IsMulticast()))
	t.Eval("addr.is_link_local", pyrepl.Bool(a.IsLinkLocal()))
	t.Eval("addr.is_reserved", pyrepl.Bool(a.IsReserved()))
	t.Eval("addr.is_unspecified", pyrepl.Bool(a.IsUnspecified()))
	t.In("addr.reverse_pointer")
	if s, err := a.ReversePointer(); err != nil {
		raise(t, err)
	} else {
		t.Out(pyrepl.Str(s))
	}
	if a.Is4() {
		t.Eval("ipaddress.IPv6Address(f'::ffff:{addr}')", a.Mapped().Repr())
		return t
	}
	if a.Zone() != "" {
		t.Eval("addr.scope_id", pyrepl.Str(a.Zone()))
	}
	if m, ok := a.IPv4Mapped(); ok {
		t.Eval("addr.ipv4_mapped", m.Repr())
	} else {
		t.Eval("print(addr.ipv4_mapped)", pyrepl.None)
	}
	if v4, ok := a.SixToFour(); ok {
		t.Eval("addr.sixtofour", v4.Repr())
	}
	if server, client, ok := a.Teredo(); ok {
		t.Eval("addr.teredo", pyrepl.Tuple(server.Repr(), client.Repr()))
	}
	return t
}

// NetworkView chooses the pages of the lists in NetworkSession. The zero
// NetworkView lists the first DefaultHostsLen hosts and the first
// DefaultSubnetsLen subnets one bit longer.
type NetworkView struct {
	// HostsFrom is the index in hosts() of the first host listed; nil
	// is 0.
	HostsFrom *big.Int
	// HostsLen is how many hosts are listed; 0 is DefaultHostsLen, and
	// more than MaxPageLen is MaxPageLen.
	HostsLen int
	// NewPrefix is the new_prefix= of the subnets listed; 0 is
	// prefixlen + 1, what subnets() does by default.
	NewPrefix int
	// SubnetsFrom is the index of the first subnet listed; nil is 0.
	SubnetsFrom *big.Int
	// SubnetsLen is how many subnets are listed; 0 is
	// DefaultSubnetsLen, and more than MaxPageLen is MaxPageLen.
	SubnetsLen int
}

// NetworkSession returns the network calculator's session for ?net= and
// strict: ip_network() and its properties, a page of hosts(), a page of
// subnets(new_prefix=) and supernet(); or the exception, with the
// reasons IPv4Network() and IPv6Network() give when neither parses.
func NetworkSession(net string, strict bool, view NetworkView) *pyrepl.Transcript {
	net = validUTF8(net)
	n, err := ParseNetwork(net, strict)
	modules := []string{"ipaddress"}
	hosts, subnets := pageHosts(n, view), pageSubnets(n, view)
	if err == nil && (hosts.islice || subnets.islice) {
		modules = append(modules, "itertools")
	}
	t := pyrepl.Session(modules...)
	t.In("net = " + networkCall("ipaddress.ip_network", net, strict))
	if err != nil {
		raise(t, err)
		if errors.Is(err, ErrHostBitsSet) {
			return t
		}
		_, err4 := ParseIPv4Network(net, strict)
		t.In(networkCall("ipaddress.IPv4Network", net, strict))
		raise(t, err4)
		_, err6 := ParseIPv6Network(net, strict)
		t.In(networkCall("ipaddress.IPv6Network", net, strict))
		raise(t, err6)
		return t
	}
	t.Eval("net", networkRepr(n))
	t.Eval("net.with_netmask", pyrepl.Str(n.WithNetmask()))
	t.Eval("net.with_hostmask", pyrepl.Str(n.WithHostmask()))
	t.Eval("net.with_prefixlen", pyrepl.Str(n.WithPrefixlen()))
	t.Eval("net.netmask", n.Netmask().Repr())
	t.Eval("net.hostmask", n.Hostmask().Repr())
	t.Eval("net.network_address", n.Addr().Repr())
	t.Eval("net.broadcast_address", n.Broadcast().Repr())
	t.Eval("net.num_addresses", n.NumAddresses().String())
	t.Eval("net.prefixlen", pyrepl.Int(int64(n.Bits())))
	hosts.write(t)
	subnets.write(t)
	t.Eval("net.supernet()", networkRepr(n.Supernet()))
	return t
}

// MembershipSession returns the membership widget's session for ?net=,
// ?addr= and strict: addr in net, and why, with the bits under the
// netmask next to the network address.
func MembershipSession(net, addr string, strict bool) *pyrepl.Transcript {
	net, addr = validUTF8(net), validUTF8(addr)
	t := pyrepl.Session("ipaddress")
	t.In("net = " + networkCall("ipaddress.ip_network", net, strict))
	n, nerr := ParseNetwork(net, strict)
	if nerr != nil {
		raise(t, nerr)
	}
	t.In("addr = ipaddress.ip_address(" + pyrepl.Str(addr) + ")")
	a, aerr := ParseAddr(addr)
	if aerr != nil {
		raise(t, aerr)
	}
	if nerr != nil || aerr != nil {
		return t
	}
	t.Eval("addr in net", pyrepl.Bool(n.Contains(a)))
	masked, ok := n.Masked(a)
	if !ok {
		t.Eval("addr.version, net.version", pyrepl.Tuple(pyrepl.Int(int64(a.Version())), pyrepl.Int(int64(n.Version()))))
		return t
	}
	class := "ipaddress.IPv4Address"
	if a.Is6() {
		class = "ipaddress.IPv6Address"
	}
	t.Eval("net.netmask", n.Netmask().Repr())
	t.Eval(class+"(int(addr) & int(net.netmask))", masked.Repr())
	t.Eval("net.network_address", n.Addr().Repr())
	return t
}

// list is a page of hosts() or subnets() as a session writes it.
type list struct {
	code   string   // the loop or expression that lists the page
	lines  []string // what it prints
	err    error    // what it raises, if anything
	islice bool     // whether code needs itertools
}

func (l list) write(t *pyrepl.Transcript) {
	if l.code == "" {
		return
	}
	t.In(l.code)
	if l.err != nil {
		raise(t, l.err)
		return
	}
	if len(l.lines) > 0 {
		t.Out(strings.Join(l.lines, "\n"))
	}
}

// page is the index range [from, end) of a list's page, clamped to the
// list's length.
func page(from *big.Int, size int, length *big.Int) (f, e *big.Int) {
	f = new(big.Int)
	if from != nil && from.Sign() > 0 {
		f.Set(from)
	}
	if f.Cmp(length) > 0 {
		f.Set(length) // an empty page
	}
	e = new(big.Int).Add(f, big.NewInt(int64(min(size, MaxPageLen))))
	if e.Cmp(length) > 0 {
		e.Set(length)
	}
	return f, e
}

// pageHosts lists hosts() from view.HostsFrom: the deck's plain loop when
// the page is all of them, itertools.islice for a page not far in, and
// net[i] beyond, where hosts() would take too long to skip to.
func pageHosts(n Network, view NetworkView) list {
	if !n.IsValid() {
		return list{}
	}
	hosts := n.Hosts()
	size := view.HostsLen
	if size <= 0 {
		size = DefaultHostsLen
	}
	length := hosts.Len()
	from, end := page(view.HostsFrom, size, length)
	var l list
	for i := new(big.Int).Set(from); i.Cmp(end) < 0; i.Add(i, one) {
		a, _ := hosts.At(i)
		l.lines = append(l.lines, a.String())
	}
	// print() writes a scope id as it is; where it would need escaping
	// (a line break, say), the list's repr is written instead.
	if n.HostBits() == 0 && needsEscape(n.Addr().Zone()) {
		l.code = "list(net.hosts())"
		l.lines = []string{pyrepl.List(n.Addr().Repr())}
		if from.Sign() > 0 {
			l.code += "[" + from.String() + ":]"
			l.lines = []string{"[]"}
		}
		return l
	}
	switch {
	case from.Sign() == 0 && end.Cmp(length) == 0:
		l.code = "for x in net.hosts():\n    print(x)"
	case from.Cmp(big.NewInt(isliceLimit)) < 0:
		l.code = "for x in itertools.islice(net.hosts(), " + sliceArgs(from, end) + "):\n    print(x)"
		l.islice = true
	default:
		// hosts() skips the network address except in a /31 or /127.
		offset := one
		if n.HostBits() <= 1 {
			offset = new(big.Int)
		}
		l.code = "for i in range(" + new(big.Int).Add(from, offset).String() + ", " +
			new(big.Int).Add(end, offset).String() + "):\n    print(net[i])"
	}
	return l
}

var one = big.NewInt(1)

// pageSubnets lists subnets(new_prefix=) from view.SubnetsFrom, or shows
// the ValueError the generator raises.
func pageSubnets(n Network, view NetworkView) list {
	if !n.IsValid() {
		return list{}
	}
	newPrefix := view.NewPrefix
	if newPrefix == 0 {
		newPrefix = n.Bits() + 1
	}
	call := "net.subnets(new_prefix=" + itoa(newPrefix) + ")"
	subnets, err := n.Subnets(newPrefix)
	if err != nil {
		return list{code: "list(" + call + ")", err: err}
	}
	size := view.SubnetsLen
	if size <= 0 {
		size = DefaultSubnetsLen
	}
	length := subnets.Len()
	from, end := page(view.SubnetsFrom, size, length)
	var l list
	for i := new(big.Int).Set(from); i.Cmp(end) < 0; i.Add(i, one) {
		s, _ := subnets.At(i)
		l.lines = append(l.lines, s.String())
	}
	if n.HostBits() == 0 && needsEscape(n.Addr().Zone()) {
		l.code = "list(" + call + ")"
		l.lines = []string{pyrepl.List(networkRepr(n))}
		if from.Sign() > 0 {
			l.code += "[" + from.String() + ":]"
			l.lines = []string{"[]"}
		}
		return l
	}
	switch {
	case from.Sign() == 0 && end.Cmp(length) == 0:
		l.code = "for s in " + call + ":\n    print(s)"
	case from.Cmp(big.NewInt(isliceLimit)) < 0:
		l.code = "for s in itertools.islice(" + call + ", " + sliceArgs(from, end) + "):\n    print(s)"
		l.islice = true
	default:
		step := itoa(n.MaxBits() - newPrefix)
		l.code = "for k in range(" + from.String() + ", " + end.String() + "):\n" +
			"    print(ipaddress.ip_network((net.network_address + k * 2**" + step + ", " + itoa(newPrefix) + ")))"
	}
	return l
}

func sliceArgs(from, end *big.Int) string {
	if from.Sign() == 0 {
		return end.String()
	}
	return from.String() + ", " + end.String()
}

// networkCall writes a call of an ipaddress network constructor.
func networkCall(fn, s string, strict bool) string {
	if strict {
		return fn + "(" + pyrepl.Str(s) + ")"
	}
	return fn + "(" + pyrepl.Str(s) + ", strict=False)"
}

func raise(t *pyrepl.Transcript, err error) {
	if e, ok := err.(*Error); ok {
		t.Raise(e.Type, e.Msg)
		return
	}
	t.Raise(ValueError, err.Error())
}

// Repr returns repr(a): IPv4Address('...') or IPv6Address('...').
func (a Addr) Repr() string {
	if a.Is4() {
		return pyrepl.Call("IPv4Address", pyrepl.Str(a.String()))
	}
	return pyrepl.Call("IPv6Address", pyrepl.Str(a.String()))
}

// networkRepr returns repr(n).
func networkRepr(n Network) string {
	if n.Version() == 4 {
		return pyrepl.Call("IPv4Network", pyrepl.Str(n.String()))
	}
	return pyrepl.Call("IPv6Network", pyrepl.Str(n.String()))
}

// needsEscape reports whether repr(s) escapes a character of s other than
// a quote or a backslash, that is whether print(s) would write a control
// character, a line break or another invisible character.
func needsEscape(s string) bool {
	for _, r := range s {
		if r == '\'' || r == '"' || r == '\\' {
			continue
		}
		if q := pyrepl.Str(string(r)); q[1:len(q)-1] != string(r) {
			return true
		}
	}
	return false
}

// validUTF8 replaces each invalid byte with U+FFFD, as pyrepl.Str reads
// it, so that the session's literals and its printed text agree.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
