//go:build e2e

package e2e

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"netprimer/app/i18n"
	"netprimer/app/ui"
)

// axePath is axe-core's script, which .ci/run installs with npm (make e2e
// passes its path).
var axePath = flag.String("axe", "", "path of axe-core's axe.min.js (make e2e passes it)")

// axeTags are the rules axe runs: WCAG 2.0, 2.1 and 2.2, levels A and AA.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// axeScript returns axe-core's source; the test fails without it, so
// that it never passes by not running.
func axeScript(t *testing.T) string {
	t.Helper()
	if *axePath == "" {
		t.Fatal("no -axe given: run `make e2e`, which passes the axe-core that .ci/run installs")
	}
	b, err := os.ReadFile(*axePath)
	if err != nil {
		t.Fatalf("axe-core: %v (.ci/run installs it: npm install --prefix .bin/axe)", err)
	}
	return string(b)
}

// axeViolation is what axe reports of a rule a page breaks.
type axeViolation struct {
	ID, Impact, Help string
	Nodes            []struct {
		Target         []any
		HTML           string
		FailureSummary string
	}
}

// runAxe runs axe on the page the browser shows, injecting it first if
// the page has not got it, and returns its violations, one line each.
func runAxe(t *testing.T, b *browser, src string) []string {
	t.Helper()
	if !eval[bool](t, b, `typeof axe === "object"`) {
		// The page's Content-Security-Policy allows no script from
		// elsewhere; the DevTools protocol evaluates beside it.
		b.do(t, "inject axe", chromedp.Evaluate[chromedp.Void](src+"\n;undefined"))
	}
	// A step that is still sliding in is half transparent: axe reads the
	// page once what appears has appeared (a loop that never ends is
	// decoration, and stays).
	b.do(t, "wait for the animations", waitJS(`document.getAnimations().every(a => a.playState !== "running" || a.effect.getTiming().iterations === Infinity)`))
	tags, _ := json.Marshal(axeTags)
	vs := eval[[]axeViolation](t, b, fmt.Sprintf(`axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]}).then(r => r.violations)`, tags))
	var out []string
	for _, v := range vs {
		for _, n := range v.Nodes {
			out = append(out, fmt.Sprintf("%s (%s): %s\n    at %v %s\n    %s", v.ID, v.Impact, v.Help, n.Target, n.HTML, strings.ReplaceAll(n.FailureSummary, "\n", "\n    ")))
		}
	}
	return out
}

// checkAxe fails the test with every violation axe finds on the page.
func checkAxe(t *testing.T, b *browser, src, where string) {
	t.Helper()
	for _, v := range runAxe(t, b, src) {
		t.Errorf("%s: %s", where, v)
	}
}

// TestAccessibilityRoutes runs axe on every route of the app, in both
// languages, on a laptop's screen and on a phone's.
func TestAccessibilityRoutes(t *testing.T) {
	src := axeScript(t)
	s := startServer(t, "", "-dns", startDNS(t), "-lookup-timeout", "1s")
	b := newBrowser(t)
	for _, size := range []struct {
		name string
		w, h int64
	}{{"1280", 1280, 900}, {"375", 375, 800}} {
		b.do(t, "viewport "+size.name, chromedp.EmulateViewport(size.w, size.h))
		for _, path := range append(ui.Paths(), "/no-such-page") {
			for _, l := range []i18n.Lang{i18n.Ko, i18n.En} {
				where := fmt.Sprintf("%s?lang=%s at %s px", path, l, size.name)
				b.do(t, "open "+where, chromedp.Navigate(s.URL+path+"?lang="+string(l)), live(), settled())
				if path != "/no-such-page" {
					b.do(t, "render "+where, rendered())
				}
				if got := eval[string](t, b, `document.documentElement.lang`); got != string(l) {
					t.Errorf("%s: <html lang=%q>", where, got)
				}
				checkAxe(t, b, src, where)
				if path == "/no-such-page" {
					// The page's own status, 404, which the browser logs.
					for _, e := range b.takeErrors() {
						if !strings.Contains(e, "status of 404") || !strings.Contains(e, "/no-such-page?lang=") {
							t.Errorf("%s: the page reported %s", where, e)
						}
					}
				}
				b.noErrors(t, where)
			}
		}
	}
}

// settled waits until no lookup of the page is still on its way (the
// lookups show a placeholder until they answer).
func settled() chromedp.Action[chromedp.Void] {
	return waitJS(`!document.querySelector(".pending")`)
}

// TestAccessibilityStates runs axe on the states the lessons reach: a
// widget with input, an error shown, a verdict given, a step played.
func TestAccessibilityStates(t *testing.T) {
	src := axeScript(t)
	s := startServer(t, "", "-dns", startDNS(t), "-lookup-timeout", "1s")
	b := newBrowser(t)
	states := []struct {
		name, url string
		steps     []chromedp.Action[chromedp.Void]
	}{
		{"an IPv6 network and an address outside it", "/ipaddress?net=2001:db8::/64&addr=2001:db8:1::1", nil},
		{"an address that is no address", "/ipaddress?addr=192.168.0.256&net=10.0.0.0/33", nil},
		{"a bit of the grid clicked", "/ipaddress", []chromedp.Action[chromedp.Void]{click(`#net-bits .bit[value="20"]`), waitJS(`document.querySelectorAll("#net-bits .bit.net").length === 21`)}},
		{"an address packed", "/packing?ip=10.0.0.1", nil},
		{"an address inet_aton refuses", "/packing?ip=1.2.3.4.5", nil},
		{"the story at step 3", "/byteorder?n=0x1234&width=16&step=3", nil},
		{"a number that does not fit", "/byteorder?n=65536&width=16", nil},
		{"the TCP sequence played two steps", "/sockets", []chromedp.Action[chromedp.Void]{
			click(`#tcp-next`), waitJS(`document.querySelector("#tcp-count").textContent.startsWith("1 ")`),
			click(`#tcp-next`), waitJS(`document.querySelector("#tcp-count").textContent.startsWith("2 ")`),
		}},
		{"a layer of the stack chosen", "/network", []chromedp.Action[chromedp.Void]{click(`.stack [data-i="2"]`), waitJS(`document.querySelector('.stack [data-i="2"]').getAttribute("aria-pressed") === "true"`)}},
		{"a protocol placed on a wrong layer", "/network", []chromedp.Action[chromedp.Void]{click("#chip-http"), waitAttr("#chip-http", "aria-pressed", "true"), click("#zone-transport button"), waitAttr("#placement-verdict", "data-verdict", "wrong")}},
		{"the ports quiz answered", "/addresses", []chromedp.Action[chromedp.Void]{
			chromedp.SendKeys(chromedp.CSS("#port-25"), "smtp\r"), waitAttr("#port-fb-25", "data-verdict", "correct"),
			chromedp.SendKeys(chromedp.CSS("#port-22"), "ftp\r"), waitAttr("#port-fb-22", "data-verdict", "wrong"),
			click(`#pair-0 button[data-act="same"]`), waitAttr("#pair-0 .verdict", "data-verdict", "wrong"),
		}},
		{"the deck's netstat read", "/addresses", []chromedp.Action[chromedp.Void]{click("#netstat-deck"), waitJS(`!!document.querySelector("#netstat-summary")`)}},
		{"a lookup that fails", "/hosts?host=nosuch.np.test&host=www.np.test", nil},
		{"a port without a service", "/services?port=1&port=80", nil},
	}
	for _, st := range states {
		for _, l := range []i18n.Lang{i18n.Ko, i18n.En} {
			where := fmt.Sprintf("%s (%s, %s)", st.name, st.url, l)
			sep := "?"
			if strings.Contains(st.url, "?") {
				sep = "&"
			}
			b.do(t, "open "+where, chromedp.Navigate(s.URL+st.url+sep+"lang="+string(l)), live(), rendered(), settled())
			if len(st.steps) > 0 {
				b.do(t, where, st.steps...)
			}
			checkAxe(t, b, src, where)
			b.noErrors(t, where)
		}
	}
}

// focusRing reads the focus ring of the element that has the focus: its
// name, and what is wrong with its ring, "" for nothing: missing, thinner
// than 2 px, or of less than 3:1 contrast against what it meets (the
// background around the control, since the ring is drawn outside it,
// unless its halo, which stands out against it, lies between; the halo;
// for a bit of the grid the bits beside it).
const focusRing = `(() => {
	const e = document.activeElement;
	if (!e || e === document.body) return {Name: "", Bad: ""};
	const lum = c => {
		const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
	const opaque = c => c && c !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(c);
	const around = e => {
		for (let p = e.parentElement; p; p = p.parentElement) {
			const c = getComputedStyle(p).backgroundColor;
			if (opaque(c)) return c;
		}
		return getComputedStyle(document.body).backgroundColor;
	};
	const name = e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + String(e.className).replace(/ /g, ".") : "") + " " + JSON.stringify((e.textContent || e.value || "").trim().slice(0, 30));
	const cs = getComputedStyle(e);
	if (!e.matches(":focus-visible")) return {Name: name, Bad: "not :focus-visible"};
	if (cs.outlineStyle === "none" || parseFloat(cs.outlineWidth) < 2) return {Name: name, Bad: "no ring (outline " + cs.outlineStyle + " " + cs.outlineWidth + ")"};
	const ring = cs.outlineColor, meets = [["the background around it", around(e)]];
	const halo = cs.boxShadow.match(/rgba?\([^)]*\)/);
	if (halo && opaque(halo[0])) meets.push(["its halo", halo[0]]);
	for (const n of [e.previousElementSibling, e.nextElementSibling]) {
		if (e.matches(".bit") && n && n.matches(".bit")) meets.push(["the bit beside it", getComputedStyle(n).backgroundColor]);
	}
	const bad = [];
	for (const [what, c] of meets) {
		const r = ratio(ring, c);
		// A ring between two bands of its halo meets the background
		// through the halo: one of the two must stand out against it.
		if (r < 3 && !(halo && what === "the background around it" && ratio(halo[0], c) >= 3 && ratio(ring, halo[0]) >= 3)) {
			bad.push("ring " + ring + " on " + what + " " + c + ": " + r.toFixed(2) + ":1");
		}
	}
	return {Name: name, Bad: bad.join("; ")};
})()`

// TestFocusRing moves the focus with the Tab key through every control
// of every route, in the light and the dark colour schemes, the bit
// grid's blue and yellow bits and the story's buttons included, and
// checks each one's focus ring.
func TestFocusRing(t *testing.T) {
	s := startServer(t, "", "-dns", startDNS(t), "-lookup-timeout", "1s")
	b := newBrowser(t)
	urls := append(ui.Paths(), "/ipaddress?net=2001:db8::/64", "/byteorder?n=0x1234&step=2")
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		for _, u := range urls {
			where := fmt.Sprintf("%s (%s)", u, scheme)
			b.do(t, "open "+where, chromedp.Navigate(s.URL+withLang(u, i18n.Ko)), live(), rendered(), settled())
			seen := map[string]bool{}
			for range 400 {
				b.do(t, "tab", chromedp.KeyEvent(kb.Tab))
				r := eval[struct{ Name, Bad string }](t, b, focusRing)
				if r.Name == "" || seen[r.Name] {
					break // round the page, back at its start
				}
				seen[r.Name] = true
				if r.Bad != "" {
					t.Errorf("%s: %s: %s", where, r.Name, r.Bad)
				}
			}
			if len(seen) < 5 {
				t.Errorf("%s: Tab reached %d controls", where, len(seen))
			}
		}
	}
}

// TestReducedMotion checks that a student who asks for less motion sees
// none: on every route, and while the story steps and a sequence plays,
// no animation or transition is left running.
func TestReducedMotion(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	const running = `document.getAnimations().filter(a => a.playState === "running").map(a => (a.animationName || a.transitionProperty || "animation") + " on " + (a.effect && a.effect.target ? a.effect.target.className : ""))`
	for _, motion := range []string{"no-preference", "reduce"} {
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: motion}},
		}); err != nil {
			t.Fatal(err)
		}
		var moving []string
		const story = "/byteorder?n=0x1234&step=2"
		for _, u := range append(ui.Paths(), story) {
			b.do(t, "open "+u, chromedp.Navigate(s.URL+withLang(u, i18n.En)), live(), rendered())
			if u == story {
				b.do(t, "step", click("#story-next"), waitText("#story-pos", "Step 3 / 4"))
			}
			if u == "/sockets" {
				b.do(t, "play", click("#tcp-play"), waitJS(`document.querySelector("#tcp-play").getAttribute("aria-pressed") === "true"`))
			}
			for _, a := range eval[[]string](t, b, running) {
				moving = append(moving, u+": "+a)
			}
		}
		switch {
		case motion == "reduce" && len(moving) > 0:
			t.Errorf("with reduced motion, still moving: %v", moving)
		case motion == "no-preference" && len(moving) == 0:
			t.Errorf("nothing moves without reduced motion either: this test measures nothing")
		}
	}
}

// TestFocusNotUnderHeader focuses every control of a few long pages from
// the page's end, so that the browser scrolls each one back up into view,
// and checks that none is then hidden, even in part, under the header,
// which stays at the top (WCAG 2.4.11).
func TestFocusNotUnderHeader(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	for _, u := range []string{"/ipaddress?net=192.168.1.77/24", "/byteorder", "/sockets"} {
		b.do(t, "open "+u, chromedp.Navigate(s.URL+u), live(), rendered(), settled())
		r := eval[struct {
			Checked int
			Under   []string
		}](t, b, `(() => {
			const top = document.querySelector("header.top").getBoundingClientRect().bottom;
			const under = [];
			let checked = 0;
			for (const e of document.querySelectorAll("main a[href], main button, main input, main textarea, main select, main [tabindex='0']")) {
				if (!e.getClientRects().length) continue;
				window.scrollTo(0, document.documentElement.scrollHeight);
				e.focus();
				if (document.activeElement !== e) continue;
				checked++;
				const r = e.getBoundingClientRect();
				if (r.top < top - 0.5) under.push((e.id || e.tagName.toLowerCase()) + " at " + r.top.toFixed(0) + " px, the header ends at " + top.toFixed(0));
			}
			return {Checked: checked, Under: under};
		})()`)
		if r.Checked < 5 {
			t.Errorf("%s: focused %d controls", u, r.Checked)
		}
		for _, e := range r.Under {
			t.Errorf("%s: %s", u, e)
		}
	}
}
