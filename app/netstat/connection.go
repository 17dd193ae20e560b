package netstat

import (
	"strings"

	"netprimer/app/i18n"
)

// Format is the family of netstat output a line was written in. The zero
// Format, FormatUnknown, is a report where no line told.
type Format uint8

const (
	FormatUnknown Format = iota
	// FormatLinux is net-tools' netstat: host:port ends after Recv-Q and
	// Send-Q columns.
	FormatLinux
	// FormatBSD is the netstat of macOS and the BSDs: host.port ends after
	// Recv-Q and Send-Q columns, protocols such as tcp4, tcp6, tcp46.
	FormatBSD
	// FormatWindows is the netstat of Windows: no queue columns, upper-case
	// TCP and UDP, IPv6 in brackets.
	FormatWindows
)

// String returns "linux", "bsd", "windows", or "" for FormatUnknown.
func (f Format) String() string {
	switch f {
	case FormatLinux:
		return "linux"
	case FormatBSD:
		return "bsd"
	case FormatWindows:
		return "windows"
	}
	return ""
}

// Name returns the format's name as a student would call it.
func (f Format) Name() i18n.T {
	switch f {
	case FormatLinux:
		return i18n.T{Ko: "리눅스 (net-tools)", En: "Linux (net-tools)"}
	case FormatBSD:
		return i18n.T{Ko: "macOS / BSD", En: "macOS / BSD"}
	case FormatWindows:
		return i18n.T{Ko: "윈도우", En: "Windows"}
	}
	return i18n.T{Ko: "알 수 없음", En: "unknown"}
}

// Role says what a socket is doing, which the 4-tuple alone does not show.
type Role uint8

const (
	// RoleListening is a TCP server socket waiting for clients. It has no
	// foreign end: the connections it accepts are sockets of their own.
	RoleListening Role = iota
	// RoleConnected is a socket with a foreign end: one connection,
	// identified by its 4-tuple.
	RoleConnected
	// RoleUnconnected is a socket with no foreign end that does not listen
	// either: mostly UDP, which sends and receives without a connection.
	RoleUnconnected
)

// String returns "listening", "connected" or "unconnected".
func (r Role) String() string {
	switch r {
	case RoleListening:
		return "listening"
	case RoleConnected:
		return "connected"
	}
	return "unconnected"
}

// Explain returns what the role means, in Korean and English.
func (r Role) Explain() i18n.T {
	switch r {
	case RoleListening:
		return i18n.T{
			Ko: "연결을 기다리는 서버 소켓: 아직 상대가 없으므로 외부 주소에는 상대가 없다는 표시만 있음",
			En: "a server socket waiting for connections: it has no other end yet, so the foreign address only marks that there is none",
		}
	case RoleConnected:
		return i18n.T{
			Ko: "맺어진 연결: (로컬 IP, 포트), (외부 IP, 포트) 네 값으로 구별됨",
			En: "a connection: told apart by four values, (local IP, port), (foreign IP, port)",
		}
	}
	return i18n.T{
		Ko: "연결 없이 데이터를 주고받는 소켓 (UDP): 외부 주소가 정해져 있지 않음",
		En: "a socket that sends and receives without a connection (UDP): no foreign address is fixed",
	}
}

// ExplainRole returns what the socket is doing, as Role's Explain says,
// naming the foreign end as the line prints it when it stands for no peer:
// "*:*" on Linux, "*.*" on macOS, "0.0.0.0:0" or "DESKTOP-C119NVN:0" on
// Windows, which writes port 0 (and its own name, with netstat -a) where
// the others write a star.
func (c Connection) ExplainRole() i18n.T {
	r := c.Role()
	t := r.Explain()
	if r != RoleListening || c.Foreign.HasPeer() {
		return t
	}
	f := c.Foreign.String()
	if c.Format == FormatBSD && c.Foreign.Host == "*" {
		f = "*." + c.Foreign.Port.Text
	}
	if c.Format == FormatWindows && c.Foreign.Port.HasNum && c.Foreign.Port.Num == 0 {
		return i18n.T{
			Ko: t.Ko + i18n.Particles(" ("+f+"은(는) Windows가 상대가 없을 때 쓰는 포트 0)"),
			En: t.En + " (" + f + ": port 0 is how Windows writes no peer)",
		}
	}
	return i18n.T{Ko: t.Ko + " (" + f + ")", En: t.En + " (" + f + ")"}
}

// Connection is one socket line of netstat: a listening socket, a
// connection, or a UDP socket. The zero Connection is no line at all.
type Connection struct {
	_ noCompare
	// Line is the line's number in the input, from 1.
	Line int
	// Text is the line as pasted, without its line ending; each run of
	// bytes that are not UTF-8 is replaced by U+FFFD.
	Text string
	// Format is the output family the line was written in.
	Format Format
	// Proto is the protocol column in lower case: "tcp", "tcp6", "tcp46",
	// "udp", "udp4" …
	Proto string
	// Local and Foreign are the two ends. Foreign.HasPeer is false for a
	// socket without a foreign end.
	Local, Foreign Endpoint
	// State is the TCP state, StateNone when the line has no state column.
	State State
	// StateText is the state as printed ("LISTENING", "SYN_RECV"); "" when
	// the line has none.
	StateText string
	// RecvQ and SendQ are the bytes waiting in the socket's queues, shown
	// by Linux and macOS; meaningful only when HasQueues is true.
	RecvQ, SendQ int
	HasQueues    bool
	// PID is the owning process's id (Windows -o, Linux -p), 0 when not
	// shown; Program its name (Linux -p, Windows -b), "" when not shown.
	PID     int
	Program string
}

// Transport returns "tcp" or "udp", whatever the protocol column's suffix.
func (c Connection) Transport() string {
	if strings.HasPrefix(c.Proto, "udp") {
		return "udp"
	}
	return "tcp"
}

// Role returns what the socket is doing. A TCP socket without a peer
// listens (whatever language its state is printed in) unless its state
// says otherwise; a UDP socket without a peer is unconnected.
func (c Connection) Role() Role {
	if c.State == Listen {
		return RoleListening
	}
	if c.Foreign.HasPeer() {
		return RoleConnected
	}
	if c.Transport() == "tcp" {
		switch c.State {
		case Bound, Closed, SynSent, DeleteTCB:
			return RoleUnconnected
		}
		return RoleListening
	}
	return RoleUnconnected
}

// FourTuple is a connection as the deck writes it: two (host, port) pairs,
// the local end first.
type FourTuple struct {
	Local, Foreign Endpoint
}

// String returns the pairs as the deck writes them:
// "(114.71.220.46, 22), (114.71.220.95, 59664)".
func (t FourTuple) String() string {
	return t.Local.Deck() + ", " + t.Foreign.Deck()
}

// Tuple returns the connection's 4-tuple, and false when the socket has no
// foreign end (a listening or unconnected socket is not a connection).
func (c Connection) Tuple() (FourTuple, bool) {
	if c.Role() != RoleConnected {
		return FourTuple{}, false
	}
	return FourTuple{c.Local, c.Foreign}, true
}

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of Connection and of its arrays.
type noCompare [0]func()
