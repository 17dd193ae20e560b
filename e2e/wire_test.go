//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"netprimer/app/deck"
	"netprimer/internal/pyoracle"
)

// wireOracle answers what CPython's socket and struct say about a text:
// the bytes as hex digits, or the last line of the traceback.
const wireOracle = `
import ipaddress, socket, struct

def run(req):
    op, s = req["op"], req["s"]
    if op == "aton":
        p = socket.inet_aton(s)
        return {"hex": p.hex(), "ntoa": socket.inet_ntoa(p)}
    if op == "ipaddr":
        return repr(ipaddress.ip_address(s))
    if op == "pton6":
        p = socket.inet_pton(socket.AF_INET6, s)
        return {"hex": p.hex(), "ntop": socket.inet_ntop(socket.AF_INET6, p)}
    if op == "hton":
        a = int(s, 0)
        v = (socket.htons if req["w"] == 16 else socket.htonl)(a)
        code = "H" if req["w"] == 16 else "I"
        return {"big": struct.pack(">" + code, a).hex(), "little": struct.pack("<" + code, a).hex(), "hton": v}
    raise KeyError(op)

def answer(req):
    try:
        return {"ok": run(req)}
    except Exception as e:
        return {"err": exc(e)}
`

type oracleAnswer struct {
	OK struct {
		Hex, Ntoa, Ntop, Big, Little string
		Hton                         int64
	}
	Repr string
	Err  string
}

// askCPython asks the oracle one question.
func askCPython(t *testing.T, o *pyoracle.Oracle, req map[string]any) oracleAnswer {
	t.Helper()
	var raw struct {
		OK  json.RawMessage
		Err string
	}
	o.Ask(t, req, &raw)
	a := oracleAnswer{Err: raw.Err}
	if raw.OK != nil && json.Unmarshal(raw.OK, &a.OK) != nil {
		json.Unmarshal(raw.OK, &a.Repr)
	}
	return a
}

// cellHex returns the hexadecimal of each byte cell under sel, as digits.
func cellHex(t *testing.T, b *browser, sel string) string {
	t.Helper()
	js, _ := json.Marshal(sel + " .cell strong")
	return eval[string](t, b, fmt.Sprintf(`[...document.querySelectorAll(%s)].map(e => e.textContent.slice(2)).join("")`, js))
}

// exists reports whether the page has an element matching sel.
func exists(t *testing.T, b *browser, sel string) bool {
	t.Helper()
	js, _ := json.Marshal(sel)
	return eval[bool](t, b, fmt.Sprintf(`!!document.querySelector(%s)`, js))
}

// deckCode returns the code block of the lesson's slides that starts
// with s.
func deckCode(t *testing.T, path, s string) string {
	t.Helper()
	lesson, _ := deck.Find(path)
	for _, sl := range lesson.Slides {
		for _, bl := range sl.Blocks {
			if strings.HasPrefix(bl.Code, s) {
				return bl.Code
			}
		}
	}
	t.Fatalf("no code block of %s starts with %q", path, s)
	return ""
}

// appNav moves the app to path as a click on a link does, without
// reloading: go-app keeps the page component and calls its OnNav, which
// must compute the page again from the new query. It waits until the
// JavaScript condition ready holds.
func appNav(path, ready string) chromedp.Action[chromedp.Void] {
	js, _ := json.Marshal(path)
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		click := fmt.Sprintf(`(() => { const a = document.createElement("a"); a.href = %s; document.body.appendChild(a); a.click(); a.remove(); })()`, js)
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](click)); err != nil {
			return err
		}
		return chromedp.Do(ctx, waitJS(ready))
	})
}

// inputIs is the JavaScript condition that the input sel holds v, as a
// text input can: without line breaks (HTML's value sanitization).
func inputIs(sel, v string) string {
	js, _ := json.Marshal(sel)
	want, _ := json.Marshal(strings.NewReplacer("\n", "", "\r", "").Replace(strings.ToValidUTF8(v, "\ufffd")))
	return fmt.Sprintf(`document.querySelector(%s).value === %s`, js, want)
}

// typeInto replaces the text of the input sel by typing s, key by key.
func typeInto(sel, s string) chromedp.Action[chromedp.Void] {
	js, _ := json.Marshal(sel)
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%s).select()`, js))); err != nil {
			return err
		}
		return chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(sel), s))
	})
}

// TestPackingLesson opens /packing with the deck's address, the lenient
// forms of inet_aton, refused texts and IPv6, types into the input, and
// checks every value against CPython.
func TestPackingLesson(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	o := pyoracle.Serve(t, wireOracle)
	replay := pyoracle.NewReplayer(t)

	// No parameter: the deck's address and the deck's program, as the
	// slides print it.
	b.do(t, "open /packing", chromedp.Navigate(s.URL+"/packing"), live(),
		waitJS(`document.querySelector("#ip-input") && !document.querySelector("#ip-input").disabled`))
	if v := eval[string](t, b, `document.querySelector("#ip-input").value`); v != "114.71.220.95" {
		t.Errorf("default ip-input %q", v)
	}
	if got, want := textOf(t, b, "#deck-session"), deckCode(t, "/packing", "Original:"); !strings.HasSuffix(got, "\n"+want) {
		t.Errorf("the deck's program prints\n%s\nthe slides\n%s", got, want)
	}
	a := askCPython(t, o, map[string]any{"op": "aton", "s": "114.71.220.95"})
	if got := cellHex(t, b, "#aton-cells"); got != a.OK.Hex || got != "7247dc5f" {
		t.Errorf("cells of the deck's address %q, CPython %q", got, a.OK.Hex)
	}
	if !exists(t, b, "#strict") || exists(t, b, "#lenient") {
		t.Error("the deck's address is not shown as the strict form")
	}

	// Every lenient form: inet_aton's address, the reasons, the table of
	// parts, and ip_address refusing it.
	lenient := map[string]string{
		"127.1":        "Fewer than four parts",
		"1.2.3":        "Fewer than four parts",
		"2130706433":   "Fewer than four parts",
		"0x7f.1":       "hexadecimal",
		"010.0.0.1":    "octal",
		"0177.0.0.1":   "octal",
		"1.2.3.4 junk": "Text after whitespace is ignored",
	}
	for ip, reason := range lenient {
		b.do(t, "open "+ip, chromedp.Navigate(s.URL+"/packing?lang=en&ip="+url.QueryEscape(ip)), live())
		a := askCPython(t, o, map[string]any{"op": "aton", "s": ip})
		ipa := askCPython(t, o, map[string]any{"op": "ipaddr", "s": ip})
		if got := textOf(t, b, "#aton-result code"); got != a.OK.Ntoa {
			t.Errorf("%s: inet_aton read %q, CPython %q", ip, got, a.OK.Ntoa)
		}
		if got := cellHex(t, b, "#aton-cells"); got != a.OK.Hex {
			t.Errorf("%s: cells %q, CPython %q", ip, got, a.OK.Hex)
		}
		if got := textOf(t, b, "#lenient"); !strings.Contains(got, reason) {
			t.Errorf("%s: the lenient note says %q, not %q", ip, got, reason)
		}
		if rows := eval[int](t, b, `document.querySelectorAll("#parts tbody tr").length`); rows != len(strings.Split(strings.Fields(ip)[0], ".")) {
			t.Errorf("%s: %d parts in the table", ip, rows)
		}
		sides := eval[[]string](t, b, `[...document.querySelectorAll(".compare .side p")].map(p => p.className + "|" + p.textContent)`)
		if ipa.Err == "" || len(sides) != 2 || !strings.HasPrefix(sides[0], "ok|") || !strings.Contains(sides[0], a.OK.Ntoa) || sides[1] != "error|"+ipa.Err {
			t.Errorf("%s: the comparison shows %q; ip_address: %q", ip, sides, ipa.Err)
		}
		if cls := eval[string](t, b, `document.querySelector("#verdict").className`); cls != "error" {
			t.Errorf("%s: the verdict is of class %q", ip, cls)
		}
		if !strings.Contains(textOf(t, b, "#why-matters"), "CVE-2021-29921") {
			t.Errorf("%s: the note on why it matters is missing", ip)
		}
		if ignored := textOf(t, b, "#ignored code"); ignored != map[bool]string{true: "' junk'"}[ip == "1.2.3.4 junk"] {
			t.Errorf("%s: the ignored text is %q", ip, ignored)
		}
	}

	// Refused texts: CPython's exact error, no cells.
	for _, ip := range []string{"256.1.1.1", "1.2.3.4.5", "", "a.b.c.d", "1.2.3.4\x00"} {
		b.do(t, "open "+ip, chromedp.Navigate(s.URL+"/packing?ip="+url.QueryEscape(ip)), live())
		a := askCPython(t, o, map[string]any{"op": "aton", "s": ip})
		if got := textOf(t, b, "#aton-error code"); got != a.Err || got == "" {
			t.Errorf("%q: the error shown is %q, CPython %q", ip, got, a.Err)
		}
		if exists(t, b, "#aton-cells") {
			t.Errorf("%q: cells for a refused text", ip)
		}
		if v := eval[string](t, b, `document.querySelector("#ip-input").value`); v != ip {
			t.Errorf("%q: the input holds %q", ip, v)
		}
	}

	// IPv6 through inet_pton: 16 bytes, and glibc's text back.
	for _, ip := range []string{"2001:db8::1", "::ffff:114.71.220.95", "::1"} {
		b.do(t, "open "+ip, chromedp.Navigate(s.URL+"/packing?ip="+url.QueryEscape(ip)), live())
		p := askCPython(t, o, map[string]any{"op": "pton6", "s": ip})
		if got := cellHex(t, b, "#pton-cells"); got != p.OK.Hex || len(got) != 32 {
			t.Errorf("%s: inet_pton cells %q, CPython %q", ip, got, p.OK.Hex)
		}
		if got := textOf(t, b, "#pton dl.props"); !strings.Contains(got, "'"+p.OK.Ntop+"'") {
			t.Errorf("%s: inet_ntop shown as %q, CPython %q", ip, got, p.OK.Ntop)
		}
		if !exists(t, b, "#aton-error") {
			t.Errorf("%s: inet_aton does not refuse IPv6", ip)
		}
	}
	b.noErrors(t, "opening /packing URLs")

	// Typing: the page follows, the URL too, and the history does not
	// grow. Clearing the input keeps an empty ip in the URL.
	b.do(t, "open /packing", chromedp.Navigate(s.URL+"/packing"), live(),
		waitJS(`!document.querySelector("#ip-input").disabled`))
	before := eval[int](t, b, `history.length`)
	b.do(t, "type 0x7f.1", typeInto("#ip-input", "0x7f.1"),
		waitJS(`new URLSearchParams(location.search).get("ip") === "0x7f.1"`),
		rendered(),
		waitText("#aton-result code", "127.0.0.1"),
		chromedp.WaitVisible(chromedp.CSS("#lenient")),
	)
	b.do(t, "clear", typeInto("#ip-input", "\b"),
		waitJS(`new URLSearchParams(location.search).get("ip") === ""`),
		rendered(),
		chromedp.WaitVisible(chromedp.CSS("#aton-error")),
	)
	if after := eval[int](t, b, `history.length`); after != before {
		t.Errorf("typing grew the history from %d to %d entries", before, after)
	}
	b.do(t, "reload the cleared input", chromedp.Reload(), live())
	if v := eval[string](t, b, `document.querySelector("#ip-input").value`); v != "" {
		t.Errorf("after a reload the cleared input holds %q", v)
	}

	// Both languages: the switch keeps the text.
	b.do(t, "open in Korean", chromedp.Navigate(s.URL+"/packing?lang=ko&ip=127.1"), live())
	ko := textOf(t, b, "#aton h2")
	b.do(t, "switch to English", click("#lang-switch"),
		waitJS(`document.documentElement.lang === "en"`), waitText("#aton-result code", "127.0.0.1"),
		// The document's language is set before the lesson redraws.
		waitJS(`document.querySelector("#aton h2")?.textContent.includes("string address")`))
	if en := textOf(t, b, "#aton h2"); en == ko || !strings.Contains(en, "string address") {
		t.Errorf("headings: Korean %q, English %q", ko, en)
	}
	if ip := eval[string](t, b, `new URLSearchParams(location.search).get("ip")`); ip != "127.1" {
		t.Errorf("the language switch lost the text: ip=%q", ip)
	}
	b.noErrors(t, "typing and switching")

	// Every session shown, for texts good and bad, replayed in CPython.
	// Moving inside the app, the page computes everything again from
	// the query.
	b.do(t, "open /packing", chromedp.Navigate(s.URL+"/packing"), live())
	odd := []string{"114.71.220.95", "127.1", "0x7f.1", "010.0.0.1", "1.2.3.4 junk", "256.1.1.1", "",
		"2001:db8::1", "fe80::1%eth0", "1::2::3", "1.2.3.4\n", "\x00", "\xff", "'\"\\", "١.٢.٣.٤",
		strings.Repeat("7", 300), strings.Repeat("1.", 150)}
	all := map[string]string{}
	for _, ip := range odd {
		for _, l := range []string{"ko", "en"} {
			b.do(t, "go to "+ip, appNav("/packing?lang="+l+"&ip="+url.QueryEscape(ip),
				inputIs("#ip-input", ip)+` && document.documentElement.lang === "`+l+`"`))
			ts := transcripts(t, b)
			if ts["packing-session"] == "" || ts["pton-session"] == "" {
				t.Errorf("%q: sessions missing: %v", ip, ts)
			}
			for id, tr := range ts {
				all[fmt.Sprintf("%s ip=%q lang=%s", id, ip, l)] = tr
			}
		}
	}
	replay.Check(t, all)
	b.noErrors(t, "odd texts")
}

// TestByteorderLesson opens /byteorder with the deck's example and the
// bounds of each width, switches the width, steps through the story and
// checks every value against CPython.
func TestByteorderLesson(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	o := pyoracle.Serve(t, wireOracle)
	replay := pyoracle.NewReplayer(t)

	// No parameter: the deck's session, as the slides show it.
	b.do(t, "open /byteorder", chromedp.Navigate(s.URL+"/byteorder"), live(),
		waitJS(`!document.querySelector("#n-input").disabled`))
	if v := eval[string](t, b, `document.querySelector("#n-input").value + "/" + document.querySelector("#width-select").value`); v != "1234/16" {
		t.Errorf("defaults %q", v)
	}
	if got, want := textOf(t, b, "#byteorder-session"), deckCode(t, "/byteorder", ">>> a = 1234"); !strings.HasSuffix(got, "\n"+want) {
		t.Errorf("the session\n%s\ndoes not end as the slides\n%s", got, want)
	}

	// The bounds of each width: the bytes in both orders, or CPython's
	// OverflowError.
	for _, c := range []struct {
		n string
		w int
	}{{"0", 16}, {"65535", 16}, {"65536", 16}, {"-1", 16}, {"0", 32}, {"4294967295", 32}, {"4294967296", 32}, {"-1", 32}, {"0x1234", 16}, {"0x12345678", 32}, {"12ab", 16}} {
		name := fmt.Sprintf("n=%s width=%d", c.n, c.w)
		b.do(t, "open "+name, chromedp.Navigate(fmt.Sprintf("%s/byteorder?n=%s&width=%d", s.URL, url.QueryEscape(c.n), c.w)), live())
		a := askCPython(t, o, map[string]any{"op": "hton", "s": c.n, "w": c.w})
		if a.Err != "" {
			if got := textOf(t, b, "#n-error code"); got != a.Err {
				t.Errorf("%s: error %q, CPython %q", name, got, a.Err)
			}
			if exists(t, b, "#mem-big") || exists(t, b, ".steps") {
				t.Errorf("%s: memory or story shown for a refused number", name)
			}
			continue
		}
		if exists(t, b, "#n-error") {
			t.Errorf("%s: error %q", name, textOf(t, b, "#n-error"))
		}
		if got := cellHex(t, b, "#mem-big"); got != a.OK.Big {
			t.Errorf("%s: big-endian cells %q, CPython %q", name, got, a.OK.Big)
		}
		if got := cellHex(t, b, "#mem-little"); got != a.OK.Little {
			t.Errorf("%s: little-endian cells %q, CPython %q", name, got, a.OK.Little)
		}
		if got := textOf(t, b, "#conv-table tbody tr td:nth-child(2)"); !strings.HasPrefix(got, fmt.Sprintf("0x%x (%d)", a.OK.Hton, a.OK.Hton)) {
			t.Errorf("%s: htons on a little-endian host %q, CPython %#x", name, got, a.OK.Hton)
		}
		addrs := eval[string](t, b, `[...document.querySelectorAll("#mem-big .cell small:first-child")].map(e => e.textContent).join(" ")`)
		if want := map[int]string{16: "0x1000 0x1001", 32: "0x1000 0x1001 0x1002 0x1003"}[c.w]; addrs != want {
			t.Errorf("%s: addresses %q", name, addrs)
		}
	}
	b.noErrors(t, "opening /byteorder URLs")

	// The width switch and typing: the page and the URL follow, the
	// history does not grow.
	b.do(t, "open 0x12345678", chromedp.Navigate(s.URL+"/byteorder?n=0x12345678"), live(),
		waitJS(`!document.querySelector("#width-select").disabled`))
	if !exists(t, b, "#n-error") {
		t.Error("0x12345678 fits 16 bits")
	}
	before := eval[int](t, b, `history.length`)
	b.do(t, "switch to 32 bits",
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("#width-select"); s.value = "32"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`),
		waitJS(`new URLSearchParams(location.search).get("width") === "32"`),
		rendered(),
		waitJS(`document.querySelectorAll("#mem-big .cell").length === 4`),
	)
	if got := cellHex(t, b, "#mem-big"); got != "12345678" {
		t.Errorf("after the switch: big-endian cells %q", got)
	}
	b.do(t, "type 65536", typeInto("#n-input", "65536"),
		waitJS(`new URLSearchParams(location.search).get("n") === "65536"`),
		rendered(),
		waitJS(`document.querySelectorAll("#mem-little .cell").length === 4`),
	)
	b.do(t, "back to 16 bits",
		chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector("#width-select"); s.value = "16"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`),
		chromedp.WaitVisible(chromedp.CSS("#n-error")),
	)
	a := askCPython(t, o, map[string]any{"op": "hton", "s": "65536", "w": 16})
	if got := textOf(t, b, "#n-error code"); got != a.Err {
		t.Errorf("65536 in 16 bits: %q, CPython %q", got, a.Err)
	}
	if after := eval[int](t, b, `history.length`); after != before {
		t.Errorf("typing and switching grew the history from %d to %d", before, after)
	}

	// The deck's story, one step at a time: 0x1234 read as 0x3412.
	b.do(t, "open the story", chromedp.Navigate(s.URL+"/byteorder?n=0x1234&width=16&lang=en"), live())
	for step := 1; step <= 4; step++ {
		want := fmt.Sprintf("Step %d / 4", step)
		b.do(t, want, waitText("#story-pos", want),
			waitJS(fmt.Sprintf(`document.querySelectorAll(".steps li").length === %d`, step)))
		if q := eval[string](t, b, `new URLSearchParams(location.search).get("step") || "1"`); q != fmt.Sprint(step) {
			t.Errorf("step %d: the URL says step=%s", step, q)
		}
		cur := textOf(t, b, ".steps li.current")
		switch step {
		case 3:
			if !strings.Contains(cur, "0x3412") {
				t.Errorf("step 3 reads %q", cur)
			}
		case 4:
			if !strings.Contains(cur, "0x1234") || !exists(t, b, `#story-next[aria-disabled="true"]`) {
				t.Errorf("step 4 reads %q; next is disabled: %v", cur, exists(t, b, `#story-next[aria-disabled="true"]`))
			}
		}
		if step < 4 {
			b.do(t, "next", click("#story-next"))
		}
	}
	b.do(t, "previous", click("#story-prev"), waitText("#story-pos", "Step 3 / 4"))
	anim := eval[string](t, b, `getComputedStyle(document.querySelector(".steps li.current")).animationName`)
	if anim != "step-in" {
		t.Errorf("the current step's animation is %q", anim)
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatal(err)
	}
	if anim := eval[string](t, b, `getComputedStyle(document.querySelector(".steps li.current")).animationName`); anim != "none" {
		t.Errorf("with reduced motion, the animation is %q", anim)
	}
	b.do(t, "reload the story step", chromedp.Reload(), live(), waitText("#story-pos", "Step 3 / 4"))
	b.noErrors(t, "stepping")

	// Both languages.
	b.do(t, "open in Korean", chromedp.Navigate(s.URL+"/byteorder?n=0x1234&step=2&lang=ko"), live())
	if got := textOf(t, b, "#story-pos"); got != "단계 2 / 4" {
		t.Errorf("Korean step %q", got)
	}
	b.do(t, "switch to English", click("#lang-switch"), waitText("#story-pos", "Step 2 / 4"))

	// A phone: nothing wider than the screen.
	b.do(t, "a 375 px screen", chromedp.EmulateViewport(375, 800))
	for _, u := range []string{"/byteorder?n=0x12345678&width=32&step=4", "/packing?ip=::ffff:114.71.220.95", "/packing?ip=" + strings.Repeat("9", 300)} {
		b.do(t, "open "+u, chromedp.Navigate(s.URL+u), live())
		if w := eval[int](t, b, `document.documentElement.scrollWidth`); w > 375 {
			wide := eval[[]string](t, b, `[...document.querySelectorAll("main *")].filter(e => e.getBoundingClientRect().right > 376 && !e.closest("pre")).slice(0, 5).map(e => e.tagName + "." + e.className)`)
			t.Errorf("%s: the page is %d px wide on a 375 px screen: %q", u, w, wide)
		}
	}
	b.do(t, "back to a wide screen", chromedp.EmulateViewport(1200, 900))

	// Every session shown, for numbers good and bad, replayed in CPython.
	b.do(t, "open /byteorder", chromedp.Navigate(s.URL+"/byteorder"), live())
	all := map[string]string{}
	for _, n := range []string{"1234", "0x1234", "0", "65535", "65536", "-1", "4294967295", "4294967296", "",
		"12ab", "010", "1_000", " 7 ", "١٢", "\x00", "\xff", strings.Repeat("9", 300), strings.Repeat("9", 4400)} {
		for _, w := range []string{"16", "32"} {
			b.do(t, "go to "+n, appNav("/byteorder?width="+w+"&n="+url.QueryEscape(n),
				inputIs("#n-input", n)+` && document.querySelector("#width-select").value === "`+w+`"`))
			ts := transcripts(t, b)
			if ts["byteorder-session"] == "" || ts["pack-session"] == "" {
				t.Errorf("n=%q: sessions missing", n)
			}
			for id, tr := range ts {
				all[fmt.Sprintf("%s n=%.40q width=%s", id, n, w)] = tr
			}
		}
	}
	replay.Check(t, all)
	b.noErrors(t, "odd numbers")
}
