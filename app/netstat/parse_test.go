package netstat

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// lineCases are single lines, or a few, each checking one thing Parse must
// get right. want describes the last line of the input.
var lineCases = []struct {
	name  string
	input string
	// For a connection: its ends, state, role and PID. For a skipped line:
	// only reason.
	conn      bool
	local     string
	foreign   string
	state     State
	stateText string
	role      Role
	pid       int
	program   string
	reason    Reason
}{
	// Linux, service names and the old IPv6 notation.
	{name: "linux service names", input: "tcp        0      0 *:ssh                   *:*                     LISTEN",
		conn: true, local: "*:ssh", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening},
	{name: "linux brackets", input: "tcp6       0      0 [::]:ssh                [::]:*                  LISTEN",
		conn: true, local: "[::]:ssh", foreign: "[::]:*", state: Listen, stateText: "LISTEN", role: RoleListening},
	{name: "linux old ipv6", input: "tcp6       0      0 :::22                   :::*                    LISTEN",
		conn: true, local: "[::]:22", foreign: "[::]:*", state: Listen, stateText: "LISTEN", role: RoleListening},
	{name: "linux ipv4-mapped", input: "tcp6       0      0 ::ffff:192.0.2.7:8080   ::ffff:198.51.100.9:50000 ESTABLISHED",
		conn: true, local: "[::ffff:192.0.2.7]:8080", foreign: "[::ffff:198.51.100.9]:50000", state: Established, stateText: "ESTABLISHED", role: RoleConnected},
	{name: "linux syn_recv", input: "tcp        0      0 192.0.2.1:80            198.51.100.2:41000      SYN_RECV",
		conn: true, local: "192.0.2.1:80", foreign: "198.51.100.2:41000", state: SynReceived, stateText: "SYN_RECV", role: RoleConnected},
	{name: "linux close", input: "tcp        0      0 192.0.2.1:80            198.51.100.2:41000      CLOSE",
		conn: true, local: "192.0.2.1:80", foreign: "198.51.100.2:41000", state: Closed, stateText: "CLOSE", role: RoleConnected},
	{name: "linux unknown state word kept", input: "tcp        0      0 192.0.2.1:80            198.51.100.2:41000      NEW_SYN_RECV",
		conn: true, local: "192.0.2.1:80", foreign: "198.51.100.2:41000", state: StateUnknown, stateText: "NEW_SYN_RECV", role: RoleConnected},
	{name: "linux program with spaces", input: "tcp        0      0 0.0.0.0:22022           0.0.0.0:*               LISTEN      35134/sshd: /usr/sb",
		conn: true, local: "0.0.0.0:22022", foreign: "0.0.0.0:*", state: Listen, stateText: "LISTEN", role: RoleListening, pid: 35134, program: "sshd: /usr/sb"},
	{name: "linux program and timer", input: "tcp        0      0 192.168.0.17:22         192.168.0.4:51022       ESTABLISHED 1021/sshd: dhkim [p keepalive (7186.60/0/0)",
		conn: true, local: "192.168.0.17:22", foreign: "192.168.0.4:51022", state: Established, stateText: "ESTABLISHED", role: RoleConnected, pid: 1021, program: "sshd: dhkim [p"},
	{name: "linux user, inode, program", input: "tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      root       19321      812/sshd",
		conn: true, local: "0.0.0.0:22", foreign: "0.0.0.0:*", state: Listen, stateText: "LISTEN", role: RoleListening, pid: 812, program: "sshd"},
	{name: "linux timer without program", input: "tcp        0      0 192.168.0.17:22         192.168.0.4:51022       ESTABLISHED off (0.00/0/0)",
		conn: true, local: "192.168.0.17:22", foreign: "192.168.0.4:51022", state: Established, stateText: "ESTABLISHED", role: RoleConnected},
	{name: "linux udp with program and no state", input: "udp        0      0 0.0.0.0:68              0.0.0.0:*                           567/dhclient",
		conn: true, local: "0.0.0.0:68", foreign: "0.0.0.0:*", role: RoleUnconnected, pid: 567, program: "dhclient"},
	{name: "linux unix socket", input: "unix  2      [ ACC ]     STREAM     LISTENING     20483    /run/systemd/private", reason: ReasonUnixSection},
	{name: "linux raw socket", input: "raw6       0      0 [::]:ipv6-icmp          [::]:*                  7", reason: ReasonOtherProtocol},
	{name: "linux netstat complaint", input: "netstat: no support for `AF INET (tcp)' on this system.", reason: ReasonCommand},
	{name: "linux bluetooth section", input: "Active Bluetooth connections (servers and established)\nProto  Destination       Source            State         PSM DCID   SCID      IMTU    OMTU Security",
		reason: ReasonOtherSection},
	{name: "linux bad port", input: "tcp        0      0 192.0.2.1:99999         *:*                     LISTEN", reason: ReasonUnparseable},
	{name: "linux queue but no addresses", input: "tcp        0      0 garbage", reason: ReasonUnparseable},

	// macOS and the BSDs.
	{name: "bsd port after the last dot", input: "tcp4       0      0  192.168.0.5.52433      17.57.144.10.5223      ESTABLISHED",
		conn: true, local: "192.168.0.5:52433", foreign: "17.57.144.10:5223", state: Established, stateText: "ESTABLISHED", role: RoleConnected},
	{name: "bsd names", input: "tcp4       0      0  localhost.ipp          *.*                    LISTEN",
		conn: true, local: "localhost:ipp", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening},
	{name: "bsd dotted host name", input: "tcp4       0      0  my-mac.local.52433     www.python.org.https   ESTABLISHED",
		conn: true, local: "my-mac.local:52433", foreign: "www.python.org:https", state: Established, stateText: "ESTABLISHED", role: RoleConnected},
	{name: "bsd tcp46", input: "tcp46      0      0  *.5000                 *.*                    LISTEN",
		conn: true, local: "*:5000", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening},
	{name: "bsd scope", input: "tcp6       0      0  fe80::1%lo0.1024       fe80::1%lo0.49152      SYN_RCVD",
		conn: true, local: "[fe80::1%lo0]:1024", foreign: "[fe80::1%lo0]:49152", state: SynReceived, stateText: "SYN_RCVD", role: RoleConnected},
	{name: "bsd udp4 without state", input: "udp4       0      0  *.5353                 *.*",
		conn: true, local: "*:5353", foreign: "*:*", role: RoleUnconnected},
	{name: "bsd fin_wait_1", input: "tcp4       0     31  192.168.0.5.52433      17.57.144.10.5223      FIN_WAIT_1",
		conn: true, local: "192.168.0.5:52433", foreign: "17.57.144.10:5223", state: FinWait1, stateText: "FIN_WAIT_1", role: RoleConnected},
	{name: "bsd header then tcp", input: "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)\ntcp        0      0  *.23                   *.*                    LISTEN",
		conn: true, local: "*:23", foreign: "*:*", state: Listen, stateText: "LISTEN", role: RoleListening},
	{name: "bsd icmp", input: "icm6       0      0  *.*                    *.*", reason: ReasonOtherProtocol},

	// Windows in English.
	{name: "windows listening", input: "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING",
		conn: true, local: "0.0.0.0:135", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening},
	{name: "windows scoped ipv6", input: "  TCP    [fe80::1%7]:49671      [::]:0                 LISTENING       4",
		conn: true, local: "[fe80::1%7]:49671", foreign: "[::]:0", state: Listen, stateText: "LISTENING", role: RoleListening, pid: 4},
	{name: "windows udp with pid", input: "  UDP    0.0.0.0:5353           *:*                                    2212",
		conn: true, local: "0.0.0.0:5353", foreign: "*:*", role: RoleUnconnected, pid: 2212},
	{name: "windows syn_received", input: "  TCP    192.0.2.1:80           198.51.100.2:41000     SYN_RECEIVED",
		conn: true, local: "192.0.2.1:80", foreign: "198.51.100.2:41000", state: SynReceived, stateText: "SYN_RECEIVED", role: RoleConnected},
	{name: "windows bound", input: "  TCP    0.0.0.0:49700          0.0.0.0:0              BOUND           5120",
		conn: true, local: "0.0.0.0:49700", foreign: "0.0.0.0:0", state: Bound, stateText: "BOUND", role: RoleUnconnected, pid: 5120},
	{name: "windows offload column", input: "  TCP    127.0.0.1:5354         0.0.0.0:0              LISTENING       3900     InHost",
		conn: true, local: "127.0.0.1:5354", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening, pid: 3900},
	{name: "windows brackets without ipv6", input: "  TCP    [host]:80              0.0.0.0:0              LISTENING", reason: ReasonUnparseable},
	{name: "windows owner after connection", input: "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       924\r\n  RpcSs\r\n [svchost.exe]",
		reason: ReasonOwner},
	{name: "windows owner needs a connection above", input: " [svchost.exe]", reason: ReasonUnparseable},
	{name: "windows unknown component", input: "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       924\r\n -- unknown component(s) --",
		reason: ReasonOwner},
	{name: "windows prompt", input: `C:\Users\student>netstat -an`, reason: ReasonCommand},
	{name: "windows prompt with pid filter", input: `C:\Users\student>netstat -ano | findstr 8080`, reason: ReasonCommand},
	{name: "powershell prompt", input: `PS C:\Users\student> netstat.exe -an 5`, reason: ReasonCommand},
	{name: "linux prompt", input: "dhkim@workstation:~$ netstat -tlnp | grep 8080", reason: ReasonCommand},
	{name: "root prompt", input: "root@pi:~# netstat", reason: ReasonCommand},
	// Junk that mentions netstat is no command line.
	{name: "a sentence about netstat", input: "I ran netstat on my laptop and got this:", reason: ReasonUnparseable},
	{name: "korean sentence about netstat", input: "netstat 결과입니다", reason: ReasonUnparseable},
	{name: "netstat in a path", input: `C:\Windows\System32\NETSTAT.EXE의 출력`, reason: ReasonUnparseable},
	{name: "man page reference", input: "see netstat(8) for the columns", reason: ReasonUnparseable},
	{name: "netstat's complaint in the middle", input: "error: netstat: not found here", reason: ReasonUnparseable},

	// Windows in Korean. The states stay English in every public capture;
	// the Korean words are accepted all the same.
	{name: "korean title", input: "활성 연결", reason: ReasonTitle},
	{name: "korean header", input: "  프로토콜  로컬 주소              외부 주소              상태            PID", reason: ReasonHeader},
	{name: "korean listening", input: "  TCP    0.0.0.0:8282           0.0.0.0:0              수신 대기       4120",
		conn: true, local: "0.0.0.0:8282", foreign: "0.0.0.0:0", state: Listen, stateText: "수신 대기", role: RoleListening, pid: 4120},
	{name: "korean established", input: "  TCP    127.0.0.1:8282         127.0.0.1:53011        연결됨          4120",
		conn: true, local: "127.0.0.1:8282", foreign: "127.0.0.1:53011", state: Established, stateText: "연결됨", role: RoleConnected, pid: 4120},
	{name: "korean time wait", input: "  TCP    127.0.0.1:8282         127.0.0.1:53012        시간 대기       0",
		conn: true, local: "127.0.0.1:8282", foreign: "127.0.0.1:53012", state: TimeWait, stateText: "시간 대기", role: RoleConnected},
	{name: "korean close wait", input: "  TCP    127.0.0.1:8282         127.0.0.1:53013        닫기 대기       4120",
		conn: true, local: "127.0.0.1:8282", foreign: "127.0.0.1:53013", state: CloseWait, stateText: "닫기 대기", role: RoleConnected, pid: 4120},
	{name: "korean owner note", input: "  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\r\n 소유권 정보를 가져올 수 없습니다.",
		reason: ReasonOwner},
	// A state of another Windows language: kept as printed, and a TCP
	// socket without a peer still reads as listening.
	{name: "german state", input: "  TCP    0.0.0.0:8081           0.0.0.0:0              ABHÖREN         1234",
		conn: true, local: "0.0.0.0:8081", foreign: "0.0.0.0:0", state: StateUnknown, stateText: "ABHÖREN", role: RoleListening, pid: 1234},

	// What pasting does to text.
	{name: "tabs", input: "tcp\t0\t0\t114.71.220.46:ssh\t114.71.220.95:59664\tESTABLISHED",
		conn: true, local: "114.71.220.46:ssh", foreign: "114.71.220.95:59664", state: Established, stateText: "ESTABLISHED", role: RoleConnected},
	{name: "no-break spaces", input: "tcp\u00a0\u00a00\u00a00 114.71.220.46:ssh\u00a0114.71.220.95:59664 ESTABLISHED",
		conn: true, local: "114.71.220.46:ssh", foreign: "114.71.220.95:59664", state: Established, stateText: "ESTABLISHED", role: RoleConnected},
	{name: "byte order mark", input: "\ufeff  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING",
		conn: true, local: "0.0.0.0:135", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening},
	{name: "lone carriage returns", input: "Active Connections\r\r  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\r",
		conn: true, local: "0.0.0.0:135", foreign: "0.0.0.0:0", state: Listen, stateText: "LISTENING", role: RoleListening},
	{name: "not utf-8", input: "  TCP    0.0.0.0:135            0.0.0.0:0              \xbc\xf6\xbd\xc5 4", // cp949 bytes
		conn: true, local: "0.0.0.0:135", foreign: "0.0.0.0:0", state: StateUnknown, stateText: "\ufffd", role: RoleListening, pid: 4},
	{name: "markdown fence", input: "```", reason: ReasonUnparseable},
	{name: "blank with spaces", input: " \t ", reason: ReasonBlank},
	{name: "too long", input: "tcp " + strings.Repeat("0", MaxLineBytes), reason: ReasonTooLong},
}

func TestLines(t *testing.T) {
	for _, tc := range lineCases {
		t.Run(tc.name, func(t *testing.T) {
			rep := ParseString(tc.input)
			checkInvariants(t, tc.input, rep)
			last := rep.Lines
			if tc.conn {
				n := len(rep.Connections)
				if n == 0 || rep.Connections[n-1].Line != last {
					t.Fatalf("last line is no connection: %+v", rep.Skipped)
				}
				c := rep.Connections[n-1]
				got := [7]any{c.Local.String(), c.Foreign.String(), c.State, c.StateText, c.Role(), c.PID, c.Program}
				want := [7]any{tc.local, tc.foreign, tc.state, tc.stateText, tc.role, tc.pid, tc.program}
				if got != want {
					t.Errorf("got  %v\nwant %v", got, want)
				}
				return
			}
			n := len(rep.Skipped)
			if n == 0 || rep.Skipped[n-1].Line != last {
				t.Fatalf("last line is not skipped: %+v", rep.Connections)
			}
			if r := rep.Skipped[n-1].Reason; r != tc.reason {
				t.Errorf("reason %v, want %v", r, tc.reason)
			}
		})
	}
}

func TestOwnerGoesToConnectionAbove(t *testing.T) {
	rep := ParseString("  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       924\n  RpcSs\n [svchost.exe]\n" +
		"  TCP    0.0.0.0:445            0.0.0.0:0              LISTENING       4\n Can not obtain ownership information\n")
	if got := []string{rep.Connections[0].Program, rep.Connections[1].Program}; got[0] != "svchost.exe" || got[1] != "" {
		t.Errorf("programs %q, want svchost.exe and none", got)
	}
}

func TestLimits(t *testing.T) {
	line := "  UDP    0.0.0.0:5353           *:*\n"
	for _, tc := range []struct {
		name      string
		input     string
		lines     int
		truncated bool
	}{
		// Exactly MaxLines lines fit.
		{"max lines", strings.Repeat(line, MaxLines), MaxLines, false},
		// The line after them is not read, and the report says so.
		{"one more line", strings.Repeat(line, MaxLines+1), MaxLines, true},
		// An empty last line after the limit still counts as more.
		{"one more newline", strings.Repeat(line, MaxLines) + "\n", MaxLines, true},
		// One line of 8 MB: skipped as too long, the rest unread.
		{"huge line", strings.Repeat("x", 8<<20), 1, true},
		{"empty", "", 0, false},
		{"one newline", "\n", 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := ParseString(tc.input)
			checkInvariants(t, tc.input, rep)
			if rep.Lines != tc.lines || rep.Truncated != tc.truncated {
				t.Errorf("lines %d truncated %v, want %d %v", rep.Lines, rep.Truncated, tc.lines, tc.truncated)
			}
		})
	}
}

type failingReader struct{ r io.Reader }

var errDisk = errors.New("disk on fire")

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errDisk
	}
	return n, err
}

func TestReaderError(t *testing.T) {
	rep, err := Parse(failingReader{strings.NewReader("Active Connections\n  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\n")})
	if !errors.Is(err, errDisk) {
		t.Errorf("error %v, want %v", err, errDisk)
	}
	if rep.Lines != 2 || len(rep.Connections) != 1 {
		t.Errorf("report before the error: %d lines, %d connections", rep.Lines, len(rep.Connections))
	}
}
