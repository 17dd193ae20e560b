// Package wire computes what CPython's socket, struct and binascii modules
// compute for the lessons on address packing and byte order: inet_aton with
// glibc's lenient forms, inet_ntoa, inet_pton and inet_ntop, hexlify,
// htons/ntohs/htonl/ntohl, struct.pack of 16- and 32-bit unsigned integers,
// and int(text, 0) for what a student types. Where CPython raises, the
// functions return an *Error with CPython 3.11's exact words.
//
// CPython's socket functions call the C library: this package follows
// glibc on Linux, the platform of the course. Results that depend on the
// host's byte order take it as an Order argument; the transcripts are what
// CPython prints on a little-endian host (x86-64 and arm64 Linux, and
// WebAssembly, which is little-endian by definition).
package wire

import (
	"strings"
	"unicode/utf8"
)

// Error is a Python exception as CPython 3.11 raises it: the type as the
// last line of a traceback names it ("OSError", "struct.error") and the
// message. The zero Error is not meaningful.
type Error struct {
	Type string
	Msg  string
}

func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// Python exception types raised by the functions of this package.
const (
	OSError       = "OSError"
	ValueError    = "ValueError"
	OverflowError = "OverflowError"
	StructError   = "struct.error"
)

func pyErr(typ, msg string) *Error { return &Error{Type: typ, Msg: msg} }

// errEmbeddedNull is what CPython raises when a str argument converted
// with the "s" format of PyArg_ParseTuple holds U+0000: the C function
// would see a shorter string than the one given.
func errEmbeddedNull() *Error { return pyErr(ValueError, "embedded null character") }

// pyText returns s as the Python str that pyrepl.Str shows for it: each
// byte that is not part of valid UTF-8 becomes U+FFFD, as a browser
// decodes a URL. Everything that prints text raw works on this form.
func pyText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
