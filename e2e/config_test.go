//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"netprimer/app/api"
	"netprimer/internal/pyoracle"
)

// TestConfigFile starts the binary with the instructor's settings file and
// one flag over it: the course's name, HOSTS list, ports and language
// reach the prerendered pages and the running app alike, and the flag
// wins over the file.
func TestConfigFile(t *testing.T) {
	hosts := []string{"www.example.ac.kr", "iot.example.ac.kr", "iot"}
	ports := []string{"22", "53", "8883"} // 8883 is in no services file here: the program stops there, as python3 does
	config := filepath.Join(t.TempDir(), "netprimer.json")
	os.WriteFile(config, []byte(`{
	  "course": "사물인터넷 네트워크 프로그래밍",
	  "course-en": "Network Programming for IoT",
	  "course-hosts": ["`+strings.Join(hosts, `", "`)+`"],
	  "course-ports": [80, 443],
	  "lang": "en"
	}`), 0o644)
	s := startServer(t, "", "-config", config, "-course-ports", strings.Join(ports, ","), "-dns", startDNS(t), "-lookup-timeout", "1s")

	// Prerendered: the default language is the file's, and so are the
	// course's name and its lists; the ports are the flag's.
	res, page := httpGet(t, s.URL+"/hosts")
	if res.Header.Get("Content-Language") != "en" {
		t.Errorf("/hosts in %q, want the file's en", res.Header.Get("Content-Language"))
	}
	for _, want := range []string{"Network Programming for IoT", htmlText(api.HostsProgram(hosts))} {
		if !strings.Contains(page, want) {
			t.Errorf("prerendered /hosts lacks %q", want)
		}
	}
	_, page = httpGet(t, s.URL+"/services?lang=ko")
	for _, want := range []string{"사물인터넷 네트워크 프로그래밍", htmlText(api.PortsProgram(ports))} {
		if !strings.Contains(page, want) {
			t.Errorf("prerendered /services lacks %q", want)
		}
	}

	// In the running app.
	b := newBrowser(t)
	b.do(t, "open /hosts", chromedp.Navigate(s.URL+"/hosts"), live(), answered())
	if got := textOf(t, b, "#hosts-program"); got != api.HostsProgram(hosts) {
		t.Errorf("the HOSTS program:\n%s\nwant the file's list:\n%s", got, api.HostsProgram(hosts))
	}
	if got := textOf(t, b, "header .brand"); !strings.Contains(got, "Network Programming for IoT") {
		t.Errorf("the header says %q", got)
	}
	if got := eval[string](t, b, `document.title`); !strings.Contains(got, "Network Programming for IoT") {
		t.Errorf("the title is %q", got)
	}
	b.do(t, "open /services in Korean", chromedp.Navigate(s.URL+"/services?lang=ko"), live(), answered())
	if got := textOf(t, b, "#ports-program"); got != api.PortsProgram(ports) {
		t.Errorf("the port → URL program:\n%s\nwant the flag's ports:\n%s", got, api.PortsProgram(ports))
	}
	if got := textOf(t, b, "header .brand"); !strings.Contains(got, "사물인터넷 네트워크 프로그래밍") {
		t.Errorf("the header says %q", got)
	}
	// The page shows the traceback cut to three lines, as every session.
	out, lastErr := pyoracle.Run(t, textOf(t, b, "#ports-program"))
	if page, want := textOf(t, b, "#ports-program-output"), out+"\nTraceback (most recent call last):\n  ...\n"+lastErr; page != want {
		t.Errorf("program output:\n%s\npython3 printed\n%s", page, want)
	}
	b.noErrors(t, "the instructor's course")
}

// TestConfigFileRefused: a settings file the server cannot use stops it at
// start with status 1 and a line that names the file, the line and the
// key, before it listens.
func TestConfigFileRefused(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, file, want string
	}{
		{"a key that is no flag", "{\n  \"course-host\": [\"iot\"]\n}", `bad.json:2: "course-host" is no setting`},
		{"a port that is none", `{"course-ports": [80, 70000]}`, `bad.json:1: "course-ports": "70000" is not a port`},
		{"an empty host", `{"course-hosts": ["a", ""]}`, `"course-hosts": entry 2 is empty`},
		{"a language the app lacks", `{"lang": "fr"}`, `"lang": want ko or en`},
		{"a duration without its unit", "{\n\n\"lookup-timeout\": 3}", `bad.json:3: "lookup-timeout": parse error (want a duration`},
		{"a public range left open", `{"allow-private-reverse": ["8.8.8.0/24"]}`, `-allow-private-reverse: 8.8.8.0/24 is not inside the private ranges`},
		{"not JSON", `addr = ":443"`, `bad.json:1: invalid character`},
		{"a missing file", "", `-config: open`},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, "bad.json")
			os.Remove(path)
			if c.file != "" {
				os.WriteFile(path, []byte(c.file), 0o644)
			}
			cmd := exec.Command(*binPath, "-addr", freeAddr(t), "-lab=false", "-config", path)
			cmd.Dir = dir
			done := make(chan struct{})
			var out []byte
			var err error
			go func() { out, err = cmd.CombinedOutput(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatal("the server started with a bad settings file")
			}
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), c.want) {
				t.Errorf("exit %v, output %q; want status 1 and %q", err, out, c.want)
			}
		})
	}
}

// htmlText is s as a prerendered text node holds it.
func htmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
