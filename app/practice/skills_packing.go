package practice

import (
	"strconv"
	"strings"

	"netprimer/app/i18n"
	"netprimer/app/netcalc"
	"netprimer/app/pyrepl"
	"netprimer/app/wire"
)

// The skills of /packing: inet_aton and hexlify, inet_ntoa, and what
// inet_aton makes of its lenient forms.

const packingPath = "/packing"

func packingSkills() []*Skill {
	return []*Skill{
		{ID: "packing.aton_hex", Lesson: packingPath, Form: FormHexlify,
			Title:    i18n.T{Ko: "inet_aton의 바이트", En: "inet_aton's bytes"},
			Question: "binascii.hexlify(socket.inet_aton(ip))",
			Mistakes: mistakes(atonHexMistakes), gen: genAtonHex},
		{ID: "packing.ntoa", Lesson: packingPath, Form: FormAddress,
			Title:    i18n.T{Ko: "inet_ntoa로 되돌리기", En: "Back with inet_ntoa"},
			Question: "socket.inet_ntoa(bytes.fromhex(packed))",
			Mistakes: mistakes(ntoaMistakes), gen: genNtoa},
		{ID: "packing.lenient", Lesson: packingPath, Form: FormAddressOrError,
			Title:    i18n.T{Ko: "inet_aton의 너그러운 형식", En: "inet_aton's lenient forms"},
			Question: "socket.inet_ntoa(socket.inet_aton(ip))",
			Mistakes: mistakes(lenientMistakes), gen: genLenient},
	}
}

// Mistakes about bytes, shared by the packing and byte order skills.
var (
	nameLittleEndian  = i18n.T{Ko: "리틀엔디언 순서", En: "little-endian order"}
	nameNibbleSwapped = i18n.T{Ko: "바이트마다 16진수 두 자리를 바꿈", En: "the hex digits of each byte swapped"}
	whyNibbleSwapped  = i18n.T{
		Ko: "바이트마다 16진수 두 자리를 바꿨습니다: 바이트는 하나의 단위라, 그 안의 두 자리는 그대로입니다 (0x7f는 7f, f7이 아님).",
		En: "That swaps the two hex digits inside each byte: a byte is one unit, and its digits stay as they are (0x7f is 7f, not f7).",
	}
)

func reversed(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[len(b)-1-i] = c
	}
	return out
}

func nibbleSwapped(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = c<<4 | c>>4
	}
	return out
}

func hexString(b []byte) string { return string(hexlify(b)) }

// atonX is an IPv4 text as inet_aton reads it.
type atonX struct {
	text string
	a    wire.Aton
}

var atonHexMistakes = []mistake[atonX]{
	{"little_endian", nameLittleEndian, func(x atonX) (string, i18n.T, bool) {
		return hexString(reversed(x.a.Addr[:])), i18n.T{
			Ko: "바이트를 거꾸로 적었습니다: inet_aton은 네트워크 바이트 순서(빅엔디언)로, 첫 숫자를 첫 바이트에 둡니다.",
			En: "That writes the bytes backwards: inet_aton packs in network byte order (big-endian), the first number in the first byte.",
		}, true
	}},
	{"nibbles_swapped", nameNibbleSwapped, func(x atonX) (string, i18n.T, bool) {
		return hexString(nibbleSwapped(x.a.Addr[:])), whyNibbleSwapped, true
	}},
	{"bytes_unpadded", i18n.T{Ko: "바이트를 두 자리로 채우지 않음", En: "bytes not padded to two digits"}, func(x atonX) (string, i18n.T, bool) {
		var b strings.Builder
		for _, c := range x.a.Addr {
			b.WriteString(strconv.FormatUint(uint64(c), 16))
		}
		if b.Len()%2 != 0 || b.Len() == 8 {
			return "", noText, false
		}
		return b.String(), i18n.T{
			Ko: "16보다 작은 바이트를 한 자리로 적었습니다: hexlify는 바이트마다 꼭 두 자리를 씁니다 (1은 01).",
			En: "That writes bytes below 16 with one digit: hexlify writes exactly two per byte (1 is 01).",
		}, true
	}},
	{"octal_as_decimal", i18n.T{Ko: "0으로 시작하는 수를 10진수로", En: "a leading 0 read as decimal"}, octalAsDecimal(func(a wire.Aton) string { return hexString(a.Addr[:]) })},
	{"short_form_left", i18n.T{Ko: "줄인 형식을 앞에서부터 채움", En: "a short form filled from the left"}, shortFormLeft(func(a wire.Aton) string { return hexString(a.Addr[:]) })},
}

var (
	whyOctal = i18n.T{
		Ko: "0으로 시작하는 {1}을(를) 10진수로 읽었습니다: inet_aton은 C의 규칙대로 0으로 시작하는 수를 8진수로 읽습니다 (010은 8).",
		En: "That reads {1}, which starts with 0, as decimal: inet_aton follows C and reads a leading 0 as octal (010 is 8).",
	}
	whyShortForm = i18n.T{
		Ko: "마지막 수를 한 바이트로 읽고 뒤를 0으로 채웠습니다: 부분이 {1}개이면 마지막 수가 남은 {2}비트를 모두 채웁니다 (127.1은 127.0.0.1).",
		En: "That reads the last number as one byte and fills the rest with zeros: with {1} parts, the last one fills all the {2} bits left (127.1 is 127.0.0.1).",
	}
)

// octalDigitsAsDecimal returns the text with every octal part of the address
// written in decimal digits instead, leading zeros dropped, or false if
// it has no such part. The text after the address stays.
func octalDigitsAsDecimal(text string) (string, string, bool) {
	addr, rest := text, ""
	if i := strings.IndexAny(text, " \t\n\v\f\r"); i >= 0 {
		addr, rest = text[:i], text[i:]
	}
	parts := strings.Split(addr, ".")
	changed := ""
	for i, p := range parts {
		if len(p) > 1 && p[0] == '0' && p[1] != 'x' && p[1] != 'X' {
			t := strings.TrimLeft(p, "0")
			if t == "" {
				t = "0"
			}
			if changed == "" {
				changed = p
			}
			parts[i] = t
		}
	}
	if changed == "" {
		return "", "", false
	}
	return strings.Join(parts, ".") + rest, changed, true
}

// octalAsDecimal is the mistake of reading octal parts as decimal, with
// the answer written by answer.
func octalAsDecimal(answer func(wire.Aton) string) func(atonX) (string, i18n.T, bool) {
	return func(x atonX) (string, i18n.T, bool) {
		t, part, ok := octalDigitsAsDecimal(x.text)
		if !ok {
			return "", noText, false
		}
		a, err := wire.ParseAton(t)
		if err != nil {
			return "", noText, false
		}
		return answer(a), sub(whyOctal, part), true
	}
}

// shortFormLeft is the mistake of reading a short form as bytes from the
// left: 127.1 as 127.1.0.0.
func shortFormLeft(answer func(wire.Aton) string) func(atonX) (string, i18n.T, bool) {
	return func(x atonX) (string, i18n.T, bool) {
		n := x.a.NParts
		if n == 0 || n == 4 || x.a.Parts[n-1].Value > 0xff {
			return "", noText, false
		}
		var b [4]byte
		for i := range n {
			b[i] = byte(x.a.Parts[i].Value)
		}
		return answer(wire.Aton{Addr: b, NParts: 4}), sub(whyShortForm, itoa(n), itoa(x.a.Parts[n-1].Bits)), true
	}
}

// lenientText writes the address as one of inet_aton's lenient forms:
// fewer parts (the last filling the bits left), hex and octal parts, or
// text after a space.
func lenientText(r *rng, b [4]byte) string {
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	var parts []uint32
	switch k := r.intn(10); {
	case k < 3:
		if r.chance(1, 2) {
			v &^= 0xffff00 // the deck's 127.1
		}
		parts = []uint32{uint32(b[0]), v & 0xffffff}
	case k < 5:
		if r.chance(1, 2) {
			v &^= 0xff00
		}
		parts = []uint32{uint32(b[0]), uint32(b[1]), v & 0xffff}
	case k < 6:
		parts = []uint32{v}
	default:
		parts = []uint32{uint32(b[0]), uint32(b[1]), uint32(b[2]), uint32(b[3])}
	}
	texts := make([]string, len(parts))
	lenient := len(parts) < 4
	for i, p := range parts {
		switch k := r.intn(6); {
		case k == 0 || (k == 1 && !lenient && i == 0):
			texts[i] = pick(r, "0x", "0X") + strconv.FormatUint(uint64(p), 16)
			lenient = true
		case k == 1 && p != 0:
			texts[i] = "0" + strconv.FormatUint(uint64(p), 8)
			lenient = true
		default:
			texts[i] = strconv.FormatUint(uint64(p), 10)
		}
	}
	s := strings.Join(texts, ".")
	if !lenient || r.chance(1, 8) {
		s += pick(r, " ", "\t") + pick(r, "junk", "# comment", "80")
	}
	return s
}

// genAtonText draws an IPv4 text inet_aton accepts: dotted quads, and at
// level 3 its lenient forms.
func genAtonText(r *rng, level int) string {
	switch {
	case level == 2 && r.chance(1, 6):
		return pick(r, "127.0.0.1", "0.0.0.0", "255.255.255.255", "10.0.0.1")
	case level == 3:
		return lenientText(r, genAddr4(r, 3).As4())
	}
	return genAddr4(r, level).String()
}

func genAtonHex(r *rng, level int) spec {
	text := genAtonText(r, level)
	a, _ := wire.ParseAton(text)
	x := atonX{text: text, a: a}
	hexed := wire.Hexlify(a.Addr[:])
	var s spec
	s.given.str("ip", text)
	s.prompt = sub(i18n.T{Ko: "binascii.hexlify(socket.inet_aton({1}))의 값은?", En: "What is binascii.hexlify(socket.inet_aton({1}))?"}, pyrepl.Str(text))
	s.session = pyrepl.Session("binascii", "socket").In("ip = "+pyrepl.Str(text)).
		Eval("socket.inet_aton(ip)", pyrepl.Bytes(a.Addr[:])).
		Eval("binascii.hexlify(socket.inet_aton(ip))", pyrepl.Bytes(hexed))
	s.hints = []i18n.T{
		i18n.T{Ko: "inet_aton은 주소를 4바이트로 만듭니다: 첫 숫자가 첫 바이트입니다 (네트워크 바이트 순서).", En: "inet_aton makes four bytes of the address, the first number first (network byte order)."},
		sub(i18n.T{Ko: "바이트는 10진수로 {1}입니다: 각각을 16진수 두 자리로 적으세요.", En: "The bytes in decimal are {1}: write each as two hex digits."}, decimalBytes(a.Addr[:])),
	}
	if a.Lenient() {
		s.hints = append(s.hints, lenientHint(a))
	}
	s.link = href(packingPath, "ip", text)
	s.setRight(string(hexed), pyrepl.Bytes(hexed), sub(i18n.T{
		Ko: "inet_aton이 만든 바이트 {1}을(를) 바이트마다 16진수 두 자리로 쓰면 {2}입니다.",
		En: "The bytes inet_aton makes, {1}, written two hex digits per byte, are {2}.",
	}, decimalBytes(a.Addr[:]), string(hexed)))
	offer(&s, atonHexMistakes, x, FormHexlify)
	return s
}

func decimalBytes(b []byte) string {
	parts := make([]string, len(b))
	for i, c := range b {
		parts[i] = strconv.Itoa(int(c))
	}
	return strings.Join(parts, ", ")
}

// lenientHint says how inet_aton read a lenient form.
func lenientHint(a wire.Aton) i18n.T {
	var ts []i18n.T
	if a.NParts < 4 {
		last := a.Parts[a.NParts-1]
		ts = append(ts, sub(i18n.T{
			Ko: "부분이 {1}개뿐이면 마지막 수 {2}이(가) 남은 {3}비트를 채웁니다.",
			En: "With only {1} parts, the last number, {2}, fills the {3} bits left.",
		}, itoa(a.NParts), last.Text, itoa(last.Bits)))
	}
	for _, p := range a.Parts[:a.NParts] {
		switch p.Base {
		case 16:
			ts = append(ts, sub(i18n.T{Ko: "{1}은(는) 16진수로 {2}입니다.", En: "{1} is hex: {2}."}, p.Text, strconv.FormatUint(uint64(p.Value), 10)))
		case 8:
			ts = append(ts, sub(i18n.T{Ko: "0으로 시작하는 {1}은(는) 8진수로 {2}입니다.", En: "{1} starts with 0, so it is octal: {2}."}, p.Text, strconv.FormatUint(uint64(p.Value), 10)))
		}
	}
	if a.Trailing != "" {
		ts = append(ts, sub(i18n.T{Ko: "공백 뒤의 {1}은(는) 무시됩니다.", En: "What follows the space, {1}, is ignored."}, pyrepl.Str(strings.TrimLeft(a.Trailing, " \t\n\v\f\r"))))
	}
	return join(ts...)
}

// packing.ntoa

type ntoaX struct{ b [4]byte }

var ntoaMistakes = []mistake[ntoaX]{
	{"little_endian", nameLittleEndian, func(x ntoaX) (string, i18n.T, bool) {
		return dotted(reversed(x.b[:])), i18n.T{
			Ko: "바이트를 거꾸로 읽었습니다: 첫 바이트가 주소의 첫 숫자입니다 (네트워크 바이트 순서).",
			En: "That reads the bytes backwards: the first byte is the address's first number (network byte order).",
		}, true
	}},
	{"nibbles_swapped", nameNibbleSwapped, func(x ntoaX) (string, i18n.T, bool) {
		return dotted(nibbleSwapped(x.b[:])), whyNibbleSwapped, true
	}},
	{"hex_read_as_decimal", i18n.T{Ko: "16진수를 10진수로 읽음", En: "hex digits read as decimal"}, func(x ntoaX) (string, i18n.T, bool) {
		var b [4]byte
		for i, c := range x.b {
			if c>>4 > 9 || c&0xf > 9 {
				return "", noText, false
			}
			b[i] = c>>4*10 + c&0xf
		}
		return dotted(b[:]), i18n.T{
			Ko: "16진수 두 자리를 10진수로 읽었습니다: 16진수 10은 10진수로 16입니다.",
			En: "That reads the two hex digits as a decimal number: hex 10 is 16 in decimal.",
		}, true
	}},
}

func dotted(b []byte) string { return netcalc.AddrFrom4([4]byte(b)).String() }

func genNtoa(r *rng, level int) spec {
	b := genAddr4(r, level).As4()
	if level == 3 && r.chance(1, 5) {
		b = pick(r, [4]byte{127, 0, 0, 1}, [4]byte{255, 255, 255, 255}, [4]byte{0, 0, 0, 0}, [4]byte{16, 32, 48, 64})
	}
	x := ntoaX{b: b}
	packed := hexString(b[:])
	ip := dotted(b[:])
	var s spec
	s.given.str("packed", packed)
	s.prompt = sub(i18n.T{Ko: "16진수 {1}인 4바이트를 inet_ntoa로 되돌리면?", En: "What does inet_ntoa make of the four bytes {1} in hex?"}, packed)
	ints := make([]string, 4)
	for i, c := range b {
		ints[i] = strconv.Itoa(int(c))
	}
	s.session = pyrepl.Session("socket").In("packed = "+pyrepl.Str(packed)).
		Eval("bytes.fromhex(packed)", pyrepl.Bytes(b[:])).
		Eval("list(bytes.fromhex(packed))", pyrepl.List(ints...)).
		Eval("socket.inet_ntoa(bytes.fromhex(packed))", pyrepl.Str(ip))
	s.hints = []i18n.T{
		i18n.T{Ko: "16진수 두 자리가 한 바이트입니다: 바이트마다 10진수로 바꾸세요.", En: "Two hex digits make one byte: turn each byte into decimal."},
		sub(i18n.T{Ko: "첫 바이트 {1}은(는) 16진수로, 10진수 {2}입니다. 바이트는 적힌 순서대로 주소가 됩니다.", En: "The first byte, {1} in hex, is {2} in decimal. The bytes become the address in the order they come."}, packed[:2], ints[0]),
	}
	s.link = href(packingPath, "ip", ip)
	s.setRight(ip, pyrepl.Str(ip), sub(i18n.T{
		Ko: "바이트 {1}을(를) 차례대로 점으로 이으면 {2}입니다.",
		En: "The bytes {1}, in order and joined by dots, are {2}.",
	}, decimalBytes(b[:]), ip))
	offer(&s, ntoaMistakes, x, FormAddress)
	return s
}

// packing.lenient

// lenientX is a text and what inet_aton does with it.
type lenientX struct {
	atonX
	err error // nil when inet_aton accepts the text
}

var lenientMistakes = []mistake[lenientX]{
	{"octal_as_decimal", i18n.T{Ko: "0으로 시작하는 수를 10진수로", En: "a leading 0 read as decimal"}, func(x lenientX) (string, i18n.T, bool) {
		return octalAsDecimal(func(a wire.Aton) string { return dotted(a.Addr[:]) })(x.atonX)
	}},
	{"short_form_left", i18n.T{Ko: "줄인 형식을 앞에서부터 채움", En: "a short form filled from the left"}, func(x lenientX) (string, i18n.T, bool) {
		if x.err != nil {
			return "", noText, false
		}
		return shortFormLeft(func(a wire.Aton) string { return dotted(a.Addr[:]) })(x.atonX)
	}},
	{"strict_rejects", i18n.T{Ko: "ipaddress처럼 엄격하다고 봄", En: "taken to be as strict as ipaddress"}, func(x lenientX) (string, i18n.T, bool) {
		if x.err != nil || !x.a.Lenient() {
			return "", noText, false
		}
		return "OSError", join(i18n.T{
			Ko: "inet_aton은 ipaddress보다 너그럽습니다: C 라이브러리의 inet_aton은 4.2BSD 시절의 형식을 모두 받습니다.",
			En: "inet_aton is more lenient than ipaddress: the C library's inet_aton takes every form of 4.2BSD's days.",
		}, lenientHint(x.a)), true
	}},
	{"part_wrapped", i18n.T{Ko: "범위를 넘는 수를 잘라 읽음", En: "an out-of-range part wrapped"}, func(x lenientX) (string, i18n.T, bool) {
		if x.err == nil {
			return "", noText, false
		}
		parts := strings.Split(x.text, ".")
		if len(parts) < 2 || len(parts) > 4 {
			return "", noText, false
		}
		var v uint64
		for i, p := range parts {
			n, err := strconv.ParseUint(p, 10, 32)
			if err != nil || (len(p) > 1 && p[0] == '0') {
				return "", noText, false
			}
			bits := 8
			if i == len(parts)-1 {
				bits = 32 - 8*(len(parts)-1)
			}
			v = v<<bits | n&(1<<bits-1)
		}
		b := [4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
		return dotted(b[:]), i18n.T{
			Ko: "범위를 넘는 수를 잘라서 읽었습니다: inet_aton은 그런 주소를 받지 않고 OSError를 냅니다.",
			En: "That wraps a number that is out of range: inet_aton refuses such an address with OSError.",
		}, true
	}},
}

// rejectedText draws a text inet_aton refuses: an octal part with an 8
// or 9, a part too large for its bits, too many parts, an empty part, a
// sign.
func rejectedText(r *rng) string {
	b := genAddr4(r, 2).As4()
	d := func(i int) string { return strconv.Itoa(int(b[i])) }
	switch r.intn(6) {
	case 0:
		return "0" + strconv.Itoa(r.between(8, 9)) + "." + d(1) + "." + d(2) + "." + d(3)
	case 1:
		return strconv.Itoa(r.between(256, 999)) + "." + d(1) + "." + d(2) + "." + d(3)
	case 2:
		return d(0) + "." + d(1) + "." + d(2) + "." + strconv.Itoa(r.between(256, 999))
	case 3:
		return d(0) + "." + d(1) + "." + strconv.Itoa(r.between(65536, 99999))
	case 4:
		return d(0) + "." + d(1) + "." + d(2) + "." + d(3) + "." + strconv.Itoa(r.between(0, 255))
	}
	return pick(r, d(0)+".."+d(2)+"."+d(3), "-"+d(0)+"."+d(1)+"."+d(2)+"."+d(3), d(0)+"."+d(1)+"."+d(2)+".")
}

func genLenient(r *rng, level int) spec {
	var text string
	switch k := r.intn(10); {
	case level == 1 && k < 5:
		// The deck's 127.1: two parts, the last one small.
		b := genAddr4(r, 1).As4()
		text = strconv.Itoa(int(b[0])) + "." + strconv.Itoa(r.between(0, 20))
	case level == 1 && k < 9:
		b := genAddr4(r, 1).As4()
		b[0] = byte(r.between(1, 63))
		i := r.intn(4)
		parts := strings.Split(netcalc.AddrFrom4(b).String(), ".")
		// Octal digits only: the deck's 010.0.0.1 is 8.0.0.1.
		if strings.ContainsAny(parts[i], "089") {
			parts[i] = "010"
		} else {
			parts[i] = "0" + parts[i]
		}
		text = strings.Join(parts, ".")
	case level == 3 && k < 4:
		text = rejectedText(r)
	case level >= 2 && k < 9:
		text = lenientText(r, genAddr4(r, level).As4())
	default:
		text = genAddr4(r, level).String()
	}
	a, err := wire.ParseAton(text)
	x := lenientX{atonX: atonX{text: text, a: a}, err: err}
	var s spec
	s.given.str("ip", text)
	s.prompt = sub(i18n.T{Ko: "socket.inet_aton({1})의 결과는 어떤 주소인가요? 예외가 나면 OSError라고 적으세요.", En: "Which address does socket.inet_aton({1}) make? If it raises, type OSError."}, pyrepl.Str(text))
	t := pyrepl.Session("socket").In("ip = " + pyrepl.Str(text))
	s.hints = []i18n.T{
		i18n.T{Ko: "inet_aton은 C 라이브러리를 부릅니다: 부분이 4개보다 적어도, 0x(16진수)나 0(8진수)으로 시작해도 받습니다.", En: "inet_aton calls the C library: it takes fewer than four parts, and parts starting with 0x (hex) or 0 (octal)."},
		i18n.T{Ko: "받지 않는 것: 8진수에 8이나 9, 자리에 비해 너무 큰 수, 빈 부분, 부호, 다섯 번째 부분. 공백 뒤는 무시합니다.", En: "What it refuses: an 8 or 9 in octal, a number too large for its place, an empty part, a sign, a fifth part. It ignores what follows a space."},
	}
	if err != nil {
		e := err.(*wire.Error)
		t.In("socket.inet_ntoa(socket.inet_aton(ip))").Raise(e.Type, e.Msg)
		s.setRight("OSError", "OSError", i18n.T{
			Ko: "inet_aton이 받지 않는 형식이라 OSError: illegal IP address string passed to inet_aton이 납니다.",
			En: "inet_aton refuses this form and raises OSError: illegal IP address string passed to inet_aton.",
		})
	} else {
		ip := dotted(a.Addr[:])
		t.Eval("socket.inet_aton(ip)", pyrepl.Bytes(a.Addr[:])).
			Eval("socket.inet_ntoa(socket.inet_aton(ip))", pyrepl.Str(ip))
		why := sub(i18n.T{Ko: "inet_aton은 {1}을(를) {2}(으)로 읽습니다.", En: "inet_aton reads {1} as {2}."}, pyrepl.Str(text), ip)
		if a.Lenient() {
			why = join(why, lenientHint(a))
			s.hints = append(s.hints, lenientHint(a))
		}
		s.setRight(ip, pyrepl.Str(ip), why)
	}
	s.session = t
	s.link = href(packingPath, "ip", text)
	offer(&s, lenientMistakes, x, FormAddressOrError)
	return s
}
