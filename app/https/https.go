// Package https serves the app over HTTPS, which the browser needs for
// the service worker (offline use and updates) and brotli: the TLS
// configuration from a certificate's files, reloaded when they change, or
// from an ACME CA (autocert, Let's Encrypt by default), HSTS on HTTPS
// responses, and a plain HTTP listener's handler that redirects to HTTPS
// and answers the ACME HTTP-01 challenge, nothing else. Server only.
package https

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"golang.org/x/crypto/acme"
	"golang.org/x/crypto/acme/autocert"
	"golang.org/x/net/idna"

	"netprimer/app/datadir"
)

// Config holds the instructor's choices. RegisterFlags binds them to
// command-line flags with DefaultConfig's values as defaults. Either a
// certificate's files or autocert's hosts, not both; neither is plain
// HTTP.
type Config struct {
	// CertFile and KeyFile are a certificate (its chain after it) and
	// its key, in PEM: the university's, or one a tool such as certbot
	// renews. They are read again on SIGHUP and when they change.
	CertFile, KeyFile string
	// Autocert lists (comma-separated) the host names to get
	// certificates for from the ACME CA; the CA checks that each one
	// reaches this server (TLS-ALPN-01 on the HTTPS port, HTTP-01 on the
	// redirect listener).
	Autocert string
	// AutocertEmail is the ACME account's contact, optional.
	AutocertEmail string
	// AutocertDirectory is the ACME CA's directory URL.
	AutocertDirectory string
	// Data is the data directory; autocert keeps its account and
	// certificates in its autocert folder.
	Data datadir.Dir
	// RedirectAddr is where to listen for plain HTTP, which is answered
	// with a redirect to HTTPS; empty: no such listener.
	RedirectAddr string
	// HSTS is the max-age of Strict-Transport-Security on HTTPS
	// responses; 0 sends none.
	HSTS time.Duration
}

// DefaultConfig returns the defaults: plain HTTP; with TLS, Let's
// Encrypt's production CA and HSTS for a year, without preload (the list
// is for whole registrable domains, not a course's host).
func DefaultConfig() Config {
	return Config{
		AutocertDirectory: autocert.DefaultACMEDirectory,
		Data:              datadir.Default,
		HSTS:              365 * 24 * time.Hour,
	}
}

// RegisterFlags defines the HTTPS flags on fs, with DefaultConfig's
// values as defaults, to be read into c. -data is datadir's, and defined
// by the caller.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	d := DefaultConfig()
	fs.StringVar(&c.CertFile, "tls-cert", d.CertFile, "serve HTTPS with the certificate (and chain) in this PEM `file`; read again on SIGHUP and when it changes")
	fs.StringVar(&c.KeyFile, "tls-key", d.KeyFile, "the PEM `file` of -tls-cert's private key")
	fs.StringVar(&c.Autocert, "autocert", d.Autocert, "serve HTTPS with certificates from the ACME CA for these comma-separated `hosts` (kept under -data)")
	fs.StringVar(&c.AutocertEmail, "autocert-email", d.AutocertEmail, "contact `address` of the ACME account (optional)")
	fs.StringVar(&c.AutocertDirectory, "autocert-directory", d.AutocertDirectory, "the ACME CA's directory `URL` (a staging CA's to try things)")
	fs.StringVar(&c.RedirectAddr, "http-redirect", d.RedirectAddr, "also listen for plain HTTP on this `address` (:80): a redirect to HTTPS, and the ACME challenge")
	fs.DurationVar(&c.HSTS, "hsts", d.HSTS, "max-age of Strict-Transport-Security on HTTPS responses (0: none)")
}

// Enabled reports whether c serves HTTPS.
func (c Config) Enabled() bool {
	return c.CertFile != "" || c.KeyFile != "" || c.Autocert != ""
}

// TLS is the server's HTTPS: the configuration of its TLS listener, the
// handler of its redirect listener.
type TLS struct {
	cfg   Config
	log   *slog.Logger
	files *certFiles        // the certificate's files, or nil
	acme  *autocert.Manager // or nil
	hosts []string          // autocert's hosts, in ASCII
}

// New checks cfg and prepares what it names: it reads the certificate's
// files, or sets autocert up (certificates come at the first handshake
// that names each host). The errors name the flag at fault.
func New(cfg Config, log *slog.Logger) (*TLS, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.HSTS < 0 {
		return nil, errors.New("-hsts must not be negative")
	}
	t := &TLS{cfg: cfg, log: log}
	switch {
	case !cfg.Enabled():
		if cfg.RedirectAddr != "" {
			return nil, errors.New("-http-redirect needs HTTPS: -tls-cert and -tls-key, or -autocert")
		}
		return nil, errors.New("https: no certificate: -tls-cert and -tls-key, or -autocert")
	case cfg.Autocert != "" && (cfg.CertFile != "" || cfg.KeyFile != ""):
		return nil, errors.New("-autocert and -tls-cert/-tls-key: choose one")
	case cfg.Autocert != "":
		hosts, err := parseHosts(cfg.Autocert)
		if err != nil {
			return nil, fmt.Errorf("-autocert: %w", err)
		}
		dir, err := cfg.Data.Sub("autocert")
		if err != nil {
			return nil, err
		}
		t.hosts = hosts
		t.acme = &autocert.Manager{
			Prompt:     autocert.AcceptTOS,
			Cache:      autocert.DirCache(dir),
			HostPolicy: t.hostPolicy,
			Email:      cfg.AutocertEmail,
			Client:     &acme.Client{DirectoryURL: cfg.AutocertDirectory},
		}
	case cfg.CertFile == "":
		return nil, errors.New("-tls-key needs -tls-cert")
	case cfg.KeyFile == "":
		return nil, errors.New("-tls-cert needs -tls-key")
	default:
		f, err := loadCertFiles(cfg.CertFile, cfg.KeyFile, log)
		if err != nil {
			return nil, err
		}
		t.files = f
	}
	return t, nil
}

// parseHosts reads autocert's comma-separated host names: each a DNS name
// with a dot (autocert asks for no other), no wildcard (that needs the
// DNS-01 challenge), no address. They are kept in ASCII, as a browser
// sends them.
func parseHosts(list string) ([]string, error) {
	var hosts []string
	for _, h := range strings.Split(list, ",") {
		h = strings.TrimSuffix(strings.TrimSpace(h), ".")
		switch {
		case h == "":
			continue
		case strings.Contains(h, "*"):
			return nil, fmt.Errorf("%q: a wildcard needs the DNS-01 challenge, which autocert does not do: use -tls-cert", h)
		case net.ParseIP(h) != nil:
			return nil, fmt.Errorf("%q: an address, not a host name", h)
		case !strings.Contains(h, "."):
			return nil, fmt.Errorf("%q: a host name with a dot, as DNS names it (netprimer.example.edu)", h)
		}
		a, err := idna.Lookup.ToASCII(h)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", h, err)
		}
		if strings.HasPrefix(a, ".") || strings.Contains(a, "..") {
			return nil, fmt.Errorf("%q: an empty label", h)
		}
		hosts = append(hosts, a)
	}
	if len(hosts) == 0 {
		return nil, errors.New("no host name")
	}
	return hosts, nil
}

// hostPolicy lets autocert ask for the configured hosts only, so that a
// handshake naming another host costs no request to the CA. A Host
// header's port (an HTTP-01 check on another port than 80) is no part of
// the name.
func (t *TLS) hostPolicy(_ context.Context, host string) error {
	if t.covers(stripPort(host)) {
		return nil
	}
	return fmt.Errorf("https: %q is not among -autocert's hosts", host)
}

// Names returns the names the server's certificates are for.
func (t *TLS) Names() []string {
	if t.files != nil {
		return t.files.names()
	}
	return append([]string(nil), t.hosts...)
}

// Config returns the configuration of the HTTPS listener: HTTP/2 and
// HTTP/1.1, TLS 1.2 at least, the certificate of the handshake's name
// (autocert also answers the TLS-ALPN-01 challenge in it).
func (t *TLS) Config() *tls.Config {
	if t.acme != nil {
		c := t.acme.TLSConfig()
		c.MinVersion = tls.VersionTLS12
		get := c.GetCertificate
		c.GetCertificate = func(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
			if hello.ServerName == "" {
				// A client that names no host (one that typed the
				// address) gets the first host's certificate, as with
				// -tls-cert, rather than a failed handshake.
				h := *hello
				h.ServerName = t.hosts[0]
				hello = &h
			}
			return get(hello)
		}
		return c
	}
	return &tls.Config{
		MinVersion:     tls.VersionTLS12,
		NextProtos:     []string{"h2", "http/1.1"},
		GetCertificate: t.files.get,
	}
}

// Reload reads the certificate's files again (on SIGHUP); with autocert
// there is nothing to read, autocert renews by itself.
func (t *TLS) Reload() error {
	if t.files == nil {
		return nil
	}
	return t.files.reload()
}

// covers reports whether host is one the certificates are for.
func (t *TLS) covers(host string) bool {
	if t.files != nil {
		return t.files.covers(host)
	}
	a, err := idna.Lookup.ToASCII(strings.TrimSuffix(host, "."))
	if err != nil {
		return false
	}
	for _, h := range t.hosts {
		if h == a {
			return true
		}
	}
	return false
}

// Redirect returns the handler of the plain HTTP listener: the ACME
// HTTP-01 challenge with autocert, and for everything else a redirect to
// the same path and query on HTTPS at httpsPort. The redirect goes to the
// host the request named when the certificate is for it, else to the
// certificate's first name: a Host header picks no other site. A target
// longer than maxURL is answered 414, as the HTTPS listener would.
func (t *TLS) Redirect(httpsPort string, maxURL int) http.Handler {
	suffix := ""
	if httpsPort != "443" {
		suffix = ":" + httpsPort
	}
	var h http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		target := r.URL.RequestURI()
		if len(r.RequestURI) > maxURL || len(target) > maxURL {
			http.Error(w, "request target longer than "+strconv.Itoa(maxURL)+" bytes", http.StatusRequestURITooLong)
			return
		}
		if !strings.HasPrefix(target, "/") {
			target = "/" // OPTIONS *, say
		}
		host := stripPort(r.Host)
		if !t.covers(host) {
			names := t.Names()
			if len(names) == 0 {
				http.Error(w, "use HTTPS", http.StatusBadRequest)
				return
			}
			host = names[0]
		}
		if strings.Contains(host, ":") {
			host = "[" + host + "]" // an IPv6 address in a certificate
		}
		code := http.StatusPermanentRedirect // keeps the method and body
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			code = http.StatusMovedPermanently
		}
		w.Header().Set("Location", "https://"+host+suffix+target)
		w.WriteHeader(code)
	})
	if t.acme != nil {
		h = t.acme.HTTPHandler(h)
	}
	return h
}

// stripPort returns the host of a Host header, without its port or the
// brackets of an IPv6 address.
func stripPort(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.TrimSuffix(strings.TrimPrefix(hostport, "["), "]")
}

// HSTS adds Strict-Transport-Security with maxAge to the responses of
// the requests for which secure holds (they came over HTTPS, perhaps
// through a trusted proxy): a browser that has seen it goes to HTTPS by
// itself, even from a typed http:// address. maxAge 0 adds nothing.
func HSTS(next http.Handler, maxAge time.Duration, secure func(*http.Request) bool) http.Handler {
	if maxAge <= 0 {
		return next
	}
	value := "max-age=" + strconv.FormatInt(int64(maxAge/time.Second), 10)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if secure(r) {
			w.Header().Set("Strict-Transport-Security", value)
		}
		next.ServeHTTP(w, r)
	})
}
