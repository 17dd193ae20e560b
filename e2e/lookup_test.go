//go:build e2e

package e2e

import (
	"encoding/json"
	"net"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/miekg/dns"

	"netprimer/app/api"
)

// The helpers of the lookup lessons' tests (/hosts, /services): a DNS
// server for deterministic answers, the API's own answers to compare the
// page with, and what the page shows.

// testZone is what the in-process DNS server knows, by lower-case owner.
// The server follows CNAMEs inside the zone, as a recursive server does.
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

// servfail are names whose queries fail on the server's side, and silent
// names are never answered; any other name outside the zone does not exist
// (NXDOMAIN).
var (
	servfail = map[string]bool{"servfail.np.test.": true, "7.2.0.192.in-addr.arpa.": true}
	silent   = map[string]bool{"slow.np.test.": true}
)

type zoneServer map[string][]dns.RR

func (z zoneServer) ServeDNS(w dns.ResponseWriter, req *dns.Msg) {
	m := new(dns.Msg)
	m.SetReply(req)
	m.RecursionAvailable = true
	if len(req.Question) != 1 {
		m.Rcode = dns.RcodeFormatError
		w.WriteMsg(m)
		return
	}
	q := req.Question[0]
	name := strings.ToLower(q.Name)
	if silent[name] {
		return
	}
	if servfail[name] {
		m.Rcode = dns.RcodeServerFailure
		w.WriteMsg(m)
		return
	}
	for seen := map[string]bool{}; !seen[name]; {
		seen[name] = true
		recs, ok := z[name]
		if !ok {
			m.Rcode = dns.RcodeNameError
			break
		}
		next := ""
		for _, rr := range recs {
			if rr.Header().Rrtype == q.Qtype {
				m.Answer = append(m.Answer, dns.Copy(rr))
			} else if c, ok := rr.(*dns.CNAME); ok {
				m.Answer = append(m.Answer, dns.Copy(rr))
				next = strings.ToLower(c.Target)
			}
		}
		if next == "" {
			break
		}
		name = next
	}
	w.WriteMsg(m)
}

// startDNS serves testZone on a loopback port, UDP and TCP, until the test
// ends, and returns its address.
func startDNS(t *testing.T) string {
	t.Helper()
	z := zoneServer{}
	for _, line := range strings.Split(testZone, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		rr, err := dns.NewRR(strings.Replace(line, " ", " 60 IN ", 1))
		if err != nil {
			t.Fatalf("zone line %q: %v", line, err)
		}
		name := strings.ToLower(rr.Header().Name)
		z[name] = append(z[name], rr)
	}
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", pc.LocalAddr().String())
	if err != nil {
		pc.Close()
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(wg.Wait) // after the shutdowns: cleanups run last first
	for _, srv := range []*dns.Server{{PacketConn: pc, Handler: z}, {Listener: ln, Handler: z}} {
		started := make(chan struct{})
		srv.NotifyStartedFunc = func() { close(started) }
		wg.Add(1)
		go func() {
			defer wg.Done()
			srv.ActivateAndServe()
		}()
		<-started
		t.Cleanup(func() { srv.Shutdown() })
	}
	return pc.LocalAddr().String()
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

// runPython runs a program in python3 and returns its standard output and
// the last line of its standard error (the exception that stopped it).
func runPython(t *testing.T, program string) (stdout, lastErr string) {
	t.Helper()
	cmd := exec.Command("python3", "-c", program)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("python3: %v", err)
		}
	}
	lines := strings.Split(strings.TrimRight(errb.String(), "\n"), "\n")
	return strings.TrimRight(out.String(), "\n"), lines[len(lines)-1]
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
