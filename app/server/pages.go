package server

import (
	"log/slog"
	"net/http"
	"strings"

	"netprimer/app/i18n"
	"netprimer/app/ui"
)

// goappFiles are the paths go-app's handler serves itself, not pages.
var goappFiles = map[string]bool{
	"/app.js": true, "/goapp.js": true, "/app-worker.js": true, "/wasm_exec.js": true,
	"/app.css": true, "/manifest.webmanifest": true, "/manifest.json": true,
	"/app.wasm": true, "/goapp.wasm": true,
	"/robots.txt": true, "/sitemap.xml": true, "/ads.txt": true,
}

// pages prepares page requests for go-app's prerendering: the page is
// rendered in the language the visitor chose (the lang parameter, else the
// lang cookie the switch sets, else the default), an unknown address gets
// the not-found page with status 404, pages are never answered with 304
// since the same URL renders in either language, and every page is made
// inert (prerendered) before it is sent.
func pages(next http.Handler, def i18n.Lang, log *slog.Logger) http.Handler {
	page := prerendered(next, log)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			// Files and pages alike: go-app and http.ServeContent would
			// answer any method.
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if strings.HasPrefix(p, "/web/") || goappFiles[p] {
			if p == "/robots.txt" || p == "/sitemap.xml" || p == "/ads.txt" {
				// go-app would fetch these from its own address; the app
				// has none.
				http.NotFound(w, r)
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		r = r.Clone(r.Context())
		r.Header.Del("If-None-Match")
		q := r.URL.Query()
		lang, ok := i18n.Parse(q.Get("lang"))
		if !ok {
			lang = def
			if c, err := r.Cookie("lang"); err == nil {
				if l, ok := i18n.Parse(c.Value); ok {
					lang = l
				}
			}
			q.Set("lang", string(lang))
			r.URL.RawQuery = q.Encode()
		}
		w.Header().Set("Content-Language", string(lang))
		w.Header().Add("Vary", "Cookie")
		if _, known := ui.Find(p); !known {
			w = &statusWriter{ResponseWriter: w, status: http.StatusNotFound}
		}
		page.ServeHTTP(w, r)
	})
}

// statusWriter sends a fixed status in place of the 200 of a rendered page.
type statusWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (s *statusWriter) WriteHeader(code int) {
	if s.wroteHeader {
		return
	}
	s.wroteHeader = true
	if code == http.StatusOK {
		code = s.status
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	s.WriteHeader(http.StatusOK)
	return s.ResponseWriter.Write(b)
}
