package guard

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
)

// TestClientBehindProxies walks the header the instructor names from the
// right, past the trusted proxies, to the first hop that is not one.
func TestClientBehindProxies(t *testing.T) {
	xff := mustProxies(t, "127.0.0.1, 10.0.0.0/8", "")
	fwd := mustProxies(t, "127.0.0.1, 10.0.0.0/8", "forwarded")
	for _, c := range []struct {
		name    string
		p       Proxies
		peer    string
		header  http.Header
		client  string // want, as an AddrPort
		forward bool
		server  string // the by= of the client's hop, "" for none
	}{
		{"no proxy: the peer", xff, "192.0.2.9:1234", nil, "192.0.2.9:1234", false, ""},
		{"an untrusted peer's headers are ignored", xff, "192.0.2.9:1234",
			http.Header{"X-Forwarded-For": {"203.0.113.1"}, "Forwarded": {"for=203.0.113.2"}}, "192.0.2.9:1234", false, ""},
		{"the hop nginx appended", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"203.0.113.1"}}, "203.0.113.1:0", true, ""},
		{"a Forwarded header the student sent is not believed when X-Forwarded-For is named", xff, "127.0.0.1:5000",
			http.Header{"Forwarded": {"for=198.51.100.66"}, "X-Forwarded-For": {"203.0.113.1"}}, "203.0.113.1:0", true, ""},
		{"hops the student sent, left of the proxy's, are not believed", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"198.51.100.66, 198.51.100.67, 203.0.113.1"}}, "203.0.113.1:0", true, ""},
		{"two proxies: past the trusted one to the client", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"198.51.100.66, 203.0.113.1, 10.1.2.3"}}, "203.0.113.1:0", true, ""},
		{"header lines are one list, in order", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"198.51.100.66", "203.0.113.1, 10.1.2.3"}}, "203.0.113.1:0", true, ""},
		{"a hop with a port", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"[2001:db8::1]:4711"}}, "[2001:db8::1]:4711", true, ""},
		{"every hop trusted: the farthest", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"10.9.9.9, 10.1.2.3"}}, "10.9.9.9:0", true, ""},
		{"a hop that is no address ends the walk at the proxy before it", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"203.0.113.1, unknown, 10.1.2.3"}}, "10.1.2.3:0", true, ""},
		{"the proxy names no address: the proxy", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"198.51.100.66, unknown"}}, "127.0.0.1:5000", false, ""},
		{"X-Forwarded-For named, the proxy sent Forwarded: the proxy", xff, "127.0.0.1:5000",
			http.Header{"Forwarded": {"for=203.0.113.1"}}, "127.0.0.1:5000", false, ""},

		{"Forwarded: the hop the proxy added, with by=", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {`for=198.51.100.66;by=198.51.100.67, for="[2001:db8::1]:4711";by="192.0.2.1:443"`}}, "[2001:db8::1]:4711", true, "192.0.2.1:443"},
		{"Forwarded named: an X-Forwarded-For the student sent is not believed", fwd, "127.0.0.1:5000",
			http.Header{"X-Forwarded-For": {"198.51.100.66"}, "Forwarded": {"for=203.0.113.1"}}, "203.0.113.1:0", true, ""},
		{"Forwarded: past a trusted proxy, the by= of the client's hop", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {`for=203.0.113.1;by="192.0.2.1:443", for=10.1.2.3;by=10.0.0.1`}}, "203.0.113.1:0", true, "192.0.2.1:443"},
		{"Forwarded: a comma in a quoted string is no new hop", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {`for="198.51.100.66, for=198.51.100.67";proto=http, for=203.0.113.1`}}, "203.0.113.1:0", true, ""},
		{"Forwarded: an obfuscated hop ends the walk", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {`for=203.0.113.1, for=_hidden`}}, "127.0.0.1:5000", false, ""},
		{"Forwarded: parameters in any case and order", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {`Proto=https; For="203.0.113.1:80"`}}, "203.0.113.1:80", true, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = c.peer
			r.Header = c.header
			if r.Header == nil {
				r.Header = http.Header{}
			}
			got, forwarded := c.p.Client(r)
			if got != netip.MustParseAddrPort(c.client) || forwarded != c.forward {
				t.Errorf("Client = %v, %v; want %s, %v", got, forwarded, c.client, c.forward)
			}
			by, ok := c.p.Server(r)
			if c.server == "" && ok || c.server != "" && (!ok || by != netip.MustParseAddrPort(c.server)) {
				t.Errorf("Server = %v, %v; want %q", by, ok, c.server)
			}
		})
	}
}

func TestProxyHeaderNames(t *testing.T) {
	for _, name := range []string{"", "x-forwarded-for", "X-Forwarded-For", "forwarded", "Forwarded"} {
		if _, err := mustParse(t, "127.0.0.1").WithHeader(name); err != nil {
			t.Errorf("%q: %v", name, err)
		}
	}
	for _, name := range []string{"x-real-ip", "via", "forwarded-for"} {
		if _, err := mustParse(t, "127.0.0.1").WithHeader(name); err == nil {
			t.Errorf("%q accepted", name)
		}
	}
}

func mustParse(t *testing.T, list string) Proxies {
	t.Helper()
	p, err := ParseProxies(list)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mustProxies(t *testing.T, list, header string) Proxies {
	t.Helper()
	p, err := mustParse(t, list).WithHeader(header)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// FuzzForwarded feeds any header to the walk, with either header named:
// no panic, and an address only when one is there.
func FuzzForwarded(f *testing.F) {
	f.Add(`for=192.0.2.1, for="[2001:db8::1]:4711";by="198.51.100.1:443"`, "203.0.113.9, 192.0.2.7")
	f.Add(`for=unknown`, "")
	f.Add(`for="\"x, for=1.2.3.4`, "10.0.0.1,,")
	f.Fuzz(func(t *testing.T, fwd, xff string) {
		h := http.Header{}
		if fwd != "" {
			h.Set("Forwarded", fwd)
		}
		if xff != "" {
			h.Set("X-Forwarded-For", xff)
		}
		for _, name := range []string{"x-forwarded-for", "forwarded"} {
			p, err := ParseProxies("127.0.0.1, 10.0.0.0/8")
			if err != nil {
				t.Fatal(err)
			}
			if p, err = p.WithHeader(name); err != nil {
				t.Fatal(err)
			}
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = "127.0.0.1:5000"
			r.Header = h
			ap, _ := p.Client(r)
			if !ap.Addr().IsValid() || ap.Addr().Is4In6() {
				t.Fatalf("%q %q: %v", fwd, xff, ap)
			}
			if by, ok := p.Server(r); ok && (!by.Addr().IsValid() || by.Addr().Is4In6()) {
				t.Fatalf("%q %q: by %v", fwd, xff, by)
			}
		}
	})
}

// TestSecure believes a proxy's word about the scheme only from a trusted
// peer, in the header the instructor named, from the hop the walk to the
// client reads last.
func TestSecure(t *testing.T) {
	xff := mustProxies(t, "127.0.0.1, 10.0.0.0/8", "")
	fwd := mustProxies(t, "127.0.0.1, 10.0.0.0/8", "forwarded")
	for _, c := range []struct {
		name   string
		p      Proxies
		peer   string
		header http.Header
		tls    bool
		want   bool
	}{
		{"plain HTTP, no proxy", xff, "192.0.2.9:1234", nil, false, false},
		{"TLS to the server itself", xff, "192.0.2.9:1234", nil, true, true},
		{"an untrusted peer's X-Forwarded-Proto is ignored", xff, "192.0.2.9:1234",
			http.Header{"X-Forwarded-Proto": {"https"}}, false, false},
		{"a trusted proxy says https", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-Proto": {"https"}}, false, true},
		{"a trusted proxy says http", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-Proto": {"http"}}, false, false},
		{"the nearest proxy's value counts, not the student's", xff, "127.0.0.1:5000",
			http.Header{"X-Forwarded-Proto": {"https, http"}}, false, false},
		{"a trusted proxy that says nothing", xff, "127.0.0.1:5000", nil, false, false},
		{"X-Forwarded-For named: a Forwarded proto is not believed", xff, "127.0.0.1:5000",
			http.Header{"Forwarded": {"for=203.0.113.1;proto=https"}}, false, false},
		{"Forwarded: the client's hop says https", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {"for=203.0.113.1;proto=https"}}, false, true},
		{"Forwarded: past a trusted proxy, the edge proxy's word", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {"for=203.0.113.1;proto=https, for=10.1.2.3;proto=http"}}, false, true},
		{"Forwarded: a hop the student wrote, left of the client's, is not read", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {"for=198.51.100.66;proto=https, for=203.0.113.1;proto=http"}}, false, false},
		{"Forwarded named: an X-Forwarded-Proto is not believed", fwd, "127.0.0.1:5000",
			http.Header{"X-Forwarded-Proto": {"https"}, "Forwarded": {"for=203.0.113.1"}}, false, false},
		{"Forwarded: the scheme in any case", fwd, "127.0.0.1:5000",
			http.Header{"Forwarded": {`for=203.0.113.1;Proto="HTTPS"`}}, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = c.peer
			r.Header = c.header
			if r.Header == nil {
				r.Header = http.Header{}
			}
			if c.tls {
				r.TLS = &tls.ConnectionState{}
			}
			if got := c.p.Secure(r); got != c.want {
				t.Errorf("Secure = %v, want %v", got, c.want)
			}
		})
	}
}
