package jsonhttp

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

func TestWrite(t *testing.T) {
	rec := httptest.NewRecorder()
	Write(rec, http.StatusCreated, map[string]string{"name": "<b>&"})
	if rec.Code != http.StatusCreated || rec.Body.String() != `{"name":"\u003cb\u003e\u0026"}`+"\n" {
		t.Errorf("Write: %d %q", rec.Code, rec.Body.String())
	}
	h := rec.Header()
	if h.Get("Content-Type") != "application/json; charset=utf-8" || h.Get("Cache-Control") != "no-store" ||
		h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Content-Length") != strconv.Itoa(rec.Body.Len()) {
		t.Errorf("headers %v", h)
	}
	rec = httptest.NewRecorder()
	Write(rec, http.StatusOK, func() {}) // no JSON of a func
	if rec.Code != http.StatusInternalServerError || rec.Body.String() != internal {
		t.Errorf("a value json cannot encode: %d %q", rec.Code, rec.Body.String())
	}
}
