package netstat

import (
	"strings"
	"testing"
)

func TestServer(t *testing.T) {
	for _, tc := range []struct {
		name   string
		input  string // the last line is the connection asked about
		ok     bool
		server string
	}{
		// The deck: a listener on ssh makes the local end the server.
		{"deck", "tcp 0 0 *:ssh *:* LISTEN\ntcp 0 0 114.71.220.46:ssh 114.71.220.95:59664 ESTABLISHED", true, "114.71.220.46:ssh"},
		// Without the listener, the well-known port tells.
		{"well-known local", "tcp 0 0 114.71.220.46:ssh 114.71.220.95:59664 ESTABLISHED", true, "114.71.220.46:ssh"},
		{"well-known foreign", "tcp 0 0 192.168.0.17:43718 203.0.113.10:443 ESTABLISHED", true, "203.0.113.10:443"},
		// The client side of a loopback connection to a listener here.
		{"loopback client", "tcp 0 0 0.0.0.0:8000 0.0.0.0:* LISTEN\ntcp 0 0 127.0.0.1:40122 127.0.0.1:8000 ESTABLISHED", true, "127.0.0.1:8000"},
		// A listener on another machine's port proves nothing.
		{"remote port", "tcp 0 0 0.0.0.0:8000 0.0.0.0:* LISTEN\ntcp 0 0 192.0.2.1:40122 198.51.100.7:8000 ESTABLISHED", false, ""},
		{"two high ports", "tcp 0 0 192.0.2.1:40122 198.51.100.7:50000 ESTABLISHED", false, ""},
		{"two low ports", "tcp 0 0 192.0.2.1:22 198.51.100.7:80 ESTABLISHED", false, ""},
		// A socket connected to itself (TCP allows it: a simultaneous open
		// of one port): both ends are the same, and so are server and client.
		// Found by FuzzParse.
		{"self-connection", "TCP [::]:5 0:0\nTCP 0:5 0:5", true, "0:5"},
		{"listening", "tcp 0 0 *:ssh *:* LISTEN", false, ""},
		{"udp", "udp 0 0 0.0.0.0:68 0.0.0.0:*", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := ParseString(tc.input)
			c := rep.Connections[len(rep.Connections)-1]
			server, client, ok := rep.Server(c)
			if ok != tc.ok || ok && server.String() != tc.server {
				t.Errorf("Server = %v, %v, %v", server, client, ok)
			}
		})
	}
}

// TestExplainRoleNamesTheForeignEnd: a listening socket's foreign end is
// explained as printed, with Windows' port 0 for no peer, never as the
// "*:*" of another system (real netstat -a output of Windows 11, English
// and Korean, and of Linux).
func TestExplainRoleNamesTheForeignEnd(t *testing.T) {
	for _, c := range []struct {
		input, ko, en string
	}{
		{"  TCP    0.0.0.0:135            DESKTOP-C119NVN:0      LISTENING",
			"(DESKTOP-C119NVN:0은 Windows가 상대가 없을 때 쓰는 포트 0)", "(DESKTOP-C119NVN:0: port 0 is how Windows writes no peer)"},
		{"  TCP    [::]:135               [::]:0                 LISTENING       1028",
			"([::]:0은 Windows가", "([::]:0: port 0"},
		{"  TCP    0.0.0.0:8282           0.0.0.0:0              수신 대기       4120",
			"(0.0.0.0:0은 Windows가", "(0.0.0.0:0: port 0"},
		{"tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN",
			"(0.0.0.0:*)", "(0.0.0.0:*)"},
		{"tcp6       0      0 :::22                   :::*                    LISTEN",
			"([::]:*)", "([::]:*)"},
	} {
		t.Run(c.input, func(t *testing.T) {
			rep := ParseString(c.input)
			if len(rep.Connections) != 1 {
				t.Fatalf("%d connections", len(rep.Connections))
			}
			x := rep.Connections[0].ExplainRole()
			if !strings.Contains(x.Ko, c.ko) || !strings.Contains(x.En, c.en) || strings.Contains(x.Ko, "(*:*)") || strings.Contains(x.Ko, "(는)") {
				t.Errorf("%q / %q", x.Ko, x.En)
			}
		})
	}
	// A connection says what Role says.
	rep := ParseString("tcp        0      0 114.71.220.46:ssh       114.71.220.95:59664    ESTABLISHED")
	if got := rep.Connections[0].ExplainRole(); got != RoleConnected.Explain() {
		t.Errorf("a connection: %q", got.Ko)
	}
}
