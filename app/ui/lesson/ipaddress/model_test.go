package ipaddress

import (
	"math/big"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/netcalc"
	"netprimer/app/ui/kit/param"
)

// TestIPViewDefaults checks that the lesson opens on the deck's examples:
// ip_address('192.0.2.1'), ip_network('114.71.220.0/24') with the plain
// hosts() loop of the slide, and strict=True.
func TestIPViewDefaults(t *testing.T) {
	v := newIPView(url.Values{}, nil)
	if v.addr != "192.0.2.1" || v.net != "114.71.220.0/24" || !v.strict || v.cut {
		t.Fatalf("defaults: addr %q net %q strict %v cut %v", v.addr, v.net, v.strict, v.cut)
	}
	net := strings.Join(v.n.session, "\n")
	for _, want := range []string{
		">>> net = ipaddress.ip_network('114.71.220.0/24')",
		">>> for x in net.hosts():\n...     print(x)\n... \n114.71.220.1\n114.71.220.2\n",
		"114.71.220.254\n>>> ",
	} {
		if !strings.Contains(net, want) {
			t.Errorf("the default session lacks %q:\n%s", want, net)
		}
	}
	if got := len(v.n.hosts.rows); got != pageLen {
		t.Errorf("the hosts page has %d rows, want %d", got, pageLen)
	}
	// The membership opens on the deck's first example, which is True;
	// the deck's second is one click away, and False.
	if v.member != "114.71.220.95" || !v.m.in || !v.m.valid || !strings.HasPrefix(v.m.verdict.En, "True") {
		t.Errorf("%s in 114.71.220.0/24: valid %v in %v", v.member, v.m.valid, v.m.in)
	}
	if s := strings.Join(v.m.session, "\n"); !strings.Contains(s, "ip_address('114.71.220.95')\n>>> addr in net\nTrue") {
		t.Errorf("the membership's session:\n%s", s)
	}
	second := newIPView(url.Values{qMember: {"192.168.0.1"}}, nil)
	if second.m.in || !second.m.valid || second.addr != defaultAddr {
		t.Errorf("192.168.0.1 in 114.71.220.0/24: valid %v in %v; the explorer on %q", second.m.valid, second.m.in, second.addr)
	}
}

// TestHrefWith checks that links keep the rest of the state and that an
// empty value removes a parameter.
func TestHrefWith(t *testing.T) {
	q := url.Values{"addr": {"1.2.3.4"}, "net": {"10.0.0.0/8"}, "hosts": {"32"}, "lang": {"en"}}
	u, err := url.Parse(netHref(q, "10.0.0.0/9", qStrict, "0"))
	if err != nil {
		t.Fatal(err)
	}
	got := u.Query()
	if u.Path != ipPath || got.Get("addr") != "1.2.3.4" || got.Get("net") != "10.0.0.0/9" ||
		got.Get("lang") != "en" || got.Get("strict") != "0" || got.Has("hosts") {
		t.Errorf("netHref = %s", u)
	}
	if q.Get("net") != "10.0.0.0/8" || q.Get("hosts") != "32" {
		t.Errorf("netHref changed the query it was given: %v", q)
	}
	if h := hrefWith(url.Values{"hosts": {"5"}}, qHosts, ""); h != ipPath {
		t.Errorf("removing the only parameter gives %q", h)
	}
}

// TestGridNet checks the network the grid moves to: with strict=True the
// network holding the address, with strict=False the address as typed.
func TestGridNet(t *testing.T) {
	for _, c := range []struct {
		addr   string
		bits   int
		strict bool
		want   string
	}{
		{"114.71.220.0", 16, true, "114.71.0.0/16"},   // a supernet
		{"114.71.220.0", 28, true, "114.71.220.0/28"}, // the first subnet
		{"192.168.1.77", 28, false, "192.168.1.77/28"},
		{"192.168.1.77", 0, true, "0.0.0.0/0"},
		{"fe80::%eth0", 64, true, "fe80::%eth0/64"}, // no host bit cleared: the scope id stays
		{"fe80::1%eth0", 64, true, "fe80::/64"},     // cleared: the scope id goes, as in Python
		{"fe80::1%eth0", 64, false, "fe80::1%eth0/64"},
		{"2001:db8::", 128, true, "2001:db8::/128"},
	} {
		a := netcalc.MustParseAddr(c.addr)
		got := gridNet(a, c.bits, c.strict)
		if got != c.want {
			t.Errorf("gridNet(%s, %d, %v) = %q, want %q", c.addr, c.bits, c.strict, got, c.want)
		}
		if _, err := netcalc.ParseNetwork(got, c.strict); err != nil {
			t.Errorf("gridNet(%s, %d, %v) = %q, which ip_network refuses: %v", c.addr, c.bits, c.strict, got, err)
		}
	}
}

// TestPageStart checks how a page's first index is read from the URL.
func TestPageStart(t *testing.T) {
	n254 := big.NewInt(254)
	n64 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(1))
	for _, c := range []struct {
		s      string
		length *big.Int
		want   string
	}{
		{"", n254, "0"},                        // missing
		{"abc", n254, "0"},                     // not a number
		{"-16", n254, "0"},                     // negative
		{" 3", n254, "0"},                      // not only digits
		{"17", n254, "17"},                     // any index, not only a page's first
		{"253", n254, "253"},                   // the last host
		{"254", n254, "240"},                   // past the end: the last page
		{strings.Repeat("9", 60), n254, "240"}, // far past the end
		{"18446744073709551614", n64, "18446744073709551614"},
		{"18446744073709551615", n64, "18446744073709551600"},
		{"5", big.NewInt(1), "0"}, // a /32 has one host
	} {
		if got := pageStart(c.s, c.length).String(); got != c.want {
			t.Errorf("pageStart(%q, %s) = %s, want %s", c.s, c.length, got, c.want)
		}
	}
}

// TestPager checks the links of the first, a middle and the last page.
func TestPager(t *testing.T) {
	q := url.Values{"net": {"114.71.220.0/24"}}
	hosts := func(href string) string {
		if href == "" {
			return "none"
		}
		u, err := url.Parse(href)
		if err != nil {
			t.Fatal(err)
		}
		if !u.Query().Has("hosts") {
			return "0"
		}
		return u.Query().Get("hosts")
	}
	for _, c := range []struct {
		from                    int64
		first, prev, next, last string
		en                      string
	}{
		{0, "none", "none", "16", "240", "1–16 of 254"},
		{5, "0", "0", "21", "240", "6–21 of 254"},
		{32, "0", "16", "48", "240", "33–48 of 254"},
		{240, "0", "224", "none", "none", "241–254 of 254"},
	} {
		p := pager(q, qHosts, big.NewInt(c.from), big.NewInt(254))
		got := []string{hosts(p.first), hosts(p.prev), hosts(p.next), hosts(p.last), p.place.In(i18n.En)}
		want := []string{c.first, c.prev, c.next, c.last, c.en}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("page at %d: first, prev, next, last, range = %q, want %q", c.from, got, want)
		}
	}
}

// TestGroupBits checks how addresses are written bit by bit.
func TestGroupBits(t *testing.T) {
	for _, c := range []struct {
		addr      string
		prefix    int
		net, host string
	}{
		{"192.0.2.1", 24, "11000000.00000000.00000010", ".00000001"},
		{"192.0.2.1", 20, "11000000.00000000.0000", "0010.00000001"},
		{"192.0.2.1", 0, "", "11000000.00000000.00000010.00000001"},
		{"192.0.2.1", 32, "11000000.00000000.00000010.00000001", ""},
		{"::1", 112, strings.Repeat("0000000000000000:", 6) + "0000000000000000", ":0000000000000001"},
	} {
		net, host := groupBits(netcalc.MustParseAddr(c.addr), c.prefix)
		if net != c.net || host != c.host {
			t.Errorf("groupBits(%s, %d) = %q, %q; want %q, %q", c.addr, c.prefix, net, host, c.net, c.host)
		}
	}
}

// reasonCases reach every reason of ipReasons and the special cases, by
// the class whose message the lesson explains.
var reasonCases = []struct {
	kind string // addr, net (strict) or subnets (of 10.0.0.0/8)
	s    string
}{
	{"addr", ""},
	{"addr", "127.1"},
	{"addr", "1..2.3"},
	{"addr", "1.2.3.a"},
	{"addr", "1.2.3.0001"},
	{"addr", "010.0.0.1"},
	{"addr", "1.2.3.300"},
	{"addr", "1.2.3.4/24"},
	{"net", "1.2.3.0/24/1"},
	{"addr", "fe80::1%"},
	{"addr", "1:2"},
	{"addr", "1:2:3:4:5:6:7:8:9:0"},
	{"addr", "1::2::3"},
	{"addr", ":1:2:3:4:5:6:7"},
	{"addr", "1:2:3:4:5:6:7:"},
	{"addr", "1:2:3:4::5:6:7:8"},
	{"addr", "1:2:3:4:5:6:7"},
	{"addr", "1::g"},
	{"addr", "1::12345"},
	{"subnets", "7"},
	{"subnets", "33"},
	{"net", "1.2.3.0/33"},
	{"net", "192.168.1.77/24"},
	{"addr", "１.2.3.4"}, // fullwidth digit: not a decimal digit for ipaddress
}

// caseProblem returns the problem the lesson shows for a reasonCases case.
func caseProblem(kind, s string) problem {
	switch kind {
	case "addr":
		return addrProblem(s)
	case "net":
		_, err := netcalc.ParseNetwork(s, true)
		return netProblem(s, true, err)
	}
	st := newNetState(url.Values{qPrefix: {s}}, "10.0.0.0/8", true, nil)
	return st.subnets.err
}

// TestReasons checks that every explanation is reached, and that no case
// falls back on the generic one.
func TestReasons(t *testing.T) {
	used := map[string]bool{}
	for _, c := range reasonCases {
		p := caseProblem(c.kind, c.s)
		if !p.failed() {
			t.Errorf("%s %q: no error", c.kind, c.s)
			continue
		}
		if p.why == txtNotIPWhy {
			t.Errorf("%s %q: only the generic explanation for %s", c.kind, c.s, p.line)
		}
		for _, r := range ipReasons {
			if p.why == r.why {
				used[r.head] = true
			}
		}
	}
	for _, r := range ipReasons {
		if !used[r.head] {
			t.Errorf("no case reaches the explanation of %q", r.head)
		}
	}
}

// TestAnyInput feeds the view inputs of every shape and checks it never
// panics, never lists more than a page, and cuts what it echoes.
func TestAnyInput(t *testing.T) {
	inputs := []string{
		"", " ", "\x00", "\n", "%", "/", "::", ":::", "1.2.3.4%eth0", "fe80::1%\n", "1" + strings.Repeat("0", 5000),
		strings.Repeat("a", 100000), "::ffff:1.2.3.4", "0.0.0.0/0", "::/0", "1.2.3.4/255.255.0.255", "\xff\xfe",
		"2001:db8::/64", "2001:db8::1/128", "10.0.0.0/8", "1.2.3.4/32",
	}
	for _, addr := range inputs {
		for _, net := range inputs {
			for _, extra := range []url.Values{{}, {qStrict: {"0"}, qHosts: {"99999999999999999999999999999999999999999"}, qPrefix: {"200"}, qSubnets: {"-1"}}} {
				q := url.Values{qAddr: {addr}, qNet: {net}}
				for k, v := range extra {
					q[k] = v
				}
				v := newIPView(q, nil)
				if len(v.addr) > 4*param.Max || len(v.net) > 4*param.Max {
					t.Fatalf("inputs not cut: %d and %d bytes", len(v.addr), len(v.net))
				}
				if len(v.n.hosts.rows) > pageLen || len(v.n.subnets.rows) > pageLen {
					t.Fatalf("net %.40q: %d hosts and %d subnets listed", net, len(v.n.hosts.rows), len(v.n.subnets.rows))
				}
				for _, p := range []problem{v.a.err, v.n.err, v.n.subnets.err} {
					if len([]rune(p.line)) > maxShown+1 {
						t.Fatalf("an error box echoes %d characters", len([]rune(p.line)))
					}
				}
			}
		}
	}
}

// TestPagesInSession checks that the hosts and subnets listed are the
// lines the session prints, in order, on the first, a middle and the last
// page of IPv4 and IPv6 networks.
func TestPagesInSession(t *testing.T) {
	for _, c := range []struct{ net, hosts, prefix, subnets string }{
		{"114.71.220.0/24", "", "", ""},
		{"114.71.220.0/24", "100", "28", "3"},
		{"10.0.0.0/8", "16777213", "30", "4194303"},
		{"2001:db8::/64", "18446744073709551614", "120", "72057594037927935"},
		{"192.0.2.0/31", "", "", ""},
		{"2001:db8::/127", "1", "", ""},
	} {
		t.Run(c.net, func(t *testing.T) {
			st := newNetState(url.Values{qHosts: {c.hosts}, qPrefix: {c.prefix}, qSubnets: {c.subnets}}, c.net, true, nil)
			session := "\n" + strings.Join(st.session, "\n") + "\n"
			for _, rows := range [][]link{st.hosts.rows, st.subnets.rows} {
				if len(rows) == 0 {
					t.Fatal("an empty page")
				}
				var b strings.Builder
				for _, r := range rows {
					b.WriteString(r.text + "\n")
				}
				if !strings.Contains(session, "\n"+b.String()) {
					t.Errorf("the session does not print the page:\n%s\nsession:\n%s", b.String(), session)
				}
			}
		})
	}
}

// TestIPViewReuse checks that a view computed from the one before a
// change is the view computed afresh, whatever changed.
func TestIPViewReuse(t *testing.T) {
	steps := []url.Values{
		{},
		{qAddr: {"2"}},
		{qAddr: {"20"}},
		{qAddr: {"2001:db8::1"}},
		{qAddr: {"2001:db8::1"}, qNet: {"2001:db8::/64"}},
		{qAddr: {"2001:db8::1"}, qNet: {"2001:db8::/64"}, qHosts: {"16"}},
		{qAddr: {"2001:db8::2"}, qNet: {"2001:db8::/64"}, qHosts: {"16"}},
		{qAddr: {"2001:db8::2"}, qNet: {"2001:db8::/64"}, qHosts: {"16"}, qPrefix: {"70"}},
		{qAddr: {"2001:db8::2"}, qNet: {"2001:db8::/64"}, qHosts: {"16"}, qPrefix: {"70"}, qSubnets: {"3"}},
		{qAddr: {"2001:db8::2"}, qNet: {"2001:db8::1/64"}, qStrict: {"0"}},
		{qAddr: {"2001:db8::2"}, qNet: {"2001:db8::1/64"}},
		{qAddr: {"2001:db8::2"}, qNet: {"2001:db8::1/64"}, "lang": {"en"}},
	}
	prev := newIPView(steps[0], nil)
	for i, q := range steps[1:] {
		got, want := newIPView(q, &prev), newIPView(q, nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("step %d (%s): the view from the one before differs from a fresh one", i+1, q.Encode())
		}
		prev = got
	}
}

// FuzzIPView feeds the view any query: it must not panic, must list at
// most a page of hosts and subnets, must keep its error boxes short, and
// every session must start as a fresh interpreter does.
func FuzzIPView(f *testing.F) {
	for _, c := range reasonCases {
		f.Add(c.s, c.s, "", c.s, "")
	}
	f.Add("192.0.2.1", "114.71.220.0/24", "0", "", "")
	f.Add("2001:A8::1", "2001:db8::/64", "1", "18446744073709551615", "120")
	f.Add("fe80::1%eth0", "fe80::1%eth0/64", "0", "3", "65")
	f.Fuzz(func(t *testing.T, addr, net, strict, hosts, prefix string) {
		q := url.Values{qAddr: {addr}, qNet: {net}, qStrict: {strict}, qHosts: {hosts}, qPrefix: {prefix}, qSubnets: {hosts}}
		v := newIPView(q, nil)
		if len(v.n.hosts.rows) > pageLen || len(v.n.subnets.rows) > pageLen {
			t.Fatalf("%d hosts and %d subnets listed", len(v.n.hosts.rows), len(v.n.subnets.rows))
		}
		for _, p := range []problem{v.a.err, v.n.err, v.n.subnets.err} {
			if n := len([]rune(p.line)); n > maxShown+1 {
				t.Fatalf("an error box echoes %d characters", n)
			}
		}
		for _, s := range [][]string{v.a.session, v.n.session, v.m.session} {
			if len(s) < 2 || s[0] != ">>> import ipaddress" {
				t.Fatalf("a session starts %q", s)
			}
		}
		// A grid for a network, and for one with host bits set (the
		// address as typed): none for any other error.
		if (v.n.err.failed() && !v.n.err.hostBits) == (v.n.grid.bits != "") {
			t.Fatalf("error %q and a grid of %d bits", v.n.err.line, len(v.n.grid.bits))
		}
		if g := v.n.grid; g.bits != "" && (len(g.bits) != g.base.BitLen() || g.prefix > len(g.bits)) {
			t.Fatalf("a grid of %d bits for /%d", len(g.bits), g.prefix)
		}
	})
}

// TestModelInvariants checks, for each URL of a set (the deck's examples,
// every example link, pages and prefixes, wrong and odd input): the view
// is a function of the URL, whatever view the keystroke before left to
// reuse; and the URL the view writes back opens the same view.
func TestModelInvariants(t *testing.T) {
	queries := []url.Values{nil, {qAddr: {""}}, {qNet: {""}}, {qStrict: {"0"}}, {qStrict: {"x"}}}
	for _, net := range append(netExamples, "10.0.0.0/30", "0.0.0.0/0", "::/0", "1.2.3.4/33", "::1/129", "192.168.1.77/255.255.255.0",
		"fe80::1%eth0/64", "a/b/c", "\x00", "2001:db8::/32") {
		for _, more := range []url.Values{{}, {qStrict: {"0"}}, {qHosts: {"16"}}, {qHosts: {"99999999999999999999999999999999999999999"}},
			{qHosts: {"-1"}}, {qPrefix: {"30"}, qSubnets: {"3"}}, {qPrefix: {"200"}}, {qPrefix: {"x"}}, {qSubnets: {"1" + strings.Repeat("0", 50)}}} {
			q := url.Values{qNet: {net}}
			for k, v := range more {
				q[k] = v
			}
			queries = append(queries, q)
		}
	}
	for _, addr := range append(addrExamples, memberExamples...) {
		queries = append(queries, url.Values{qAddr: {addr}}, url.Values{qAddr: {addr}, qNet: {"114.71.220.0/24"}}, url.Values{qMember: {addr}})
	}
	for _, v := range []ipView{newIPView(nil, nil), newIPView(url.Values{qNet: {"10.0.0.0/8"}}, nil)} {
		for _, links := range [][]link{v.addrExamples, v.netExamples, v.memberExamples, v.n.hosts.links(), v.n.subnets.links()} {
			for _, x := range links {
				if x.href == "" {
					continue
				}
				u, err := url.Parse(x.href)
				if err != nil {
					t.Fatalf("link %q: %v", x.href, err)
				}
				queries = append(queries, u.Query())
			}
		}
	}
	shown := func(v ipView) ipView { v.netKey, v.cut = "", false; return v }
	prev := newIPView(nil, nil)
	for _, q := range queries {
		v := newIPView(q, nil)
		if again := newIPView(q, &prev); !reflect.DeepEqual(again, v) {
			t.Errorf("%v: the view depends on the view before", q)
		}
		back := newIPView(v.query(), &v)
		if !reflect.DeepEqual(shown(back), shown(v)) {
			t.Errorf("%v: the view writes %v, which opens another view", q, v.query())
		}
		prev = v
	}
	if len(queries) < 150 {
		t.Errorf("only %d URLs", len(queries))
	}
}

// links returns a page's steps and rows, the links a student can follow.
func (p listPage) links() []link {
	out := append([]link(nil), p.rows...)
	for _, h := range []string{p.first, p.prev, p.next, p.last} {
		out = append(out, link{href: h})
	}
	return out
}
