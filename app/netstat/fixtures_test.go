package netstat

import (
	"os"
	"strings"
	"testing"
)

// want is what one connection line of a fixture must give.
type want struct {
	line            int
	proto           string
	local, foreign  string // Endpoint.String()
	state           State
	stateText       string
	role            Role
	tuple           string // FourTuple.String(), "" when Tuple is false
	pid             int
	program         string
	recvQ, sendQ    int
	localHasAddr    bool // Local.Addr is valid
	describeKo      string
	describeEnglish string
}

// fixtures are complete outputs of netstat, one file per format. Each
// case names every connection line it checks in full; the counts cover the
// rest.
var fixtures = []struct {
	file    string
	format  Format
	korean  bool
	lines   int
	conns   int
	reasons map[Reason]int
	checks  []want
}{
	{
		// The deck's own example, prompt line included, verbatim.
		file: "deck.txt", format: FormatLinux, lines: 10, conns: 7,
		reasons: map[Reason]int{ReasonCommand: 1, ReasonTitle: 1, ReasonHeader: 1},
		checks: []want{
			{line: 4, proto: "tcp", local: "workstation:domain", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening,
				describeKo: "domain 서버가 workstation:domain에서 클라이언트의 연결을 기다림"},
			{line: 5, proto: "tcp", local: "*:ssh", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening},
			{line: 7, proto: "tcp", local: "localhost:6010", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening,
				describeKo: "서버가 localhost:6010에서 클라이언트의 연결을 기다림"},
			// The deck: "ssh 서버(114.71.220.46:ssh)에 ssh 클라이언트(114.71.220.95:59664)가 접속하였음".
			{line: 10, proto: "tcp", local: "114.71.220.46:ssh", foreign: "114.71.220.95:59664", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(114.71.220.46, 22), (114.71.220.95, 59664)", localHasAddr: true,
				describeKo:      "ssh 서버(114.71.220.46:ssh)에 ssh 클라이언트(114.71.220.95:59664)가 접속하였음",
				describeEnglish: "the ssh client (114.71.220.95:59664) is connected to the ssh server (114.71.220.46:ssh)"},
		},
	},
	{
		// net-tools 2.10 netstat -an: IPv6 in brackets, queues, UDP with and
		// without a peer, a raw socket, the UNIX domain section.
		file: "linux-an.txt", format: FormatLinux, lines: 31, conns: 20,
		reasons: map[Reason]int{ReasonTitle: 1, ReasonHeader: 1, ReasonOtherProtocol: 1, ReasonUnixSection: 8},
		checks: []want{
			{line: 7, proto: "tcp", local: "192.168.0.17:22", foreign: "192.168.0.4:51022", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(192.168.0.17, 22), (192.168.0.4, 51022)", sendQ: 36, localHasAddr: true,
				describeKo: "ssh 서버(192.168.0.17:22)에 ssh 클라이언트(192.168.0.4:51022)가 접속하였음"},
			// The client side of a loopback connection: the listener on
			// 0.0.0.0:8000 shows the foreign end is the server.
			{line: 9, proto: "tcp", local: "127.0.0.1:40122", foreign: "127.0.0.1:8000", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(127.0.0.1, 40122), (127.0.0.1, 8000)", localHasAddr: true,
				describeKo: "서버(127.0.0.1:8000)에 클라이언트(127.0.0.1:40122)가 접속하였음"},
			{line: 11, proto: "tcp", local: "192.168.0.17:52044", foreign: "198.51.100.23:443", state: CloseWait, stateText: "CLOSE_WAIT",
				role: RoleConnected, tuple: "(192.168.0.17, 52044), (198.51.100.23, 443)", recvQ: 1, localHasAddr: true},
			{line: 12, proto: "tcp", local: "192.168.0.17:58812", foreign: "192.0.2.80:80", state: SynSent, stateText: "SYN_SENT",
				role: RoleConnected, tuple: "(192.168.0.17, 58812), (192.0.2.80, 80)", sendQ: 1, localHasAddr: true},
			{line: 13, proto: "tcp", local: "192.168.0.17:33470", foreign: "203.0.113.99:993", state: FinWait2, stateText: "FIN_WAIT2",
				role: RoleConnected, tuple: "(192.168.0.17, 33470), (203.0.113.99, 993)", localHasAddr: true},
			{line: 14, proto: "tcp6", local: "[::]:22", foreign: "[::]:*", state: Listen, stateText: "LISTEN", role: RoleListening, localHasAddr: true},
			// An IPv6 address without brackets: the port follows the last colon.
			{line: 16, proto: "tcp6", local: "[2001:db8:1::17]:22", foreign: "[2001:db8:2::4]:51310", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(2001:db8:1::17, 22), (2001:db8:2::4, 51310)", localHasAddr: true},
			{line: 18, proto: "udp", local: "0.0.0.0:68", foreign: "0.0.0.0:*", role: RoleUnconnected, localHasAddr: true,
				describeKo: "UDP 소켓이 0.0.0.0:68에서 연결 없이 데이터그램을 주고받음"},
			// A connected UDP socket: Linux prints ESTABLISHED for it.
			{line: 20, proto: "udp", local: "192.168.0.17:40371", foreign: "192.168.0.1:53", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(192.168.0.17, 40371), (192.168.0.1, 53)", localHasAddr: true},
			{line: 22, proto: "udp6", local: "[fe80::a00:27ff:fe4e:66a1]:546", foreign: "[::]:*", role: RoleUnconnected, localHasAddr: true},
		},
	},
	{
		// An older net-tools run by a user with -atunp: ":::22", a program
		// column, and netstat's note about root on two lines.
		file: "linux-old-atunp.txt", format: FormatLinux, lines: 20, conns: 15,
		reasons: map[Reason]int{ReasonCommand: 1, ReasonUnparseable: 2, ReasonTitle: 1, ReasonHeader: 1},
		checks: []want{
			{line: 9, proto: "tcp", local: "127.0.0.1:5000", foreign: "0.0.0.0:*", state: Listen, stateText: "LISTEN", role: RoleListening,
				pid: 2875, program: "python3", localHasAddr: true},
			{line: 11, proto: "tcp", local: "127.0.0.1:37564", foreign: "127.0.0.1:5000", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(127.0.0.1, 37564), (127.0.0.1, 5000)", pid: 2901, program: "python3", localHasAddr: true},
			{line: 14, proto: "tcp6", local: "[::]:22", foreign: "[::]:*", state: Listen, stateText: "LISTEN", role: RoleListening, localHasAddr: true},
			{line: 15, proto: "tcp6", local: "[::1]:631", foreign: "[::]:*", state: Listen, stateText: "LISTEN", role: RoleListening, localHasAddr: true,
				describeKo: "ipp 서버가 [::1]:631에서 클라이언트의 연결을 기다림"},
			{line: 19, proto: "udp", local: "0.0.0.0:9999", foreign: "0.0.0.0:*", role: RoleUnconnected, pid: 2890, program: "python3", localHasAddr: true},
		},
	},
	{
		// macOS netstat -an: host.port, tcp4/tcp6/tcp46/udp46, a host cut
		// to 16 characters, %lo0 scopes, then the sections of kernel and
		// UNIX sockets.
		file: "macos-an.txt", format: FormatBSD, lines: 40, conns: 18,
		reasons: map[Reason]int{ReasonTitle: 1, ReasonHeader: 1, ReasonOtherProtocol: 1, ReasonUnixSection: 5, ReasonOtherSection: 14},
		checks: []want{
			{line: 3, proto: "tcp4", local: "192.168.0.5:52433", foreign: "17.57.144.10:5223", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(192.168.0.5, 52433), (17.57.144.10, 5223)", localHasAddr: true,
				describeKo: "연결: 192.168.0.5:52433 ↔ 17.57.144.10:5223"},
			// netstat cut the host to 16 characters: no longer an address.
			{line: 6, proto: "tcp6", local: "[fe80::aede:48ff:]:49153", foreign: "[fe80::aede:48ff:]:49321", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(fe80::aede:48ff:, 49153), (fe80::aede:48ff:, 49321)"},
			{line: 9, proto: "tcp46", local: "*:5000", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening},
			{line: 11, proto: "tcp6", local: "[::1]:631", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening, localHasAddr: true},
			{line: 15, proto: "tcp6", local: "[fe80::1%lo0]:1024", foreign: "[fe80::1%lo0]:49152", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(fe80::1%lo0, 1024), (fe80::1%lo0, 49152)", localHasAddr: true},
			{line: 16, proto: "udp4", local: "*:5353", foreign: "*:*", role: RoleUnconnected},
			{line: 18, proto: "udp46", local: "*:*", foreign: "*:*", role: RoleUnconnected},
			{line: 20, proto: "udp6", local: "[fe80::1%lo0]:123", foreign: "*:*", role: RoleUnconnected, localHasAddr: true},
		},
	},
	{
		// Windows netstat -a in English, CRLF: names for the foreign ends,
		// "DESKTOP-C119NVN:0" for none, scoped IPv6 in brackets, UDP "*:*".
		file: "windows-a.txt", format: FormatWindows, lines: 27, conns: 23,
		reasons: map[Reason]int{ReasonBlank: 2, ReasonTitle: 1, ReasonHeader: 1},
		checks: []want{
			{line: 5, proto: "tcp", local: "0.0.0.0:135", foreign: "DESKTOP-C119NVN:0", state: Listen, stateText: "LISTENING", role: RoleListening, localHasAddr: true},
			{line: 12, proto: "tcp", local: "192.168.0.12:51734", foreign: "server-203-0-113-71:https", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(192.168.0.12, 51734), (server-203-0-113-71, 443)", localHasAddr: true,
				describeKo:      "https 서버(server-203-0-113-71:https)에 https 클라이언트(192.168.0.12:51734)가 접속하였음",
				describeEnglish: "the https client (192.168.0.12:51734) is connected to the https server (server-203-0-113-71:https)"},
			{line: 13, proto: "tcp", local: "192.168.0.12:51802", foreign: "198.51.100.26:https", state: TimeWait, stateText: "TIME_WAIT",
				role: RoleConnected, tuple: "(192.168.0.12, 51802), (198.51.100.26, 443)", localHasAddr: true},
			{line: 16, proto: "tcp", local: "[::]:135", foreign: "DESKTOP-C119NVN:0", state: Listen, stateText: "LISTENING", role: RoleListening, localHasAddr: true},
			{line: 19, proto: "tcp", local: "[fe80::1c2d:3e4f:5a6b:7c8d%7]:49671", foreign: "[fe80::1c2d:3e4f:5a6b:7c8d%7]:445", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(fe80::1c2d:3e4f:5a6b:7c8d%7, 49671), (fe80::1c2d:3e4f:5a6b:7c8d%7, 445)", localHasAddr: true},
			{line: 20, proto: "udp", local: "0.0.0.0:5050", foreign: "*:*", role: RoleUnconnected, localHasAddr: true},
			{line: 27, proto: "udp", local: "[fe80::1c2d:3e4f:5a6b:7c8d%7]:1900", foreign: "*:*", role: RoleUnconnected, localHasAddr: true},
		},
	},
	{
		// Windows netstat -abno: a PID column, and under each connection
		// its service and program, or a note that the owner is unknown.
		file: "windows-abno.txt", format: FormatWindows, lines: 39, conns: 13,
		reasons: map[Reason]int{ReasonCommand: 1, ReasonBlank: 3, ReasonTitle: 1, ReasonHeader: 1, ReasonOwner: 19, ReasonUnparseable: 1},
		checks: []want{
			{line: 6, proto: "tcp", local: "0.0.0.0:22", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening,
				pid: 2016, program: "sshd.exe", localHasAddr: true},
			{line: 8, proto: "tcp", local: "0.0.0.0:135", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening,
				pid: 924, program: "svchost.exe", localHasAddr: true},
			// "Can not obtain ownership information": no program.
			{line: 11, proto: "tcp", local: "0.0.0.0:445", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening,
				pid: 4, localHasAddr: true},
			{line: 16, proto: "tcp", local: "10.20.30.130:22", foreign: "10.20.30.1:39956", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(10.20.30.130, 22), (10.20.30.1, 39956)", pid: 2016, program: "sshd.exe", localHasAddr: true,
				describeKo: "ssh 서버(10.20.30.130:22)에 ssh 클라이언트(10.20.30.1:39956)가 접속하였음"},
			// TIME_WAIT belongs to no process any more: PID 0, no owner line.
			{line: 20, proto: "tcp", local: "10.20.30.130:49830", foreign: "203.0.113.50:443", state: TimeWait, stateText: "TIME_WAIT",
				role: RoleConnected, tuple: "(10.20.30.130, 49830), (203.0.113.50, 443)", localHasAddr: true},
			{line: 26, proto: "udp", local: "0.0.0.0:123", foreign: "*:*", role: RoleUnconnected, pid: 1480, program: "svchost.exe", localHasAddr: true},
		},
	},
	{
		// Windows netstat -ano in a Korean locale, CRLF: the title and the
		// headers are Korean, the states English, as in every public capture.
		file: "windows-ko-ano.txt", format: FormatWindows, korean: true, lines: 23, conns: 18,
		reasons: map[Reason]int{ReasonCommand: 1, ReasonBlank: 2, ReasonTitle: 1, ReasonHeader: 1},
		checks: []want{
			{line: 6, proto: "tcp", local: "0.0.0.0:135", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening, pid: 1028, localHasAddr: true},
			{line: 11, proto: "tcp", local: "127.0.0.1:52344", foreign: "127.0.0.1:8080", state: Established, stateText: "ESTABLISHED",
				role: RoleConnected, tuple: "(127.0.0.1, 52344), (127.0.0.1, 8080)", pid: 15320, localHasAddr: true,
				describeKo: "서버(127.0.0.1:8080)에 클라이언트(127.0.0.1:52344)가 접속하였음"},
			{line: 13, proto: "tcp", local: "192.168.0.21:52351", foreign: "198.51.100.77:443", state: TimeWait, stateText: "TIME_WAIT",
				role: RoleConnected, tuple: "(192.168.0.21, 52351), (198.51.100.77, 443)", localHasAddr: true},
			{line: 17, proto: "tcp", local: "[::1]:3306", foreign: "[::]:0", state: Listen, stateText: "LISTENING", role: RoleListening, pid: 4352, localHasAddr: true},
			{line: 23, proto: "udp", local: "[fe80::a1b2:c3d4:e5f6:789%12]:1900", foreign: "*:*", role: RoleUnconnected, pid: 5668, localHasAddr: true},
		},
	},
}

func TestFixtures(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.file, func(t *testing.T) {
			b, err := os.ReadFile("testdata/" + fx.file)
			if err != nil {
				t.Fatal(err)
			}
			rep := ParseString(string(b))
			checkInvariants(t, string(b), rep)
			if rep.Format != fx.format || rep.Korean != fx.korean || rep.Lines != fx.lines || len(rep.Connections) != fx.conns || rep.Truncated {
				t.Errorf("format %v korean %v lines %d connections %d truncated %v; want %v %v %d %d false",
					rep.Format, rep.Korean, rep.Lines, len(rep.Connections), rep.Truncated, fx.format, fx.korean, fx.lines, fx.conns)
			}
			reasons := map[Reason]int{}
			for _, s := range rep.Skipped {
				reasons[s.Reason]++
			}
			for r := Reason(0); r < numReasons; r++ {
				if reasons[r] != fx.reasons[r] {
					t.Errorf("%d lines skipped as %v, want %d", reasons[r], r, fx.reasons[r])
				}
			}
			for _, c := range rep.Connections {
				if c.Format != fx.format {
					t.Errorf("line %d read as %v", c.Line, c.Format)
				}
			}
			for _, w := range fx.checks {
				checkConnection(t, rep, w)
			}
		})
	}
}

func checkConnection(t *testing.T, rep Report, w want) {
	t.Helper()
	var c Connection
	for _, x := range rep.Connections {
		if x.Line == w.line {
			c = x
		}
	}
	if c.Line == 0 {
		t.Errorf("line %d is no connection", w.line)
		return
	}
	tuple, ok := c.Tuple()
	gotTuple := ""
	if ok {
		gotTuple = tuple.String()
	}
	got := want{
		line: c.Line, proto: c.Proto, local: c.Local.String(), foreign: c.Foreign.String(),
		state: c.State, stateText: c.StateText, role: c.Role(), tuple: gotTuple,
		pid: c.PID, program: c.Program, recvQ: c.RecvQ, sendQ: c.SendQ, localHasAddr: c.Local.Addr.IsValid(),
		describeKo: w.describeKo, describeEnglish: w.describeEnglish,
	}
	d := rep.Describe(c)
	if w.describeKo != "" {
		got.describeKo = d.Ko
	}
	if w.describeEnglish != "" {
		got.describeEnglish = d.En
	}
	if got != w {
		t.Errorf("line %d: %q\n got %+v\nwant %+v", w.line, c.Text, got, w)
	}
	if d.Ko == "" || d.En == "" {
		t.Errorf("line %d: Describe has an empty language: %+v", w.line, d)
	}
}

// checkInvariants checks what must hold for any input: every line is in
// exactly one list, in order, numbered from 1, with its text; a connection
// has a 4-tuple exactly when it is connected.
func checkInvariants(t *testing.T, input string, rep Report) {
	t.Helper()
	if rep.Lines != len(rep.Connections)+len(rep.Skipped) {
		t.Fatalf("%d lines, but %d connections and %d skipped", rep.Lines, len(rep.Connections), len(rep.Skipped))
	}
	if rep.Lines > MaxLines {
		t.Fatalf("%d lines read, over MaxLines", rep.Lines)
	}
	seen := make([]bool, rep.Lines+1)
	mark := func(n int, text string) {
		if n < 1 || n > rep.Lines || seen[n] {
			t.Fatalf("line %d numbered twice or out of range 1..%d", n, rep.Lines)
		}
		seen[n] = true
		if strings.ContainsAny(text, "\r\n") || !utf8Valid(text) || len(text) > MaxLineBytes+3 {
			t.Fatalf("line %d text %q", n, text)
		}
	}
	last := 0
	for _, c := range rep.Connections {
		mark(c.Line, c.Text)
		if c.Line <= last {
			t.Fatalf("connections out of order at line %d", c.Line)
		}
		last = c.Line
		_, ok := c.Tuple()
		if ok != (c.Role() == RoleConnected) || ok != c.Foreign.HasPeer() && c.State != Listen {
			t.Fatalf("line %d: tuple %v, role %v, peer %v", c.Line, ok, c.Role(), c.Foreign.HasPeer())
		}
		if c.Transport() != "tcp" && c.Transport() != "udp" || c.Local.Host == "" || c.Foreign.Host == "" {
			t.Fatalf("line %d: %+v", c.Line, c)
		}
	}
	last = 0
	for _, s := range rep.Skipped {
		mark(s.Line, s.Text)
		if s.Line <= last {
			t.Fatalf("skipped lines out of order at line %d", s.Line)
		}
		last = s.Line
		if s.Reason >= numReasons {
			t.Fatalf("line %d: reason %d", s.Line, s.Reason)
		}
	}
	if !rep.Truncated {
		if n := countLines(input); n != rep.Lines {
			t.Fatalf("input has %d lines, report %d", n, rep.Lines)
		}
	}
}

// countLines is the slow reference of the line splitter: "\r\n", "\r" and
// "\n" each end a line, and text after the last ending is a line too.
func countLines(s string) int {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	n := strings.Count(s, "\n")
	if s != "" && !strings.HasSuffix(s, "\n") {
		n++
	}
	return n
}
