package api

import (
	"strconv"
	"strings"
	"time"

	"netprimer/app/i18n"
)

// Paths of the socket lab's API (docs/API.md, "Socket lab").
const (
	LabPrefix       = Prefix + "lab/"
	LabSessionsPath = LabPrefix + "sessions" // POST: a new session
)

// LabSessionPath returns the path of a session: GET answers its LabSession.
func LabSessionPath(code string) string { return LabSessionsPath + "/" + code }

// LabEventsPath returns the long poll of a session's events after seq.
func LabEventsPath(code string, after uint64) string {
	return LabSessionPath(code) + "/events?after=" + strconv.FormatUint(after, 10)
}

// A session code is LabCodeLen characters of LabCodeAlphabet: digits and
// lower-case letters without i, l, o and u (Crockford's base 32), so that
// none is read as another.
const (
	LabCodeLen      = 6
	LabCodeAlphabet = "0123456789abcdefghjkmnpqrstvwxyz"
)

// ParseLabCode reads a session code as a student may type it: letters of
// either case, and o, i and l for the digits 0, 1 and 1 they look like.
// It returns the code's canonical form, or false when s is not a code.
func ParseLabCode(s string) (string, bool) {
	if len(s) != LabCodeLen {
		return "", false
	}
	var b [LabCodeLen]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch c {
		case 'o':
			c = '0'
		case 'i', 'l':
			c = '1'
		}
		if strings.IndexByte(LabCodeAlphabet, c) < 0 {
			return "", false
		}
		b[i] = c
	}
	return string(b[:]), true
}

// LabSession is a lab session: the answer of POST LabSessionsPath and of
// GET LabSessionPath. TCP and UDP are where a student's program sends, as
// "host:port" (an IPv6 host in brackets).
type LabSession struct {
	Code    string    `json:"code"`
	TCP     string    `json:"tcp"`
	UDP     string    `json:"udp"`
	Expires time.Time `json:"expires"`

	// Next is the seq of the session's newest event, to pass as after
	// (0 before the first).
	Next uint64 `json:"next"`
	// Tasks is the progress of every lab task, in the order of the lesson.
	Tasks []LabTask `json:"tasks"`
	// Limits are the server's limits that a student's program meets.
	Limits LabLimits `json:"limits"`
}

// LabLimits are the lab's limits as a program sees them.
type LabLimits struct {
	Conns        int     `json:"conns"`         // TCP connections at once per client address
	BytesPerSec  float64 `json:"bytes_per_sec"` // the byte rate per client address, TCP and UDP together
	RecordedConn int     `json:"recorded_conn"` // bytes recorded per TCP connection (and per datagram)
	IdleSeconds  int     `json:"idle_seconds"`  // a connection silent this long is closed
	Events       int     `json:"events"`        // events kept per session (the oldest go first)
	PollSeconds  float64 `json:"poll_seconds"`  // how long an events poll with nothing to say waits (-lab-poll)
}

// Event kinds and protocols of LabEvent.
const (
	LabConnect  = "connect"  // TCP: a connection sent a live session's code
	LabData     = "data"     // TCP: one recv on it, the code line left out
	LabClose    = "close"    // TCP: it ended (Reason says why)
	LabDatagram = "datagram" // UDP: a datagram's payload, after its code line
	LabReply    = "reply"    // UDP: what the server sent back

	LabTCP = "tcp"
	LabUDP = "udp"
)

// LabEvent is one thing that happened on a session's sockets. Client is
// the student's end and Server the lab's, whichever way the bytes went.
// Hex holds the bytes recorded of the Len that went over the socket: all
// of them unless Cut says how many were left out.
type LabEvent struct {
	Seq    uint64    `json:"seq"`
	Time   time.Time `json:"time"`
	Proto  string    `json:"proto"`
	Kind   string    `json:"kind"`
	Client Endpoint  `json:"client"`
	Server Endpoint  `json:"server"`
	Len    int       `json:"len"`
	Hex    string    `json:"hex"`

	// Conn numbers the session's TCP connections from 1, in the order
	// their code arrived; 0 for UDP.
	Conn int `json:"conn,omitempty"`
	// Cut is how many of Len's bytes were not recorded (past the
	// per-connection limit).
	Cut int `json:"cut,omitempty"`
	// Reason says why a connection closed (LabReason…), or why the
	// server refused a connection or a datagram that named the session
	// (both its connect and its close carry the reason).
	Reason string `json:"reason,omitempty"`
}

// Reasons of LabEvent.
const (
	LabReasonEOF       = "eof"        // the client closed its end
	LabReasonIdle      = "idle"       // nothing came (or nothing was read) for the idle timeout
	LabReasonReset     = "reset"      // the connection failed (reset by the peer, say)
	LabReasonExpired   = "expired"    // the session expired
	LabReasonShutdown  = "shutdown"   // the server is stopping
	LabReasonNoNewline = "no_newline" // the code was not followed by a newline
)

// LabEvents is the answer of the events long poll.
type LabEvents struct {
	Code    string    `json:"code"`
	Expires time.Time `json:"expires"`
	// Events are those after the poll's after, oldest first.
	Events []LabEvent `json:"events"`
	// Next is the seq to pass as after in the next poll.
	Next uint64 `json:"next"`
	// First is the seq of the oldest event the session still keeps: a
	// poll after an older one has missed some.
	First uint64 `json:"first"`
	// More is set when the answer stopped at its size limit and more
	// events are ready.
	More bool `json:"more,omitempty"`
	// Dropped counts the datagrams naming the session that the byte
	// rate cap dropped, unanswered.
	Dropped int `json:"dropped,omitempty"`
	// Tasks is the progress of every lab task.
	Tasks []LabTask `json:"tasks"`
}

// Task statuses of LabTask.
const (
	LabTaskOpen  = "open"  // nothing has tried it yet
	LabTaskTried = "tried" // tried, not yet right
	LabTaskDone  = "done"  // right once (it stays done)
)

// LabTask is the progress of one lab task in a session. Seq, Diagnosis,
// Feedback and Python are about the latest attempt.
type LabTask struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	// Given holds the task's inputs, as {"n": 1234} or {"ip": "…"}.
	Given map[string]any `json:"given,omitempty"`
	// Seq is the event of the latest attempt.
	Seq uint64 `json:"seq,omitempty"`
	// Right tells whether the latest attempt was right.
	Right bool `json:"right,omitempty"`
	// Diagnosis names the known mistake of a wrong attempt.
	Diagnosis string `json:"diagnosis,omitempty"`
	// Feedback says what the attempt was, in both languages.
	Feedback *i18n.T `json:"feedback,omitempty"`
	// Python is a session that shows the right bytes (and the mistake's),
	// as CPython prints it.
	Python string `json:"python,omitempty"`
}
