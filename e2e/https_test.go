//go:build e2e

package e2e

import (
	"crypto/tls"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"netprimer/app/ui"
	"netprimer/internal/testcert"
)

// classHost is the name the HTTPS tests serve at: Chromium is told it is
// 127.0.0.1, and, unlike localhost, a name that is not loopback is a
// secure context over HTTPS only, as a class's server is.
const classHost = "netprimer.test"

// TestHTTPS serves the app as a class gets it: HTTPS with a certificate
// the test's CA signed, and a plain HTTP listener that redirects. In
// Chromium, which trusts that certificate, a student who types the http://
// address lands on HTTPS, in a secure context: the service worker
// registers and caches every lesson, app.wasm arrives as brotli, and the
// page came over HTTP/2. HSTS is sent on HTTPS, never on plain HTTP.
func TestHTTPS(t *testing.T) {
	ca := testcert.NewCA(t)
	leaf := ca.Issue(t, time.Now().Add(-time.Hour), time.Now().Add(24*time.Hour), classHost, "localhost", "127.0.0.1")
	certFile, keyFile := leaf.Write(t, ca, t.TempDir())
	addr, redirectAddr := freeAddr(t), freeAddr(t)
	_, port, _ := net.SplitHostPort(addr)
	_, redirectPort, _ := net.SplitHostPort(redirectAddr)
	client := &http.Client{
		Transport: &http.Transport{
			TLSClientConfig:    &tls.Config{RootCAs: ca.Pool(), ServerName: classHost},
			ForceAttemptHTTP2:  true,
			DisableCompression: true,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	s := launch(t, nil, addr, client, "-tls-cert", certFile, "-tls-key", keyFile, "-http-redirect", redirectAddr)

	// The server's own answers, to a Go client that trusts the CA.
	res, err := client.Get(s.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var health struct {
		TLS      bool
		Warnings []string
	}
	json.NewDecoder(res.Body).Decode(&health)
	res.Body.Close()
	if res.ProtoMajor != 2 || res.Header.Get("Strict-Transport-Security") != "max-age=31536000" || !health.TLS || len(health.Warnings) != 0 {
		t.Errorf("/healthz over HTTPS: %s, HSTS %q, %+v", res.Proto, res.Header.Get("Strict-Transport-Security"), health)
	}
	req, _ := http.NewRequest("GET", "http://"+redirectAddr+"/hosts?host=iot&lang=en", nil)
	req.Host = classHost + ":" + redirectPort
	res, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if want := "https://" + classHost + ":" + port + "/hosts?host=iot&lang=en"; res.StatusCode != http.StatusMovedPermanently ||
		res.Header.Get("Location") != want || res.Header.Get("Strict-Transport-Security") != "" {
		t.Errorf("plain HTTP: %d to %q (HSTS %q), want 301 to %q", res.StatusCode, res.Header.Get("Location"),
			res.Header.Get("Strict-Transport-Security"), want)
	}

	// A student in Chromium types the plain address.
	b := newBrowser(t,
		chromedp.Flag("host-resolver-rules", "MAP "+classHost+" 127.0.0.1"),
		chromedp.Flag("ignore-certificate-errors-spki-list", leaf.SPKIHash()),
	)
	b.do(t, "open the plain HTTP address",
		chromedp.Navigate("http://"+classHost+":"+redirectPort+"/hosts?lang=en"),
		live(),
		offlineReady(ui.Paths()),
	)
	b.noErrors(t, "HTTPS")
	if got, want := eval[string](t, b, `location.href`), "https://"+classHost+":"+port+"/hosts?lang=en"; got != want {
		t.Errorf("the page is at %q, want %q", got, want)
	}
	if !eval[bool](t, b, `window.isSecureContext`) {
		t.Error("the page over HTTPS is not a secure context")
	}
	if proto := eval[string](t, b, `performance.getEntriesByType("navigation")[0].nextHopProtocol`); proto != "h2" {
		t.Errorf("the page came over %q, want h2", proto)
	}
	// What the browser fetched, as the service worker keeps it.
	if enc := eval[string](t, b, `caches.match(location.origin + "/web/app.wasm").then(r => r.headers.get("content-encoding"))`); enc != "br" {
		t.Errorf("app.wasm arrived as %q, want br", enc)
	}
	// The language the URL chose is remembered in a cookie sent over
	// HTTPS only.
	cookies, err := chromedp.Call(b.ctx, network.GetCookies, network.GetCookiesParams{})
	if err != nil {
		t.Fatal(err)
	}
	secure := map[string]bool{}
	for _, c := range cookies.Cookies {
		secure[c.Name] = c.Secure
	}
	if s, ok := secure["lang"]; !ok || !s {
		t.Errorf("the lang cookie over HTTPS: set %v, secure %v", ok, s)
	}
	if !strings.Contains(s.Log(), "msg=HTTPS") {
		t.Errorf("the server's log does not say it serves HTTPS:\n%s", s.Log())
	}
}

// TestPlainHTTPWarns: a server on an address other than loopback without
// HTTPS says in its log and in /healthz what will not work; the same
// server on loopback says nothing.
func TestPlainHTTPWarns(t *testing.T) {
	_, port, _ := net.SplitHostPort(freeAddr(t))
	s := startServer(t, "0.0.0.0:"+port)
	var health struct {
		TLS      bool
		Warnings []string
	}
	res, body := httpGet(t, "http://127.0.0.1:"+port+"/healthz")
	if err := json.Unmarshal([]byte(body), &health); err != nil || res.StatusCode != 200 {
		t.Fatalf("/healthz: %d %s", res.StatusCode, body)
	}
	for _, what := range []string{"insecure context", "offline", "new versions", "brotli", "-tls-cert", "-autocert"} {
		if health.TLS || len(health.Warnings) != 1 || !strings.Contains(health.Warnings[0], what) {
			t.Errorf("/healthz does not warn of %q: %s", what, body)
		}
		if !strings.Contains(s.Log(), what) {
			t.Errorf("the log does not warn of %q:\n%s", what, s.Log())
		}
	}
	loop := startServer(t, "")
	if _, body := httpGet(t, loop.URL+"/healthz"); !strings.Contains(body, `"tls":false,"warnings":[]`) || strings.Contains(loop.Log(), "insecure context") {
		t.Errorf("a server on loopback warns: %s\n%s", body, loop.Log())
	}
}

// TestHSTSBehindProxy: behind a trusted proxy that says the student came
// over HTTPS, the plain listener's answers carry HSTS; without -trust-proxy
// the same header is the client's own word, and nothing is sent.
func TestHSTSBehindProxy(t *testing.T) {
	proxied := startServer(t, "", "-trust-proxy", "127.0.0.1")
	direct := startServer(t, "")
	for _, c := range []struct {
		s     *server
		proto string
		want  string
	}{
		{proxied, "https", "max-age=31536000"},
		{proxied, "http", ""},
		{direct, "https", ""},
	} {
		res, _ := httpGet(t, c.s.URL+"/hosts", "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", c.proto)
		if got := res.Header.Get("Strict-Transport-Security"); got != c.want {
			t.Errorf("X-Forwarded-Proto %s to %s: HSTS %q, want %q", c.proto, c.s.Addr, got, c.want)
		}
	}
}
