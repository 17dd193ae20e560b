package netstat

import (
	"strings"

	"netprimer/app/i18n"
)

// State is the state of a TCP socket as netstat prints it, reduced to the
// names of RFC 9293 §3.3.2. Each system spells them its own way (Linux
// SYN_RECV, macOS SYN_RCVD, Windows SYN_RECEIVED and LISTENING). The zero
// State, StateNone, is a line without a state column: UDP on most systems.
type State uint8

const (
	StateNone State = iota
	// StateUnknown is a state column this package cannot name, such as
	// Linux's own "UNKNOWN" or a state word of another Windows language;
	// Connection.StateText keeps what was printed.
	StateUnknown
	Listen
	SynSent
	SynReceived
	Established
	FinWait1
	FinWait2
	CloseWait
	Closing
	LastAck
	TimeWait
	Closed
	// Bound is a Windows state (netstat -q): a socket bound to a port that
	// neither listens nor connects. It is not a state of RFC 9293.
	Bound
	// DeleteTCB is a Windows state: the connection's control block is being
	// deleted. It is not a state of RFC 9293.
	DeleteTCB
	numStates
)

var stateNames = [numStates]string{
	StateNone:    "",
	StateUnknown: "UNKNOWN",
	Listen:       "LISTEN",
	SynSent:      "SYN-SENT",
	SynReceived:  "SYN-RECEIVED",
	Established:  "ESTABLISHED",
	FinWait1:     "FIN-WAIT-1",
	FinWait2:     "FIN-WAIT-2",
	CloseWait:    "CLOSE-WAIT",
	Closing:      "CLOSING",
	LastAck:      "LAST-ACK",
	TimeWait:     "TIME-WAIT",
	Closed:       "CLOSED",
	Bound:        "BOUND",
	DeleteTCB:    "DELETE-TCB",
}

// String returns the state's name in RFC 9293 §3.3.2 ("TIME-WAIT"), or ""
// for StateNone.
func (s State) String() string {
	if s >= numStates {
		return "UNKNOWN"
	}
	return stateNames[s]
}

// stateWords maps a printed state, upper-cased with '_', '-' and spaces
// removed, to its State. It covers Linux net-tools, macOS/BSD and Windows.
//
// Korean Windows translates the headers of netstat ("활성 연결", "상태")
// but, in every capture of it found in public pages and repositories, not
// the states: LISTENING and ESTABLISHED stay in English. The Korean words
// below were never seen in a real capture; they are accepted in case a
// Windows build translates them after all, so that such a paste still reads
// right instead of showing StateUnknown.
var stateWords = map[string]State{
	"LISTEN":      Listen,
	"LISTENING":   Listen,
	"SYNSENT":     SynSent,
	"SYNRECV":     SynReceived,
	"SYNRCVD":     SynReceived,
	"SYNRECEIVED": SynReceived,
	"ESTABLISHED": Established,
	"FINWAIT1":    FinWait1,
	"FINWAIT2":    FinWait2,
	"CLOSEWAIT":   CloseWait,
	"CLOSING":     Closing,
	"LASTACK":     LastAck,
	"TIMEWAIT":    TimeWait,
	"CLOSE":       Closed, // Linux
	"CLOSED":      Closed,
	"BOUND":       Bound,
	"DELETETCB":   DeleteTCB,
	"UNKNOWN":     StateUnknown, // Linux, for a state it cannot name either

	"수신대기": Listen,
	"연결됨":  Established,
	"시간대기": TimeWait,
	"닫기대기": CloseWait,
}

// lookupState returns the State of a printed state word, and false when
// the word is not one netstat prints.
func lookupState(word string) (State, bool) {
	key := strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', ' ':
			return -1
		}
		return r
	}, strings.ToUpper(word))
	s, ok := stateWords[key]
	return s, ok
}

var stateTexts = [numStates]i18n.T{
	StateNone: {
		Ko: "상태 없음: UDP는 연결을 맺지 않으므로 상태가 없습니다",
		En: "no state: UDP makes no connection, so it has no state",
	},
	StateUnknown: {
		Ko: "알 수 없는 상태",
		En: "a state this page does not know",
	},
	Listen: {
		Ko: "서버가 클라이언트의 연결 요청을 기다리는 상태",
		En: "a server waiting for clients to connect",
	},
	SynSent: {
		Ko: "클라이언트가 연결을 요청(SYN)하고 응답을 기다리는 상태",
		En: "a client sent its connection request (SYN) and waits for the answer",
	},
	SynReceived: {
		Ko: "서버가 연결 요청(SYN)을 받고 SYN-ACK로 응답한 뒤 마지막 ACK를 기다리는 상태",
		En: "a server got a connection request (SYN), answered SYN-ACK and waits for the last ACK",
	},
	Established: {
		Ko: "연결이 맺어져 데이터를 주고받을 수 있는 상태",
		En: "the connection is set up: data can flow both ways",
	},
	FinWait1: {
		Ko: "먼저 연결을 끊으려고 FIN을 보낸 상태",
		En: "this side sent FIN to close the connection first",
	},
	FinWait2: {
		Ko: "보낸 FIN에 대한 ACK를 받고 상대의 FIN을 기다리는 상태",
		En: "this side's FIN was acknowledged; it waits for the other side's FIN",
	},
	CloseWait: {
		Ko: "상대가 연결을 끊었고(FIN), 이쪽 프로그램이 close()하기를 기다리는 상태",
		En: "the other side closed (FIN); this side's program has yet to call close()",
	},
	Closing: {
		Ko: "양쪽이 동시에 FIN을 보내 서로의 ACK를 기다리는 상태",
		En: "both sides sent FIN at once and wait for each other's ACK",
	},
	LastAck: {
		Ko: "마지막으로 FIN을 보내고 그 ACK를 기다리는 상태",
		En: "this side sent the last FIN and waits for its ACK",
	},
	TimeWait: {
		Ko: "연결은 끝났지만 늦게 도착하는 세그먼트에 대비해 잠시 남아 있는 상태",
		En: "the connection is over, but kept a while for segments still on their way",
	},
	Closed: {
		Ko: "연결이 없는 상태",
		En: "no connection",
	},
	Bound: {
		Ko: "포트에 묶였지만 연결도 대기도 하지 않는 소켓 (Windows)",
		En: "a socket bound to a port that neither listens nor connects (Windows)",
	},
	DeleteTCB: {
		Ko: "연결 정보를 지우는 중 (Windows)",
		En: "the connection's record is being deleted (Windows)",
	},
}

// Explain returns what the state means, in Korean and English.
func (s State) Explain() i18n.T {
	if s >= numStates {
		return stateTexts[StateUnknown]
	}
	return stateTexts[s]
}
