//go:build e2e

package e2e

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"netprimer/app/api"
	"netprimer/internal/dnstest"
)

// The helpers of the lookup lessons' tests (/hosts, /services): an
// in-process DNS server (internal/dnstest) for deterministic answers, the API's own answers to compare the page with, and what the
// page shows.

// startDNS serves the project's test zone (dnstest.NPTest) on a loopback
// port, UDP and TCP, until the test ends, and returns its address.
func startDNS(t *testing.T) string {
	t.Helper()
	return dnstest.Start(t, "127.0.0.1:0", dnstest.NPTest).Addr
}

// apiAnswer asks the server for c as the page does, and returns its
// answer: the oracle of what the page shows when CPython cannot answer on
// this host (DNS answers).
func apiAnswer(t *testing.T, s *server, c api.Call) api.Response {
	t.Helper()
	res, err := http.Get(s.URL + c.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r api.Response
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("%s: status %d, %v", c.URL(), res.StatusCode, err)
	}
	return r
}

// wantTranscript is the session the page must show for c, from the API's
// answer.
func wantTranscript(t *testing.T, s *server, c api.Call) string {
	t.Helper()
	tr, err := api.Transcript(c, apiAnswer(t, s, c))
	if err != nil {
		t.Fatal(err)
	}
	return tr.String()
}

// answered waits until nothing on the page is still being looked up.
func answered() chromedp.Action[chromedp.Void] {
	return waitJS(`!!document.querySelector("html[data-live] #main h1") && document.querySelectorAll(".pending").length === 0`)
}

// apiRequests counts the server's log lines for API path p.
func apiRequests(s *server, p string) int {
	return strings.Count(s.Log(), "path="+p+" ")
}

// noErrorsBut fails on the page's errors other than failed requests to the
// API, which a lesson expects when the server is stopped or refuses.
func (b *browser) noErrorsBut(t *testing.T, when string) {
	t.Helper()
	for _, e := range b.takeErrors() {
		if !strings.Contains(e, api.Prefix) {
			t.Errorf("%s: the page reported %s", when, e)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
