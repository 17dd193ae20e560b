// Package pyrepl writes Python values and interactive sessions exactly as
// CPython 3.11 prints them: repr() of str, bytes, int, tuples and lists, and
// transcripts of ">>> " sessions with CPython's shortened tracebacks.
package pyrepl

//go:generate go run gen_printable.go

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Str returns repr(s) for a Python str holding the text s, following
// unicode_repr in CPython's Objects/unicodeobject.c: single quotes unless
// the text has a single quote and no double quote; printable characters
// (str.isprintable) as they are; the rest as \t, \n, \r, \xNN, \uNNNN or
// \UNNNNNNNN. Invalid UTF-8 stands for U+FFFD, as a browser would decode it.
func Str(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			writeHex(&b, `\x`, uint32(r), 2)
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			writeHex(&b, `\x`, uint32(r), 2)
		case r <= 0xffff:
			writeHex(&b, `\u`, uint32(r), 4)
		default:
			writeHex(&b, `\U`, uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable reports str.isprintable() for one character: everything but
// the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if r == utf8.RuneError {
		return true // U+FFFD is a printable symbol (So)
	}
	if r >= 0x80 && (inSpans(notPrintable14, r) || inSpans(printable14, r)) {
		// The character's category changed after Unicode 14.0, the
		// edition of CPython 3.11's tables.
		return !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

func inSpans(spans [][2]rune, r rune) bool {
	for _, s := range spans {
		if r < s[0] {
			return false
		}
		if r <= s[1] {
			return true
		}
	}
	return false
}

// Bytes returns repr(b) for a Python bytes object, as bytes_repr does.
func Bytes(p []byte) string {
	quote := byte('\'')
	if containsByte(p, '\'') && !containsByte(p, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(p) + 3)
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHex(&b, `\x`, uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func containsByte(p []byte, c byte) bool {
	for _, x := range p {
		if x == c {
			return true
		}
	}
	return false
}

func writeHex(b *strings.Builder, prefix string, v uint32, digits int) {
	const hex = "0123456789abcdef"
	b.WriteString(prefix)
	for i := digits - 1; i >= 0; i-- {
		b.WriteByte(hex[(v>>(4*uint(i)))&0xf])
	}
}

// Int returns repr(n) for a Python int.
func Int(n int64) string { return strconv.FormatInt(n, 10) }

// Uint returns repr(n) for a non-negative Python int.
func Uint(n uint64) string { return strconv.FormatUint(n, 10) }

// BigInt returns repr(n) for a Python int of any size.
func BigInt(n *big.Int) string { return n.String() }

// Hex returns hex(n) for a Python int: '0x…' in lower case, '-0x…' below zero.
func Hex(n int64) string {
	if n < 0 {
		return "-0x" + strconv.FormatUint(uint64(-n), 16)
	}
	return "0x" + strconv.FormatUint(uint64(n), 16)
}

// Bool returns repr(v) for a Python bool.
func Bool(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

// None is repr(None).
const None = "None"

// Tuple returns the repr of a tuple whose items have the given reprs; a
// one-item tuple keeps its trailing comma, as CPython writes it.
func Tuple(items ...string) string {
	if len(items) == 1 {
		return "(" + items[0] + ",)"
	}
	return "(" + strings.Join(items, ", ") + ")"
}

// List returns the repr of a list whose items have the given reprs.
func List(items ...string) string {
	return "[" + strings.Join(items, ", ") + "]"
}

// Call returns the repr of an object that CPython shows as a constructor
// call, such as IPv4Address('192.0.2.1'): name(args...).
func Call(name string, args ...string) string {
	return name + "(" + strings.Join(args, ", ") + ")"
}
