package concepts

import (
	"strings"
	"testing"
)

// The TCP states of RFC 9293 §3.3.2, as the sequences name them.
var rfcStates = map[string]bool{
	"": true, "LISTEN": true, "SYN-SENT": true, "SYN-RECEIVED": true, "ESTABLISHED": true,
	"FIN-WAIT-1": true, "FIN-WAIT-2": true, "CLOSE-WAIT": true, "CLOSING": true,
	"LAST-ACK": true, "TIME-WAIT": true, "CLOSED": true,
}

func TestSequences(t *testing.T) {
	calls := map[string]bool{}
	for _, c := range Calls() {
		calls[c.Name] = true
		if c.What.Ko == "" || c.What.En == "" {
			t.Errorf("%s: empty text", c.Name)
		}
	}
	for name, steps := range map[string][]Step{"tcp": TCPSequence(), "udp": UDPSequence()} {
		t.Run(name, func(t *testing.T) {
			var sends []string
			for i, s := range steps {
				if s.Side != Client && s.Side != Server || s.Explain.Ko == "" || s.Explain.En == "" {
					t.Errorf("step %d: %+v", i, s)
				}
				if s.Code != "" && !calls[s.Call] || s.Call != "" && !calls[s.Call] {
					t.Errorf("step %d: call %q is not explained in Calls", i, s.Call)
				}
				if s.Code == "" && s.Call == "" && s.Sends == "" {
					t.Errorf("step %d does nothing", i)
				}
				if !rfcStates[s.ClientState] || !rfcStates[s.ServerState] {
					t.Errorf("step %d: states %q %q", i, s.ClientState, s.ServerState)
				}
				if name == "udp" && (s.ClientState != "" || s.ServerState != "") {
					t.Errorf("step %d: UDP has no connection states", i)
				}
				if s.Sends != "" {
					sends = append(sends, s.Side.String()+":"+s.Sends)
				}
			}
			got := strings.Join(sends, " ")
			want := map[string]string{
				// The 3-way handshake, one message each way, and the four
				// segments of the close.
				"tcp": "client:SYN server:SYN+ACK client:ACK client:b'Hello' server:b'Hello' client:FIN server:ACK server:FIN client:ACK",
				// Two datagrams and nothing else.
				"udp": "client:b'Hello' server:b'Hello'",
			}[name]
			if got != want {
				t.Errorf("on the wire:\n got %s\nwant %s", got, want)
			}
		})
	}
	// The server prepares before the client acts, in both sequences.
	for _, steps := range [][]Step{TCPSequence(), UDPSequence()} {
		if steps[0].Side != Server || !strings.HasPrefix(Program(steps, Client), "import socket\nc = socket.socket(") {
			t.Errorf("programs: %q", Program(steps, Client))
		}
	}
	if !strings.Contains(Program(TCPSequence(), Server), "SOCK_STREAM") || !strings.Contains(Program(UDPSequence(), Server), "SOCK_DGRAM") {
		t.Error("TCP is SOCK_STREAM, UDP SOCK_DGRAM")
	}
}
