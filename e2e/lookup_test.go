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

// The helpers of the lookup lessons' tests (/hosts, /services): the zone
// of an in-process DNS server (internal/dnstest) for deterministic
// answers, the API's own answers to compare the page with, and what the
// page shows.

// testZone is what the in-process DNS server knows. The server follows
// CNAMEs inside the zone, as a recursive server does.
const testZone = `
a.np.test.                  A     192.0.2.1
multi.np.test.              A     192.0.2.2
multi.np.test.              A     192.0.2.3
multi.np.test.              AAAA  2001:db8::2
v6only.np.test.             AAAA  2001:db8::6
cname.np.test.              CNAME a.np.test.
homepage.sch.ac.kr.         A     220.69.189.98
www.sch.ac.kr.              CNAME homepage.sch.ac.kr.
1.2.0.192.in-addr.arpa.     PTR   a.np.test.
2.2.0.192.in-addr.arpa.     PTR   multi.np.test.
98.189.69.220.in-addr.arpa. PTR   homepage.sch.ac.kr.
3.2.1.10.in-addr.arpa.      PTR   internal.np.test.
`

// Names whose queries fail on the server's side, and one never answered;
// any other name outside the zone does not exist (NXDOMAIN).
var (
	servfail = []string{"servfail.np.test.", "7.2.0.192.in-addr.arpa."}
	silent   = []string{"slow.np.test."}
)

// startDNS serves testZone on a loopback port, UDP and TCP, until the test
// ends, and returns its address.
func startDNS(t *testing.T) string {
	t.Helper()
	return dnstest.Start(t, "127.0.0.1:0", dnstest.Zone{Records: testZone, ServFail: servfail, Silent: silent}).Addr
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
