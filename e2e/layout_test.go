//go:build e2e

package e2e

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/ui"
)

// screens are the widths the layout is measured at: a laptop and a phone.
var screens = []struct {
	name string
	w, h int64
}{{"1280", 1280, 900}, {"375", 375, 800}}

// brokenWords lists the words of the page's main part, outside the code
// panels, that the browser wrapped inside: a line that ends between two
// letters or digits of a run without spaces (an identifier, an English
// word, a Korean eojeol), marked with "|".
const brokenWords = `(() => {
	const bad = [], word = /[\p{L}\p{N}_]/u;
	const line = (n, i) => {
		const r = document.createRange();
		r.setStart(n, i);
		r.setEnd(n, i + 1);
		const rects = [...r.getClientRects()].filter(x => x.width > 0);
		return rects.length ? Math.round(rects[0].bottom) : null;
	};
	const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
	for (let n; (n = walker.nextNode()); ) {
		const el = n.parentElement;
		if (!el || el.closest("pre") || !el.checkVisibility()) continue;
		const re = /\S+/g;
		for (let m; (m = re.exec(n.textContent)); ) {
			const r = document.createRange();
			r.setStart(n, m.index);
			r.setEnd(n, m.index + m[0].length);
			if (new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.bottom))).size < 2) continue;
			// The run spans lines: where it breaks, between two letters
			// or digits is inside a word; after a hyphen, before a
			// parenthesis, after a slash are places to break.
			const s = m[0];
			for (let i = 1; i < s.length; i++) {
				const a = line(n, m.index + i - 1), b = line(n, m.index + i);
				if (a !== null && b !== null && a !== b && word.test(s[i - 1]) && word.test(s[i])) {
					bad.push(s.slice(0, i) + "|" + s.slice(i) + " in <" + el.tagName.toLowerCase() + (el.className ? "." + el.className : "") + ">");
				}
			}
		}
	}
	return bad;
})()`

// TestLayoutWords checks on every route, in both languages, on a laptop
// and on a phone, that no word is wrapped inside: Korean breaks between
// words (keep-all), a code identifier whole, and a table is as wide as
// its longest words (it scrolls sideways when the screen is narrower).
func TestLayoutWords(t *testing.T) {
	s := startServer(t, "", "-dns", startDNS(t), "-lookup-timeout", "1s")
	b := newBrowser(t)
	for _, size := range screens {
		b.do(t, "viewport "+size.name, chromedp.EmulateViewport(size.w, size.h))
		for _, path := range ui.Paths() {
			for _, l := range []i18n.Lang{i18n.Ko, i18n.En} {
				where := fmt.Sprintf("%s?lang=%s at %s px", path, l, size.name)
				b.do(t, "open "+where, chromedp.Navigate(s.URL+path+"?lang="+string(l)), live(), rendered(), settled())
				for _, w := range eval[[]string](t, b, brokenWords) {
					t.Errorf("%s: %s is broken across lines", where, w)
				}
				if w := eval[int](t, b, `document.documentElement.scrollWidth`); w > int(size.w) {
					t.Errorf("%s: the page is %d px wide", where, w)
				}
			}
		}
	}
}

// TestLayoutModules measures the two tables the issue names where they
// broke words: /sockets's modules at 1280 px, /network's fields on a
// phone. Each cell's code is on one line (its height one line's), and
// the table scrolls in its frame when it is wider than the screen.
func TestLayoutModules(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	for _, c := range []struct {
		path, table string
		w, h        int64
	}{
		{"/sockets", "#modules table", 1280, 900},
		{"/sockets", "#modules table", 375, 800},
		{"/network?step=1", "#encap-fields", 375, 800},
		{"/network?step=1", "#encap-fields", 1280, 900},
	} {
		for _, l := range []i18n.Lang{i18n.Ko, i18n.En} {
			where := fmt.Sprintf("%s (%s) at %d px", c.table, l, c.w)
			b.do(t, where, chromedp.EmulateViewport(c.w, c.h), chromedp.Navigate(s.URL+withLang(c.path, l)), live(), rendered())
			if n := eval[int](t, b, fmt.Sprintf(`document.querySelectorAll(%s).length`, jsString(c.table+" code"))); n == 0 {
				t.Fatalf("%s: no code in the table", where)
			}
			for _, w := range eval[[]string](t, b, brokenWords) {
				t.Errorf("%s: %s is broken across lines", where, w)
			}
			frame := eval[struct{ Scroll, Client, Page int }](t, b, fmt.Sprintf(`(() => { const w = document.querySelector(%s).closest(".table-wrap"); return {Scroll: w.scrollWidth, Client: w.clientWidth, Page: document.documentElement.scrollWidth}; })()`, jsString(c.table)))
			if frame.Page > int(c.w) {
				t.Errorf("%s: the page is %d px wide (the table's frame shows %d of %d px)", where, frame.Page, frame.Client, frame.Scroll)
			}
		}
	}
}

// withLang is the address u in language l.
func withLang(u string, l i18n.Lang) string {
	if strings.Contains(u, "?") {
		return u + "&lang=" + string(l)
	}
	return u + "?lang=" + string(l)
}

// TestLayoutHomeCards checks that every card of the lesson map has the
// same gap between its title and its text, and its title at the same
// height from its top, however long its neighbours' texts, at widths of
// one to three cards a row.
func TestLayoutHomeCards(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	for _, size := range append(screens[:1:1], struct {
		name string
		w, h int64
	}{"1024", 1024, 800}, struct {
		name string
		w, h int64
	}{"600", 600, 800}, screens[1]) {
		for _, l := range []i18n.Lang{i18n.Ko, i18n.En} {
			where := fmt.Sprintf("/ (%s) at %s px", l, size.name)
			b.do(t, where, chromedp.EmulateViewport(size.w, size.h), chromedp.Navigate(s.URL+"/?lang="+string(l)), live(), rendered())
			// The texts' own lines, not their boxes, which the grid
			// stretches.
			cards := eval[[]struct {
				Title    string
				Top, Gap float64
			}](t, b, `(() => {
				const lines = e => { const r = document.createRange(); r.selectNodeContents(e); const rs = [...r.getClientRects()].filter(x => x.width > 0); return {top: Math.min(...rs.map(x => x.top)), bottom: Math.max(...rs.map(x => x.bottom))}; };
				return [...document.querySelectorAll(".lesson-map a")].map(a => {
					const box = a.getBoundingClientRect(), title = lines(a.querySelector("strong")), desc = lines(a.querySelector(".desc"));
					return {Title: a.querySelector("strong").textContent, Top: title.top - box.top, Gap: desc.top - title.bottom};
				});
			})()`)
			if len(cards) < 2 {
				t.Fatalf("%s: %d cards", where, len(cards))
			}
			for _, c := range cards[1:] {
				if math.Abs(c.Gap-cards[0].Gap) > 1 || math.Abs(c.Top-cards[0].Top) > 1 {
					t.Errorf("%s: %q has its title %.1f px from the top and %.1f px above its text; %q %.1f and %.1f px", where, c.Title, c.Top, c.Gap, cards[0].Title, cards[0].Top, cards[0].Gap)
				}
			}
		}
	}
}

// TestLayoutLessonBar checks that on a phone, where the lessons are a row
// that scrolls sideways, the current lesson is in view on every route,
// opened by its address or reached through the bar, and that the page
// itself stays at its top.
func TestLayoutLessonBar(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	b.do(t, "a phone", chromedp.EmulateViewport(375, 800))
	const inView = `(() => {
		const bar = document.querySelector("nav.toc").getBoundingClientRect(), cur = document.querySelector("nav.toc a.current");
		if (!cur) return "no current lesson";
		const r = cur.getBoundingClientRect();
		if (r.left < bar.left - 0.5 || r.right > bar.right + 0.5) return cur.textContent + " at " + Math.round(r.left) + "–" + Math.round(r.right) + " px, the bar " + Math.round(bar.left) + "–" + Math.round(bar.right);
		if (window.scrollY !== 0) return "the page scrolled to " + window.scrollY;
		return "";
	})()`
	// The lessons of the deck are in the bar; a page that is not one
	// (the lab, say) has no current lesson.
	var paths []string
	for _, l := range deck.Lessons() {
		paths = append(paths, l.Path)
	}
	for _, path := range paths {
		b.do(t, "open "+path, chromedp.Navigate(s.URL+path+"?lang=ko"), live(), rendered())
		b.do(t, "the bar shows "+path, waitJS(inView+` === ""`))
	}
	if !eval[bool](t, b, `(() => { const bar = document.querySelector("nav.toc"); return bar.scrollWidth > bar.clientWidth; })()`) {
		t.Fatal("the lessons' bar does not scroll on a phone: this test measures nothing")
	}
	// Through the bar: from the first lesson to the last and back.
	b.do(t, "open the first", chromedp.Navigate(s.URL+paths[0]+"?lang=en"), live(), rendered())
	for _, path := range []string{paths[len(paths)-1], paths[1]} {
		b.do(t, "to "+path+" through the bar", click(`nav.toc a[href="`+path+`"]`),
			waitJS(`location.pathname === `+jsString(path)), rendered(), waitJS(inView+` === ""`))
	}
	b.noErrors(t, "the lessons' bar")
}

// TestLayoutCodePanels checks every code panel (a Python session, the
// deck's code, a program's output, a hex dump) on every route, on a
// laptop and on a phone: its lines are never wrapped (white-space: pre),
// a line longer than the panel scrolls inside it, and the panel is not
// cut by the page's edge.
func TestLayoutCodePanels(t *testing.T) {
	s := startServer(t, "", "-dns", startDNS(t), "-lookup-timeout", "1s")
	b := newBrowser(t)
	seen := 0
	for _, size := range screens {
		b.do(t, "viewport "+size.name, chromedp.EmulateViewport(size.w, size.h))
		for _, path := range ui.Paths() {
			where := fmt.Sprintf("%s at %s px", path, size.name)
			b.do(t, "open "+where, chromedp.Navigate(s.URL+path+"?lang=ko"), live(), rendered(), settled())
			panels := eval[[]struct {
				ID, Class, WhiteSpace, OverflowX string
				Lines                            int
				Height, LineHeight, Padding      float64
				ScrollWidth, ClientWidth         int
				Right, Page                      float64
			}](t, b, `[...document.querySelectorAll("main pre")].filter(p => p.checkVisibility() && p.textContent !== "").map(p => {
				const cs = getComputedStyle(p);
				return {ID: p.id, Class: p.className, WhiteSpace: cs.whiteSpace, OverflowX: cs.overflowX,
					Lines: p.textContent.replace(/\n$/, "").split("\n").length,
					Height: p.scrollHeight, LineHeight: parseFloat(cs.lineHeight), Padding: parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom),
					ScrollWidth: p.scrollWidth, ClientWidth: p.clientWidth,
					Right: p.getBoundingClientRect().right, Page: document.documentElement.clientWidth};
			})`)
			for _, p := range panels {
				seen++
				name := fmt.Sprintf("%s: pre.%s#%s", where, p.Class, p.ID)
				if p.WhiteSpace != "pre" {
					t.Errorf("%s wraps its lines (white-space: %s)", name, p.WhiteSpace)
				}
				if rendered := (p.Height - p.Padding) / p.LineHeight; math.Abs(rendered-float64(p.Lines)) > 0.6 {
					t.Errorf("%s has %d lines drawn as %.1f", name, p.Lines, rendered)
				}
				if p.ScrollWidth > p.ClientWidth && p.OverflowX != "auto" && p.OverflowX != "scroll" {
					t.Errorf("%s cuts its lines: %d px of %d shown, overflow-x %s", name, p.ClientWidth, p.ScrollWidth, p.OverflowX)
				}
				if p.Right > p.Page+0.5 {
					t.Errorf("%s ends at %.0f px, past the page's %.0f", name, p.Right, p.Page)
				}
			}
		}
	}
	if seen == 0 {
		t.Fatal("no code panel measured")
	}
}
