//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"netprimer/app/i18n"
	"netprimer/app/ui"
)

// key presses a key on the element that has the focus, as a keyboard
// does (keydown, the character, keyup).
func key(k string, mods ...chromedp.Modifier) chromedp.Action[chromedp.Void] {
	if len(mods) > 0 {
		return chromedp.KeyEvent(k, chromedp.KeyModifiers(mods...))
	}
	return chromedp.KeyEvent(k)
}

// focused waits until the focus is on the element matching sel.
func focused(sel string) chromedp.Action[chromedp.Void] {
	return waitJS(fmt.Sprintf(`!!document.activeElement && document.activeElement.matches(%s)`, jsString(sel)))
}

// bitGridState is what the grid shows a keyboard and a screen reader.
type bitGridState struct {
	Stops   []string // the values of the bits in the Tab order
	Active  string   // the focused bit's value, "" for none
	Names   []string // each bit's accessible name
	Shown   []string // each bit's text and part: "1 net"
	ScrollY float64
	Net     string
}

const readBitGrid = `(() => {
	const bits = [...document.querySelectorAll("#net-bits .bit")];
	const a = document.activeElement;
	return {
		Stops: bits.filter(b => b.tabIndex === 0).map(b => b.value),
		Active: a && a.matches("#net-bits .bit") ? a.value : "",
		Names: bits.map(b => b.getAttribute("aria-label")),
		Shown: bits.map(b => b.textContent + (b.classList.contains("net") ? " net" : " host")),
		ScrollY: window.scrollY,
		Net: document.querySelector("#net-input").value,
	};
})()`

// TestBitGridKeyboard drives the bit grid of /ipaddress with the keyboard
// alone: one Tab stop, the arrows, Home and End move along it without
// scrolling the page, Enter and Space click a bit, and every bit's name
// says what it shows.
func TestBitGridKeyboard(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	for _, l := range []i18n.Lang{i18n.En, i18n.Ko} {
		b.do(t, "open /ipaddress", chromedp.EmulateViewport(1280, 700), chromedp.Navigate(s.URL+"/ipaddress?net=114.71.220.0/24&lang="+string(l)), live(), rendered())
		// Scrolled so that the grid is in the middle: a key the grid did
		// not take would scroll the page.
		b.do(t, "to the grid", chromedp.Evaluate[chromedp.Void](`document.querySelector("#net-bits").scrollIntoView({block: "center"})`))
		st := eval[bitGridState](t, b, readBitGrid)
		if len(st.Shown) != 32 || len(st.Stops) != 1 || st.Stops[0] != "0" {
			t.Fatalf("%s: %d bits, the Tab stops %v; want 32 and the first bit", l, len(st.Shown), st.Stops)
		}
		part := map[i18n.Lang]map[string]string{i18n.En: {"net": "network part", "host": "host part"}, i18n.Ko: {"net": "네트워크 부분", "host": "호스트 부분"}}[l]
		word := map[i18n.Lang]string{i18n.En: "bit", i18n.Ko: "비트"}[l]
		for i, shown := range st.Shown {
			v, p, _ := strings.Cut(shown, " ")
			if want := fmt.Sprintf("%s %d: %s, %s", word, i+1, v, part[p]); st.Names[i] != want {
				t.Errorf("%s: bit %d shows %q and is named %q, want %q", l, i, shown, st.Names[i], want)
			}
		}
		if st.Names[23] != map[i18n.Lang]string{i18n.En: "bit 24: 0, network part", i18n.Ko: "비트 24: 0, 네트워크 부분"}[l] {
			t.Errorf("%s: bit 24 of 114.71.220.0/24 is named %q", l, st.Names[23])
		}

		// Into the grid with Tab, from the element before it in the Tab
		// order.
		b.do(t, "tab into the grid", chromedp.Evaluate[chromedp.Void](`(() => {
			const all = [...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]")].filter(e => e.tabIndex >= 0 && e.checkVisibility());
			all[all.indexOf(document.querySelector("#net-bits .bit[tabindex='0']")) - 1].focus();
		})()`), key(kb.Tab), focused(`#net-bits .bit[value="0"]`))
		y := eval[float64](t, b, `window.scrollY`)
		for _, k := range []struct {
			key, want string
		}{
			{kb.ArrowRight, "1"}, {kb.ArrowRight, "2"}, {kb.ArrowDown, "3"}, {kb.ArrowLeft, "2"}, {kb.ArrowUp, "1"},
			{kb.End, "31"}, {kb.ArrowRight, "31"}, {kb.Home, "0"}, {kb.ArrowLeft, "0"}, {kb.End, "31"},
		} {
			// The focus moves at once, the Tab stop with the render after.
			b.do(t, fmt.Sprintf("press %q for bit %s", k.key, k.want), key(k.key), focused(`#net-bits .bit[value="`+k.want+`"]`),
				waitJS(`(() => { const s = [...document.querySelectorAll("#net-bits .bit")].filter(b => b.tabIndex === 0); return s.length === 1 && s[0].value === `+jsString(k.want)+`; })()`))
			if st := eval[bitGridState](t, b, readBitGrid); st.ScrollY != y {
				t.Errorf("%s: %q scrolled the page from %.0f to %.0f", l, k.key, y, st.ScrollY)
			}
		}
		// Enter on bit 28 moves the prefix there; the focus stays.
		for range 4 {
			b.do(t, "left", key(kb.ArrowLeft))
		}
		b.do(t, "enter on bit 28", focused(`#net-bits .bit[value="27"]`), key(kb.Enter),
			waitJS(`document.querySelector("#net-input").value === "114.71.220.0/28"`),
			waitJS(`document.querySelectorAll("#net-bits .bit.net").length === 28`), focused(`#net-bits .bit[value="27"]`))
		// Space on bit 25 moves it back to /25, without scrolling.
		for range 3 {
			b.do(t, "left", key(kb.ArrowLeft))
		}
		y = eval[float64](t, b, `window.scrollY`)
		b.do(t, "space on bit 25", focused(`#net-bits .bit[value="24"]`), key(" "),
			waitJS(`document.querySelector("#net-input").value === "114.71.220.0/25"`), focused(`#net-bits .bit[value="24"]`))
		st = eval[bitGridState](t, b, readBitGrid)
		if st.ScrollY != y {
			t.Errorf("%s: Space on a bit scrolled the page from %.0f to %.0f", l, y, st.ScrollY)
		}
		if want := map[i18n.Lang]string{i18n.En: "bit 25: 0, network part", i18n.Ko: "비트 25: 0, 네트워크 부분"}[l]; st.Names[24] != want {
			t.Errorf("%s: after /25, bit 25 is named %q, want %q", l, st.Names[24], want)
		}
		// Out with Tab and back with Shift+Tab: the grid keeps its place.
		b.do(t, "tab out", key(kb.Tab), waitJS(`!document.activeElement.matches("#net-bits .bit")`))
		b.do(t, "shift+tab back", key(kb.Tab, chromedp.ModifierShift), focused(`#net-bits .bit[value="24"]`))
		b.noErrors(t, "the bit grid by keyboard")
	}

	// On a phone every bit is a touch target of 24 px at least, an IPv6
	// address's too.
	for _, net := range []string{"114.71.220.0/24", "2001:db8::/64"} {
		b.do(t, "a phone", chromedp.EmulateViewport(375, 800), chromedp.Navigate(s.URL+"/ipaddress?lang=ko&net="+net), live(), rendered())
		sizes := eval[[][2]float64](t, b, `[...document.querySelectorAll("#net-bits .bit")].map(b => { const r = b.getBoundingClientRect(); return [r.width, r.height]; })`)
		if len(sizes) == 0 {
			t.Fatalf("%s: no bits", net)
		}
		for i, sz := range sizes {
			if sz[0] < 24 || sz[1] < 24 {
				t.Errorf("%s on a phone: bit %d is %.1f × %.1f px", net, i+1, sz[0], sz[1])
			}
		}
	}
}

// TestStepControlsKeyboard checks that every control that steps through
// a lesson is a button the keyboard presses: Space and Enter step without
// scrolling the page, and the focus stays on the control, at either end
// of the story too.
func TestStepControlsKeyboard(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	b.do(t, "a short window", chromedp.EmulateViewport(1280, 600))
	// No lesson steps with a link.
	for _, path := range ui.Paths() {
		b.do(t, "open "+path, chromedp.Navigate(s.URL+path+"?lang=en"), live(), rendered())
		if links := eval[[]string](t, b, `[...document.querySelectorAll(".stepper a, .stepnav a, .stepper [role=button]")].map(a => a.outerHTML)`); len(links) > 0 {
			t.Errorf("%s: step controls that are no buttons: %v", path, links)
		}
	}

	b.do(t, "open the story", chromedp.Navigate(s.URL+"/byteorder?n=0x1234&width=16&lang=ko"), live(), rendered(),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#story-next").scrollIntoView({block: "center"})`),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#story-next").focus()`), focused("#story-next"))
	y := eval[float64](t, b, `window.scrollY`)
	if y == 0 {
		t.Fatal("the page does not scroll: this test would not see Space scroll it")
	}
	for _, k := range []struct{ key, want string }{
		{" ", "단계 2 / 4"}, {kb.Enter, "단계 3 / 4"}, {" ", "단계 4 / 4"}, {" ", "단계 4 / 4"},
	} {
		b.do(t, "press "+k.key, key(k.key), waitText("#story-pos", k.want), focused("#story-next"))
		if got := eval[float64](t, b, `window.scrollY`); got != y {
			t.Errorf("%q on 다음 scrolled the page from %.0f to %.0f", k.key, y, got)
		}
		if got := queryParam(t, b, "step"); got != strings.Fields(k.want)[1] {
			t.Errorf("after %q the address says step=%s, the page %s", k.key, got, k.want)
		}
	}
	if !exists(t, b, `#story-next[aria-disabled="true"]`) || exists(t, b, `#story-prev[aria-disabled="true"]`) {
		t.Errorf("at the last step: next disabled %v, previous disabled %v", exists(t, b, `#story-next[aria-disabled="true"]`), exists(t, b, `#story-prev[aria-disabled="true"]`))
	}
	b.do(t, "back with 이전", key(kb.Tab, chromedp.ModifierShift), focused("#story-prev"), key(" "), waitText("#story-pos", "단계 3 / 4"), focused("#story-prev"))

	// The sockets' player and the network stack step with buttons too.
	for _, c := range []struct{ url, next, count, want string }{
		{"/sockets?lang=en", "#tcp-next", "#tcp-count", "1"},
		{"/network?lang=en", "#encap-next", ".encap .count", "2"},
	} {
		b.do(t, "open "+c.url, chromedp.Navigate(s.URL+c.url), live(), rendered(),
			chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%s).scrollIntoView({block: "center"})`, jsString(c.next))),
			chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%s).focus()`, jsString(c.next))), focused(c.next))
		y := eval[float64](t, b, `window.scrollY`)
		b.do(t, "space on "+c.next, key(" "), waitJS(fmt.Sprintf(`document.querySelector(%s).textContent.trim().startsWith(%s)`, jsString(c.count), jsString(c.want))))
		if got := eval[float64](t, b, `window.scrollY`); got != y {
			t.Errorf("%s: Space on %s scrolled the page from %.0f to %.0f", c.url, c.next, y, got)
		}
	}
	b.noErrors(t, "the step controls by keyboard")
}
