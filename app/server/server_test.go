package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"

	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/internal/compress"
)

// testWeb is a web directory as the build leaves it, with a stand-in
// app.wasm: the server serves its bytes without running them.
func testWeb(t testing.TB, wasm string) fstest.MapFS {
	t.Helper()
	br, gz, err := compress.Both([]byte(wasm))
	if err != nil {
		t.Fatal(err)
	}
	return fstest.MapFS{
		"app.wasm":     {Data: []byte(wasm)},
		"app.wasm.br":  {Data: br},
		"app.wasm.gz":  {Data: gz},
		"app.css":      {Data: []byte("body{}")},
		"lesson.css":   {Data: []byte(".x{}")},
		"icon.svg":     {Data: []byte("<svg/>")},
		"icon-192.png": {Data: []byte("png")},
		"icon-512.png": {Data: []byte("png")},
	}
}

func newTestServer(t *testing.T, cfg Config) *Server {
	t.Helper()
	if cfg.Web == nil {
		cfg.Web = testWeb(t, strings.Repeat("wasm bytes ", 1000))
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(t *testing.T, h http.Handler, target string, header ...string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEveryRoutePrerendersItsLesson(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, l := range deck.Lessons() {
		for _, lang := range i18n.Langs {
			t.Run(l.Path+"/"+string(lang), func(t *testing.T) {
				res := get(t, s, l.Path+"?lang="+string(lang))
				html := body(t, res)
				if res.StatusCode != http.StatusOK {
					t.Fatalf("status %d", res.StatusCode)
				}
				for _, want := range []string{
					"<h1>" + htmlEscape(l.Title.In(lang)) + "</h1>",
					htmlEscape(l.Intro.In(lang)),
					`<html lang="` + string(lang) + `"`,
					`id="lang-switch"`,
					`class="toc"`,
					`class="foot"`,
				} {
					if !strings.Contains(html, want) {
						t.Errorf("page lacks %q", want)
					}
				}
				// A lesson not built yet shows its slides as text.
				for _, sl := range l.Slides {
					if !strings.Contains(html, htmlEscape(sl.Title.In(lang))) {
						t.Errorf("page lacks slide %q", sl.Title.In(lang))
					}
				}
			})
		}
	}
}

func htmlEscape(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestLanguageOfThePage(t *testing.T) {
	en := newTestServer(t, Config{DefaultLang: i18n.En})
	ko := newTestServer(t, Config{})
	network, _ := deck.Find("/network")
	for _, c := range []struct {
		name   string
		s      *Server
		target string
		cookie string
		want   i18n.Lang
	}{
		{"default is Korean", ko, "/network", "", i18n.Ko},
		{"the instructor's default", en, "/network", "", i18n.En},
		{"the URL wins", en, "/network?lang=ko", "lang=en", i18n.Ko},
		{"the remembered choice", ko, "/network", "lang=en", i18n.En},
		{"a bad cookie is ignored", ko, "/network", "lang=xx", i18n.Ko},
		{"a bad parameter is ignored", ko, "/network?lang=xx", "", i18n.Ko},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := get(t, c.s, c.target, "Cookie", c.cookie)
			html := body(t, res)
			if !strings.Contains(html, "<h1>"+network.Title.In(c.want)+"</h1>") {
				t.Errorf("page is not in %s", c.want)
			}
			if got := res.Header.Get("Content-Language"); got != string(c.want) {
				t.Errorf("Content-Language %q, want %q", got, c.want)
			}
		})
	}
	if _, err := New(Config{Web: testWeb(t, "x"), DefaultLang: "fr"}); err == nil {
		t.Error("New accepted an unknown default language")
	}
}

func TestNotFound(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, target := range []string{"/nope", "/ipaddress/extra", "/%E3%81%82"} {
		res := get(t, s, target)
		html := body(t, res)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", target, res.StatusCode)
		}
		if !strings.Contains(html, txtNotFoundKo) || !strings.Contains(html, `class="toc"`) {
			t.Errorf("%s: not the not-found page in the shell", target)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "/ipaddress", nil)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST a page: status %d", w.Code)
	}
}

const txtNotFoundKo = "페이지를 찾을 수 없습니다"

func TestWasmServedCompressed(t *testing.T) {
	wasm := strings.Repeat("wasm bytes ", 1000)
	s := newTestServer(t, Config{Web: testWeb(t, wasm)})
	decode := map[string]func(io.Reader) (io.Reader, error){
		"br":   func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
		"gzip": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
		"":     func(r io.Reader) (io.Reader, error) { return r, nil },
	}
	for _, c := range []struct {
		accept, want string
	}{
		{"gzip, deflate, br, zstd", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0.0, gzip;q=0", ""},
		{"", ""},
		{"identity", ""},
		{"BR", "br"},
	} {
		t.Run(c.accept, func(t *testing.T) {
			res := get(t, s, "/web/app.wasm", "Accept-Encoding", c.accept)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			if got := res.Header.Get("Content-Encoding"); got != c.want {
				t.Errorf("Content-Encoding %q, want %q", got, c.want)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q", got)
			}
			if got := res.Header.Get("Content-Type"); got != "application/wasm" {
				t.Errorf("Content-Type %q", got)
			}
			r, err := decode[c.want](res.Body)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil || string(got) != wasm {
				t.Errorf("decoded body differs from app.wasm (%d bytes, err %v)", len(got), err)
			}
			// Revalidating the same form answers 304.
			etag := res.Header.Get("ETag")
			again := get(t, s, "/web/app.wasm", "Accept-Encoding", c.accept, "If-None-Match", etag)
			if again.StatusCode != http.StatusNotModified {
				t.Errorf("revalidation with %s: status %d", etag, again.StatusCode)
			}
		})
	}
}

func TestVersionIsTheContent(t *testing.T) {
	a := newTestServer(t, Config{Web: testWeb(t, "one")})
	b := newTestServer(t, Config{Web: testWeb(t, "one")})
	c := newTestServer(t, Config{Web: testWeb(t, "two")})
	if a.Version() != b.Version() {
		t.Errorf("same files, versions %s and %s", a.Version(), b.Version())
	}
	if a.Version() == c.Version() {
		t.Errorf("different app.wasm, same version %s", a.Version())
	}
	res := get(t, a, "/app-worker.js")
	js := body(t, res)
	for _, want := range []string{a.Version(), `"/ipaddress"`, `"/byteorder"`, `"/web/app.wasm"`, `"/web/lesson.css"`, "/api/"} {
		if !strings.Contains(js, want) {
			t.Errorf("service worker lacks %s", want)
		}
	}
	appJS := body(t, get(t, a, "/app.js"))
	wasmLen := len("one")
	if !strings.Contains(appJS, `goappWasmContentLength = "`+strconv.Itoa(wasmLen)+`"`) {
		t.Errorf("app.js does not carry the raw wasm size %d", wasmLen)
	}
}

func TestStylesAndNoRemoteResources(t *testing.T) {
	s := newTestServer(t, Config{})
	html := body(t, get(t, s, "/"))
	app, lesson := strings.Index(html, "/web/app.css"), strings.Index(html, "/web/lesson.css")
	if app < 0 || lesson < 0 || app > lesson {
		t.Errorf("style sheets: app.css at %d, lesson.css at %d", app, lesson)
	}
	// Nothing is loaded from elsewhere: no src or href leaves the app.
	for _, attr := range []string{`src="http`, `href="http`, `src="//`, `href="//`} {
		if strings.Contains(html, attr) {
			t.Errorf("page loads a remote resource: %s", attr)
		}
	}
	manifest := body(t, get(t, s, "/manifest.webmanifest"))
	if strings.Contains(manifest, "http") {
		t.Errorf("manifest refers to a remote resource: %s", manifest)
	}
}

func TestSecurityHeadersEverywhere(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, target := range []string{"/", "/nope", "/web/app.wasm", "/web/missing", "/app.js", "/app-worker.js", "/healthz", "/api/v1/nothing"} {
		res := get(t, s, target)
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "'wasm-unsafe-eval'") || !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP %q", target, csp)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", target, res.Header)
		}
	}
}

func TestHealthAndAPI(t *testing.T) {
	s := newTestServer(t, Config{})
	res := get(t, s, "/healthz")
	if b := body(t, res); res.StatusCode != 200 || b != `{"status":"ok","version":"`+s.Version()+`","tls":false,"warnings":[]}`+"\n" {
		t.Errorf("healthz: %d %s", res.StatusCode, b)
	}
	warn := "plain HTTP on 0.0.0.0:8080"
	s = newTestServer(t, Config{TLS: false, Warnings: []string{warn}})
	if b := body(t, get(t, s, "/healthz")); !strings.Contains(b, `"tls":false,"warnings":["`+warn+`"]`) {
		t.Errorf("healthz with a warning: %s", b)
	}
	s = newTestServer(t, Config{TLS: true})
	if b := body(t, get(t, s, "/healthz")); !strings.Contains(b, `"tls":true,"warnings":[]`) {
		t.Errorf("healthz over TLS: %s", b)
	}
	res = get(t, s, "/api/v1/socket/gethostname")
	if b := body(t, res); res.StatusCode != 404 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") || !strings.Contains(b, `"error"`) {
		t.Errorf("API without a backend: %d %s", res.StatusCode, b)
	}
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("api " + r.URL.Path)) })
	s = newTestServer(t, Config{API: api})
	if b := body(t, get(t, s, "/api/v1/x")); b != "api /api/v1/x" {
		t.Errorf("API handler not mounted: %q", b)
	}
}

func TestMissingWasm(t *testing.T) {
	web := testWeb(t, "x")
	delete(web, "app.wasm")
	if _, err := New(Config{Web: web}); err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("New without app.wasm: %v", err)
	}
}
