//go:build e2e

package e2e

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

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
		{"the TCP sequence played two steps", "/sockets", []chromedp.Action[chromedp.Void]{click(`#tcp-next`), click(`#tcp-next`), waitJS(`document.querySelector("#tcp-count").textContent.startsWith("2")`)}},
		{"a layer of the stack chosen", "/network", []chromedp.Action[chromedp.Void]{click(`.stack [data-i="2"]`), waitJS(`document.querySelector('.stack [data-i="2"]').getAttribute("aria-pressed") === "true"`)}},
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
