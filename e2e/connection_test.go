//go:build e2e

package e2e

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"netprimer/app/api"
)

// TestConnectionFromBrowser asks GET /api/v1/connection from the page: the
// answer is the browser's real 4-tuple, as the server logged it and as the
// kernel lists the connection.
func TestConnectionFromBrowser(t *testing.T) {
	s := startServer(t, "")
	b := newBrowser(t)
	b.do(t, "open a lesson", chromedp.Navigate(s.URL+"/addresses"), live())
	c := eval[api.Connection](t, b, `fetch("`+api.ConnectionPath+`").then(r => r.json())`)

	_, port, _ := net.SplitHostPort(s.Addr)
	if c.Client.IP != "127.0.0.1" || c.Client.Port == 0 || c.Server.IP != "127.0.0.1" || strconv.Itoa(c.Server.Port) != port || c.Proto != "tcp" || c.Forwarded {
		t.Errorf("connection %+v, want 127.0.0.1:<port> to %s over tcp", c, s.Addr)
	}
	// The server's log names the peer of the request it answered.
	want := fmt.Sprintf("path=%s status=200", api.ConnectionPath)
	var logged string
	for _, line := range strings.Split(s.Log(), "\n") {
		if strings.Contains(line, want) {
			logged = line[strings.LastIndex(line, "remote=")+len("remote="):]
		}
	}
	if logged != fmt.Sprintf("127.0.0.1:%d", c.Client.Port) {
		t.Errorf("the server logged the request from %q, the answer says port %d", logged, c.Client.Port)
	}
	// The browser keeps the connection open: the kernel lists it, from
	// the client's port to the server's.
	tcp, err := os.ReadFile("/proc/net/tcp")
	if err != nil {
		t.Fatalf("no /proc/net/tcp to compare with: %v", err)
	}
	entry := fmt.Sprintf("0100007F:%04X 0100007F:%04X", c.Client.Port, c.Server.Port)
	if !strings.Contains(string(tcp), entry) {
		t.Errorf("no TCP connection %s in /proc/net/tcp", entry)
	}
	b.noErrors(t, "asking for the connection")
}
