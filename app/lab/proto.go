package lab

import (
	"bytes"

	"netprimer/app/api"
)

// The protocol a student's program follows:
//
//	TCP: b"ab12cd\n", then any bytes; every recv is recorded and echoed.
//	UDP: b"ab12cd\n" + payload; the payload is echoed to its sender.
//
// The code line may carry spaces or tabs around the code and end in
// "\r\n"; the code is read as api.ParseLabCode reads it.

// maxLine bounds the first line of a TCP connection and the code line of
// a datagram: a code with room for spaces and a "\r".
const maxLine = 64

// Refusals: what the server answers, once, to a TCP connection whose
// first line names no live session, before closing it. A refusal that
// names a live session (no newline after its code) is recorded in it too.
// UDP answers only a datagram that carries a live code, so of these a
// datagram can only get noNewline.
const (
	refuseNoCode    = "no_code"      // the first line is not a session code
	refuseUnknown   = "unknown_code" // a code no session has
	refuseExpired   = "expired"      // the code of a session that has expired
	refuseTooLong   = "too_long"     // no newline within maxLine bytes
	refuseNoNewline = api.LabReasonNoNewline
)

// refusalText holds the line sent for each refusal. A reply is never
// longer than what the client sent (no amplification), so it is cut to
// that length: each line starts with the words that say most, and a
// 7-byte code line still gets "unknown", "expired", "newline" or
// "no code".
var refusalText = map[string]string{
	refuseNoCode:    "no code: the first line must be the session code\n",
	refuseUnknown:   "unknown code: check the code on the lab page\n",
	refuseExpired:   "expired session: open the lab page for a new code\n",
	refuseTooLong:   "too long: the first line must be the session code\n",
	refuseNoNewline: "newline missing after the code\n",
}

// refusal returns the line for reason, cut to budget bytes.
func refusal(reason string, budget int) []byte {
	msg := refusalText[reason]
	return []byte(msg[:max(0, min(len(msg), budget))])
}

// parseCodeLine reads a code line (without its "\n").
func parseCodeLine(line []byte) (code string, ok bool) {
	return api.ParseLabCode(string(bytes.Trim(line, " \t\r")))
}

// codeFirst reports whether b starts with a code followed by a byte that
// ends no code line (b"ab12cdhello": the newline was forgotten), and
// returns the code. b"ab12cd" alone, or followed by white space, may
// still become a code line.
func codeFirst(b []byte) (code string, ok bool) {
	if len(b) <= api.LabCodeLen || bytes.IndexByte([]byte(" \t\r\n"), b[api.LabCodeLen]) >= 0 {
		return "", false
	}
	return api.ParseLabCode(string(b[:api.LabCodeLen]))
}

// Kinds of datagram.
const (
	datagramNoCode    = iota // no code line: unanswered
	datagramOK               // a code line, then the payload
	datagramNoNewline        // starts with a code, and no newline after it
)

// parseDatagram splits a datagram into its code and its payload.
func parseDatagram(b []byte) (code string, payload []byte, kind int) {
	head := b[:min(len(b), maxLine+1)]
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		if code, ok := parseCodeLine(b[:i]); ok {
			return code, b[i+1:], datagramOK
		}
		return "", nil, datagramNoCode
	}
	if code, ok := codeFirst(b); ok {
		return code, b[api.LabCodeLen:], datagramNoNewline
	}
	if code, ok := api.ParseLabCode(string(b)); ok {
		return code, nil, datagramNoNewline
	}
	return "", nil, datagramNoCode
}
