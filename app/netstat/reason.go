package netstat

import "netprimer/app/i18n"

// Reason says why a line is not a connection. The zero Reason is
// ReasonUnparseable: a line that matches nothing netstat prints.
type Reason uint8

const (
	// ReasonUnparseable is a line that matches nothing netstat prints.
	ReasonUnparseable Reason = iota
	// ReasonBlank is an empty line or one of only spaces.
	ReasonBlank
	// ReasonCommand is the shell prompt and command the student copied
	// along: "dhkim@workstation:~$ netstat -a", "C:\>netstat -an".
	ReasonCommand
	// ReasonTitle is the title of a section of Internet connections:
	// "Active Internet connections (servers and established)",
	// "Active Connections", "활성 연결".
	ReasonTitle
	// ReasonHeader is the line naming the columns: "Proto Recv-Q Send-Q
	// Local Address Foreign Address State", "프로토콜  로컬 주소  외부 주소  상태".
	ReasonHeader
	// ReasonUnixSection is a line of the UNIX domain sockets section:
	// sockets between processes of one machine, with paths, not addresses.
	ReasonUnixSection
	// ReasonOtherSection is a line of another section that is not about
	// Internet sockets, such as macOS's kernel control sockets or Linux's
	// Bluetooth connections.
	ReasonOtherSection
	// ReasonOwner is a line of Windows' "netstat -b" naming the program or
	// service that owns the connection above it: "[svchost.exe]", "RpcSs",
	// "Can not obtain ownership information".
	ReasonOwner
	// ReasonOtherProtocol is a socket of a protocol other than TCP and UDP,
	// such as raw or ICMP sockets, which have no ports.
	ReasonOtherProtocol
	// ReasonTooLong is a line longer than MaxLineBytes; no netstat line is
	// that long, and only its beginning is kept.
	ReasonTooLong
	numReasons
)

var reasonNames = [numReasons]string{
	ReasonUnparseable:   "unparseable",
	ReasonBlank:         "blank",
	ReasonCommand:       "command",
	ReasonTitle:         "title",
	ReasonHeader:        "header",
	ReasonUnixSection:   "unix-section",
	ReasonOtherSection:  "other-section",
	ReasonOwner:         "owner",
	ReasonOtherProtocol: "other-protocol",
	ReasonTooLong:       "too-long",
}

// String returns the reason's code: "header", "unix-section" …
func (r Reason) String() string {
	if r >= numReasons {
		return "unparseable"
	}
	return reasonNames[r]
}

var reasonTexts = [numReasons]i18n.T{
	ReasonUnparseable: {
		Ko: "netstat의 줄로 읽을 수 없어 건너뜀",
		En: "not a line of netstat: skipped",
	},
	ReasonBlank: {
		Ko: "빈 줄",
		En: "an empty line",
	},
	ReasonCommand: {
		Ko: "명령어를 입력한 줄 (프롬프트와 netstat 명령)",
		En: "the line where the command was typed (prompt and netstat command)",
	},
	ReasonTitle: {
		Ko: "인터넷 연결 목록의 제목",
		En: "the title of the list of Internet connections",
	},
	ReasonHeader: {
		Ko: "열 이름: 프로토콜, 로컬 주소, 외부 주소, 상태",
		En: "the column names: protocol, local address, foreign address, state",
	},
	ReasonUnixSection: {
		Ko: "유닉스 도메인 소켓: 한 컴퓨터 안의 프로세스끼리 쓰는 소켓이라 IP 주소와 포트가 없음",
		En: "a UNIX domain socket: it joins processes of one machine, so it has no IP address or port",
	},
	ReasonOtherSection: {
		Ko: "인터넷 소켓이 아닌 다른 목록의 줄",
		En: "a line of another list, not of Internet sockets",
	},
	ReasonOwner: {
		Ko: "위 연결을 사용하는 프로그램 (netstat -b)",
		En: "the program using the connection above (netstat -b)",
	},
	ReasonOtherProtocol: {
		Ko: "TCP·UDP가 아닌 소켓 (raw, ICMP): 포트 번호가 없음",
		En: "a socket of neither TCP nor UDP (raw, ICMP): it has no port numbers",
	},
	ReasonTooLong: {
		Ko: "netstat의 줄이라기엔 너무 긴 줄",
		En: "a line far too long to come from netstat",
	},
}

// Explain returns why such a line is skipped, in Korean and English.
func (r Reason) Explain() i18n.T {
	if r >= numReasons {
		return reasonTexts[ReasonUnparseable]
	}
	return reasonTexts[r]
}
