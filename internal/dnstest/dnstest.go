// Package dnstest runs a real DNS server in-process for tests, on a
// loopback address, UDP and TCP, until the test ends: the one the lookup
// tests and the end-to-end tests ask (miekg/dns's server_test.go is the
// model).
package dnstest

import (
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/miekg/dns"
)

// Zone is what a Server knows. Records holds one record a line as a zone
// file writes it without TTL and class ("a.np.test. A 192.0.2.1"). The
// server answers as a recursive server does: it follows CNAMEs inside the
// zone, so an answer holds the whole chain, and a name outside the zone
// does not exist (NXDOMAIN). Queries for the names of ServFail and Refused
// fail with that code; those for Silent ones are never answered. Names
// are written fully qualified, in lower case.
type Zone struct {
	Records                   string
	ServFail, Refused, Silent []string
}

// Server is a running DNS server.
type Server struct {
	Addr string // host:port, UDP and TCP

	records                   map[string][]dns.RR
	servfail, refused, silent map[string]bool
}

// Start serves zone on addr ("127.0.0.1:0" for any port) until the test
// ends.
func Start(t testing.TB, addr string, zone Zone) *Server {
	t.Helper()
	s := &Server{records: parse(t, zone.Records), servfail: set(zone.ServFail), refused: set(zone.Refused), silent: set(zone.Silent)}
	pc, ln, err := listen(addr)
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	s.Addr = pc.LocalAddr().String()
	var wg sync.WaitGroup
	var servers []*dns.Server
	for _, srv := range []*dns.Server{{PacketConn: pc, Handler: s}, {Listener: ln, Handler: s}} {
		started := make(chan struct{})
		srv.NotifyStartedFunc = func() { close(started) }
		wg.Add(1)
		go func() {
			defer wg.Done()
			srv.ActivateAndServe()
		}()
		<-started
		servers = append(servers, srv)
	}
	t.Cleanup(func() {
		for _, srv := range servers {
			srv.Shutdown()
		}
		wg.Wait()
	})
	return s
}

// listen opens UDP and TCP on the same port of addr. For any port (":0")
// it takes the UDP socket's and tries again with another when a socket
// of someone else holds that TCP port, as a parallel test may.
func listen(addr string) (net.PacketConn, net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, nil, err
	}
	for try := 0; ; try++ {
		pc, err := net.ListenPacket("udp", addr)
		if err != nil {
			return nil, nil, err
		}
		ln, err := net.Listen("tcp", pc.LocalAddr().String())
		if err == nil {
			return pc, ln, nil
		}
		pc.Close()
		if port != "0" || try == 20 {
			return nil, nil, fmt.Errorf("tcp on %s's port: %w", host, err)
		}
	}
}

// Silent listens on UDP on a loopback port and never answers, until the
// test ends: the DNS server of a class whose network is down. It returns
// the address.
func Silent(t testing.TB) string {
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

func set(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// parse reads the zone's records, by lower-case owner name.
func parse(t testing.TB, zone string) map[string][]dns.RR {
	t.Helper()
	recs := map[string][]dns.RR{}
	for _, line := range strings.Split(zone, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		rr, err := dns.NewRR(strings.Replace(line, " ", " 60 IN ", 1))
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
func (s *Server) answer(q dns.Question) (rcode int, answer []dns.RR) {
	name := strings.ToLower(q.Name)
	seen := map[string]bool{}
	for !seen[name] {
		seen[name] = true
		recs, ok := s.records[name]
		if !ok {
			return dns.RcodeNameError, answer // answer holds a CNAME to nowhere, if any
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

// ServeDNS answers one query.
func (s *Server) ServeDNS(w dns.ResponseWriter, req *dns.Msg) {
	if len(req.Question) != 1 {
		m := new(dns.Msg)
		m.SetRcode(req, dns.RcodeFormatError)
		w.WriteMsg(m)
		return
	}
	q := req.Question[0]
	name := strings.ToLower(q.Name)
	if s.silent[name] {
		return
	}
	m := new(dns.Msg)
	m.SetReply(req)
	m.RecursionAvailable = true
	switch {
	case s.servfail[name]:
		m.Rcode = dns.RcodeServerFailure
	case s.refused[name]:
		m.Rcode = dns.RcodeRefused
	default:
		m.Rcode, m.Answer = s.answer(q)
	}
	w.WriteMsg(m)
}
