// Package pyidna encodes host names as CPython 3.11's "idna" codec does
// ('한국.kr'.encode('idna') == b'xn--3e0b707e.kr'): IDNA 2003 (RFC 3490)
// with nameprep (RFC 3491) over Unicode 3.2, which is what the socket
// module applies to every str host name before the C library sees it.
//
// It differs from IDNA 2008 and UTS #46 (golang.org/x/net/idna) in ways a
// student can see: ASCII names pass unchanged ('LOCALHOST' stays upper
// case), 'ß' maps to 'ss', characters unassigned in Unicode 3.2 (emoji)
// are allowed, and errors are CPython's UnicodeError messages.
package pyidna

import (
	"strings"
	"unicode/utf8"
)

// Error is the UnicodeError CPython raises when a name cannot be encoded.
type Error struct {
	// Reason is the message of the codec's own UnicodeError, such as
	// "label empty or too long".
	Reason string
}

// Error returns str() of the exception as it reaches the caller of
// str.encode: "encoding with 'idna' codec failed (UnicodeError: …)".
func (e *Error) Error() string {
	return "encoding with 'idna' codec failed (UnicodeError: " + e.Reason + ")"
}

func reason(s string) error { return &Error{Reason: s} }

// dots are the label separators of RFC 3490 section 3.1.
func isDot(r rune) bool {
	return r == '.' || r == '\u3002' || r == '\uFF0E' || r == '\uFF61'
}

// Encode returns s.encode('idna') for a Python str holding the text s,
// which must be valid UTF-8. The result is ASCII.
func Encode(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if !utf8.ValidString(s) {
		return "", reason("invalid UTF-8") // no Python str holds this
	}
	if isASCIIString(s) {
		// The codec's fast path checks lengths only, and lets the last
		// label be empty (a trailing dot) but not too long.
		start := 0
		for i := 0; i <= len(s); i++ {
			if i < len(s) && s[i] != '.' {
				continue
			}
			n := i - start
			switch {
			case i < len(s) && (n == 0 || n >= 64):
				return "", reason("label empty or too long")
			case i == len(s) && n >= 64:
				return "", reason("label too long")
			}
			start = i + 1
		}
		return s, nil
	}
	var labels [][]rune
	var cur []rune
	for _, r := range s {
		if isDot(r) {
			labels = append(labels, cur)
			cur = nil
			continue
		}
		cur = append(cur, r)
	}
	labels = append(labels, cur)
	trailingDot := false
	if len(labels[len(labels)-1]) == 0 {
		trailingDot = true
		labels = labels[:len(labels)-1]
	}
	var b strings.Builder
	for i, l := range labels {
		if i > 0 {
			b.WriteByte('.')
		}
		a, err := toASCII(l)
		if err != nil {
			return "", err
		}
		b.WriteString(a)
	}
	if trailingDot {
		b.WriteByte('.')
	}
	return b.String(), nil
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
