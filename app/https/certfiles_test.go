package https

import (
	"bytes"
	"crypto/tls"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"netprimer/internal/testcert"
)

// TestCertFilesReload serves a renewed certificate once a handshake looks
// again after recheck, keeps the old one while the files do not match,
// and reads them again at once on reload (SIGHUP).
func TestCertFilesReload(t *testing.T) {
	ca := testcert.NewCA(t)
	dir := t.TempDir()
	now := time.Now()
	first := ca.Issue(t, now.Add(-time.Hour), now.Add(90*24*time.Hour), "netprimer.example.edu")
	certFile, keyFile := first.Write(t, ca, dir)
	var logs bytes.Buffer
	tl, err := New(Config{CertFile: certFile, KeyFile: keyFile}, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	clock := now
	tl.files.now = func() time.Time { return clock }
	tl.files.checked = clock
	served := func() []byte {
		t.Helper()
		c, err := tl.Config().GetCertificate(&tls.ClientHelloInfo{ServerName: "netprimer.example.edu"})
		if err != nil {
			t.Fatal(err)
		}
		return c.Certificate[0]
	}
	if !bytes.Equal(served(), first.DER) {
		t.Fatal("the certificate of the files is not served")
	}

	second := ca.Issue(t, now.Add(-time.Hour), now.Add(90*24*time.Hour), "netprimer.example.edu")
	second.Write(t, ca, dir)
	touch(t, certFile, keyFile)
	if !bytes.Equal(served(), first.DER) {
		t.Error("the files were looked at again before recheck")
	}
	clock = clock.Add(recheck)
	if !bytes.Equal(served(), second.DER) {
		t.Error("the renewed certificate is not served after recheck")
	}

	// A renewal half done: the next certificate, the old key.
	third := ca.Issue(t, now.Add(-time.Hour), now.Add(90*24*time.Hour), "netprimer.example.edu")
	key, _ := os.ReadFile(keyFile)
	third.Write(t, ca, dir)
	os.WriteFile(keyFile, key, 0o600)
	touch(t, certFile, keyFile)
	clock = clock.Add(recheck)
	if !bytes.Equal(served(), second.DER) {
		t.Error("a certificate that does not match its key replaced the one served")
	}
	if !strings.Contains(logs.String(), "the one read before is still served") {
		t.Errorf("the failed read is not logged: %s", logs.String())
	}
	if err := tl.Reload(); err == nil || !strings.Contains(err.Error(), "-tls-cert") {
		t.Errorf("Reload of mismatched files: %v", err)
	}
	third.Write(t, ca, dir)
	if err := tl.Reload(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(served(), third.DER) {
		t.Error("Reload did not serve the files' certificate")
	}
}

// touch moves the files' times on, as a renewal that writes within the
// file system's time resolution might not.
func touch(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		later := fi.ModTime().Add(time.Second)
		if err := os.Chtimes(p, later, later); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCertFilesWarn logs a certificate that browsers would refuse, or soon.
func TestCertFilesWarn(t *testing.T) {
	ca := testcert.NewCA(t)
	now := time.Now()
	for _, c := range []struct {
		name     string
		from, to time.Time
		want     string
	}{
		{"expired", now.Add(-48 * time.Hour), now.Add(-time.Hour), "certificate has expired"},
		{"not yet valid", now.Add(time.Hour), now.Add(48 * time.Hour), "not valid yet"},
		{"expires soon", now.Add(-time.Hour), now.Add(3 * 24 * time.Hour), "expires within two weeks"},
		{"valid", now.Add(-time.Hour), now.Add(60 * 24 * time.Hour), "certificate read"},
	} {
		t.Run(c.name, func(t *testing.T) {
			certFile, keyFile := ca.Issue(t, c.from, c.to, "netprimer.example.edu").Write(t, ca, t.TempDir())
			var logs bytes.Buffer
			if _, err := New(Config{CertFile: certFile, KeyFile: keyFile}, slog.New(slog.NewTextHandler(&logs, nil))); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(logs.String(), c.want) || !strings.Contains(logs.String(), "netprimer.example.edu") {
				t.Errorf("log %q lacks %q", logs.String(), c.want)
			}
		})
	}
}
