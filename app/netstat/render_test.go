package netstat

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"
)

// The round-trip test writes random sockets the way each netstat prints
// them (the printf formats of net-tools, of macOS and of Windows), parses
// the text, and expects every field back. The writer is independent of the
// parser: it knows the output formats, not the parsing rules.

type row struct {
	proto          string
	local, foreign Endpoint
	stateText      string
	state          State
	recvQ, sendQ   int
	pid            int
	program        string
}

var stateSpellings = map[Format][]struct {
	text  string
	state State
}{
	FormatLinux: {{"LISTEN", Listen}, {"ESTABLISHED", Established}, {"SYN_SENT", SynSent}, {"SYN_RECV", SynReceived},
		{"FIN_WAIT1", FinWait1}, {"FIN_WAIT2", FinWait2}, {"TIME_WAIT", TimeWait}, {"CLOSE", Closed},
		{"CLOSE_WAIT", CloseWait}, {"LAST_ACK", LastAck}, {"CLOSING", Closing}, {"UNKNOWN", StateUnknown}},
	FormatBSD: {{"LISTEN", Listen}, {"ESTABLISHED", Established}, {"SYN_SENT", SynSent}, {"SYN_RCVD", SynReceived},
		{"FIN_WAIT_1", FinWait1}, {"FIN_WAIT_2", FinWait2}, {"TIME_WAIT", TimeWait}, {"CLOSED", Closed},
		{"CLOSE_WAIT", CloseWait}, {"LAST_ACK", LastAck}, {"CLOSING", Closing}},
	FormatWindows: {{"LISTENING", Listen}, {"ESTABLISHED", Established}, {"SYN_SENT", SynSent}, {"SYN_RECEIVED", SynReceived},
		{"FIN_WAIT_1", FinWait1}, {"FIN_WAIT_2", FinWait2}, {"TIME_WAIT", TimeWait}, {"CLOSED", Closed},
		{"CLOSE_WAIT", CloseWait}, {"LAST_ACK", LastAck}, {"CLOSING", Closing}, {"BOUND", Bound}, {"DELETE_TCB", DeleteTCB},
		{"수신 대기", Listen}, {"연결됨", Established}, {"시간 대기", TimeWait}, {"닫기 대기", CloseWait}},
}

var portNames = []string{"ssh", "https", "http", "domain", "ipp", "mdns", "x11", "bootpc", "microsoft-ds", "netbios-ssn", "http-alt", "xmpp-client"}

func randHost(rng *rand.Rand, f Format) (host string, addr netip.Addr) {
	switch rng.IntN(6) {
	case 0:
		var b [4]byte
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		a := netip.AddrFrom4(b)
		return a.String(), a
	case 1:
		var b [16]byte
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		if rng.IntN(3) == 0 {
			b[0], b[1] = 0xfe, 0x80
			a := netip.AddrFrom16(b).WithZone([]string{"lo0", "en0", "7", "12", "eth0"}[rng.IntN(5)])
			return a.String(), a
		}
		a := netip.AddrFrom16(b)
		return a.String(), a
	case 2:
		a := []netip.Addr{netip.IPv4Unspecified(), netip.IPv6Unspecified(), netip.MustParseAddr("127.0.0.1"), netip.IPv6Loopback()}[rng.IntN(4)]
		return a.String(), a
	case 3:
		if f != FormatWindows || rng.IntN(2) == 0 {
			return "*", netip.Addr{}
		}
	}
	// A host name; BSD names may have dots since the port follows the last.
	labels := 1 + rng.IntN(3)
	if f != FormatBSD {
		labels = 1
	}
	var parts []string
	for range labels {
		n := 1 + rng.IntN(10)
		var b strings.Builder
		for i := range n {
			c := "abcdefghijklmnopqrstuvwxyz0123456789-"[rng.IntN(37)]
			if i == 0 && (c == '-' || c >= '0' && c <= '9') {
				c = 'h'
			}
			b.WriteByte(c)
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, "."), netip.Addr{}
}

func randPort(rng *rand.Rand) Port {
	switch rng.IntN(5) {
	case 0:
		return Port{Text: "*"}
	case 1:
		name := portNames[rng.IntN(len(portNames))]
		n, ok := ServicePort(name)
		return Port{Text: name, Num: n, HasNum: ok}
	case 2:
		return Port{Text: "0", Num: 0, HasNum: true}
	}
	n := uint16(rng.IntN(65536))
	return Port{Text: fmt.Sprint(n), Num: n, HasNum: true}
}

func randRow(rng *rand.Rand, f Format) row {
	var r row
	udp := rng.IntN(3) == 0
	switch f {
	case FormatLinux:
		r.proto = []string{"tcp", "tcp6"}[rng.IntN(2)]
	case FormatBSD:
		r.proto = []string{"tcp", "tcp4", "tcp6", "tcp46"}[rng.IntN(4)]
	default:
		r.proto = "tcp"
	}
	if udp {
		r.proto = "udp" + strings.TrimPrefix(r.proto, "tcp")
	}
	for _, e := range []*Endpoint{&r.local, &r.foreign} {
		e.Host, e.Addr = randHost(rng, f)
		e.Port = randPort(rng)
	}
	spellings := stateSpellings[f]
	if !udp || f == FormatLinux && rng.IntN(4) == 0 {
		s := spellings[rng.IntN(len(spellings))]
		r.stateText, r.state = s.text, s.state
	}
	if f != FormatWindows {
		r.recvQ, r.sendQ = rng.IntN(100000), rng.IntN(100000)
	}
	if f != FormatBSD && rng.IntN(2) == 0 { // macOS shows PIDs only with -v
		r.pid = 1 + rng.IntN(99999)
		if f == FormatLinux {
			r.program = []string{"sshd", "python3", "systemd-resolve", "sshd: /usr/sb"}[rng.IntN(4)]
		}
	}
	return r
}

// endpointText writes an end as the format does: net-tools puts IPv6 in
// brackets (net-tools 2.10) or not (older), Windows always does, BSD ends
// with ".port".
func endpointText(rng *rand.Rand, e Endpoint, f Format) string {
	host := e.Host
	switch f {
	case FormatBSD:
		return host + "." + e.Port.Text
	case FormatWindows:
		if e.Addr.Is6() {
			host = "[" + host + "]"
		}
	default:
		if e.Addr.Is6() && rng.IntN(2) == 0 {
			host = "[" + host + "]"
		}
	}
	return host + ":" + e.Port.Text
}

func render(rng *rand.Rand, r row, f Format) string {
	local, foreign := endpointText(rng, r.local, f), endpointText(rng, r.foreign, f)
	switch f {
	case FormatLinux:
		s := fmt.Sprintf("%-4s  %6d %6d %-23s %-23s %-11s", r.proto, r.recvQ, r.sendQ, local, foreign, r.stateText)
		if r.pid != 0 {
			s += fmt.Sprintf(" %d/%s", r.pid, r.program)
		}
		return s
	case FormatBSD:
		return fmt.Sprintf("%-5.5s %6d %6d  %-22s %-22s %-11s", r.proto, r.recvQ, r.sendQ, local, foreign, r.stateText)
	}
	s := fmt.Sprintf("  %-5s  %-22s %-22s %-15s", strings.ToUpper(r.proto), local, foreign, r.stateText)
	if r.pid != 0 {
		s += fmt.Sprint(" ", r.pid)
	}
	return s
}

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2026))
	headers := map[Format]string{
		FormatLinux:   "Active Internet connections (servers and established)\nProto Recv-Q Send-Q Local Address           Foreign Address         State\n",
		FormatBSD:     "Active Internet connections (including servers)\nProto Recv-Q Send-Q  Local Address          Foreign Address        (state)\n",
		FormatWindows: "\r\nActive Connections\r\n\r\n  Proto  Local Address          Foreign Address        State           PID\r\n",
	}
	for _, f := range []Format{FormatLinux, FormatBSD, FormatWindows} {
		t.Run(f.String(), func(t *testing.T) {
			const n = 3000
			rows := make([]row, n)
			var b strings.Builder
			b.WriteString(headers[f])
			eol := "\n"
			if f == FormatWindows {
				eol = "\r\n"
			}
			for i := range rows {
				rows[i] = randRow(rng, f)
				b.WriteString(render(rng, rows[i], f) + eol)
			}
			rep := ParseString(b.String())
			checkInvariants(t, b.String(), rep)
			if len(rep.Connections) != n {
				for _, s := range rep.Skipped {
					if s.Reason != ReasonTitle && s.Reason != ReasonHeader && s.Reason != ReasonBlank {
						t.Errorf("skipped line %d (%v): %q", s.Line, s.Reason, s.Text)
					}
				}
				t.Fatalf("%d connections, want %d", len(rep.Connections), n)
			}
			for i, c := range rep.Connections {
				r := rows[i]
				got := row{c.Proto, c.Local, c.Foreign, c.StateText, c.State, c.RecvQ, c.SendQ, c.PID, c.Program}
				if got != r || c.Format != f || c.HasQueues != (f != FormatWindows) {
					t.Errorf("line %q\n got %+v\nwant %+v", c.Text, got, r)
				}
			}
		})
	}
}
