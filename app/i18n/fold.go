package i18n

import (
	"strings"
	"unicode/utf8"
)

// Fold returns s with what a Korean IME types in full-width mode written
// as plain ASCII: the full-width forms U+FF01 to U+FF5E (１, ｘ, Ａ, ．, ：,
// （, ＇ …) become U+0021 to U+007E, and the ideographic space U+3000
// becomes a space. Nothing else changes: no case folding, no other
// compatibility mapping (Hangul stays as typed). A student who types
// "１９２．１６８．０．１" means 192.168.0.1; answer checkers and lookups
// fold first and then read the text as usual.
//
// Fold returns s itself, without allocating, when there is nothing to
// fold. Invalid UTF-8 is kept as it is.
func Fold(s string) string {
	i := foldStart(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, ok := foldRune(r); ok && n == 3 {
			b.WriteByte(f)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// foldStart returns the byte offset of the first character Fold changes,
// or -1. Every such character is three bytes of UTF-8 starting with 0xE3
// (U+3000) or 0xEF (U+FF01 to U+FF5E), so ASCII text is skipped quickly.
func foldStart(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != 0xe3 && c != 0xef {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if _, ok := foldRune(r); ok && n == 3 {
			return i
		}
	}
	return -1
}

func foldRune(r rune) (byte, bool) {
	switch {
	case r >= 0xff01 && r <= 0xff5e:
		return byte(r - 0xfee0), true
	case r == 0x3000:
		return ' ', true
	}
	return 0, false
}
