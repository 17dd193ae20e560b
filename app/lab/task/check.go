package task

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"netprimer/app/api"
	"netprimer/app/pyrepl"
)

// level ranks what a check makes of some bytes: nothing (they are not an
// attempt at the task), a wrong attempt of the task's shape, a known
// mistake, or the right answer. Bytes right for one task are no attempt at
// another, and a known mistake outranks a shape that merely fits.
type level uint8

const (
	levelNone level = iota
	levelGeneric
	levelKnown
	levelRight
)

// result is a check's verdict on some bytes.
type result struct {
	level   level
	mistake string
	args    []string
}

func right(args ...string) result { return result{level: levelRight, args: args} }

func known(id string, args ...string) result {
	return result{level: levelKnown, mistake: id, args: args}
}

func generic(id string, args ...string) result {
	return result{level: levelGeneric, mistake: id, args: args}
}

// input is what a check looks at: the bytes of one recv, of a TCP stream
// since its last judged message, or of a datagram's payload.
type input struct {
	data  []byte
	proto string // api.LabTCP or api.LabUDP
	final bool   // the connection has closed: nothing more will come
}

// The right bytes of the fixed tasks.
var (
	htonsRight = []byte{0x04, 0xd2}             // struct.pack('!H', 1234)
	atonRight  = []byte{0x72, 0x47, 0xdc, 0x5f} // socket.inet_aton('114.71.220.95')
)

// checkHello: a greeting over TCP (hello, hi, hey or 안녕, any case).
func checkHello(in input) result {
	if greeting(in.data) {
		if in.proto == api.LabUDP {
			return known(MistakeUDP)
		}
		return right(shortBytes(in.data))
	}
	if utf16Greeting(in.data) {
		return known("utf16")
	}
	if t := strings.TrimSpace(string(in.data)); len(t) > 3 && t[0] == 'b' && (t[1] == '\'' || t[1] == '"') && t[len(t)-1] == t[1] && greeting([]byte(t[2:len(t)-1])) {
		return known("repr", shortBytes(in.data))
	}
	return result{}
}

// greeting reports whether b is UTF-8 text that begins with a greeting.
func greeting(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	b = bytes.TrimLeftFunc(b, unicode.IsSpace)
	head := b[:min(len(b), 16)]
	for len(head) > 0 && !utf8.Valid(head) { // a rune cut at the end
		head = head[:len(head)-1]
	}
	t := strings.ToLower(strings.TrimRightFunc(string(head), unicode.IsSpace))
	return strings.HasPrefix(t, "안녕") || word(t, "hello") || word(t, "hi") || word(t, "hey")
}

// word reports whether t begins with the word w.
func word(t, w string) bool {
	if !strings.HasPrefix(t, w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[len(w):])
	return len(t) == len(w) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// utf16Greeting reports whether b is a greeting in UTF-16, either order,
// with or without a byte order mark.
func utf16Greeting(b []byte) bool {
	if len(b) < 4 || len(b)%2 != 0 {
		return false
	}
	orders := []binary.ByteOrder{binary.LittleEndian, binary.BigEndian}
	switch {
	case b[0] == 0xff && b[1] == 0xfe:
		b, orders = b[2:], orders[:1]
	case b[0] == 0xfe && b[1] == 0xff:
		b, orders = b[2:], orders[1:]
	}
	b = b[:min(len(b), 32)] // a greeting begins the text
	for _, o := range orders {
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = o.Uint16(b[2*i:])
		}
		if greeting([]byte(string(utf16.Decode(u)))) {
			return true
		}
	}
	return false
}

// checkHtons: 1234 as 2 bytes in network byte order.
func checkHtons(in input) result {
	b := in.data
	switch {
	case bytes.Equal(b, htonsRight):
		return right(pyrepl.Bytes(b))
	case bytes.Equal(b, []byte{0xd2, 0x04}):
		return known(MistakeLittleEndian)
	case asciiText(b) == "1234":
		return known(MistakeText, pyrepl.Bytes(b))
	case bytes.Equal(b, []byte{0, 0, 0x04, 0xd2}):
		return known("four_bytes")
	case bytes.Equal(b, []byte{0xd2, 0x04, 0, 0}):
		return known("four_bytes_little")
	case bytes.Equal(b, []byte{0x12, 0x34}), bytes.Equal(b, []byte{0x34, 0x12}):
		return known("hex_digits")
	case len(b) > 2 && bytes.HasPrefix(b, htonsRight):
		return known(MistakeExtraBytes, strconv.Itoa(len(b)-2))
	case len(b) == 2 && !printable(b):
		return generic(MistakeWrongValue, strconv.Itoa(int(binary.BigEndian.Uint16(b))), strconv.Itoa(int(binary.LittleEndian.Uint16(b))))
	}
	return result{}
}

// checkAton: the 4 bytes of inet_aton('114.71.220.95').
func checkAton(in input) result {
	b := in.data
	switch {
	case bytes.Equal(b, atonRight):
		return right(pyrepl.Bytes(b))
	case bytes.Equal(b, []byte{0x5f, 0xdc, 0x47, 0x72}):
		return known(MistakeLittleEndian, pyrepl.Bytes(b))
	case asciiText(b) == AtonAddr:
		return known(MistakeText)
	case strings.ToLower(asciiText(b)) == "7247dc5f":
		return known("hexlified")
	case len(b) == 4 && sameBytes(b, atonRight) == 3:
		return known("wrong_address", dottedQuad(b))
	case len(b) > 4 && bytes.HasPrefix(b, atonRight):
		return known(MistakeExtraBytes, strconv.Itoa(len(b)-4))
	}
	return result{}
}

// checkHtonl: the session's value v as 4 bytes in network byte order.
// Every verdict's first two Args are v and the bytes sent.
func checkHtonl(v uint32, in input) result {
	b := in.data
	be := binary.BigEndian.AppendUint32(nil, v)
	le := binary.LittleEndian.AppendUint32(nil, v)
	zero := make([]byte, 4)
	text := strings.ToLower(asciiText(b))
	var r result
	switch {
	case bytes.Equal(b, be):
		r = right()
	case bytes.Equal(b, le):
		r = known(MistakeLittleEndian)
	case text != "" && (text == uintText(uint64(v)) || text == pyrepl.Hex(int64(v)) || text == uintText(uint64(binary.LittleEndian.Uint32(be))) || text == strconv.FormatUint(uint64(v), 16)):
		r = known(MistakeText)
	case len(b) == 2 && (bytes.Equal(b, be[2:]) || bytes.Equal(b, le[:2]) || bytes.Equal(b, be[:2])):
		r = known("htons")
	case len(b) == 8 && (bytes.Equal(b, append(be, zero...)) || bytes.Equal(b, append(zero, be...)) || bytes.Equal(b, append(le, zero...))):
		r = known("eight_bytes")
	case len(b) > 4 && bytes.HasPrefix(b, be):
		r = known(MistakeExtraBytes, strconv.Itoa(len(b)-4))
	case len(b) == 4 && !printable(b):
		r = generic(MistakeWrongValue, uintText(uint64(binary.BigEndian.Uint32(b))), uintText(uint64(binary.LittleEndian.Uint32(b))))
	default:
		return result{}
	}
	sent := b
	if r.mistake == MistakeExtraBytes {
		sent = b[:min(len(b), 16)]
	}
	r.args = append([]string{uintText(uint64(v)), pyrepl.Bytes(sent)}, r.args...)
	return r
}

// maxMessage is the longest text the length-prefix task reads: what a
// Tracker keeps of a stream.
const maxMessage = maxStream - 2

// checkFramed: one or more messages of a 2-byte big-endian length and
// that many bytes of UTF-8 text, and nothing else.
func checkFramed(in input) result {
	b := in.data
	if len(b) < 3 {
		return result{}
	}
	if first, ok := framed(b); ok {
		if in.proto == api.LabUDP {
			return known(MistakeUDP)
		}
		return right(strconv.Itoa(len(first)), shortStr(first))
	}
	if in.proto == api.LabUDP {
		return result{}
	}
	n := int(binary.BigEndian.Uint16(b))
	text := b[2:]
	switch le := int(binary.LittleEndian.Uint16(b)); {
	case le >= 1 && len(text) == le && utf8.Valid(text):
		return known(MistakeLittleEndian, pyrepl.Bytes(b[:2]))
	case n >= 1 && len(text) > n && utf8.Valid(text) && utf8.RuneCount(text) == n:
		return known("counts_characters", strconv.Itoa(n), strconv.Itoa(len(text)))
	case n == len(b) && utf8.Valid(text):
		return known("counts_header", strconv.Itoa(n), strconv.Itoa(len(text)))
	case len(b) > 4 && int(binary.BigEndian.Uint32(b)) == len(b)-4 && utf8.Valid(b[4:]):
		return known("four_bytes")
	}
	if digits, rest := digitPrefix(b); digits != nil && len(rest) > 0 && textual(rest) && atoi(digits) == len(rest) {
		return known("text_length", pyrepl.Bytes(b[:len(b)-len(rest)]))
	}
	switch {
	case n >= 1 && len(text) == n && !utf8.Valid(text):
		return known("not_utf8", strconv.Itoa(n))
	case in.final && n > len(text) && n <= maxMessage:
		return known("truncated", strconv.Itoa(n), strconv.Itoa(len(text)))
	}
	return result{}
}

// framed reports whether b is whole messages, each a 2-byte big-endian
// length of at least 1 and that many bytes of UTF-8, and returns the
// first message's text.
func framed(b []byte) (first []byte, ok bool) {
	for i := 0; len(b) > 0; i++ {
		if len(b) < 2 {
			return nil, false
		}
		n := int(binary.BigEndian.Uint16(b))
		if n == 0 || len(b) < 2+n || !utf8.Valid(b[2:2+n]) {
			return nil, false
		}
		if i == 0 {
			first = b[2 : 2+n]
		}
		b = b[2+n:]
	}
	return first, first != nil
}

// digitPrefix splits b after 1 to 5 ASCII digits and at most one
// separator (a length written as text: b'5hello', b'5:hello', b'5\nhello').
func digitPrefix(b []byte) (digits, rest []byte) {
	i := 0
	for i < len(b) && i < 6 && '0' <= b[i] && b[i] <= '9' {
		i++
	}
	if i == 0 || i > 5 {
		return nil, nil
	}
	digits, rest = b[:i], b[i:]
	if len(rest) > 0 && strings.IndexByte(": \n\t|,", rest[0]) >= 0 {
		rest = rest[1:]
	}
	return digits, rest
}

func atoi(digits []byte) int {
	n := 0
	for _, c := range digits {
		n = 10*n + int(c-'0')
	}
	return n
}

// textual reports whether b is UTF-8 text without control characters
// other than white space.
func textual(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for _, r := range string(b) {
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' {
			return false
		}
	}
	return true
}

// asciiText returns b without surrounding ASCII white space when it is
// short printable ASCII (a number or an address as text), and ""
// otherwise.
func asciiText(b []byte) string {
	if len(b) > 64 {
		return ""
	}
	t := bytes.TrimSpace(b)
	if len(t) == 0 || !printable(t) {
		return ""
	}
	return string(t)
}

// printable reports whether every byte of b is printable ASCII or white
// space: text, not a packed number.
func printable(b []byte) bool {
	for _, c := range b {
		if (c < ' ' || c > '~') && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// sameBytes counts the positions where a and b hold the same byte.
func sameBytes(a, b []byte) int {
	n := 0
	for i := range min(len(a), len(b)) {
		if a[i] == b[i] {
			n++
		}
	}
	return n
}

// dottedQuad is socket.inet_ntoa of 4 bytes.
func dottedQuad(b []byte) string {
	parts := make([]string, len(b))
	for i, c := range b {
		parts[i] = strconv.Itoa(int(c))
	}
	return strings.Join(parts, ".")
}

// shortBytes is the repr of b's first 64 bytes, and "…" when there were
// more: what the feedback quotes of an attempt.
func shortBytes(b []byte) string {
	if len(b) <= 64 {
		return pyrepl.Bytes(b)
	}
	return pyrepl.Bytes(b[:64]) + "…"
}

// shortStr is the repr of UTF-8 text b's first 64 bytes (whole
// characters), and "…" when there were more.
func shortStr(b []byte) string {
	if len(b) <= 64 {
		return pyrepl.Str(string(b))
	}
	cut := 64
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return pyrepl.Str(string(b[:cut])) + "…"
}

// uintText is str(n).
func uintText(n uint64) string { return strconv.FormatUint(n, 10) }
