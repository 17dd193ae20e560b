//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"netprimer/app/deck"
	"netprimer/internal/pyoracle"
)

// ipState is what the ipaddress lesson shows, read from the page.
type ipState struct {
	URL      string
	Addr     string
	Member   string // the address of addr in net
	Net      string
	Strict   bool
	Sessions map[string]string // pre.pyrepl id → textContent
	Props    [][2]string       // data-py expression, value shown
	Rows     [][3]string       // bit rows: data-py expression, network bits, host bits
	InRows   [][3]string       // the bit rows of addr in net, whose addr is Member
	Errors   []string          // CPython's words in the error boxes
	Why      []string          // the explanations in the error boxes
	Hosts    []string
	Subnets  []string
	Bits     string // the bit grid
	NetBits  int    // how many of its bits are the network part
	History  int
	Lang     string
	Width    int // the document's scroll width
}

const readIPState = `(() => {
	const q = s => document.querySelector(s);
	const all = s => [...document.querySelectorAll(s)];
	return {
		URL: location.pathname + location.search,
		Addr: q("#addr-input").value,
		Member: q("#member-input").value,
		Net: q("#net-input").value,
		Strict: q("#strict-input").checked,
		Sessions: Object.fromEntries(all("pre.pyrepl").map(p => [p.id, p.textContent])),
		Props: all("dd[data-py]").map(d => [d.dataset.py, d.textContent]),
		Rows: all(".bitrow").filter(r => !r.closest("#member-widget")).map(r => [r.dataset.py, r.querySelector(".net").textContent, r.querySelector(".host").textContent]),
		InRows: all("#member-widget .bitrow").map(r => [r.dataset.py, r.querySelector(".net").textContent, r.querySelector(".host").textContent]),
		Errors: all(".error .pyerr").map(e => e.textContent),
		Why: all(".error > p:first-child").map(e => e.textContent),
		Hosts: all("#hosts li").map(e => e.textContent),
		Subnets: all("#subnets li").map(e => e.textContent),
		Bits: all("#net-bits .bit").map(b => b.textContent).join(""),
		NetBits: all("#net-bits .bit.net").length,
		History: history.length,
		Lang: document.documentElement.lang,
		Width: document.documentElement.scrollWidth,
	};
})()`

func readIP(t *testing.T, b *browser) ipState {
	t.Helper()
	return eval[ipState](t, b, readIPState)
}

// query returns a parameter of the page's address.
func (s ipState) query(key string) string {
	u, err := url.Parse(s.URL)
	if err != nil {
		return ""
	}
	return u.Query().Get(key)
}

// waitQuery waits until the page's address has key=want and the page
// shows it.
func waitQuery(key, want string) chromedp.Action[chromedp.Void] {
	k, _ := json.Marshal(key)
	w, _ := json.Marshal(want)
	return chromedp.Steps(waitJS(fmt.Sprintf(`new URLSearchParams(location.search).get(%s) === %s`, k, w)), rendered())
}

// waitSession waits until the session pre#id contains text.
func waitSession(id, text string) chromedp.Action[chromedp.Void] {
	i, _ := json.Marshal("#" + id)
	w, _ := json.Marshal(text)
	return waitJS(fmt.Sprintf(`(() => { const e = document.querySelector(%s); return !!e && e.textContent.includes(%s); })()`, i, w))
}

// clearInput empties an input without an input event, as selecting its
// text before typing over it would.
func clearInput(sel string) chromedp.Action[chromedp.Void] {
	js, _ := json.Marshal(sel)
	return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%s).value = ""`, js))
}

// lines reports whether want appears in text as whole consecutive lines.
func lines(text string, want ...string) bool {
	return strings.Contains("\n"+text+"\n", "\n"+strings.Join(want, "\n")+"\n")
}

// ipChecker gathers what the pages showed and asks CPython about all of it
// at the end: the sessions are replayed, the values with a data-py
// expression and the bit rows evaluated.
type ipChecker struct {
	sessions map[string]string
	asks     []ipAsk
}

type ipAsk struct {
	where          string
	net, addr      string
	strict         bool
	exprs, want    []string
	bigNet, errors bool
}

func newIPChecker() *ipChecker { return &ipChecker{sessions: map[string]string{}} }

// add records a page's state and checks what needs no CPython: each
// error box quotes a traceback of a session, and the hosts and subnets
// listed are lines the network session prints.
func (c *ipChecker) add(t *testing.T, where string, s ipState) {
	t.Helper()
	if len(s.Sessions) != 3 {
		t.Errorf("%s: %d sessions, want 3: %v", where, len(s.Sessions), s.Sessions)
	}
	for id, text := range s.Sessions {
		c.sessions[where+" #"+id] = text
	}
	all := strings.Join(mapValues(s.Sessions), "\n")
	for _, e := range s.Errors {
		if !strings.HasSuffix(e, "…") && !lines(all, e) {
			t.Errorf("%s: the error box says %q, which no session raises", where, e)
		}
	}
	for _, list := range [][]string{s.Hosts, s.Subnets} {
		if len(list) > 0 && !lines(s.Sessions["net-session"], list...) {
			t.Errorf("%s: the page lists %q, which the session does not print", where, list)
		}
	}
	a := ipAsk{where: where, net: s.Net, addr: s.Addr, strict: s.Strict, exprs: []string{}}
	for _, p := range s.Props {
		a.exprs, a.want = append(a.exprs, p[0]), append(a.want, p[1])
	}
	for _, r := range s.Rows {
		a.exprs = append(a.exprs, "bits:"+r[0])
		a.want = append(a.want, strings.NewReplacer(".", "", ":", "").Replace(r[1]+r[2]))
	}
	c.asks = append(c.asks, a)
	in := ipAsk{where: where + ", addr in net", net: s.Net, addr: s.Member, strict: s.Strict, exprs: []string{}}
	for _, r := range s.InRows {
		in.exprs = append(in.exprs, "bits:"+r[0])
		in.want = append(in.want, strings.NewReplacer(".", "", ":", "").Replace(r[1]+r[2]))
	}
	c.asks = append(c.asks, in)
}

func mapValues(m map[string]string) []string {
	var v []string
	for _, s := range m {
		v = append(v, s)
	}
	return v
}

const ipEvalProgram = `
import ipaddress

def answer(r):
    env = {"ipaddress": ipaddress}
    try:
        env["net"] = ipaddress.ip_network(r["net"], strict=r["strict"])
    except ValueError:
        pass
    try:
        env["addr"] = ipaddress.ip_address(r["addr"])
    except ValueError:
        pass
    # A big network's lists are too slow to ask; netcalc's tests cover them.
    slow = lambda e: "net" in env and env["net"].num_addresses > 2**20 and ("list(" in e or "sum(" in e)
    return evaluate(r["exprs"], env, slow)
`

// check asks CPython: every session replays the same, every value shown
// is what CPython computes.
func (c *ipChecker) check(t *testing.T) {
	t.Helper()
	o := pyoracle.Serve(t, ipEvalProgram)
	reqs := make([]any, len(c.asks))
	for i, a := range c.asks {
		reqs[i] = map[string]any{"net": a.net, "addr": a.addr, "strict": a.strict, "exprs": a.exprs}
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var got []*string
		if err := json.Unmarshal(line, &got); err != nil {
			return err
		}
		a := c.asks[i]
		for j, g := range got {
			if g != nil && *g != a.want[j] {
				t.Errorf("%s: %s is %q in CPython, the page shows %q", a.where, a.exprs[j], *g, a.want[j])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	pyoracle.NewReplayer(t).Check(t, c.sessions)
}

// openIP opens the lesson at query and waits for the app.
func openIP(t *testing.T, b *browser, s *server, query string) ipState {
	t.Helper()
	b.do(t, "open /ipaddress"+query, chromedp.Navigate(s.URL+"/ipaddress"+query), live())
	return readIP(t, b)
}

// TestIPAddressDeckExamples reproduces every ipaddress example of the
// deck's slides with the lesson's example links, and finds each line the
// slides show in the sessions on the page.
func TestIPAddressDeckExamples(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	c := newIPChecker()

	lesson, _ := deck.Find("/ipaddress")
	var codes []string
	for _, sl := range lesson.Slides {
		for _, bl := range sl.Blocks {
			if bl.Kind == deck.Code {
				codes = append(codes, bl.Code)
			}
		}
	}
	if len(codes) != 4 {
		t.Fatalf("the deck has %d ipaddress code blocks, want the 4 this test knows", len(codes))
	}
	call := regexp.MustCompile(`ip_(address|network)\('([^']*)'\)`)
	for i, code := range codes {
		// The page opens on the slides' first address and network; the
		// others are example links.
		st := openIP(t, b, s, "")
		c.add(t, fmt.Sprintf("slide code %d, opening", i), st)
		shown := strings.Join(mapValues(st.Sessions), "\n")
		var pageIn []string // what addr in net gives after each membership example
		for _, m := range call.FindAllStringSubmatch(code, -1) {
			kind, arg := m[1], m[2]
			examples := "#net-examples"
			if kind == "address" {
				examples = "#addr-examples"
				if strings.HasPrefix(arg, "114.71.220.") || strings.HasPrefix(arg, "192.168.") {
					examples = "#member-examples"
				}
			}
			link := fmt.Sprintf(`%s a[href*="=%s"]`, examples, url.QueryEscape(arg))
			session := map[string]string{"#addr-examples": "addr-session", "#net-examples": "net-session", "#member-examples": "member-session"}[examples]
			param := map[string]string{"#addr-examples": "addr", "#net-examples": "net", "#member-examples": "member"}[examples]
			b.do(t, "click the example "+arg,
				click(link),
				waitQuery(param, arg),
				// The address changes before the page renders it.
				waitSession(session, "ip_"+kind+"('"+arg+"')"),
			)
			st = readIP(t, b)
			c.add(t, fmt.Sprintf("slide code %d, example %s", i, arg), st)
			if examples == "#member-examples" {
				_, after, _ := strings.Cut(st.Sessions["member-session"], ">>> addr in net\n")
				out, _, _ := strings.Cut(after, "\n")
				pageIn = append(pageIn, out)
			}
			shown += "\n" + strings.Join(mapValues(st.Sessions), "\n")
		}
		// The slide's addr in net, in order, are the page's.
		var slideIn []string
		for _, part := range strings.Split(code, ">>> addr in net\n")[1:] {
			out, _, _ := strings.Cut(part, "\n")
			slideIn = append(slideIn, out)
		}
		if strings.Join(slideIn, " ") != strings.Join(pageIn, " ") {
			t.Errorf("slide code %d: addr in net gives %q on the slide, %q on the page", i, slideIn, pageIn)
		}
		// Every output line of the slide is a line of a session shown.
		for _, l := range strings.Split(code, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || l == "..." || strings.HasPrefix(l, ">>>") || strings.HasPrefix(l, "print(") {
				continue
			}
			if !lines(shown, l) {
				t.Errorf("slide code %d shows %q, which no session on the page prints", i, l)
			}
		}
	}
	b.noErrors(t, "deck examples")
	c.check(t)
}

// TestIPAddressTyping types in both inputs: the page and the address
// follow every keystroke without new history entries, a bad address is
// explained in both languages with CPython's words, and the state
// survives the language switch.
func TestIPAddressTyping(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	c := newIPChecker()
	st := openIP(t, b, s, "?lang=en")
	history := st.History

	b.do(t, "type an IPv6 address",
		clearInput("#addr-input"),
		chromedp.SendKeys(chromedp.CSS("#addr-input"), "2001:db8::1"),
		waitSession("addr-session", "IPv6Address('2001:db8::1')"),
		waitQuery("addr", "2001:db8::1"),
	)
	b.do(t, "type a network",
		clearInput("#net-input"),
		chromedp.SendKeys(chromedp.CSS("#net-input"), "10.0.0.0/8"),
		waitSession("net-session", "IPv4Network('10.0.0.0/8')"),
		waitQuery("net", "10.0.0.0/8"),
	)
	st = readIP(t, b)
	c.add(t, "typed", st)
	if st.History != history {
		t.Errorf("typing added %d history entries", st.History-history)
	}
	if len(st.Hosts) == 0 || st.Hosts[0] != "10.0.0.1" || st.NetBits != 8 {
		t.Errorf("10.0.0.0/8: hosts %q, %d network bits", st.Hosts, st.NetBits)
	}

	b.do(t, "type an address with a leading zero",
		clearInput("#addr-input"),
		chromedp.SendKeys(chromedp.CSS("#addr-input"), "010.0.0.1"),
		chromedp.WaitVisible(chromedp.CSS("#addr-error")),
		waitQuery("addr", "010.0.0.1"),
	)
	st = readIP(t, b)
	c.add(t, "leading zero, English", st)
	if len(st.Errors) != 1 || !strings.HasPrefix(st.Errors[0], "ipaddress.AddressValueError: Leading zeros") ||
		!strings.Contains(st.Why[0], "octal") {
		t.Errorf("010.0.0.1 in English: error %q, explained %q", st.Errors, st.Why)
	}
	en := st.Why[0]

	b.do(t, "switch to Korean", click("#lang-switch"), waitJS(`document.documentElement.lang === "ko"`), chromedp.WaitVisible(chromedp.CSS("#addr-error")))
	st = readIP(t, b)
	c.add(t, "leading zero, Korean", st)
	if st.Addr != "010.0.0.1" || st.Net != "10.0.0.0/8" {
		t.Errorf("the language switch lost the inputs: %q, %q", st.Addr, st.Net)
	}
	if len(st.Why) != 1 || st.Why[0] == en || !strings.Contains(st.Why[0], "8진수") {
		t.Errorf("010.0.0.1 in Korean: explained %q", st.Why)
	}

	// A 300-character input, typed.
	long := strings.Repeat("1.2.3.4:", 37) + "abcd"
	b.do(t, "type 300 characters",
		clearInput("#net-input"),
		chromedp.SendKeys(chromedp.CSS("#net-input"), long),
		waitQuery("net", long),
		chromedp.WaitVisible(chromedp.CSS("#net-error")),
	)
	c.add(t, "300 characters typed", readIP(t, b))
	b.noErrors(t, "typing")
	c.check(t)
}

// TestIPAddressStrictFalse opens a network with host bits set: CPython's
// ValueError, then one click to strict=False shows the masked network,
// and the checkbox goes back.
func TestIPAddressStrictFalse(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	c := newIPChecker()
	st := openIP(t, b, s, "?net=192.168.1.77/24")
	c.add(t, "host bits set", st)
	if len(st.Errors) != 1 || st.Errors[0] != "ValueError: 192.168.1.77/24 has host bits set" {
		t.Errorf("errors %q", st.Errors)
	}
	// The grid shows the address as typed, its host bits set, under /24.
	if st.Bits != "11000000101010000000000101001101" || st.NetBits != 24 {
		t.Errorf("beside the ValueError the grid shows %s with %d network bits", st.Bits, st.NetBits)
	}
	b.do(t, "one click to strict=False",
		click("#strict-off"),
		waitQuery("strict", "0"),
		chromedp.WaitVisible(chromedp.CSS("#net-masked")),
	)
	after := readIP(t, b)
	c.add(t, "strict=False", after)
	if after.History != st.History+1 || after.Strict || len(after.Errors) != 0 {
		t.Errorf("after the click: history %d→%d, strict box %v, errors %q", st.History, after.History, after.Strict, after.Errors)
	}
	if !lines(after.Sessions["net-session"], ">>> net = ipaddress.ip_network('192.168.1.77/24', strict=False)", ">>> net") {
		t.Errorf("the session does not call strict=False:\n%s", after.Sessions["net-session"])
	}
	if !strings.HasSuffix(after.Bits, "01001101") || after.NetBits != 24 || len(after.Rows) < 3 {
		t.Errorf("the grid shows %s with %d network bits, %d bit rows", after.Bits, after.NetBits, len(after.Rows))
	}
	b.do(t, "back to strict=True with the checkbox",
		click("#strict-input"),
		waitJS(`!new URLSearchParams(location.search).has("strict")`),
		rendered(),
		chromedp.WaitVisible(chromedp.CSS("#strict-off")),
	)
	c.add(t, "strict again", readIP(t, b))
	b.noErrors(t, "strict")
	c.check(t)
}

// TestIPAddressHostsPaging pages through the hosts of a /8 and an IPv6 /64
// to their last page, which must come at once: the lesson never builds
// the list.
func TestIPAddressHostsPaging(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	c := newIPChecker()
	for _, n := range []struct{ net, last string }{
		{"10.0.0.0/8", "16777200"},
		{"2001:db8::/64", "18446744073709551600"},
	} {
		st := openIP(t, b, s, "?net="+url.QueryEscape(n.net))
		c.add(t, n.net+" first page", st)
		if len(st.Hosts) != 16 {
			t.Errorf("%s: first page %q", n.net, st.Hosts)
		}
		b.do(t, n.net+": next page", click("#hosts-pager a.next"), waitQuery("hosts", "16"))
		c.add(t, n.net+" second page", readIP(t, b))

		start := time.Now()
		b.do(t, n.net+": last page", click("#hosts-pager a.last"), waitQuery("hosts", n.last), chromedp.WaitVisible(chromedp.CSS("#hosts-pager .next.off")))
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: the last page took %v", n.net, d)
		}
		st = readIP(t, b)
		c.add(t, n.net+" last page", st)
		var lastHost string
		for _, p := range st.Props {
			if p[0] == "list(net.hosts())[-1]" {
				lastHost = p[1]
			}
		}
		if len(st.Hosts) == 0 || st.Hosts[len(st.Hosts)-1] != lastHost {
			t.Errorf("%s: the last page %q does not end with the last host %q", n.net, st.Hosts, lastHost)
		}
		// A page far in, by its address.
		st = openIP(t, b, s, "?net="+url.QueryEscape(n.net)+"&hosts=8000000")
		c.add(t, n.net+" far page", st)
		if len(st.Hosts) != 16 {
			t.Errorf("%s at 8000000: %q", n.net, st.Hosts)
		}
	}
	b.noErrors(t, "paging")
	c.check(t)
}

// TestIPAddressBitGrid clicks bits of the grid: the prefix and the address
// follow, with strict=True and strict=False, for IPv4 and IPv6.
func TestIPAddressBitGrid(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	c := newIPChecker()
	st := openIP(t, b, s, "")
	if len(st.Bits) != 32 || st.NetBits != 24 {
		t.Fatalf("the grid of the default network: %q, %d network bits", st.Bits, st.NetBits)
	}
	for _, step := range []struct {
		query, bit, net string
		netBits         int
	}{
		{"", "27", "114.71.220.0/28", 28}, // a host bit joins the network part
		{"", "27", "114.71.220.0/27", 27}, // its last bit leaves it
		{"", "15", "114.71.0.0/16", 16},   // the network holding the address
		{"?net=2001:db8::/64", "47", "2001:db8::/48", 48},
		{"?net=192.168.1.77/24&strict=0", "27", "192.168.1.77/28", 28}, // strict=False keeps the address typed
	} {
		if step.query != "" {
			st = openIP(t, b, s, step.query)
		}
		b.do(t, "click bit "+step.bit+" for "+step.net,
			click(`#net-bits .bit[value="`+step.bit+`"]`),
			waitQuery("net", step.net),
			waitJS(fmt.Sprintf(`document.querySelectorAll("#net-bits .bit.net").length === %d`, step.netBits)),
		)
		after := readIP(t, b)
		c.add(t, "bit "+step.bit+" to "+step.net, after)
		if after.History != st.History+1 || after.Net != step.net {
			t.Errorf("after the click: history %d→%d, input %q", st.History, after.History, after.Net)
		}
		if after.query("strict") != st.query("strict") {
			t.Errorf("the click changed strict= from %q to %q", st.query("strict"), after.query("strict"))
		}
		st = after
	}
	b.noErrors(t, "bit grid")
	c.check(t)
}

// TestIPAddressAnyInput opens the lesson with inputs of every kind,
// invalid ones included: nothing breaks, every error is CPython's and
// every session replays in CPython.
func TestIPAddressAnyInput(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	c := newIPChecker()
	long := strings.Repeat("a", 300)
	queries := []url.Values{
		{"addr": {"010.0.0.1"}},
		{"addr": {"::ffff:1.2.3.4"}},
		{"addr": {"fe80::1%eth0"}, "net": {"fe80::1%eth0/64"}, "strict": {"0"}},
		{"addr": {long}, "net": {long}},
		{"addr": {strings.Repeat("1", 150) + "." + strings.Repeat("2", 149)}, "net": {strings.Repeat("f", 296) + "::/1"}},
		{"addr": {""}, "net": {""}},
		{"addr": {"1.2.3.4\n"}, "net": {"1.2.3.0/24\x00"}},
		{"addr": {"１.２.３.４"}, "net": {"<b>1.2.3.0/24</b>"}},
		{"addr": {"'\"\\"}, "net": {"1.2.3.0/255.0.255.0"}},
		{"net": {"192.168.1.77/24"}, "strict": {"0"}, "addr": {"192.168.1.200"}},
		{"net": {"10.0.0.0/8"}, "prefix": {"7"}},
		{"net": {"10.0.0.0/8"}, "prefix": {"33"}},
		{"net": {"10.0.0.0/8"}, "prefix": {"30"}, "subnets": {"4194300"}},
		{"net": {"0.0.0.0/0"}, "hosts": {"4294967000"}},
		{"net": {"::/0"}, "hosts": {"340282366920938463463374607431768211454"}, "prefix": {"128"}, "subnets": {"99999999999999999999999999999999999999999"}},
		{"net": {"192.0.2.0/31"}, "addr": {"192.0.2.1"}},
		{"net": {"192.0.2.7/32"}, "addr": {"::1"}},
		{"net": {"2001:db8::/127"}, "addr": {"2001:db8::1"}},
		{"net": {"2001:db8::5/128"}, "hosts": {"-3"}},
		{"net": {"1.2.3.0/33"}},
		{"net": {"2001:db8::/255.255.255.0"}},
		{"addr": {strings.Repeat("9", 5000)}},
	}
	openIP(t, b, s, "")
	for i, q := range queries {
		where := q.Encode()
		if len(where) > 80 {
			where = where[:80] + "…"
		}
		var st ipState
		if i%5 == 0 {
			// Some by loading the page, which the server prerenders.
			st = openIP(t, b, s, "?"+q.Encode())
		} else {
			// The others inside the app, as its links go.
			st = navIP(t, b, q)
		}
		c.add(t, where, st)
		if st.Addr == "" && q.Get("addr") != "" {
			t.Errorf("%s: the address input is empty", where)
		}
		b.noErrors(t, where)
	}
	c.check(t)
}

// navIP moves to the lesson with the query q inside the app and waits
// until its inputs show q's address and network.
func navIP(t *testing.T, b *browser, q url.Values) ipState {
	t.Helper()
	shown := func(key, def string) string {
		vs, ok := q[key]
		if !ok {
			return def
		}
		r := []rune(strings.ToValidUTF8(vs[0], "\uFFFD"))
		// The lesson takes the first 5000 characters (param.Max of app/ui/kit), and
		// a text input drops line breaks from what it shows.
		return strings.NewReplacer("\n", "", "\r", "").Replace(string(r[:min(len(r), 5000)]))
	}
	target, _ := json.Marshal("/ipaddress?" + q.Encode())
	addr, _ := json.Marshal(shown("addr", "192.0.2.1"))
	net, _ := json.Marshal(shown("net", "114.71.220.0/24"))
	b.do(t, "move to /ipaddress?"+q.Encode(),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`goappNav(%s)`, target)),
		waitJS(fmt.Sprintf(`document.querySelector("#addr-input").value === %s && document.querySelector("#net-input").value === %s`, addr, net)),
	)
	return readIP(t, b)
}

// TestIPAddressPhone checks that the lesson fits a 375 px wide phone,
// with IPv6's 128-bit grid and long numbers.
func TestIPAddressPhone(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	b.do(t, "a phone's viewport", chromedp.EmulateViewport(375, 812))
	for _, q := range []string{"", "?net=2001:db8::/64&addr=fe80::1%25eth0&hosts=18446744073709551600", "?addr=" + strings.Repeat("x", 300)} {
		st := openIP(t, b, s, q)
		if st.Width > 375 {
			t.Errorf("%s: the page is %d px wide on a 375 px phone", q, st.Width)
		}
	}
	b.noErrors(t, "phone")
}

// TestIPAddressLinkBackAfterTyping opens a link, types, and clicks back
// to the link, with an example and with the bit grid: the page must
// follow (go-app ignores a link to the address it last navigated to,
// which typing replaced), and Back must return to what was typed.
func TestIPAddressLinkBackAfterTyping(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	openIP(t, b, s, "?addr=192.0.2.1")
	b.do(t, "type an address",
		clearInput("#addr-input"),
		chromedp.SendKeys(chromedp.CSS("#addr-input"), "1.1.1.1"),
		waitQuery("addr", "1.1.1.1"),
	)
	b.do(t, "click the example of the link opened",
		click(`#addr-examples a[href="/ipaddress?addr=192.0.2.1"]`),
		waitQuery("addr", "192.0.2.1"),
		waitSession("addr-session", "ip_address('192.0.2.1')"),
		waitJS(`document.querySelector("#addr-input").value === "192.0.2.1"`),
	)
	b.do(t, "back to what was typed",
		chromedp.NavigateBack(),
		waitQuery("addr", "1.1.1.1"),
		waitSession("addr-session", "ip_address('1.1.1.1')"),
	)

	openIP(t, b, s, "?net=114.71.220.0%2F24")
	b.do(t, "type a network",
		clearInput("#net-input"),
		chromedp.SendKeys(chromedp.CSS("#net-input"), "114.71.220.0/28"),
		waitQuery("net", "114.71.220.0/28"),
	)
	b.do(t, "a grid click back to the /24 of the link",
		click(`#net-bits .bit[value="23"]`),
		waitQuery("net", "114.71.220.0/24"),
		waitSession("net-session", "ip_network('114.71.220.0/24')"),
		waitJS(`document.querySelector("#net-input").value === "114.71.220.0/24"`),
	)
	b.do(t, "back to what was typed",
		chromedp.NavigateBack(),
		waitQuery("net", "114.71.220.0/28"),
		waitSession("net-session", "ip_network('114.71.220.0/28')"),
	)
	b.noErrors(t, "links after typing")
}
