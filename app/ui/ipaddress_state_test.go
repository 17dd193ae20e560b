package ui

import (
	"math/big"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/netcalc"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/param"
)

// TestIPViewDefaults checks that the lesson opens on the deck's examples:
// ip_address('192.0.2.1'), ip_network('114.71.220.0/24') with the plain
// hosts() loop of the slide, and strict=True.
func TestIPViewDefaults(t *testing.T) {
	v := newIPView(url.Values{}, nil)
	if v.Addr != "192.0.2.1" || v.Net != "114.71.220.0/24" || !v.Strict || v.Cut {
		t.Fatalf("defaults: addr %q net %q strict %v cut %v", v.Addr, v.Net, v.Strict, v.Cut)
	}
	net := strings.Join(v.N.Session, "\n")
	for _, want := range []string{
		">>> net = ipaddress.ip_network('114.71.220.0/24')",
		">>> for x in net.hosts():\n...     print(x)\n... \n114.71.220.1\n114.71.220.2\n",
		"114.71.220.254\n>>> ",
	} {
		if !strings.Contains(net, want) {
			t.Errorf("the default session lacks %q:\n%s", want, net)
		}
	}
	if got := len(v.N.Hosts.Rows); got != pageLen {
		t.Errorf("the hosts page has %d rows, want %d", got, pageLen)
	}
	if v.M.In || !v.M.Valid {
		t.Errorf("192.0.2.1 in 114.71.220.0/24: valid %v in %v", v.M.Valid, v.M.In)
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

// TestPickPrefix checks where a click on the bit grid moves the prefix.
func TestPickPrefix(t *testing.T) {
	for _, c := range []struct {
		bit, prefix, want int
	}{
		{27, 24, 28},   // a host bit joins the network part, with those before it
		{23, 24, 23},   // the last network bit goes to the host part
		{8, 24, 9},     // an earlier network bit ends the network part there
		{0, 1, 0},      // down to /0
		{0, 0, 1},      // and back up
		{31, 32, 31},   // the last bit of a /32
		{31, 30, 32},   // up to /32
		{127, 64, 128}, // IPv6
	} {
		if got := kit.PickPrefix(c.bit, c.prefix); got != c.want {
			t.Errorf("kit.PickPrefix(%d, /%d) = %d, want %d", c.bit, c.prefix, got, c.want)
		}
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
		got := []string{hosts(p.First), hosts(p.Prev), hosts(p.Next), hosts(p.Last), p.Range.In(i18n.En)}
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
	return st.Subnets.Err
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
		if p.Why == txtNotIPWhy {
			t.Errorf("%s %q: only the generic explanation for %s", c.kind, c.s, p.Line)
		}
		for _, r := range ipReasons {
			if p.Why == r.why {
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
				if len(v.Addr) > 4*param.Max || len(v.Net) > 4*param.Max {
					t.Fatalf("inputs not cut: %d and %d bytes", len(v.Addr), len(v.Net))
				}
				if len(v.N.Hosts.Rows) > pageLen || len(v.N.Subnets.Rows) > pageLen {
					t.Fatalf("net %.40q: %d hosts and %d subnets listed", net, len(v.N.Hosts.Rows), len(v.N.Subnets.Rows))
				}
				for _, p := range []problem{v.A.Err, v.N.Err, v.N.Subnets.Err} {
					if len([]rune(p.Line)) > maxShown+1 {
						t.Fatalf("an error box echoes %d characters", len([]rune(p.Line)))
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
			session := "\n" + strings.Join(st.Session, "\n") + "\n"
			for _, rows := range [][]link{st.Hosts.Rows, st.Subnets.Rows} {
				if len(rows) == 0 {
					t.Fatal("an empty page")
				}
				var b strings.Builder
				for _, r := range rows {
					b.WriteString(r.Text + "\n")
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
		if len(v.N.Hosts.Rows) > pageLen || len(v.N.Subnets.Rows) > pageLen {
			t.Fatalf("%d hosts and %d subnets listed", len(v.N.Hosts.Rows), len(v.N.Subnets.Rows))
		}
		for _, p := range []problem{v.A.Err, v.N.Err, v.N.Subnets.Err} {
			if n := len([]rune(p.Line)); n > maxShown+1 {
				t.Fatalf("an error box echoes %d characters", n)
			}
		}
		for _, s := range [][]string{v.A.Session, v.N.Session, v.M.Session} {
			if len(s) < 2 || s[0] != ">>> import ipaddress" {
				t.Fatalf("a session starts %q", s)
			}
		}
		if v.N.Err.failed() == (v.N.Grid.Bits != "") {
			t.Fatalf("error %q and a grid of %d bits", v.N.Err.Line, len(v.N.Grid.Bits))
		}
		if g := v.N.Grid; g.Bits != "" && (len(g.Bits) != g.Base.BitLen() || g.Prefix > len(g.Bits)) {
			t.Fatalf("a grid of %d bits for /%d", len(g.Bits), g.Prefix)
		}
	})
}
