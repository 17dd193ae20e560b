//go:build !js

package lookup

import (
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/miekg/dns"
)

// testZone is the data of the in-process DNS server: the records a
// recursive server would return, by lower-case owner name. The server
// follows CNAMEs inside the zone as a recursive server does, so an answer
// holds the whole chain.
const testZone = `
a.np.test.            A     192.0.2.1
multi.np.test.        A     192.0.2.2
multi.np.test.        A     192.0.2.3
multi.np.test.        AAAA  2001:db8::2
v6only.np.test.       AAAA  2001:db8::6
both.np.test.         A     198.51.100.7
both.np.test.         AAAA  2001:db8::7
mx-only.np.test.      MX    10 a.np.test.
cname.np.test.        CNAME a.np.test.
chain.np.test.        CNAME c1.np.test.
c1.np.test.           CNAME c2.np.test.
c2.np.test.           CNAME multi.np.test.
loop.np.test.         CNAME loop2.np.test.
loop2.np.test.        CNAME loop.np.test.
dangling.np.test.     CNAME nowhere.np.test.
under_score.np.test.  A     192.0.2.9
upper.np.test.        A     192.0.2.10
evil.np.test.         CNAME \<b\>x\</b\>.np.test.
\<b\>x\</b\>.np.test. A     192.0.2.11
xn--3e0b707e.np.test. A     192.0.2.82
iot.                  A     192.0.2.12
homepage.sch.ac.kr.   A     220.69.189.98
www.sch.ac.kr.        CNAME homepage.sch.ac.kr.
www.daum.net.         A     211.249.220.24
www.google.com.       A     142.250.204.100
1.2.0.192.in-addr.arpa.     PTR a.np.test.
2.2.0.192.in-addr.arpa.     PTR multi.np.test.
2.2.0.192.in-addr.arpa.     PTR second.np.test.
9.2.0.192.in-addr.arpa.     PTR under_score.np.test.
66.2.0.192.in-addr.arpa.    PTR \<script\>alert\(1\)\</script\>.np.test.
67.2.0.192.in-addr.arpa.    PTR -dash.np.test.
130.2.0.192.in-addr.arpa.   CNAME 130.128/25.2.0.192.in-addr.arpa.
130.128/25.2.0.192.in-addr.arpa. PTR c130.np.test.
98.189.69.220.in-addr.arpa. PTR homepage.sch.ac.kr.
7.100.51.198.in-addr.arpa.  PTR both.np.test.
3.2.1.10.in-addr.arpa.      PTR internal.corp.np.test.
2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa. PTR multi.np.test.
`

// Names whose queries fail in the server's own ways.
var (
	servfailNames = map[string]bool{"servfail.np.test.": true, "99.2.0.192.in-addr.arpa.": true}
	refusedNames  = map[string]bool{"refused.np.test.": true}
	silentNames   = map[string]bool{"slow.np.test.": true, "98.2.0.192.in-addr.arpa.": true}
)

type testDNS struct {
	records map[string][]dns.RR
	addr    string
	servers []*dns.Server
}

func parseZone(t testing.TB, zone string) map[string][]dns.RR {
	recs := map[string][]dns.RR{}
	for _, line := range strings.Split(zone, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		rr, err := dns.NewRR(strings.Replace(strings.TrimSpace(line), " ", " 60 IN ", 1))
		if err != nil {
			t.Fatalf("zone line %q: %v", line, err)
		}
		name := strings.ToLower(rr.Header().Name)
		recs[name] = append(recs[name], rr)
	}
	return recs
}

// answer builds the reply a recursive server gives: the CNAME chain from
// the question's name, then the records of the type asked for.
func (s *testDNS) answer(q dns.Question) (rcode int, answer []dns.RR) {
	name := strings.ToLower(q.Name)
	seen := map[string]bool{}
	for !seen[name] {
		seen[name] = true
		recs, ok := s.records[name]
		if !ok {
			if len(answer) > 0 {
				return dns.RcodeNameError, answer // a CNAME to nowhere
			}
			return dns.RcodeNameError, nil
		}
		var next string
		for _, rr := range recs {
			if rr.Header().Rrtype == q.Qtype {
				answer = append(answer, dns.Copy(rr))
			}
			if c, ok := rr.(*dns.CNAME); ok && q.Qtype != dns.TypeCNAME {
				answer = append(answer, dns.Copy(rr))
				next = strings.ToLower(c.Target)
			}
		}
		if next == "" {
			return dns.RcodeSuccess, answer
		}
		name = next
	}
	return dns.RcodeSuccess, answer // a loop: the chain as far as it goes
}

func (s *testDNS) ServeDNS(w dns.ResponseWriter, req *dns.Msg) {
	if len(req.Question) != 1 {
		m := new(dns.Msg)
		m.SetRcode(req, dns.RcodeFormatError)
		w.WriteMsg(m)
		return
	}
	q := req.Question[0]
	name := strings.ToLower(q.Name)
	if silentNames[name] {
		return
	}
	m := new(dns.Msg)
	m.SetReply(req)
	m.RecursionAvailable = true
	switch {
	case servfailNames[name]:
		m.Rcode = dns.RcodeServerFailure
	case refusedNames[name]:
		m.Rcode = dns.RcodeRefused
	default:
		m.Rcode, m.Answer = s.answer(q)
	}
	w.WriteMsg(m)
}

// startDNS runs the test zone on addr ("127.0.0.1:0" for any port), UDP
// and TCP, until the test ends.
func startDNS(t testing.TB, addr string) *testDNS {
	t.Helper()
	s := &testDNS{records: parseZone(t, testZone)}
	pc, err := net.ListenPacket("udp", addr)
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	ln, err := net.Listen("tcp", pc.LocalAddr().String())
	if err != nil {
		pc.Close()
		t.Fatalf("listen tcp: %v", err)
	}
	s.addr = pc.LocalAddr().String()
	var wg sync.WaitGroup
	for _, srv := range []*dns.Server{{PacketConn: pc, Handler: s}, {Listener: ln, Handler: s}} {
		started := make(chan struct{})
		srv.NotifyStartedFunc = func() { close(started) }
		wg.Add(1)
		go func() {
			defer wg.Done()
			srv.ActivateAndServe()
		}()
		<-started
		s.servers = append(s.servers, srv)
	}
	t.Cleanup(func() {
		for _, srv := range s.servers {
			srv.Shutdown()
		}
		wg.Wait()
	})
	return s
}

// startSilentDNS listens on UDP and never answers: the DNS server of a
// class whose network is down.
func startSilentDNS(t testing.TB) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 512)
		for {
			if _, _, err := pc.ReadFrom(buf); err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		pc.Close()
		<-done
	})
	return pc.LocalAddr().String()
}

// waitUntil polls cond for up to d.
func waitUntil(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return cond()
}
