package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"netprimer/app/api"
	"netprimer/app/jsonhttp"
	"netprimer/app/ui"
)

func serveReq(h http.Handler, method, target string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// TestURLTooLong: past the limit a page answers 414 with a page in both
// languages, an API call 414 in JSON; at the limit the page is the
// lesson's, and what it echoes of the query stays bounded.
func TestURLTooLong(t *testing.T) {
	s := newTestServer(t, Config{})
	max := DefaultLimits().MaxURL
	pad := func(prefix string, n int) string { return prefix + strings.Repeat("x", n-len(prefix)) }

	w := serveReq(s, "GET", pad("/ipaddress?addr=", max+1))
	if w.Code != http.StatusRequestURITooLong || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Errorf("a page's URL past the limit: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	if b := w.Body.String(); !strings.Contains(b, "주소가 너무 깁니다") || !strings.Contains(b, "The address is too long") || len(b) > 4096 {
		t.Errorf("the 414 page: %q", b)
	}
	w = serveReq(s, "GET", pad("/api/v1/socket/gethostbyname?host=", max+1))
	var e api.Response
	if w.Code != http.StatusRequestURITooLong || json.Unmarshal(w.Body.Bytes(), &e) != nil || e.Error == nil || e.Error.Type != api.TypeURITooLong {
		t.Errorf("an API URL past the limit: %d %s", w.Code, w.Body)
	}
	for _, route := range ui.Paths() {
		for _, param := range append(routeParams[route], "zz") {
			target := pad(route+"?"+param+"=", max)
			w := serveReq(s, "GET", target)
			if w.Code != http.StatusOK {
				t.Errorf("%s…: a URL at the limit: %d", target[:40], w.Code)
			}
			// The lessons cut what they show; links carry the query.
			if n := w.Body.Len(); n > 1<<20 {
				t.Errorf("%s…: a page of %d bytes for a URL of %d", target[:40], n, max)
			}
		}
	}
}

// TestFilesAllowGetAndHead: a web file, a file of go-app's and a page
// answer other methods with 405 and Allow.
func TestFilesAllowGetAndHead(t *testing.T) {
	s := newTestServer(t, Config{})
	for _, target := range []string{"/web/app.wasm", "/web/app.css", "/web/missing", "/app.js", "/app-worker.js", "/wasm_exec.js", "/manifest.webmanifest", "/app.css", "/", "/ipaddress", "/nope"} {
		for _, method := range []string{"DELETE", "TRACE", "POST", "PUT", "PATCH", "OPTIONS"} {
			w := serveReq(s, method, target)
			if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d, Allow %q", method, target, w.Code, w.Header().Get("Allow"))
			}
		}
		if w := serveReq(s, "HEAD", target); target != "/web/missing" && target != "/nope" && w.Code != http.StatusOK {
			t.Errorf("HEAD %s: %d", target, w.Code)
		}
	}
}

// TestAPIAnswersJSON: under /api/ every answer is JSON, whatever the
// path, with or without an API behind it.
func TestAPIAnswersJSON(t *testing.T) {
	lookupLike := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		jsonhttp.Write(w, http.StatusOK, map[string]string{"path": r.URL.Path})
	})
	for _, cfg := range []Config{{}, {API: lookupLike}} {
		s := newTestServer(t, cfg)
		for _, target := range []string{"/api", "/api/", "/api/v2/x", "/api/v1//x", "/api/v1/./connection", "/api/v1/%2e%2e/x", "/api/v1/socket/../connection", "/api//v1/connection", "/api/v10/x"} {
			for _, method := range []string{"GET", "POST", "OPTIONS"} {
				w := serveReq(s, method, target)
				var v map[string]any
				if !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") || json.Unmarshal(w.Body.Bytes(), &v) != nil {
					t.Errorf("%s %s (API %v): %d %q %q", method, target, cfg.API != nil, w.Code, w.Header().Get("Content-Type"), w.Body)
				}
				if w.Code/100 == 3 || w.Code == http.StatusOK {
					t.Errorf("%s %s: %d", method, target, w.Code)
				}
			}
		}
		if cfg.API != nil {
			if w := serveReq(s, "GET", "/api/v1/socket/gethostname?x="+url.QueryEscape("ü")); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"/api/v1/socket/gethostname"`) {
				t.Errorf("a clean API path is not the API's: %d %s", w.Code, w.Body)
			}
		}
	}
}
