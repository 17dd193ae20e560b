package pyrepl

// UTF8Seq reads the UTF-8 sequence at the start of s (s not empty) as
// CPython's UTF-8 codec does: n is the length of the well-formed
// character there, or of its ill-formed sequence (the lead byte with the
// continuation bytes that a well-formed sequence could have after it,
// Unicode Table 3-7: its maximal subpart, which errors='replace' makes
// one U+FFFD and a UnicodeDecodeError spans), and reason is empty, or
// the UnicodeDecodeError's reason: "invalid start byte", "invalid
// continuation byte" or "unexpected end of data".
func UTF8Seq(s string) (n int, reason string) {
	c := s[0]
	if c < 0x80 {
		return 1, ""
	}
	need, lo, hi := 0, byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c == 0xe0:
		need, lo = 2, 0xa0
	case c >= 0xe1 && c <= 0xec, c == 0xee, c == 0xef:
		need = 2
	case c == 0xed:
		need, hi = 2, 0x9f
	case c == 0xf0:
		need, lo = 3, 0x90
	case c >= 0xf1 && c <= 0xf3:
		need = 3
	case c == 0xf4:
		need, hi = 3, 0x8f
	default:
		return 1, "invalid start byte"
	}
	// The bytes that may follow depend on the first only for the second.
	for k := 1; k <= need; k++ {
		if k >= len(s) {
			return k, "unexpected end of data"
		}
		if s[k] < lo || s[k] > hi {
			return k, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xbf
	}
	return need + 1, ""
}
