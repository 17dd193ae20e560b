//go:build !js

package ipaddress

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/netcalc"
	"netprimer/internal/pyoracle"
)

// evalProgram evaluates Python expressions, each in an environment with
// s, net and addr set up as the lesson does, and answers str() of each
// value, "bits:" expressions as the value's bits, and exceptions as the
// last line of their traceback.
const evalProgram = `
import ipaddress, itertools

def gridbase(s, net, strict):
    # The address the bit grid shows: the one typed, with strict=False.
    if strict:
        return net.network_address
    try:
        a = ipaddress.ip_address(s.split("/", 1)[0])
    except ValueError:
        return net.network_address
    return a if a.version == net.version else net.network_address

def answer(r):
    env = {"ipaddress": ipaddress, "itertools": itertools, "gridbase": gridbase, "s": r["s"], "strict": r["strict"]}
    for name, src in (("net", "ipaddress.ip_network(s, strict=strict)"), ("addr", "ipaddress.ip_address(r_addr)")):
        env["r_addr"] = r["addr"]
        try:
            env[name] = eval(src, env)
        except Exception:
            pass
    return evaluate(r["exprs"], env)
`

// check is a question for CPython and what the lesson shows for it.
type check struct {
	name   string // the case, for messages
	s      string // the network's text
	addr   string
	strict bool
	exprs  []string
	want   []string
}

// oracleChecks builds the questions for one network and one address, as
// the lesson shows them with the query q.
func oracleChecks(net, addr string, strict bool, q url.Values) []check {
	var checks []check
	add := func(name string, exprs, want []string) {
		checks = append(checks, check{name: name, s: net, addr: addr, strict: strict, exprs: exprs, want: want})
	}
	cls := func(s, kind string) string {
		if looks6(s) {
			return "ipaddress.IPv6" + kind
		}
		return "ipaddress.IPv4" + kind
	}
	strictArg := "False"
	if strict {
		strictArg = "True"
	}

	a := newAddrState(addr)
	if a.err.failed() {
		add("address error", []string{cls(addr, "Address") + "(r_addr)"}, []string{"!" + a.err.line})
	} else {
		var tops, subs []string
		for _, c := range a.cells {
			tops, subs = append(tops, c.top), append(subs, c.sub)
		}
		sep, top := ".", "'.'.join(str(b) for b in addr.packed)"
		if len(a.cells) == 8 {
			sep, top = ":", "':'.join('%04x' % (int(addr) >> k & 0xffff) for k in range(112, -1, -16))"
		}
		exprs, want := []string{top, "bits:addr"}, []string{strings.Join(tops, sep), strings.Join(subs, "")}
		for _, f := range a.flags {
			exprs, want = append(exprs, "addr."+f.top), append(want, f.sub)
		}
		add("address cells and flags", exprs, want)
	}

	n := newNetState(q, net, strict, nil)
	if n.err.failed() {
		expr := cls(net, "Network") + "(s, strict=strict)"
		if n.err.hostBits {
			expr = "ipaddress.ip_network(s, strict=strict)"
		}
		add("network error", []string{expr}, []string{"!" + n.err.line})
	} else {
		exprs := []string{"bits:gridbase(s, net, strict)", "net.prefixlen"}
		want := []string{n.grid.bits, strconv.Itoa(n.grid.prefix)}
		parsed, _ := netcalc.ParseNetwork(net, strict)
		small := parsed.HostBits() <= 16
		for _, p := range n.summary {
			if small || !strings.Contains(p.py, "(1 for") && !strings.Contains(p.py, "list(") {
				exprs, want = append(exprs, p.py), append(want, p.val)
			}
		}
		if n.supernet.href != "" {
			exprs, want = append(exprs, "net.supernet()"), append(want, n.supernet.text)
		}
		for _, r := range n.masked {
			exprs, want = append(exprs, "bits:"+r.py), append(want, strings.NewReplacer(".", "", ":", "").Replace(r.net+r.host))
		}
		// Every prefix the grid can move to is a network ip_network takes,
		// with that prefix length.
		for _, k := range []int{0, n.grid.prefix, len(n.grid.bits) - 1, len(n.grid.bits)} {
			if k < 0 {
				continue
			}
			g := gridNet(n.grid.base, k, strict)
			exprs = append(exprs, fmt.Sprintf("ipaddress.ip_network(%q, strict=%s).prefixlen", g, strictArg))
			want = append(want, strconv.Itoa(k))
		}
		if n.subnets.err.failed() {
			exprs = append(exprs, "list(net.subnets(new_prefix="+strconv.Itoa(n.newPrefix)+"))")
			want = append(want, "!"+n.subnets.err.line)
		}
		add("network", exprs, want)
	}

	m := newMemberState(net, addr, strict)
	if m.valid {
		exprs, want := []string{"addr in net"}, []string{strconv.FormatBool(m.in)}
		want[0] = strings.ToUpper(want[0][:1]) + want[0][1:]
		for _, r := range m.rows {
			exprs, want = append(exprs, "bits:"+r.py), append(want, strings.NewReplacer(".", "", ":", "").Replace(r.net+r.host))
		}
		if len(m.rows) > 0 {
			// The network part is as long as the prefix.
			exprs = append(exprs, "net.prefixlen")
			want = append(want, strconv.Itoa(len(strings.NewReplacer(".", "", ":", "").Replace(m.rows[0].net))))
		}
		add("membership", exprs, want)
	}
	for i := range checks {
		checks[i].name = fmt.Sprintf("net %.60q addr %.60q strict %v: %s", net, addr, strict, checks[i].name)
	}
	return checks
}

// addrCases are addresses the lesson must get right: the deck's, the
// special blocks, and malformed ones of every kind.
var addrCases = []string{
	"192.0.2.1", "2001:A8::1", "114.71.220.95", "192.168.0.1", "127.0.0.1", "0.0.0.0", "255.255.255.255",
	"224.0.0.1", "169.254.1.1", "100.64.0.1", "240.0.0.1", "10.1.2.3", "172.16.0.1", "8.8.8.8",
	"::", "::1", "::ffff:1.2.3.4", "::ffff:192.0.2.1", "fe80::1%eth0", "fe80::1%1", "ff02::1", "fc00::1",
	"2002:c000:201::", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "fec0::1", "2001:db8::", "1::",
	"010.0.0.1", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/32", "", " 1.2.3.4", "1.2.3.4 ", "１.2.3.4",
	"::ffff:1.2.3.4.5", "1::2::3", ":::", "fe80::1%", "fe80::1%a%b", "12345::", "g::", "1:2:3:4:5:6:7:8:9",
}

// netCases are networks the lesson must get right.
var netCases = []string{
	"114.71.220.0/24", "114.71.220.0/255.255.255.0", "114.71.220.0/0.0.0.255", "192.168.1.77/24",
	"10.0.0.0/8", "0.0.0.0/0", "192.0.2.0/31", "192.0.2.1/32", "192.0.2.0/30", "1.2.3.4",
	"2001:db8::/64", "2001:db8::/127", "2001:db8::1/128", "::/0", "fe80::%eth0/64", "fe80::1%eth0/64",
	"2001:db8::1/64", "::ffff:0:0/96", "1.2.3.0/33", "1.2.3.0/255.0.255.0", "1.2.3.0/24/1", "1.2.3.0/",
	"2001:db8::/255.255.0.0", "2001:db8::/129", "010.0.0.0/8", "", "/24", "1.2.3.0/024", "1.2.3.0/+24",
}

func randomAddr(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return fmt.Sprintf("%d.%d.%d.%d", r.IntN(256), r.IntN(256), r.IntN(256), r.IntN(256))
	}
	var b [16]byte
	for i := range b {
		if r.IntN(3) > 0 {
			b[i] = byte(r.IntN(256))
		}
	}
	return netcalc.AddrFrom16(b).String()
}

// mutate damages a text the ways students do: a character doubled,
// dropped or replaced.
func mutate(r *rand.Rand, s string) string {
	if s == "" || r.IntN(3) > 0 {
		return s
	}
	i := r.IntN(len(s))
	switch r.IntN(3) {
	case 0:
		return s[:i] + s[i:i+1] + s[i:]
	case 1:
		return s[:i] + s[i+1:]
	}
	return s[:i] + string("0.:/%gx9 "[r.IntN(9)]) + s[i+1:]
}

// TestIPViewAgreesWithCPython asks CPython about everything the lesson
// shows beside its sessions (bits, cells, flags, the hosts summary, the
// supernet, the prefixes the grid moves to, membership and the errors it
// explains) for the cases above and random ones, and replays the
// sessions in CPython.
func TestIPViewAgreesWithCPython(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 11))
	var checks []check
	sessions := map[string]string{}
	view := func(net, addr string, strict bool, q url.Values) {
		checks = append(checks, oracleChecks(net, addr, strict, q)...)
		if len(sessions) < 400 {
			q = cloneValues(q)
			q.Set(qAddr, addr)
			q.Set(qNet, net)
			if !strict {
				q.Set(qStrict, "0")
			}
			v := newIPView(q, nil)
			for id, lines := range map[string][]string{"addr": v.a.session, "net": v.n.session, "member": v.m.session} {
				sessions[fmt.Sprintf("%s session, %s", id, q.Encode())] = strings.Join(lines, "\n")
			}
		}
	}
	for i, net := range netCases {
		view(net, addrCases[i%len(addrCases)], true, url.Values{})
		view(net, addrCases[(i+7)%len(addrCases)], false, url.Values{})
	}
	for _, addr := range addrCases {
		view("114.71.220.0/24", addr, true, url.Values{})
	}
	for range 500 {
		bits := 32
		a := randomAddr(r)
		if strings.Contains(a, ":") {
			bits = 128
		}
		net := mutate(r, a+"/"+strconv.Itoa(r.IntN(bits+1)))
		q := url.Values{}
		if r.IntN(2) == 0 {
			q.Set(qHosts, strconv.Itoa(r.IntN(5000)))
			q.Set(qPrefix, strconv.Itoa(r.IntN(bits+3)))
			q.Set(qSubnets, strconv.Itoa(r.IntN(100)))
		}
		addr := mutate(r, randomAddr(r))
		if r.IntN(3) == 0 {
			addr, _, _ = strings.Cut(net, "/")
		}
		view(net, addr, r.IntN(2) == 0, q)
	}

	o := pyoracle.Serve(t, evalProgram)
	reqs := make([]any, len(checks))
	for i, c := range checks {
		reqs[i] = map[string]any{"s": c.s, "addr": c.addr, "strict": c.strict, "exprs": c.exprs}
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var got []string
		if err := json.Unmarshal(line, &got); err != nil {
			return err
		}
		c := checks[i]
		for j, want := range c.want {
			g := got[j]
			if strings.HasSuffix(want, "…") && strings.HasPrefix(g, strings.TrimSuffix(want, "…")) {
				continue // an error box cuts a long message
			}
			if g != want {
				t.Errorf("%s: %s is %q in CPython, the lesson shows %q", c.name, c.exprs[j], g, want)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d checks of %d expressions, %d sessions replayed", len(checks), countExprs(checks), len(sessions))
	pyoracle.NewReplayer(t).Check(t, sessions)
}

func countExprs(checks []check) int {
	n := 0
	for _, c := range checks {
		n += len(c.exprs)
	}
	return n
}

func cloneValues(q url.Values) url.Values {
	c := url.Values{}
	for k, v := range q {
		c[k] = v
	}
	return c
}

// TestReasonsAgreeWithCPython checks that the message each explanation is
// chosen by starts the way CPython's does for the same input.
func TestReasonsAgreeWithCPython(t *testing.T) {
	o := pyoracle.Serve(t, evalProgram)
	var reqs []any
	for _, c := range reasonCases {
		expr := map[string]string{
			"addr":    "ipaddress.IPv4Address(s)",
			"net":     "ipaddress.IPv4Network(s)",
			"subnets": "list(ipaddress.ip_network('10.0.0.0/8').subnets(new_prefix=int(s)))",
		}[c.kind]
		if looks6(c.s) {
			expr = strings.Replace(expr, "IPv4", "IPv6", 1)
		}
		if c.s == "192.168.1.77/24" {
			expr = "ipaddress.ip_network(s)"
		}
		reqs = append(reqs, map[string]any{"s": c.s, "addr": "", "strict": true, "exprs": []string{expr}})
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var got []string
		if err := json.Unmarshal(line, &got); err != nil {
			return err
		}
		c := reasonCases[i]
		if want := "!" + caseProblem(c.kind, c.s).line; got[0] != want {
			t.Errorf("%s %q: CPython says %q, the lesson %q", c.kind, c.s, got[0], want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestInputHints: where CPython refuses what a Korean keyboard typed
// (full-width digits and dots, a space at the end, an invisible
// character), the lesson keeps CPython's exact error and adds a hint that
// names the cause; where CPython accepts the text, or refuses it for
// another reason, there is no hint.
func TestInputHints(t *testing.T) {
	o := pyoracle.Start(t, `
import ipaddress, json, sys
for line in sys.stdin:
    r = json.loads(line)
    try:
        # The lesson explains the error of the class the text looks like,
        # as IPv4Address(s) or IPv4Network(s) words it.
        v6 = ":" in r["s"]
        if r["net"]:
            (ipaddress.IPv6Network if v6 else ipaddress.IPv4Network)(r["s"])
        else:
            (ipaddress.IPv6Address if v6 else ipaddress.IPv4Address)(r["s"])
        print("null", flush=True)
    except ValueError as e:
        name = type(e).__name__ if type(e) is ValueError else "ipaddress." + type(e).__name__
        print(json.dumps(name + ": " + str(e)), flush=True)
`)
	for _, c := range []struct {
		s    string
		net  bool
		hint string // in the English hint; "" for none
		ko   string // in the Korean one
	}{
		{"１９２．０．２．１", false, "full-width characters, １ ９ ２ ．", "전각 문자 １ ９ ２ ． ０이 들어 있습니다"},
		{"１９２.０.２.１", false, "type '192.0.2.1'", "'192.0.2.1'처럼"},
		{"192.0.2.1 ", false, "a space (U+0020) at its end", "끝에 공백(U+0020)이 있습니다"},
		{" 192.0.2.1", false, "a space (U+0020) at its start", "앞에 공백"},
		{"192.0.2.1\u3000", false, "type '192.0.2.1'", "반각으로"},
		{"192.0.2.1\u200b", false, "an invisible character (U+200B) at its end", "보이지 않는 문자(U+200B)가 있습니다"},
		{"192.0. 2.1", false, "inside it", "가운데에"},
		{"114.71.220.0/２４", true, "full-width characters, ２ ４", "전각 문자 ２ ４가"},
		{"114.71.220.0/24 ", true, "at its end", "끝에 공백"},
		// Refused for another reason: no hint.
		{"192.0.2.256", false, "", ""},
		{"010.0.0.1", false, "", ""},
		{"114.71.220.95/24", true, "", ""},
	} {
		t.Run(c.s, func(t *testing.T) {
			var want *string
			o.Ask(t, map[string]any{"s": c.s, "net": c.net}, &want)
			if want == nil {
				t.Fatalf("CPython accepts %q: not a case of this test", c.s)
			}
			var p problem
			if c.net {
				_, err := netcalc.ParseNetwork(c.s, true)
				if err == nil {
					t.Fatalf("the lesson accepts %q", c.s)
				}
				p = netProblem(c.s, true, err)
			} else {
				p = addrProblem(c.s)
			}
			if p.line != *want {
				t.Errorf("error %q, CPython says %q", p.line, *want)
			}
			if c.hint == "" {
				if p.hint.Ko != "" || p.hint.En != "" {
					t.Errorf("a hint where none is due: %+v", p.hint)
				}
				return
			}
			if !strings.Contains(p.hint.En, c.hint) || !strings.Contains(p.hint.Ko, c.ko) {
				t.Errorf("hint %q / %q, want %q / %q in it", p.hint.En, p.hint.Ko, c.hint, c.ko)
			}
		})
	}
}
