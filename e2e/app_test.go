//go:build e2e

package e2e

import (
	htmlpkg "html"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"netprimer/app/i18n"
	"netprimer/app/ui"
)

func title(path string, l i18n.Lang) string {
	lesson, _ := ui.Find(path) // the deck's lessons, and the pages beside them
	return lesson.Title.In(l)
}

// TestServesEveryRoute checks the binary over HTTP: it starts with no files
// beside it, prerenders every route with its lesson, sends app.wasm
// compressed, and puts the security headers on every response.
func TestServesEveryRoute(t *testing.T) {
	s := startServer(t, "")
	for _, p := range ui.Paths() {
		res, html := httpGet(t, s.URL+p)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", p, res.StatusCode)
		}
		if !strings.Contains(html, "<h1>"+htmlpkg.EscapeString(title(p, i18n.Ko))+"</h1>") {
			t.Errorf("%s: the prerendered page lacks its Korean title", p)
		}
		_, en := httpGet(t, s.URL+p+"?lang=en")
		if !strings.Contains(en, "<h1>"+htmlpkg.EscapeString(title(p, i18n.En))+"</h1>") {
			t.Errorf("%s?lang=en: the prerendered page lacks its English title", p)
		}
	}
	raw, _ := httpGet(t, s.URL+"/web/app.wasm", "Accept-Encoding", "identity")
	for _, enc := range []string{"br", "gzip"} {
		res, body := httpGet(t, s.URL+"/web/app.wasm", "Accept-Encoding", enc)
		if res.Header.Get("Content-Encoding") != enc || res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("app.wasm for %s: Content-Encoding %q, Vary %q", enc, res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
		}
		if int64(len(body)) >= raw.ContentLength {
			t.Errorf("app.wasm in %s is %d bytes, raw %d", enc, len(body), raw.ContentLength)
		}
	}
	for _, p := range []string{"/", "/nope", "/web/app.wasm", "/app.js", "/app-worker.js", "/healthz"} {
		res, _ := httpGet(t, s.URL+p)
		if !strings.Contains(res.Header.Get("Content-Security-Policy"), "'wasm-unsafe-eval'") ||
			res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Referrer-Policy") == "" {
			t.Errorf("%s: security headers missing: %v", p, res.Header)
		}
	}
	if res, html := httpGet(t, s.URL+"/no-such-lesson"); res.StatusCode != http.StatusNotFound || !strings.Contains(html, `class="toc"`) {
		t.Errorf("unknown address: status %d, shell %v", res.StatusCode, strings.Contains(html, `class="toc"`))
	}
}

// TestAppRendersNavigatesAndSwitchesLanguage proves the wasm app renders,
// moves between lessons inside the app, and switches to English and back,
// remembering the choice.
func TestAppRendersNavigatesAndSwitchesLanguage(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)

	b.do(t, "open the lesson map", chromedp.Navigate(s.URL+"/"), live())
	if h1 := b.text(t, "#main h1"); h1 != title("/", i18n.Ko) {
		t.Errorf("home title %q", h1)
	}
	// The error check below can fail: a console error is caught.
	b.do(t, "probe the error check", chromedp.Evaluate[chromedp.Void](`console.error("probe")`))
	if errs := b.takeErrors(); len(errs) != 1 || !strings.Contains(errs[0], "probe") {
		t.Fatalf("the page's errors are not recorded: %q", errs)
	}

	// A marker on window survives only in-app navigation, not a reload.
	b.do(t, "go to a lesson from the lesson list",
		chromedp.Evaluate[chromedp.Void](`window.e2eMarker = "same page"`),
		click(`nav.toc a[href="/network"]`),
		waitText("#main h1", title("/network", i18n.Ko)),
		waitJS(`location.pathname === "/network"`),
	)
	if marker := eval[string](t, b, `window.e2eMarker || ""`); marker != "same page" {
		t.Error("moving to /network reloaded the page: the wasm app did not navigate")
	}
	b.do(t, "go on with the pager",
		click(`nav.pager a.next`),
		waitText("#main h1", title("/addresses", i18n.Ko)),
	)

	b.do(t, "switch to English",
		click(`#lang-switch`),
		waitText("#main h1", title("/addresses", i18n.En)),
		waitJS(`new URLSearchParams(location.search).get("lang") === "en"`),
		rendered(),
	)
	if lang := eval[string](t, b, `document.documentElement.lang`); lang != "en" {
		t.Errorf("after switching: <html lang=%q>", lang)
	}
	if stored := eval[string](t, b, `JSON.parse(localStorage.getItem("lang") || "null") || ""`); stored != "en" {
		t.Errorf("after switching, the remembered language is %q", stored)
	}
	b.do(t, "the choice holds on a fresh visit without a lang parameter",
		chromedp.Navigate(s.URL+"/sockets"),
		live(),
		waitText("#main h1", title("/sockets", i18n.En)),
	)
	b.do(t, "switch back to Korean",
		click(`#lang-switch`),
		waitText("#main h1", title("/sockets", i18n.Ko)),
	)
	if lang := eval[string](t, b, `document.documentElement.lang`); lang != "ko" {
		t.Errorf("after switching back: <html lang=%q>", lang)
	}
	b.noErrors(t, "navigating and switching")
}

// TestWorksOfflineAfterOneVisit stops the server after one visit and opens
// lessons again, by address (with a query) and inside the app.
func TestWorksOfflineAfterOneVisit(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	b.do(t, "first visit",
		chromedp.Navigate(s.URL+"/ipaddress"),
		live(),
		offlineReady(ui.Paths()),
	)
	b.noErrors(t, "first visit")
	s.stop(t)
	if _, err := http.Get(s.URL + "/healthz"); err == nil {
		t.Fatal("the server still answers after stopping")
	}
	b.do(t, "open a lesson by its address, offline",
		chromedp.Navigate(s.URL+"/packing?ip=114.71.220.95&lang=en"),
		live(),
		waitText("#main h1", title("/packing", i18n.En)),
	)
	b.do(t, "move to another lesson, offline",
		click(`nav.toc a[href="/byteorder"]`),
		waitText("#main h1", title("/byteorder", i18n.En)),
		chromedp.Reload(),
		live(),
	)
	if h1 := b.text(t, "#main h1"); h1 != title("/byteorder", i18n.En) {
		t.Errorf("reloaded offline: title %q", h1)
	}
}

// TestNewVersionOffersReload deploys a new version under an open tab: the
// tab offers the reload, and the reload brings the new version.
func TestNewVersionOffersReload(t *testing.T) {
	v1, v2 := t.TempDir(), t.TempDir()
	copyWeb(t, v1, "")
	copyWeb(t, v2, "\n/* a new deploy */\n")
	addr := freeAddr(t)

	s1 := startServer(t, addr, "-web", v1)
	b := newBrowser(t)
	b.do(t, "visit version 1",
		chromedp.Navigate(s1.URL+"/"),
		live(),
		offlineReady(ui.Paths()),
	)
	old := s1.version(t)
	s1.stop(t)

	s2 := startServer(t, addr, "-web", v2)
	if s2.version(t) == old {
		t.Fatal("the new deploy has the same version")
	}
	b.do(t, "moving inside the app finds the new version",
		click(`nav.toc a[href="/network"]`),
		chromedp.WaitVisible(chromedp.CSS(`#update-banner`)),
		click(`#update-reload`),
		waitJS(`!!document.querySelector("html[data-live] .foot .version")`),
	)
	if footer := b.text(t, ".foot .version"); !strings.Contains(footer, s2.version(t)[:12]) {
		t.Errorf("after the reload the footer shows %q, want version %s", footer, s2.version(t))
	}
}

// copyWeb copies the built web files into dir, appending extra to app.css.
func copyWeb(t *testing.T, dir, extra string) {
	t.Helper()
	src := filepath.Join("..", "web")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "app.css" {
			b = append(b, extra...)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGracefulShutdown stops the server with SIGTERM and expects a clean
// exit after it says so.
func TestGracefulShutdown(t *testing.T) {
	s := startServer(t, "")
	s.stop(t)
	if !strings.Contains(s.Log(), "shutting down") {
		t.Errorf("no shutdown in the log:\n%s", s.Log())
	}
	if !strings.Contains(s.Log(), "path=/healthz") {
		t.Errorf("requests are not logged:\n%s", s.Log())
	}
}
