//go:build !js

package lookup

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"netprimer/app/guard"
)

func benchService(b testing.TB) http.Handler {
	cfg := DefaultConfig()
	cfg.Rate, cfg.Burst = 1e12, 1e9
	s, err := newService(cfg.withDefaults(), nil, guard.Proxies{}, stubResolver{}, func() error { return nil })
	if err != nil {
		b.Fatal(err)
	}
	return s.Handler()
}

// BenchmarkHandlerCached serves a cached answer, the common case in a
// class where everyone runs the same lesson.
func BenchmarkHandlerCached(b *testing.B) {
	h := benchService(b)
	req := httptest.NewRequest("GET", "/api/v1/socket/gethostbyname?host=homepage.sch.ac.kr", nil)
	h.ServeHTTP(httptest.NewRecorder(), req)
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
	}
}

// BenchmarkHandlerServices serves getservbyport, which reads the table.
func BenchmarkHandlerServices(b *testing.B) {
	h := benchService(b)
	req := httptest.NewRequest("GET", "/api/v1/socket/getservbyport?port=993", nil)
	b.ReportAllocs()
	for b.Loop() {
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
}

// TestCachedAllocs keeps the cached path lean: parsing, the rate check,
// the cache and the JSON answer, with httptest's recorder.
func TestCachedAllocs(t *testing.T) {
	h := benchService(t)
	req := httptest.NewRequest("GET", "/api/v1/socket/gethostbyname?host=homepage.sch.ac.kr", nil)
	h.ServeHTTP(httptest.NewRecorder(), req)
	if n := testing.AllocsPerRun(200, func() { h.ServeHTTP(httptest.NewRecorder(), req) }); n > 20 {
		t.Errorf("a cached answer costs %v allocations, want at most 20", n)
	}
}
