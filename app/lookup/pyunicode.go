package lookup

import (
	"fmt"
	"strings"
)

// decodeUTF8 checks that a C string decodes as CPython's strict UTF-8
// codec decodes it (PyUnicode_FromString), and returns the
// UnicodeDecodeError it would raise otherwise.
func decodeUTF8(s string) *pyError {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		n, lo, hi := 0, byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			n = 1
		case c == 0xe0:
			n, lo = 2, 0xa0
		case c >= 0xe1 && c <= 0xec, c == 0xee, c == 0xef:
			n = 2
		case c == 0xed:
			n, hi = 2, 0x9f
		case c == 0xf0:
			n, lo = 3, 0x90
		case c >= 0xf1 && c <= 0xf3:
			n = 3
		case c == 0xf4:
			n, hi = 3, 0x8f
		default:
			return decodeError(s, i, i+1, "invalid start byte")
		}
		// The bytes that may follow depend on the first only for the
		// second byte (Unicode 14.0, table 3-7).
		for k := 1; k <= n; k++ {
			if i+k >= len(s) {
				return decodeError(s, i, len(s), "unexpected end of data")
			}
			b := s[i+k]
			l, h := byte(0x80), byte(0xbf)
			if k == 1 {
				l, h = lo, hi
			}
			if b < l || b > h {
				return decodeError(s, i, i+k, "invalid continuation byte")
			}
		}
		i += n + 1
	}
	return nil
}

func decodeError(s string, start, end int, reason string) *pyError {
	var msg string
	if end-start == 1 {
		msg = fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", s[start], start, reason)
	} else {
		msg = fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
	}
	return &pyError{typ: "UnicodeDecodeError", msg: msg}
}

// isPySpace is str.isspace() for one character: the characters of
// bidirectional class WS, B or S, or category Zs.
func isPySpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r >= 0x1c && r <= 0x20, r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// pyStrip is str.strip() without arguments.
func pyStrip(s string) string {
	return strings.TrimFunc(s, isPySpace)
}
