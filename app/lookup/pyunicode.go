package lookup

import (
	"fmt"
	"strings"

	"netprimer/app/pyrepl"
)

// decodeUTF8 checks that a C string decodes as CPython's strict UTF-8
// codec decodes it (PyUnicode_FromString), and returns the
// UnicodeDecodeError it would raise otherwise.
func decodeUTF8(s string) *pyError {
	for i := 0; i < len(s); {
		n, reason := pyrepl.UTF8Seq(s[i:])
		if reason != "" {
			return decodeError(s, i, i+n, reason)
		}
		i += n
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
