package netstat

import "testing"

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
