package practice

import (
	"strconv"
	"strings"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/wire"
)

// The skills of /byteorder: htons, htonl, and a number's bytes in memory.
// The answers are CPython's on a little-endian host (wire.TranscriptHost),
// where the course's Python runs.

const byteorderPath = "/byteorder"

func byteorderSkills() []*Skill {
	return []*Skill{
		{ID: "byteorder.htons", Lesson: byteorderPath, Form: FormHex,
			Title:    i18n.T{Ko: "htons", En: "htons"},
			Question: "hex(socket.htons(n))",
			Mistakes: mistakes(htonMistakes[:4]), gen: genHton(wire.W16)},
		{ID: "byteorder.htonl", Lesson: byteorderPath, Form: FormHex,
			Title:    i18n.T{Ko: "htonl", En: "htonl"},
			Question: "hex(socket.htonl(n))",
			Mistakes: mistakes(htonMistakes), gen: genHton(wire.W32)},
		{ID: "byteorder.memory", Lesson: byteorderPath, Form: FormBytes,
			Title:    i18n.T{Ko: "메모리 속 바이트", En: "Bytes in memory"},
			Question: "n.to_bytes(width // 8, order)",
			Mistakes: mistakes(memoryMistakes), gen: genMemory},
	}
}

// orderX is a number of a width, written as lit in the item.
type orderX struct {
	n   uint32
	w   wire.Width
	lit string
	big bool // memory: the host is big-endian
}

// digits returns n in hex with all the width's digits: 4 or 8.
func (x orderX) digits() string {
	s := strconv.FormatUint(uint64(x.n), 16)
	return strings.Repeat("0", int(x.w)/4-len(s)) + s
}

func hexOf(v uint64) string { return "0x" + strconv.FormatUint(v, 16) }

func fromDigits(s string) uint64 { v, _ := strconv.ParseUint(s, 16, 64); return v }

var whyLittleHost = i18n.T{
	Ko: "이 파이썬은 리틀엔디언 호스트(sys.byteorder == 'little')에서 돌아, {1}은(는) 바이트의 순서를 뒤집습니다.",
	En: "This Python runs on a little-endian host (sys.byteorder == 'little'), where {1} reverses the order of the bytes.",
}

func htonName(w wire.Width) string {
	if w == wire.W16 {
		return "htons"
	}
	return "htonl"
}

// htonMistakes are htonl's; htons has the first four, those of two
// bytes.
var htonMistakes = []mistake[orderX]{
	{"no_swap", i18n.T{Ko: "바이트를 바꾸지 않음", En: "no swap"}, func(x orderX) (string, i18n.T, bool) {
		return hexOf(uint64(x.n)), i18n.T{
			Ko: "값을 그대로 적었습니다: 빅엔디언 호스트라면 그렇습니다.",
			En: "That is the value unchanged, as a big-endian host gives it.",
		}, true
	}},
	{"digits_reversed", i18n.T{Ko: "16진수 자리를 하나씩 뒤집음", En: "the hex digits reversed one by one"}, func(x orderX) (string, i18n.T, bool) {
		d := []byte(x.digits())
		for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
			d[i], d[j] = d[j], d[i]
		}
		return hexOf(fromDigits(string(d))), i18n.T{
			Ko: "16진수 자리를 하나씩 뒤집었습니다: 뒤집는 단위는 바이트, 곧 두 자리씩입니다 (0x1234는 0x3412).",
			En: "That reverses the hex digits one by one: the unit is the byte, two digits at a time (0x1234 becomes 0x3412).",
		}, true
	}},
	{"nibbles_swapped", nameNibbleSwapped, func(x orderX) (string, i18n.T, bool) {
		d := []byte(x.digits())
		for i := 0; i+1 < len(d); i += 2 {
			d[i], d[i+1] = d[i+1], d[i]
		}
		return hexOf(fromDigits(string(d))), i18n.T{
			Ko: "바이트마다 두 자리를 바꿨습니다: 바이트 안의 자리는 그대로, 바이트의 순서가 바뀝니다 (0x1234는 0x3412).",
			En: "That swaps the two digits inside each byte: the digits of a byte stay, the order of the bytes changes (0x1234 becomes 0x3412).",
		}, true
	}},
	{"decimal_read_as_hex", i18n.T{Ko: "10진수를 16진수처럼 읽음", En: "the decimal digits read as hex"}, func(x orderX) (string, i18n.T, bool) {
		if strings.HasPrefix(x.lit, "0x") || len(x.lit) > int(x.w)/4 {
			return "", noText, false
		}
		v := fromDigits(x.lit)
		return hexOf(uint64(wire.Swap(uint32(v), x.w))), sub(i18n.T{
			Ko: "10진수 {1}을(를) 16진수 0x{1}처럼 바꿨습니다: {1}은(는) 16진수로 {2}입니다.",
			En: "That swaps {1} as if it were hex, 0x{1}: in hex, {1} is {2}.",
		}, x.lit, hexOf(uint64(x.n))), true
	}},
	{"halves_swapped", i18n.T{Ko: "16비트 반쪽만 바꿈", En: "only the 16-bit halves swapped"}, func(x orderX) (string, i18n.T, bool) {
		if x.w != wire.W32 {
			return "", noText, false
		}
		return hexOf(uint64(x.n<<16 | x.n>>16)), i18n.T{
			Ko: "16비트 반쪽 둘만 바꿨습니다: htonl은 네 바이트의 순서를 통째로 뒤집습니다 (0x12345678은 0x78563412).",
			En: "That swaps only the two 16-bit halves: htonl reverses the order of all four bytes (0x12345678 becomes 0x78563412).",
		}, true
	}},
	{"htons_per_half", i18n.T{Ko: "반쪽마다 htons", En: "htons on each half"}, func(x orderX) (string, i18n.T, bool) {
		if x.w != wire.W32 {
			return "", noText, false
		}
		v := x.n&0xff00ff00>>8 | x.n&0x00ff00ff<<8
		return hexOf(uint64(v)), i18n.T{
			Ko: "반쪽마다 두 바이트를 바꿨습니다: htonl은 반쪽의 순서까지 뒤집어, 네 바이트가 통째로 거꾸로 됩니다.",
			En: "That swaps the two bytes within each half: htonl also swaps the halves, reversing all four bytes.",
		}, true
	}},
}

// genNumber draws a number of a width for a level, and how the item
// writes it: the deck's decimal 1234 at level 1 for 16 bits, hex
// otherwise; level 3 draws numbers with zero bytes, whose hex() drops
// leading zeros.
func genNumber(r *rng, level int, w wire.Width) (uint32, string) {
	max := uint64(w.Max())
	distinct := func() uint32 {
		for {
			v := uint32(r.next() & max)
			b := wire.Layout(v, w, wire.BigEndian)
			ok := true
			for i := range b {
				for j := i + 1; j < len(b); j++ {
					ok = ok && b[i] != b[j] && b[i] != 0
				}
				ok = ok && b[i] != 0
			}
			if ok {
				return v
			}
		}
	}
	var v uint32
	hex := true
	switch level {
	case 1:
		v = distinct()
		hex = w == wire.W32
	case 2:
		v = distinct()
		hex = w == wire.W16 || r.chance(1, 2)
	default:
		v = uint32(r.next() & max)
		switch r.intn(4) {
		case 0:
			v &= 0xff
		case 1:
			v &= uint32(max) &^ 0xff
		case 2:
			v &= 0x00ffff00 & uint32(max)
		}
		if v == 0 {
			v = 0x80
		}
		hex = r.chance(3, 4)
	}
	if hex {
		return v, hexOf(uint64(v))
	}
	return v, strconv.FormatUint(uint64(v), 10)
}

func genHton(w wire.Width) func(*rng, int) spec {
	return func(r *rng, level int) spec {
		n, lit := genNumber(r, level, w)
		x := orderX{n: n, w: w, lit: lit}
		got, _ := wire.Hton(wire.IntOf(int64(n)), w, wire.TranscriptHost)
		want := hexOf(uint64(got))
		name := htonName(w)
		var s spec
		s.given.int("n", int64(n))
		s.prompt = sub(i18n.T{Ko: "n = {1}일 때 hex(socket.{2}(n))의 값은? (리틀엔디언 호스트)", En: "With n = {1}, what is hex(socket.{2}(n))? (on a little-endian host)"}, lit, name)
		s.session = pyrepl.Session("socket", "sys").Eval("sys.byteorder", pyrepl.Str(wire.TranscriptHost.String())).
			In("n = "+lit).
			Eval("hex(n)", pyrepl.Str(hexOf(uint64(n)))).
			Eval("hex(socket."+name+"(n))", pyrepl.Str(want))
		s.hints = []i18n.T{
			sub(i18n.T{Ko: "n을 16진수로 {1}자리 채워 쓰면 {2}입니다: 두 자리가 한 바이트입니다.", En: "n in hex, padded to {1} digits, is {2}: two digits make one byte."}, itoa(int(w)/4), "0x"+x.digits()),
			sub(whyLittleHost, name),
		}
		s.link = href(byteorderPath, "n", lit, "width", itoa(int(w)))
		s.setRight(want, pyrepl.Str(want), join(sub(whyLittleHost, name), sub(i18n.T{
			Ko: "0x{1}의 바이트를 거꾸로 하면 {2}입니다 (hex()는 앞의 0을 쓰지 않습니다).",
			En: "0x{1} with its bytes reversed is {2} (hex() writes no leading zeros).",
		}, x.digits(), want)))
		ms := htonMistakes
		if w == wire.W16 {
			ms = ms[:4]
		}
		offer(&s, ms, x, FormHex)
		return s
	}
}

// byteorder.memory

func (x orderX) order() wire.Order {
	if x.big {
		return wire.BigEndian
	}
	return wire.LittleEndian
}

func bytesText(b []byte) string {
	h := hexString(b)
	parts := make([]string, len(b))
	for i := range b {
		parts[i] = h[2*i : 2*i+2]
	}
	return strings.Join(parts, " ")
}

var memoryMistakes = []mistake[orderX]{
	{"other_order", i18n.T{Ko: "반대 바이트 순서", En: "the other byte order"}, func(x orderX) (string, i18n.T, bool) {
		why := i18n.T{
			Ko: "빅엔디언 순서로 적었습니다: 리틀엔디언 호스트는 가장 낮은 바이트를 가장 낮은 주소에 둡니다.",
			En: "That is big-endian order: a little-endian host puts the lowest byte at the lowest address.",
		}
		if x.big {
			why = i18n.T{
				Ko: "리틀엔디언 순서로 적었습니다: 빅엔디언 호스트는 가장 높은 바이트를 가장 낮은 주소에 둡니다, 사람이 숫자를 쓰는 순서대로.",
				En: "That is little-endian order: a big-endian host puts the highest byte at the lowest address, as people write numbers.",
			}
		}
		return bytesText(reversed(wire.Layout(x.n, x.w, x.order()))), why, true
	}},
	{"nibbles_swapped", nameNibbleSwapped, func(x orderX) (string, i18n.T, bool) {
		return bytesText(nibbleSwapped(wire.Layout(x.n, x.w, x.order()))), whyNibbleSwapped, true
	}},
	{"digits_reversed", i18n.T{Ko: "16진수 자리를 하나씩 뒤집음", En: "the hex digits reversed one by one"}, func(x orderX) (string, i18n.T, bool) {
		if x.big {
			return "", noText, false
		}
		d := []byte(x.digits())
		for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
			d[i], d[j] = d[j], d[i]
		}
		b, _, _ := hexBytes(string(d))
		return bytesText(b), i18n.T{
			Ko: "16진수 자리를 하나씩 뒤집었습니다: 리틀엔디언은 바이트의 순서를 뒤집을 뿐, 바이트 안의 두 자리는 그대로입니다.",
			En: "That reverses the hex digits one by one: little-endian reverses the order of the bytes, and each byte keeps its two digits.",
		}, true
	}},
	{"zero_bytes_dropped", i18n.T{Ko: "0인 바이트를 뺌", En: "zero bytes left out"}, func(x orderX) (string, i18n.T, bool) {
		b := wire.Layout(x.n, x.w, wire.BigEndian)
		i := 0
		for i < len(b)-1 && b[i] == 0 {
			i++
		}
		if i == 0 {
			return "", noText, false
		}
		b = b[i:]
		if !x.big {
			b = reversed(b)
		}
		return bytesText(b), sub(i18n.T{
			Ko: "0인 바이트를 뺐습니다: {1}비트 수는 값과 상관없이 메모리에서 {2}바이트를 차지합니다.",
			En: "That leaves out the zero bytes: a {1}-bit number takes {2} bytes of memory whatever its value.",
		}, itoa(int(x.w)), itoa(x.w.Bytes())), true
	}},
}

func genMemory(r *rng, level int) spec {
	w := wire.W16
	big := false
	switch level {
	case 2:
		big = r.chance(1, 2)
	case 3:
		w, big = wire.W32, r.chance(1, 2)
	}
	n, lit := genNumber(r, level, w)
	if level == 1 {
		lit = strconv.FormatUint(uint64(n), 10)
	}
	x := orderX{n: n, w: w, lit: lit, big: big}
	mem := wire.Layout(n, w, x.order())
	format := "<H"
	switch {
	case big && w == wire.W16:
		format = ">H"
	case big:
		format = ">I"
	case w == wire.W32:
		format = "<I"
	}
	order := x.order().String()
	var s spec
	s.given.int("n", int64(n))
	s.given.int("width", int64(w))
	s.given.str("order", order)
	endian := i18n.T{Ko: "리틀엔디언", En: "little-endian"}
	if big {
		endian = i18n.T{Ko: "빅엔디언", En: "big-endian"}
	}
	s.prompt = sub(i18n.T{
		Ko: "{1}비트 수 n = {2}은(는) " + endian.Ko + " 호스트의 메모리에 어떤 바이트로 놓이나요? (낮은 주소부터)",
		En: "Which bytes does the {1}-bit number n = {2} take in the memory of a " + endian.En + " host? (from the lowest address)",
	}, itoa(int(w)), lit)
	s.session = pyrepl.Session("struct").In("n = "+lit).In("width = "+itoa(int(w))).In("order = "+pyrepl.Str(order)).
		Eval("struct.pack("+pyrepl.Str(format)+", n)", pyrepl.Bytes(mem)).
		Eval("n.to_bytes(width // 8, order).hex(' ')", pyrepl.Str(bytesText(mem))).
		Eval("n.to_bytes(width // 8, order)", pyrepl.Bytes(mem))
	s.hints = []i18n.T{
		sub(i18n.T{Ko: "n을 16진수 {1}자리로 쓰면 0x{2}: 두 자리가 한 바이트입니다.", En: "n in {1} hex digits is 0x{2}: two digits make one byte."}, itoa(int(w)/4), x.digits()),
		i18n.T{Ko: "빅엔디언은 가장 높은 바이트부터, 리틀엔디언은 가장 낮은 바이트부터 낮은 주소에 둡니다.", En: "Big-endian puts the highest byte at the lowest address, little-endian the lowest byte."},
	}
	s.link = href(byteorderPath, "n", lit, "width", itoa(int(w)))
	s.setRight(bytesText(mem), pyrepl.Bytes(mem), sub(i18n.T{
		Ko: "0x{1}을(를) " + endian.Ko + " 순서로 놓으면 낮은 주소부터 {2}입니다.",
		En: "0x{1} laid out " + endian.En + " is {2}, from the lowest address.",
	}, x.digits(), bytesText(mem)))
	offer(&s, memoryMistakes, x, FormBytes)
	return s
}
