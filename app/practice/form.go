package practice

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"netprimer/app/i18n"
	"netprimer/app/netcalc"
	"netprimer/app/pyrepl"
)

// Form is the shape of an answer: what a skill asks the student to type.
// Reading an answer with its form gives the Python value it stands for,
// written as CPython's repr writes it ("'10.1.3.255'", "510", "b'4\x12'",
// "True"), or says that the text is not of the form: the verdict is then
// unreadable, and no attempt is spent.
//
// Every form first folds what a Korean IME types in full-width mode
// (i18n.Fold) and trims spaces around the text; forms of Python strings
// also take the text in quotes, as the transcript prints it. The zero Form
// reads nothing.
type Form uint8

// The answer forms of the skills.
const (
	// FormAddress is an IP address: IPv4 in dotted decimal (leading zeros
	// read as decimal: 010.001.002.003 is 10.1.2.3) or IPv6 in any
	// spelling ipaddress accepts (any case, leading zeros, "::"), also as
	// IPv4Address('…') or IPv6Address('…'). The value is str() of the
	// address.
	FormAddress Form = iota + 1
	// FormAddressOrError is an IPv4 address as FormAddress reads it, or
	// the exception a call raises: OSError (also "error", "에러", "오류",
	// "예외").
	FormAddressOrError
	// FormInteger is an integer: decimal (leading zeros allowed, commas
	// between groups of three), 0x, 0o or 0b literals, underscores
	// between digits, and the operators + - * ** with parentheses, so
	// that 2**64 - 1 can be typed as such. ^ is refused with a note: in
	// Python it is XOR.
	FormInteger
	// FormHex is a hexadecimal number, with or without 0x, any case,
	// leading zeros allowed; digits without 0x are hex too. The value is
	// hex() of it, a str.
	FormHex
	// FormHexlify is what binascii.hexlify returns: b'7f000001', or the
	// hex digits bare (7f000001, 7F 00 00 01, 7f:00:00:01). A bytes
	// literal with \x escapes (b'\x7f\x00\x00\x01') is read as the
	// bytes themselves.
	FormHexlify
	// FormBytes is a bytes object: a bytes literal as Python reads it
	// (b'4\x12', b'\x12\x34'), or bare hex digits, two per byte (12 34,
	// 0x1234, \x12\x34).
	FormBytes
	// FormBool is True or False in any case; also yes/no, 예/아니요
	// (아니오), 네, 참/거짓, and O/X (○/×), as Korean quizzes mark them.
	FormBool
	// FormVersion is an IP version: 4 or 6, also IPv4, IPv6, v4, v6.
	FormVersion
	// FormSame is whether two connections are the same: True/False as
	// FormBool reads them, or same/different, 같다/다르다, 같은 연결/다른
	// 연결.
	FormSame
	// FormIPv6Text is the text of an IPv6 address, for the skills that
	// ask how it is written: hex digits, colons and dots, any case. The
	// value is the text in lower case.
	FormIPv6Text
	// FormService is the name of a service of the deck's well-known ports
	// table, as concepts reads it: smtp, SMTP, SMTP (Mail), an alias. A
	// kind of service (Mail) is read as such, to be told apart from a
	// protocol; any other name is read as a service this table lacks.
	FormService
	// FormLayer is a layer of the 5-layer stack, as concepts reads it: its
	// name in Korean or English, or its number from the bottom (1 to 5).
	FormLayer
	// FormCall is a socket call: accept, accept(), s.accept(),
	// conn, addr = s.accept().
	FormCall
)

var formNames = [...]string{"", "address", "address-or-error", "integer", "hex", "hexlify", "bytes", "bool", "version", "same", "ipv6-text", "service", "layer", "call"}

// String returns the form's name in docs/CONTRACT.md: "address",
// "integer", "hexlify" …
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return ""
}

// Expect says what the form expects, with examples: the message of an
// unreadable answer.
func (f Form) Expect() i18n.T {
	switch f {
	case FormAddress:
		return i18n.T{Ko: "IP 주소를 적으세요: 192.168.0.1이나 2001:db8::1처럼.", En: "Type an IP address, such as 192.168.0.1 or 2001:db8::1."}
	case FormAddressOrError:
		return i18n.T{Ko: "IPv4 주소(예: 127.0.0.1)를 적거나, 예외가 나면 OSError라고 적으세요.", En: "Type an IPv4 address (such as 127.0.0.1), or OSError if the call raises."}
	case FormInteger:
		return i18n.T{Ko: "정수를 적으세요: 510, 0x1fe, 2**9 - 2처럼.", En: "Type an integer, such as 510, 0x1fe or 2**9 - 2."}
	case FormHex:
		return i18n.T{Ko: "16진수를 적으세요: 0xd204나 d204처럼.", En: "Type a hexadecimal number, such as 0xd204 or d204."}
	case FormHexlify:
		return i18n.T{Ko: "바이트를 16진수로 적으세요: b'7f000001'이나 7f 00 00 01처럼, 바이트마다 두 자리.", En: "Type the bytes in hex, such as b'7f000001' or 7f 00 00 01: two digits per byte."}
	case FormBytes:
		return i18n.T{Ko: "바이트를 적으세요: 파이썬이 쓰는 b'\\x12\\x34'나, 16진수로 12 34처럼.", En: "Type the bytes: as Python writes them, b'\\x12\\x34', or in hex, 12 34."}
	case FormBool:
		return i18n.T{Ko: "True나 False를 적으세요 (예/아니요, O/X도 됩니다).", En: "Type True or False (yes/no and O/X work too)."}
	case FormVersion:
		return i18n.T{Ko: "4나 6을 적으세요.", En: "Type 4 or 6."}
	case FormSame:
		return i18n.T{Ko: "같은 연결이면 True(같다), 다른 연결이면 False(다르다)를 적으세요.", En: "Type True (same) if it is the same connection, False (different) if not."}
	case FormIPv6Text:
		return i18n.T{Ko: "IPv6 주소를 글자 그대로 적으세요: 16진수와 콜론으로, 2001:db8::1처럼.", En: "Type the IPv6 address as text: hex digits and colons, such as 2001:db8::1."}
	case FormService:
		return i18n.T{Ko: "서비스 이름을 적으세요: smtp나 SMTP (Mail)처럼.", En: "Type a service name, such as smtp or SMTP (Mail)."}
	case FormLayer:
		return i18n.T{Ko: "계층을 적으세요: 애플리케이션, 트랜스포트, 네트워크, 링크, 물리 (또는 번호 5~1).", En: "Type a layer: application, transport, network, link or physical (or its number, 5 to 1)."}
	case FormCall:
		return i18n.T{Ko: "소켓 함수를 적으세요: accept()나 s.recv(1024)처럼.", En: "Type a socket call, such as accept() or s.recv(1024)."}
	}
	return i18n.T{Ko: "답을 읽을 수 없습니다.", En: "The answer cannot be read."}
}

// maxAnswer caps the answer text, in bytes after folding: every right
// answer is far shorter, and the integer form's arithmetic stays cheap.
const maxAnswer = 300

var (
	txtTooLong = i18n.T{Ko: "답이 너무 깁니다.", En: "The answer is too long."}
	txtEmpty   = i18n.T{Ko: "답을 적으세요.", En: "Type an answer."}
)

// read reads text as an answer of form f: its value, or why it is not of
// the form.
func (f Form) read(text string) (value string, bad i18n.T, ok bool) {
	s := strings.TrimSpace(i18n.Fold(text))
	if s == "" {
		return "", join(txtEmpty, f.Expect()), false
	}
	if len(s) > maxAnswer {
		return "", join(txtTooLong, f.Expect()), false
	}
	if !utf8.ValidString(s) {
		return "", f.Expect(), false
	}
	var why i18n.T
	switch f {
	case FormAddress:
		var a netcalc.Addr
		if a, why, ok = readAddr(s); ok {
			return pyrepl.Str(a.String()), noText, true
		}
	case FormAddressOrError:
		if isErrorWord(s) {
			return "OSError", noText, true
		}
		var a netcalc.Addr
		if a, why, ok = readAddr(s); ok && a.Is4() {
			return pyrepl.Str(a.String()), noText, true
		}
	case FormInteger:
		var n *big.Int
		if n, why, ok = readInt(s); ok {
			return n.String(), noText, true
		}
	case FormHex:
		if value, why, ok = readHex(s); ok {
			return value, noText, true
		}
	case FormHexlify, FormBytes:
		var b []byte
		if b, why, ok = readBytes(s, f == FormHexlify); ok {
			if f == FormHexlify {
				return pyrepl.Bytes(hexlify(b)), noText, true
			}
			return pyrepl.Bytes(b), noText, true
		}
	case FormBool:
		if v, ok := readBool(s); ok {
			return pyrepl.Bool(v), noText, true
		}
	case FormVersion:
		switch key(s) {
		case "4", "ipv4", "v4", "ip4", "ipv4address":
			return "4", noText, true
		case "6", "ipv6", "v6", "ip6", "ipv6address":
			return "6", noText, true
		}
	case FormSame:
		if v, ok := readBool(s); ok {
			return pyrepl.Bool(v), noText, true
		}
		switch key(s) {
		case "same", "thesame", "sameconnection", "같다", "같음", "같은연결", "같은연결이다", "동일", "동일하다", "동일한연결":
			return "True", noText, true
		case "different", "differentconnections", "differentconnection", "notthesame", "다르다", "다름", "다른연결", "다른연결이다":
			return "False", noText, true
		}
	case FormIPv6Text:
		if t, ok := readIPv6Text(s); ok {
			return pyrepl.Str(t), noText, true
		}
	case FormService:
		if value, ok = readService(s); ok {
			return value, noText, true
		}
	case FormLayer:
		if value, ok = readLayer(s); ok {
			return value, noText, true
		}
	case FormCall:
		if value, ok = readCall(s); ok {
			return value, noText, true
		}
	}
	return "", join(why, f.Expect()), false
}

// key folds a word for comparison: lower case, without spaces, quotes
// and a final full stop.
func key(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\t', '\'', '"', '`', '‘', '’', '“', '”':
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimSuffix(b.String(), ".")
}

// unquote returns the text inside one pair of quotes, as Python prints a
// str: '…' or "…", and the typographic quotes a phone keyboard puts in.
func unquote(s string) string {
	for _, q := range [...][2]string{{"'", "'"}, {`"`, `"`}, {"‘", "’"}, {"“", "”"}} {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
		}
	}
	return s
}

// unwrap returns the argument of a call of one of the names, such as
// IPv4Address('…') or ipaddress.IPv4Address('…'), any case; s itself
// otherwise.
func unwrap(s string, names ...string) string {
	t := s
	if len(t) > 10 && strings.EqualFold(t[:10], "ipaddress.") {
		t = t[10:]
	}
	for _, n := range names {
		if len(t) > len(n)+1 && strings.EqualFold(t[:len(n)], n) && t[len(n)] == '(' && t[len(t)-1] == ')' {
			return strings.TrimSpace(t[len(n)+1 : len(t)-1])
		}
	}
	return s
}

var txtNoPrefix = i18n.T{Ko: "주소만 적으세요: /와 프리픽스 길이는 빼고.", En: "Type the address alone, without the / and the prefix length."}

// readAddr reads an IPv4 or IPv6 address.
func readAddr(s string) (netcalc.Addr, i18n.T, bool) {
	s = unquote(unwrap(s, "IPv4Address", "IPv6Address", "ip_address"))
	if strings.IndexByte(s, '/') >= 0 {
		return netcalc.Addr{}, txtNoPrefix, false
	}
	if a, ok := dotted4(s); ok {
		return a, noText, true
	}
	// No skill's answer has a scope id (%eth0), which would bring any
	// text into the value.
	if strings.IndexByte(s, ':') >= 0 && strings.IndexByte(s, '%') < 0 {
		if a, err := netcalc.ParseIPv6Addr(s); err == nil {
			return a, noText, true
		}
	}
	return netcalc.Addr{}, noText, false
}

// dotted4 reads four dotted decimal octets of one to three digits each.
// Unlike ipaddress it takes leading zeros, read as decimal: a student who
// writes 192.168.001.010 means 192.168.1.10.
func dotted4(s string) (netcalc.Addr, bool) {
	var b [4]byte
	part, digits := 0, 0
	v := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if digits == 0 || v > 255 || part > 3 {
				return netcalc.Addr{}, false
			}
			b[part] = byte(v)
			part, digits, v = part+1, 0, 0
			continue
		}
		c := s[i]
		if c < '0' || c > '9' || digits == 3 {
			return netcalc.Addr{}, false
		}
		v = v*10 + int(c-'0')
		digits++
	}
	if part != 4 {
		return netcalc.Addr{}, false
	}
	return netcalc.AddrFrom4(b), true
}

func isErrorWord(s string) bool {
	k := key(s)
	for _, w := range [...]string{"oserror", "error", "exception", "raises", "raise", "에러", "오류", "예외", "예외발생", "에러발생", "오류발생"} {
		if k == w {
			return true
		}
	}
	// The traceback's last line, copied: "OSError: illegal IP address …".
	return strings.HasPrefix(k, "oserror:")
}

func readBool(s string) (bool, bool) {
	switch key(s) {
	case "true", "yes", "y", "o", "○", "◯", "예", "네", "참", "맞다", "맞음":
		return true, true
	case "false", "no", "n", "x", "×", "✕", "아니오", "아니요", "아니", "아뇨", "거짓", "틀리다", "틀림":
		return false, true
	}
	return false, false
}

// readHex reads a hexadecimal number and returns hex() of it.
func readHex(s string) (string, i18n.T, bool) {
	s = unquote(s)
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	digits := make([]byte, 0, 16)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isHexDigit(c):
			if c >= 'A' && c <= 'F' {
				c += 'a' - 'A'
			}
			if len(digits) == 0 && c == '0' && i+1 < len(s) {
				continue // a leading zero
			}
			digits = append(digits, c)
		case (c == '_' || c == ' ' || c == ':') && i > 0 && i+1 < len(s):
		default:
			return "", noText, false
		}
	}
	if len(digits) == 0 {
		return "", noText, false
	}
	if len(digits) > 64 {
		return "", txtTooLong, false
	}
	return pyrepl.Str("0x" + string(digits)), noText, true
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func hexlify(b []byte) []byte {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&0xf]
	}
	return out
}

var (
	txtOddDigits = i18n.T{Ko: "바이트마다 16진수 두 자리를 적으세요.", En: "Write two hex digits per byte."}
	txtBadBytes  = i18n.T{Ko: "바이트 리터럴을 읽을 수 없습니다: b'...' 안에는 ASCII 글자와 \\x12 같은 이스케이프만 씁니다.", En: "The bytes literal cannot be read: inside b'...' go ASCII characters and escapes such as \\x12."}
)

// maxBytes caps the bytes of an answer; the skills' answers have 2 to 4.
const maxBytes = 64

// readBytes reads bytes: a bytes literal, or hex digits. For hexlify, a
// literal of hex digits is what hexlify returned, and stands for the
// bytes those digits write.
func readBytes(s string, hexlify bool) ([]byte, i18n.T, bool) {
	if len(s) >= 3 && (s[0] == 'b' || s[0] == 'B') && (s[1] == '\'' || s[1] == '"') {
		lit, escaped, ok := bytesLiteral(s[1:])
		if !ok {
			return nil, txtBadBytes, false
		}
		if hexlify && !escaped {
			return hexBytes(string(lit))
		}
		if len(lit) > maxBytes {
			return nil, txtTooLong, false
		}
		return lit, noText, true
	}
	return hexBytes(s)
}

// hexBytes reads bytes written as hex digits, two per byte, with spaces,
// colons, dashes or commas between them and 0x or \x before them.
func hexBytes(s string) ([]byte, i18n.T, bool) {
	var digits []byte
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ':' || r == '-' || r == ',' || r == '\t'
	}) {
		for f != "" {
			if len(f) >= 2 && (f[0] == '0' || f[0] == '\\') && (f[1] == 'x' || f[1] == 'X') {
				f = f[2:]
				continue
			}
			if !isHexDigit(f[0]) {
				return nil, noText, false
			}
			digits = append(digits, f[0])
			f = f[1:]
		}
	}
	if len(digits) == 0 {
		return nil, noText, false
	}
	if len(digits)%2 != 0 {
		return nil, txtOddDigits, false
	}
	if len(digits)/2 > maxBytes {
		return nil, txtTooLong, false
	}
	b := make([]byte, len(digits)/2)
	for i := range b {
		b[i] = unhex(digits[2*i])<<4 | unhex(digits[2*i+1])
	}
	return b, noText, true
}

// bytesLiteral reads the quoted part of a Python bytes literal ('…' or
// "…", the b already cut): ASCII characters and the escapes of the
// language reference's bytes literals. escaped reports a backslash.
func bytesLiteral(s string) (b []byte, escaped, ok bool) {
	q := s[0]
	if len(s) < 2 || s[len(s)-1] != q {
		return nil, false, false
	}
	body := s[1 : len(s)-1]
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == q || c >= 0x80 || c < 0x20:
			return nil, false, false
		case c != '\\':
			b = append(b, c)
			continue
		}
		escaped = true
		i++
		if i == len(body) {
			return nil, false, false
		}
		switch e := body[i]; e {
		case '\\', '\'', '"':
			b = append(b, e)
		case 'a':
			b = append(b, 7)
		case 'b':
			b = append(b, 8)
		case 'f':
			b = append(b, 12)
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, 11)
		case 'x':
			if i+2 >= len(body) || !isHexDigit(body[i+1]) || !isHexDigit(body[i+2]) {
				return nil, false, false
			}
			b = append(b, unhex(body[i+1])<<4|unhex(body[i+2]))
			i += 2
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 1; n < 3 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '7'; n++ {
				i++
				v = v*8 + int(body[i]-'0')
			}
			b = append(b, byte(v)) // above 0o377 Python raises; the byte wraps here, and the answer is wrong anyway
		default:
			// An unknown escape keeps its backslash, as Python does.
			b = append(b, '\\', e)
		}
	}
	return b, escaped, true
}

// readIPv6Text reads the text of an IPv6 address in lower case.
func readIPv6Text(s string) (string, bool) {
	s = strings.ToLower(unquote(unwrap(s, "IPv6Address", "ip_address")))
	if len(s) > 64 || strings.IndexByte(s, ':') < 0 {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isHexDigit(c) && c != ':' && c != '.' {
			return "", false
		}
	}
	return s, true
}

// noText is the absence of a text, where a function has nothing to say.
var noText i18n.T

// join puts texts one after the other with a space, in each language.
func join(ts ...i18n.T) i18n.T {
	var out i18n.T
	for _, t := range ts {
		if t.Ko == "" && t.En == "" {
			continue
		}
		if out.Ko != "" {
			out.Ko += " "
			out.En += " "
		}
		out.Ko += t.Ko
		out.En += t.En
	}
	return out
}

// sub replaces {1}, {2} … in both languages of t by args, and chooses the
// Korean particles that follow them (see i18n.Particles).
func sub(t i18n.T, args ...string) i18n.T {
	for i, a := range args {
		k := "{" + string(rune('1'+i)) + "}"
		t.Ko = strings.ReplaceAll(t.Ko, k, a)
		t.En = strings.ReplaceAll(t.En, k, a)
	}
	t.Ko = i18n.Particles(t.Ko)
	return t
}
