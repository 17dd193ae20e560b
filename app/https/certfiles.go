package https

import (
	"crypto/tls"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"
)

// recheck is how often, at most, a handshake looks whether the
// certificate's files changed: a renewed certificate is served within
// this long of being written, with no signal needed.
const recheck = 10 * time.Second

// certFiles is a certificate read from its files, read again on SIGHUP
// (reload) and when the files change. A read that fails (a renewal that
// has written the certificate but not yet its key, say) keeps the
// certificate served so far, and is tried again when the files change
// again.
type certFiles struct {
	certFile, keyFile string
	log               *slog.Logger
	now               func() time.Time

	mu      sync.Mutex
	cert    *tls.Certificate
	stamp   string    // of the files as last read, or tried
	checked time.Time // when the files were last looked at
}

// loadCertFiles reads the certificate and its key; it fails when they
// cannot be read or do not match.
func loadCertFiles(certFile, keyFile string, log *slog.Logger) (*certFiles, error) {
	c := &certFiles{certFile: certFile, keyFile: keyFile, log: log, now: time.Now}
	if err := c.reload(); err != nil {
		return nil, err
	}
	return c, nil
}

// stampOf identifies the files' contents as the file system sees them:
// a renewal that replaces or rewrites either changes it.
func stampOf(paths ...string) string {
	s := ""
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			s += p + ": " + err.Error() + ";"
			continue
		}
		s += fmt.Sprintf("%s %d %d;", p, fi.Size(), fi.ModTime().UnixNano())
	}
	return s
}

// reload reads the files now; when they cannot be read, the certificate
// read before is still served.
func (c *certFiles) reload() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checked = c.now()
	c.stamp = stampOf(c.certFile, c.keyFile)
	return c.read()
}

// read reads the files into c.cert, or leaves it as it was; c.mu is held.
func (c *certFiles) read() error {
	cert, err := tls.LoadX509KeyPair(c.certFile, c.keyFile)
	if err != nil {
		return fmt.Errorf("-tls-cert %s, -tls-key %s: %w", c.certFile, c.keyFile, err)
	}
	leaf := cert.Leaf
	now := c.now()
	attrs := []any{"names", strings.Join(namesOf(&cert), ","), "not_after", leaf.NotAfter.UTC().Format(time.RFC3339)}
	switch {
	case now.After(leaf.NotAfter):
		c.log.Warn("certificate has expired: browsers refuse it", attrs...)
	case now.Before(leaf.NotBefore):
		c.log.Warn("certificate is not valid yet: browsers refuse it", append(attrs, "not_before", leaf.NotBefore.UTC().Format(time.RFC3339))...)
	case leaf.NotAfter.Sub(now) < 14*24*time.Hour:
		c.log.Warn("certificate expires within two weeks", attrs...)
	default:
		c.log.Info("certificate read", attrs...)
	}
	c.cert = &cert
	return nil
}

// get is tls.Config.GetCertificate: the certificate, read again first
// when the files changed since the last look, which is at most every
// recheck.
func (c *certFiles) get(*tls.ClientHelloInfo) (*tls.Certificate, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if now := c.now(); now.Sub(c.checked) >= recheck {
		c.checked = now
		if s := stampOf(c.certFile, c.keyFile); s != c.stamp {
			c.stamp = s
			if err := c.read(); err != nil {
				c.log.Warn("certificate not read again: the one read before is still served", "err", err)
			}
		}
	}
	return c.cert, nil
}

func (c *certFiles) current() *tls.Certificate {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cert
}

// names returns the names the certificate is for: its DNS names, then
// its addresses.
func (c *certFiles) names() []string { return namesOf(c.current()) }

func namesOf(cert *tls.Certificate) []string {
	var names []string
	names = append(names, cert.Leaf.DNSNames...)
	for _, ip := range cert.Leaf.IPAddresses {
		names = append(names, ip.String())
	}
	return names
}

// covers reports whether the certificate is for host, as a browser
// checks it (a wildcard covers one label).
func (c *certFiles) covers(host string) bool {
	return host != "" && c.current().Leaf.VerifyHostname(host) == nil
}
