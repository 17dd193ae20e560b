//go:build js

package kit

import (
	"strings"
	"testing"
	"time"
)

// These tests run in headless Chromium (wasmbrowsertest), where fetch is
// the browser's own and the page is served by the test runner.

func fetchWait(t *testing.T, path string) FetchResult {
	t.Helper()
	got := make(chan FetchResult, 1)
	fetchText("GET", path, fetchTimeout, func(r FetchResult) { got <- r })
	select {
	case r := <-got:
		return r
	case <-time.After(fetchTimeout + 5*time.Second):
		t.Fatalf("fetch %s never finished", path)
		return FetchResult{}
	}
}

func TestFetchAnswer(t *testing.T) {
	// The runner serves Go's wasm_exec.js beside the test: an answer, with
	// its status and its body.
	r := fetchWait(t, "/wasm_exec.js")
	if !r.Reachable() || r.Status != 200 || !strings.Contains(string(r.Body), "Go") {
		t.Errorf("fetch /wasm_exec.js = status %d, %d bytes, err %q", r.Status, len(r.Body), r.Err)
	}
}

func TestFetchUnreachable(t *testing.T) {
	// Nothing listens on port 1: the lesson must learn the server is
	// unreachable, not hang.
	r := fetchWait(t, "http://127.0.0.1:1/api/v1/connection")
	if r.Reachable() || r.Err == "" {
		t.Errorf("fetch to a closed port = %+v, want an error", r)
	}
}
