package https

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"netprimer/app/datadir"
	"netprimer/internal/testcert"
)

func filesTLS(t *testing.T, names ...string) *TLS {
	t.Helper()
	ca := testcert.NewCA(t)
	certFile, keyFile := ca.Issue(t, time.Now().Add(-time.Hour), time.Now().Add(time.Hour), names...).Write(t, ca, t.TempDir())
	tl, err := New(Config{CertFile: certFile, KeyFile: keyFile}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// TestRedirect sends every plain HTTP request to the same path and query
// over HTTPS, at a host the certificate is for.
func TestRedirect(t *testing.T) {
	wild := filesTLS(t, "netprimer.example.edu", "*.lab.example.edu", "192.0.2.7", "2001:db8::7")
	auto, err := New(Config{Autocert: "netprimer.example.edu, 넷.example.edu", Data: Data(t)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		tls      *TLS
		port     string
		method   string
		host     string
		target   string
		status   int
		location string
	}{
		{"the host asked, its path and query", wild, "443", "GET", "netprimer.example.edu", "/hosts?host=a&host=b", 301,
			"https://netprimer.example.edu/hosts?host=a&host=b"},
		{"the HTTPS port when it is not 443", wild, "8443", "GET", "netprimer.example.edu:8080", "/", 301,
			"https://netprimer.example.edu:8443/"},
		{"a name under the wildcard", wild, "443", "HEAD", "pi.lab.example.edu", "/lab", 301, "https://pi.lab.example.edu/lab"},
		{"a Host the certificate is not for goes to its first name", wild, "443", "GET", "evil.example.com", "/x", 301,
			"https://netprimer.example.edu/x"},
		{"two labels under the wildcard are not covered", wild, "443", "GET", "a.b.lab.example.edu", "/", 301,
			"https://netprimer.example.edu/"},
		{"an address of the certificate", wild, "443", "GET", "192.0.2.7", "/", 301, "https://192.0.2.7/"},
		{"an IPv6 address in brackets", wild, "443", "GET", "[2001:db8::7]:80", "/", 301, "https://[2001:db8::7]/"},
		{"another method keeps its method", wild, "443", "POST", "netprimer.example.edu", "/api/v1/x", 308,
			"https://netprimer.example.edu/api/v1/x"},
		{"autocert: one of its hosts", auto, "443", "GET", "netprimer.example.edu", "/", 301, "https://netprimer.example.edu/"},
		{"autocert: a host in Korean, as the browser sends it", auto, "443", "GET", "xn--t60b.example.edu", "/", 301, "https://xn--t60b.example.edu/"},
		{"autocert: another host goes to the first", auto, "443", "GET", "10.0.0.1", "/", 301, "https://netprimer.example.edu/"},
		{"a target past the limit", wild, "443", "GET", "netprimer.example.edu", "/?q=" + strings.Repeat("a", 100), 414, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := httptest.NewRequest(c.method, c.target, nil)
			r.Host = c.host
			w := httptest.NewRecorder()
			c.tls.Redirect(c.port, 64).ServeHTTP(w, r)
			if w.Code != c.status || w.Header().Get("Location") != c.location {
				t.Errorf("%d %q; want %d %q", w.Code, w.Header().Get("Location"), c.status, c.location)
			}
		})
	}
}

// Data returns a data directory of the test's own.
func Data(t *testing.T) datadir.Dir { return datadir.Dir(t.TempDir()) }

// TestHSTS is sent on HTTPS responses only.
func TestHSTS(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	secure := func(r *http.Request) bool { return r.TLS != nil }
	for _, c := range []struct {
		name   string
		maxAge time.Duration
		https  bool
		want   string
	}{
		{"HTTPS, a year", 365 * 24 * time.Hour, true, "max-age=31536000"},
		{"HTTPS, a minute", time.Minute, true, "max-age=60"},
		{"plain HTTP", 365 * 24 * time.Hour, false, ""},
		{"turned off", 0, true, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			target := "http://netprimer.example.edu/"
			if c.https {
				target = "https://netprimer.example.edu/"
			}
			w := httptest.NewRecorder()
			HSTS(ok, c.maxAge, secure).ServeHTTP(w, httptest.NewRequest("GET", target, nil))
			if got := w.Header().Get("Strict-Transport-Security"); got != c.want {
				t.Errorf("Strict-Transport-Security %q, want %q", got, c.want)
			}
		})
	}
}

// TestNewRefuses names the flag at fault.
func TestNewRefuses(t *testing.T) {
	ca := testcert.NewCA(t)
	certFile, keyFile := ca.Issue(t, time.Now(), time.Now().Add(time.Hour), "a.example.edu").Write(t, ca, t.TempDir())
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{}, "no certificate"},
		{Config{RedirectAddr: ":80"}, "-http-redirect needs HTTPS"},
		{Config{CertFile: certFile}, "-tls-cert needs -tls-key"},
		{Config{KeyFile: keyFile}, "-tls-key needs -tls-cert"},
		{Config{CertFile: keyFile, KeyFile: certFile}, "-tls-cert " + keyFile},
		{Config{CertFile: certFile + ".missing", KeyFile: keyFile}, "no such file"},
		{Config{CertFile: certFile, KeyFile: keyFile, Autocert: "a.example.edu"}, "choose one"},
		{Config{Autocert: "*.example.edu"}, `-autocert: "*.example.edu": a wildcard`},
		{Config{Autocert: "192.0.2.1"}, `-autocert: "192.0.2.1": an address`},
		{Config{Autocert: "iot"}, `-autocert: "iot": a host name with a dot`},
		{Config{Autocert: " , "}, "-autocert: no host name"},
		{Config{Autocert: "a..example.edu"}, `-autocert: "a..example.edu"`},
		{Config{CertFile: certFile, KeyFile: keyFile, HSTS: -time.Second}, "-hsts must not be negative"},
	} {
		c.cfg.Data = Data(t)
		_, err := New(c.cfg, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.cfg, err, c.want)
		}
	}
}
