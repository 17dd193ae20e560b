package dnstest

import (
	"testing"
	"time"

	"github.com/miekg/dns"
)

// TestServer asks the server over UDP and TCP: a chain of CNAMEs, a name
// it does not know, the names that fail, and one it never answers.
func TestServer(t *testing.T) {
	s := Start(t, "127.0.0.1:0", Zone{
		Records: `
a.test.     A     192.0.2.1
c1.test.    CNAME c2.test.
c2.test.    CNAME a.test.
nowhere.test. CNAME gone.test.
`,
		ServFail: []string{"bad.test."}, Refused: []string{"no.test."}, Silent: []string{"slow.test."},
	})
	ask := func(net, name string, qtype uint16) (*dns.Msg, error) {
		c := &dns.Client{Net: net, Timeout: 300 * time.Millisecond}
		m := new(dns.Msg)
		m.SetQuestion(name, qtype)
		r, _, err := c.Exchange(m, s.Addr)
		return r, err
	}
	for _, proto := range []string{"udp", "tcp"} {
		r, err := ask(proto, "C1.test.", dns.TypeA)
		if err != nil || r.Rcode != dns.RcodeSuccess || len(r.Answer) != 3 {
			t.Fatalf("%s: the chain: %v %v", proto, r, err)
		}
		if a, ok := r.Answer[2].(*dns.A); !ok || a.A.String() != "192.0.2.1" {
			t.Errorf("%s: the chain ends with %v", proto, r.Answer[2])
		}
	}
	for name, want := range map[string]int{"x.test.": dns.RcodeNameError, "bad.test.": dns.RcodeServerFailure, "no.test.": dns.RcodeRefused} {
		if r, err := ask("udp", name, dns.TypeA); err != nil || r.Rcode != want {
			t.Errorf("%s: %v %v, want rcode %d", name, r, err, want)
		}
	}
	if r, err := ask("udp", "nowhere.test.", dns.TypeA); err != nil || r.Rcode != dns.RcodeNameError || len(r.Answer) != 1 {
		t.Errorf("a CNAME to nowhere: %v %v", r, err)
	}
	if _, err := ask("udp", "slow.test.", dns.TypeA); err == nil {
		t.Error("a silent name was answered")
	}
	if _, _, err := (&dns.Client{Timeout: 300 * time.Millisecond}).Exchange(new(dns.Msg).SetQuestion("a.test.", dns.TypeA), Silent(t)); err == nil {
		t.Error("the silent server answered")
	}
}
