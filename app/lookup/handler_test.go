//go:build !js

package lookup

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"netprimer/app/api"
)

// newTestService builds a service whose resolver is the DNS backend on
// dnsAddr, with generous limits unless cfg says otherwise.
func newTestService(t testing.TB, cfg Config) *Service {
	t.Helper()
	if cfg.Rate == 0 {
		cfg.Rate, cfg.Burst = 1e6, 1e6
	}
	if cfg.ServicesFile == "" {
		cfg.ServicesFile = filepath.Join(t.TempDir(), "missing-services")
	}
	s, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

type reply struct {
	status int
	header http.Header
	body   api.Response
	raw    string
}

func get(t testing.TB, h http.Handler, method, target string, header http.Header) reply {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	req.RemoteAddr = "192.0.2.200:50000"
	for k, vs := range header {
		req.Header[k] = vs
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	r := reply{status: w.Code, header: w.Header(), raw: w.Body.String()}
	if err := json.Unmarshal(w.Body.Bytes(), &r.body); err != nil {
		t.Fatalf("%s %s: body %q is not the API's JSON: %v", method, target, w.Body.String(), err)
	}
	return r
}

func TestHandlerStatuses(t *testing.T) {
	dns := startDNS(t, "127.0.0.1:0")
	h := newTestService(t, Config{DNS: dns.addr, RefusePrivateReverse: true}).Handler()
	long := strings.Repeat("a.", 130) + "kr" // 262 bytes: labels fine, name too long
	for _, c := range []struct {
		name, method, target string
		status               int
		errType, param       string
	}{
		// A lookup that ran answers 200, whatever Python did.
		{"result", "GET", "/api/v1/socket/gethostbyname?host=a.np.test", 200, "", ""},
		{"python error", "GET", "/api/v1/socket/gethostbyname?host=nxdomain.np.test", 200, "gaierror", ""},
		{"unicode error", "GET", "/api/v1/socket/gethostbyname?host=a..b", 200, "UnicodeError", ""},
		{"overflow", "GET", "/api/v1/socket/getservbyport?port=65536", 200, "OverflowError", ""},
		{"HEAD", "HEAD", "/api/v1/socket/gethostname", 200, "", ""},
		// A wrong request answers 400 and names the parameter.
		{"missing host", "GET", "/api/v1/socket/gethostbyname", 400, "bad_request", "host"},
		{"repeated", "GET", "/api/v1/socket/gethostbyname?host=a&host=b", 400, "bad_request", "host"},
		{"unknown parameter", "GET", "/api/v1/socket/gethostname?x=1", 400, "bad_request", "x"},
		{"port text", "GET", "/api/v1/socket/getservbyport?port=http", 400, "bad_request", "port"},
		{"control character", "GET", "/api/v1/socket/getservbyname?name=a%0Ab", 400, "bad_request", "name"},
		{"name too long after IDNA", "GET", "/api/v1/socket/gethostbyaddr?host=" + long, 400, "bad_request", "host"},
		{"malformed query", "GET", "/api/v1/socket/gethostbyname?host=%zz", 400, "bad_request", ""},
		{"query too long", "GET", "/api/v1/socket/gethostbyname?host=" + strings.Repeat("a", 5000), 400, "bad_request", ""},
		{"connection with query", "GET", "/api/v1/connection?x=1", 400, "bad_request", ""},
		// Unknown paths and methods.
		{"unknown function", "GET", "/api/v1/socket/getaddrinfo?host=x", 404, "not_found", ""},
		{"unknown path", "GET", "/api/v1/nope", 404, "not_found", ""},
		{"trailing slash", "GET", "/api/v1/socket/gethostname/", 404, "not_found", ""},
		{"dot segment", "GET", "/api/v1/./socket/gethostname", 404, "not_found", ""},
		{"double slash", "GET", "/api/v1//socket/gethostname", 404, "not_found", ""},
		{"POST", "POST", "/api/v1/socket/gethostname", 405, "method_not_allowed", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := get(t, h, c.method, c.target, nil)
			if r.status != c.status {
				t.Fatalf("status %d, want %d: %s", r.status, c.status, r.raw)
			}
			if got := r.header.Get("Content-Type"); got != "application/json; charset=utf-8" {
				t.Errorf("Content-Type %q", got)
			}
			if r.header.Get("X-Content-Type-Options") != "nosniff" || r.header.Get("Cache-Control") != "no-store" {
				t.Errorf("headers %v", r.header)
			}
			if c.status == 405 && r.header.Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow %q", r.header.Get("Allow"))
			}
			switch {
			case c.errType == "" && (r.body.Error != nil || r.body.Result.IsZero()):
				t.Errorf("want a result, got %s", r.raw)
			case c.errType != "" && (r.body.Error == nil || r.body.Error.Type != c.errType || r.body.Error.Param != c.param):
				t.Errorf("want error %s (param %q), got %s", c.errType, c.param, r.raw)
			}
			if c.status != 200 && r.body.Error.IsPython() {
				t.Errorf("status %d carries a Python exception: %s", c.status, r.raw)
			}
			if strings.Contains(r.raw, "goroutine") || strings.Contains(r.raw, ".go:") {
				t.Errorf("body leaks internals: %s", r.raw)
			}
		})
	}
}

func TestHandlerExtensions(t *testing.T) {
	dns := startDNS(t, "127.0.0.1:0")
	dir := t.TempDir()
	services := filepath.Join(dir, "services")
	os.WriteFile(services, []byte("http 8080/tcp www\nlocal-only 4242/udp\n"), 0o644)
	withFile := newTestService(t, Config{DNS: dns.addr, ServicesFile: services}).Handler()
	builtin := newTestService(t, Config{DNS: dns.addr}).Handler()

	r := get(t, withFile, "GET", "/api/v1/socket/getservbyname?name=http", nil)
	if n, _ := r.body.Result.Int(); n != 8080 || r.body.Source != SourceFile {
		t.Errorf("services file: %s", r.raw)
	}
	r = get(t, builtin, "GET", "/api/v1/socket/getservbyname?name=http", nil)
	if n, _ := r.body.Result.Int(); n != 80 || r.body.Source != SourceBuiltin {
		t.Errorf("builtin table: %s", r.raw)
	}
	r = get(t, builtin, "GET", "/api/v1/socket/getservbyname?name=local-only", nil)
	if r.body.Error == nil || r.body.Error.Message != "service/proto not found" || r.body.Source != SourceBuiltin {
		t.Errorf("builtin table, unknown name: %s", r.raw)
	}

	first := get(t, builtin, "GET", "/api/v1/socket/gethostbyname_ex?host=chain.np.test", nil)
	second := get(t, builtin, "GET", "/api/v1/socket/gethostbyname_ex?host=chain.np.test", nil)
	if first.body.Cached || !second.body.Cached || first.body.Backend != BackendDNS {
		t.Errorf("cache flags: %s then %s", first.raw, second.raw)
	}
	if !samePython(first.body, second.body) {
		t.Errorf("cached answer differs: %s then %s", first.raw, second.raw)
	}
}

func TestRefusePrivateReverse(t *testing.T) {
	dns := startDNS(t, "127.0.0.1:0")
	refusing := newTestService(t, Config{DNS: dns.addr, RefusePrivateReverse: true}).Handler()
	open := newTestService(t, Config{DNS: dns.addr}).Handler()
	for _, c := range []struct {
		target  string
		refused bool
	}{
		{"/api/v1/socket/gethostbyaddr?host=10.1.2.3", true},
		{"/api/v1/socket/getfqdn?name=10.1.2.3", true},
		{"/api/v1/socket/gethostbyaddr?host=::ffff:10.1.2.3", true},
		{"/api/v1/socket/gethostbyaddr?host=192.0.2.1", false},
		{"/api/v1/socket/gethostbyaddr?host=127.0.0.1", false},
	} {
		r := get(t, refusing, "GET", c.target, nil)
		if r.body.Refused != c.refused {
			t.Errorf("%s: refused = %v, want %v (%s)", c.target, r.body.Refused, c.refused, r.raw)
		}
		if c.refused {
			o := get(t, open, "GET", c.target, nil)
			if o.body.Refused || samePython(o.body, r.body) {
				t.Errorf("%s: the open service answers %s, the refusing one %s", c.target, o.raw, r.raw)
			}
		}
	}
	r := get(t, refusing, "GET", "/api/v1/socket/gethostbyaddr?host=10.1.2.3", nil)
	if r.body.Error == nil || r.body.Error.Message != "[Errno 1] Unknown host" {
		t.Errorf("refusal is not Python's answer for an address without a name: %s", r.raw)
	}

	// A campus leaves its own ranges open, and only those.
	campus := newTestService(t, Config{DNS: dns.addr, RefusePrivateReverse: true, AllowPrivateReverse: "10.1.0.0/16, fd00:1::/48, 192.168.7.7"}).Handler()
	for _, c := range []struct {
		host    string
		refused bool
	}{
		{"10.1.2.3", false},
		{"::ffff:10.1.2.3", false},
		{"10.2.0.1", true},
		{"fd00:1::5", false},
		{"fd00:2::5", true},
		{"192.168.7.7", false},
		{"192.168.7.8", true},
	} {
		r := get(t, campus, "GET", "/api/v1/socket/gethostbyaddr?host="+c.host, nil)
		if r.body.Refused != c.refused {
			t.Errorf("-allow-private-reverse: %s: refused = %v, want %v (%s)", c.host, r.body.Refused, c.refused, r.raw)
		}
	}
}

func TestAllowPrivateReverseRefuses(t *testing.T) {
	for _, c := range []struct{ list, want string }{
		{"8.8.8.0/24", "8.8.8.0/24 is not inside the private ranges"},
		{"10.0.0.0/7", "10.0.0.0/7 is not inside"}, // past 10/8
		{"192.168.1.1/33", "prefix length out of range"},
		{"campus", "ParseAddr"},
	} {
		_, err := New(Config{DNS: "127.0.0.1:53", AllowPrivateReverse: c.list}, nil)
		if err == nil || !strings.Contains(err.Error(), "-allow-private-reverse") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want %q", c.list, err, c.want)
		}
	}
}

func TestRateLimit(t *testing.T) {
	dns := startDNS(t, "127.0.0.1:0")
	s := newTestService(t, Config{DNS: dns.addr, Rate: 1, Burst: 3})
	h := s.Handler()
	for i := 0; i < 3; i++ {
		if r := get(t, h, "GET", "/api/v1/socket/gethostname", nil); r.status != 200 {
			t.Fatalf("request %d within the burst: %d", i, r.status)
		}
	}
	r := get(t, h, "GET", "/api/v1/socket/gethostname", nil)
	if r.status != 429 || r.body.Error.Type != api.TypeRateLimited {
		t.Fatalf("over the burst: %d %s", r.status, r.raw)
	}
	if secs, err := strconv.Atoi(r.header.Get("Retry-After")); err != nil || secs < 1 || secs > 2 {
		t.Errorf("Retry-After %q", r.header.Get("Retry-After"))
	}
	// Another client has its own bucket; an IPv6 client's is its /64.
	req := httptest.NewRequest("GET", "/api/v1/socket/gethostname", nil)
	req.RemoteAddr = "[2001:db8::1]:1234"
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != 200 {
		t.Errorf("another client: %d", w.Code)
	}
}

// TestTimeout checks that a DNS server that never answers gives Python's
// error for an unreachable resolver, on time, marked as timed out.
func TestTimeout(t *testing.T) {
	silent := startSilentDNS(t)
	h := newTestService(t, Config{DNS: silent, Timeout: 300 * time.Millisecond}).Handler()
	start := time.Now()
	r := get(t, h, "GET", "/api/v1/socket/gethostbyname?host=a.np.test", nil)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("answered after %v", d)
	}
	if r.status != 200 || r.body.Error == nil || r.body.Error.Message != "[Errno -3] Temporary failure in name resolution" || !r.body.TimedOut {
		t.Errorf("got %d %s", r.status, r.raw)
	}
	// Not cached: the next request asks again.
	if r := get(t, h, "GET", "/api/v1/socket/gethostbyname?host=a.np.test", nil); r.body.Cached {
		t.Errorf("a timeout was cached: %s", r.raw)
	}
	// A reverse lookup times out in gethostbyaddr_r: herror TRY_AGAIN.
	r = get(t, h, "GET", "/api/v1/socket/gethostbyaddr?host=192.0.2.1", nil)
	if r.body.Error == nil || r.body.Error.Message != "[Errno 2] Host name lookup failure" || !r.body.TimedOut {
		t.Errorf("reverse: %s", r.raw)
	}
}

// TestOverload fills the pool with lookups a silent server never answers:
// requests beyond the queue get 503 at once, and when the lookups time
// out no goroutine is left behind.
func TestOverload(t *testing.T) {
	silent := startSilentDNS(t)
	s := newTestService(t, Config{DNS: silent, Timeout: 400 * time.Millisecond, Concurrency: 2, Queue: 2})
	h := s.Handler()
	before := runtime.NumGoroutine()
	var wg sync.WaitGroup
	statuses := make([]int, 12)
	for i := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			statuses[i] = get(t, h, "GET", "/api/v1/socket/gethostbyname?host=n"+strconv.Itoa(i)+".np.test", nil).status
		}()
	}
	wg.Wait()
	counts := map[int]int{}
	for _, st := range statuses {
		counts[st]++
	}
	if counts[200] != 4 || counts[503] != 8 {
		t.Errorf("statuses %v, want 4 lookups (2 running, 2 waiting) and 8 refusals", counts)
	}
	if !waitUntil(3*time.Second, func() bool { return runtime.NumGoroutine() <= before }) {
		t.Errorf("goroutines: %d before, %d after", before, runtime.NumGoroutine())
	}
}

func TestConnection(t *testing.T) {
	s := newTestService(t, Config{TrustProxy: "127.0.0.0/8", DNS: "127.0.0.1:9"})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	var local net.Addr
	client := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
		if err == nil {
			local = c.LocalAddr()
		}
		return c, err
	}}}
	base := srv.URL
	ask := func(header http.Header) api.Connection {
		req, _ := http.NewRequest("GET", base+api.ConnectionPath, nil)
		for k, v := range header {
			req.Header[k] = v
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var c api.Connection
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		return c
	}
	c := ask(nil)
	la := local.(*net.TCPAddr)
	sa := netip.MustParseAddrPort(strings.TrimPrefix(srv.URL, "http://"))
	if c.Client.IP != la.IP.String() || c.Client.Port != la.Port || c.Server.IP != sa.Addr().String() || c.Server.Port != int(sa.Port()) || c.Proto != "tcp" || c.Forwarded {
		t.Errorf("direct: %+v; client %v, server %v", c, la, sa)
	}
	c = ask(http.Header{"X-Forwarded-For": {"203.0.113.9, 192.0.2.7"}})
	if c.Client != (api.Endpoint{IP: "192.0.2.7"}) || !c.Forwarded {
		t.Errorf("X-Forwarded-For: %+v", c)
	}
	// X-Forwarded-For is the header the proxy fills: a Forwarded header
	// is the student's own word.
	c = ask(http.Header{"Forwarded": {"for=198.51.100.66"}, "X-Forwarded-For": {"192.0.2.7"}})
	if c.Client != (api.Endpoint{IP: "192.0.2.7"}) || !c.Forwarded {
		t.Errorf("Forwarded beside X-Forwarded-For: %+v", c)
	}

	s = newTestService(t, Config{TrustProxy: "127.0.0.0/8", ProxyHeader: "forwarded", DNS: "127.0.0.1:9"})
	fwd := httptest.NewServer(s.Handler())
	defer fwd.Close()
	base = fwd.URL
	c = ask(http.Header{"Forwarded": {`for=192.0.2.1, for="[2001:db8::1]:4711";by="198.51.100.1:443"`}, "X-Forwarded-For": {"198.51.100.66"}})
	if c.Client != (api.Endpoint{IP: "2001:db8::1", Port: 4711}) || c.Server != (api.Endpoint{IP: "198.51.100.1", Port: 443}) || !c.Forwarded {
		t.Errorf("Forwarded: %+v", c)
	}

	// A peer that is not a trusted proxy cannot choose its address.
	untrusting := newTestService(t, Config{DNS: "127.0.0.1:9"}).Handler()
	r := get(t, untrusting, "GET", api.ConnectionPath, http.Header{"X-Forwarded-For": {"203.0.113.9"}})
	var conn api.Connection
	json.Unmarshal([]byte(r.raw), &conn)
	if conn.Client.IP != "192.0.2.200" || conn.Forwarded {
		t.Errorf("untrusted header believed: %s", r.raw)
	}
}

func TestConfigFlags(t *testing.T) {
	var c Config
	fs := flagSet()
	c.RegisterFlags(fs)
	if err := fs.Parse([]string{"-dns", "127.0.0.1:5353", "-trust-proxy", "10.0.0.0/8,::1", "-refuse-private-reverse=false", "-lookup-rate", "5"}); err != nil {
		t.Fatal(err)
	}
	if c.DNS != "127.0.0.1:5353" || c.TrustProxy != "10.0.0.0/8,::1" || c.ProxyHeader != "x-forwarded-for" || c.RefusePrivateReverse || c.Rate != 5 || c.Burst != DefaultConfig().Burst || c.Timeout != DefaultConfig().Timeout {
		t.Errorf("parsed %+v", c)
	}
	for _, bad := range []Config{{TrustProxy: "not-an-address"}, {ProxyHeader: "x-real-ip"}, {DNS: "localhost:53"}, {DNS: "127.0.0.1"}, {Resolver: "bind"}} {
		if _, err := New(bad, nil); err == nil {
			t.Errorf("New(%+v) accepted", bad)
		}
	}
}

func flagSet() *flag.FlagSet { return flag.NewFlagSet("test", flag.ContinueOnError) }
