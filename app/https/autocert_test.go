package https

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/letsencrypt/pebble/v2/ca"
	"github.com/letsencrypt/pebble/v2/db"
	"github.com/letsencrypt/pebble/v2/va"
	"github.com/letsencrypt/pebble/v2/wfe"
	"github.com/miekg/dns"

	"netprimer/app/datadir"
)

// testHost is the name the test's ACME CA issues for; its DNS server
// says it is 127.0.0.1.
const testHost = "netprimer.test"

// TestAutocert gets a certificate from a real ACME CA (Pebble, Let's
// Encrypt's test server, in-process) through the server's listeners: the
// CA validates over the HTTPS listener (TLS-ALPN-01), or, when it cannot
// reach it, over the redirect listener (HTTP-01). The certificate is
// served, chains to the CA's root, and is kept under -data for the next
// start.
func TestAutocert(t *testing.T) {
	t.Setenv("PEBBLE_VA_NOSLEEP", "1")      // validate at once
	t.Setenv("PEBBLE_WFE_NONCEREJECT", "0") // no random bad nonces
	for _, c := range []struct {
		name      string
		reachTLS  bool // the CA reaches the HTTPS listener
		wantHTTP1 bool // HTTP-01 answered on the redirect listener
	}{
		{"TLS-ALPN-01 on the HTTPS listener", true, false},
		{"HTTP-01 on the redirect listener", false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := datadir.Dir(t.TempDir())
			tl, err := New(Config{Autocert: testHost, Data: data, AutocertDirectory: "set below"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			httpsAddr := serveTLS(t, tl)
			var challenges atomic.Int32
			redirect := tl.Redirect(port(httpsAddr), 1024)
			httpAddr := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasPrefix(r.URL.Path, "/.well-known/acme-challenge/") {
					challenges.Add(1)
				}
				redirect.ServeHTTP(w, r)
			}))
			tlsPort := port(httpsAddr)
			if !c.reachTLS {
				tlsPort = port(closedAddr(t))
			}
			acmeCA, dir, client := startPebble(t, startDNS(t), port(httpAddr), tlsPort)
			tl.acme.Client.DirectoryURL = dir
			tl.acme.Client.HTTPClient = client

			roots := x509.NewCertPool()
			roots.AddCert(acmeCA.GetRootCert(0).Cert)
			conn := handshake(t, httpsAddr, roots)
			leaf := conn.PeerCertificates[0]
			if err := leaf.VerifyHostname(testHost); err != nil {
				t.Error(err)
			}
			if conn.NegotiatedProtocol != "h2" {
				t.Errorf("ALPN %q, want h2", conn.NegotiatedProtocol)
			}
			// A client that names no host gets the same certificate.
			if anon := handshakeAs(t, httpsAddr, "", &tls.Config{InsecureSkipVerify: true}); !anon.PeerCertificates[0].Equal(leaf) {
				t.Error("a handshake without a server name got another certificate")
			}
			if _, err := tls.Dial("tcp", httpsAddr, &tls.Config{ServerName: "other.test", InsecureSkipVerify: true}); err == nil {
				t.Error("a handshake for a host not in -autocert succeeded")
			}
			if got := challenges.Load() > 0; got != c.wantHTTP1 {
				t.Errorf("HTTP-01 requests on the redirect listener: %d", challenges.Load())
			}
			if _, err := os.Stat(filepath.Join(string(data), "autocert", testHost)); err != nil {
				t.Errorf("the certificate is not kept under -data: %v", err)
			}
			// Plain HTTP still redirects.
			noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			req, _ := http.NewRequest("GET", "http://"+httpAddr+"/hosts?host=iot", nil)
			req.Host = testHost
			res, err := noFollow.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if want := "https://" + testHost + ":" + port(httpsAddr) + "/hosts?host=iot"; res.StatusCode != 301 || res.Header.Get("Location") != want {
				t.Errorf("plain HTTP: %d %q, want 301 %q", res.StatusCode, res.Header.Get("Location"), want)
			}
		})
	}
}

// startPebble runs Pebble's web front end, CA and validation authority
// in-process: it validates by asking dnsAddr for the host's address, then
// connecting to httpPort (HTTP-01) or tlsPort (TLS-ALPN-01) there. It
// returns the CA, the directory URL and an HTTP client that trusts the
// front end.
func startPebble(t *testing.T, dnsAddr, httpPort, tlsPort string) (*ca.CAImpl, string, *http.Client) {
	t.Helper()
	logger := log.New(io.Discard, "", 0)
	if testing.Verbose() {
		logger = log.New(os.Stderr, "pebble ", log.Lmicroseconds)
	}
	hp, _ := strconv.Atoi(httpPort)
	tp, _ := strconv.Atoi(tlsPort)
	store := db.NewMemoryStore()
	authority := ca.New(logger, store, "", "ecdsa", 0, 1, map[string]ca.Profile{"default": {Description: "default"}})
	validator := va.New(logger, hp, tp, false, dnsAddr, store)
	front := wfe.New(logger, store, validator, authority, []string{"pebble.letsencrypt.org"}, false, false, 0, 0)
	srv := httptest.NewTLSServer(front.Handler())
	t.Cleanup(srv.Close)
	return authority, srv.URL + wfe.DirectoryPath, srv.Client()
}

// startDNS answers, over TCP as Pebble asks, that testHost is 127.0.0.1
// and has no CAA record; every other name does not exist.
func startDNS(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mux := dns.NewServeMux()
	mux.HandleFunc(".", func(w dns.ResponseWriter, q *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(q)
		name := strings.ToLower(q.Question[0].Name)
		switch {
		case name != testHost+".":
			m.Rcode = dns.RcodeNameError
		case q.Question[0].Qtype == dns.TypeA:
			rr, _ := dns.NewRR(testHost + ". 60 IN A 127.0.0.1")
			m.Answer = append(m.Answer, rr)
		}
		w.WriteMsg(m)
	})
	started := make(chan struct{})
	srv := &dns.Server{Listener: ln, Handler: mux, NotifyStartedFunc: func() { close(started) }}
	go srv.ActivateAndServe()
	<-started
	t.Cleanup(func() { srv.Shutdown() })
	return ln.Addr().String()
}

// serveTLS serves a page over tl's TLS configuration, as the server does,
// and returns the listener's address.
func serveTLS(t *testing.T, tl *TLS) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{
		Handler:  http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }),
		ErrorLog: log.New(io.Discard, "", 0), // the handshakes cut at the end
	}
	go srv.Serve(tls.NewListener(ln, tl.Config()))
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

func serve(t *testing.T, h http.Handler) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.Listener.Addr().String()
}

// closedAddr returns a loopback address nothing listens on.
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// handshake connects to addr as a browser would to testHost, trusting
// roots only; the first handshake waits for the certificate.
func handshake(t *testing.T, addr string, roots *x509.CertPool) tls.ConnectionState {
	t.Helper()
	return handshakeAs(t, addr, testHost, &tls.Config{RootCAs: roots})
}

// handshakeAs connects to addr naming host (none when empty) with cfg.
func handshakeAs(t *testing.T, addr, host string, cfg *tls.Config) tls.ConnectionState {
	t.Helper()
	cfg.ServerName, cfg.NextProtos = host, []string{"h2", "http/1.1"}
	d := &tls.Dialer{Config: cfg}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		t.Fatalf("handshake: %v", err)
	}
	defer c.Close()
	return c.(*tls.Conn).ConnectionState()
}

func port(addr string) string {
	_, p, _ := net.SplitHostPort(addr)
	return p
}
