package wire

//go:generate go run gen_pyunicode.go

import (
	"errors"
	"math/big"
	"math/bits"
	"sort"
	"strconv"
	"strings"

	"netprimer/app/pyrepl"
)

// Int is a Python int of any size. The zero Int is 0. An Int is
// immutable: its methods return new values and never share storage that
// a caller could change.
type Int struct {
	neg bool
	abs uint64   // the magnitude, when big is nil
	big *big.Int // the magnitude when it is 2**64 or more; never changed
}

// IntOf returns v as an Int.
func IntOf(v int64) Int {
	if v < 0 {
		return Int{neg: true, abs: uint64(-(v + 1)) + 1}
	}
	return Int{abs: uint64(v)}
}

// BigIntOf returns v as an Int; later changes to v do not reach it.
func BigIntOf(v *big.Int) Int {
	m := new(big.Int).Abs(v)
	if m.IsUint64() {
		return Int{neg: v.Sign() < 0, abs: m.Uint64()}
	}
	return Int{neg: v.Sign() < 0, big: m}
}

// Sign returns -1, 0 or +1.
func (x Int) Sign() int {
	switch {
	case x.neg:
		return -1
	case x.big == nil && x.abs == 0:
		return 0
	}
	return 1
}

// Big returns x as a new big.Int.
func (x Int) Big() *big.Int {
	v := new(big.Int)
	if x.big != nil {
		v.Set(x.big)
	} else {
		v.SetUint64(x.abs)
	}
	if x.neg {
		v.Neg(v)
	}
	return v
}

// Uint64 returns x and true if 0 <= x < 2**64.
func (x Int) Uint64() (uint64, bool) {
	if x.neg || x.big != nil {
		return 0, false
	}
	return x.abs, true
}

// Int64 returns x and true if -2**63 <= x < 2**63: the values that fit a
// C long on LP64 Linux.
func (x Int) Int64() (int64, bool) {
	switch {
	case x.big != nil:
		return 0, false
	case x.neg && x.abs <= 1<<63:
		return int64(-x.abs), true // -2**63 wraps to itself
	case !x.neg && x.abs < 1<<63:
		return int64(x.abs), true
	}
	return 0, false
}

// Hex returns hex(x): lower-case hexadecimal with the 0x prefix, after a
// minus sign for a negative x. Unlike str(x), hex(x) has no length limit.
func (x Int) Hex() string {
	var digits string
	if x.big != nil {
		digits = x.big.Text(16)
	} else {
		digits = strconv.FormatUint(x.abs, 16)
	}
	if x.neg {
		return "-0x" + digits
	}
	return "0x" + digits
}

// String returns x in decimal, as str(x) does for an int of at most 4300
// digits; CPython refuses to write a longer one (see ParseInt).
func (x Int) String() string {
	if x.big == nil && !x.neg {
		return strconv.FormatUint(x.abs, 10)
	}
	return x.Big().String()
}

// maxStrDigits is sys.get_int_max_str_digits() by default: since 3.11
// (and 3.10.7), CPython refuses to convert between str and int in a base
// that is not a power of two when the number has more digits, because
// that conversion takes quadratic time (CVE-2020-10735).
const maxStrDigits = 4300

// ParseInt returns int(text, 0): text as a Python integer literal, in
// decimal, or in hexadecimal, octal or binary after a 0x, 0o or 0b
// prefix, with an optional sign, underscores between digits (and after
// the prefix), and whitespace around. A decimal number may not start with
// 0 unless it is zero. Like CPython, it first reads any Unicode decimal
// digit as its ASCII digit and any Unicode whitespace as a space. The
// errors are CPython's ValueErrors: "invalid literal for int() with base
// 0: …", whose repr of text is cut at 200 characters, and the limit of
// 4300 decimal digits. The time is linear in len(text).
func ParseInt(text string) (Int, error) {
	buf, clean := asciiDigits(text)
	if i := strings.IndexByte(buf, 0); i >= 0 {
		buf, clean = buf[:i], false
	}
	v, err := parseASCIIInt(buf)
	if err == errLimit {
		return Int{}, pyErr(ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has "+
			strconv.Itoa(limitDigits(buf))+" digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	if err != nil || !clean {
		return Int{}, pyErr(ValueError, "invalid literal for int() with base 0: "+cutRunes(pyrepl.Str(text), 200))
	}
	return v, nil
}

// asciiDigits does what _PyUnicode_TransformDecimalAndSpaceToASCII does
// before int() reads a str: characters below U+007F stay, other
// whitespace becomes a space, other decimal digits their ASCII digit, and
// the first other character ends the text as "?". clean is false if that
// happened.
func asciiDigits(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x7f:
			b = append(b, byte(r))
		case isPySpace(r):
			b = append(b, ' ')
		default:
			d := pyDecimal(r)
			if d < 0 {
				return string(append(b, '?')), false
			}
			b = append(b, byte('0'+d))
		}
	}
	return string(b), true
}

// isPySpace reports str.isspace() for a character from U+0080 on.
func isPySpace(r rune) bool {
	i := sort.Search(len(pySpaces), func(i int) bool { return pySpaces[i] >= r })
	return i < len(pySpaces) && pySpaces[i] == r
}

// pyDecimal returns unicodedata.decimal(r) for a character from U+0080
// on, or -1 if it is not a decimal digit.
func pyDecimal(r rune) int {
	i := sort.Search(len(pyDigitZeros), func(i int) bool { return pyDigitZeros[i] > r })
	if i == 0 || r-pyDigitZeros[i-1] > 9 {
		return -1
	}
	return int(r - pyDigitZeros[i-1])
}

// cutRunes returns the first n characters of s, as "%.200R" cuts a repr.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// isPySpaceASCII is Py_ISSPACE, the whitespace that int() strips.
func isPySpaceASCII(c byte) bool { return isSpace(c) }

// The two ways parseASCIIInt refuses a text; ParseInt words them as
// CPython does.
var (
	errLimit   = errors.New("too many decimal digits")
	errLiteral = errors.New("invalid literal")
)

// parseASCIIInt follows PyLong_FromString with base 0 on ASCII text.
func parseASCIIInt(s string) (Int, error) {
	i := 0
	for i < len(s) && isPySpaceASCII(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base, oldOctal := 10, false
	if i < len(s) && s[i] == '0' {
		switch byteAt(s, i+1) | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		default:
			// A C-style octal literal such as 010 is refused, but a run of
			// zeros is still zero.
			oldOctal = true
		}
		if base != 10 {
			i += 2
			if byteAt(s, i) == '_' {
				i++ // one underscore may follow the prefix
			}
		}
	}
	if byteAt(s, i) == '_' {
		return Int{}, errLiteral
	}
	start := i
	digits := 0
	prev := byte(0)
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prev == '_' {
				return Int{}, errLiteral
			}
		} else if d := hexDigit(c); d >= 0 && d < base {
			digits++
		} else {
			break
		}
		prev = c
	}
	if prev == '_' {
		return Int{}, errLiteral
	}
	if base == 10 && digits > maxStrDigits {
		return Int{}, errLimit
	}
	end := i
	for i < len(s) && isPySpaceASCII(s[i]) {
		i++
	}
	if end == start || i != len(s) {
		return Int{}, errLiteral
	}
	v := digitsValue(s[start:end], base, digits)
	if oldOctal && v.Sign() != 0 {
		return Int{}, errLiteral
	}
	if neg && v.Sign() != 0 {
		v.neg = true
	}
	return v, nil
}

// limitDigits counts the digits that made parseASCIIInt refuse s with
// errLimit, for CPython's message.
func limitDigits(s string) int {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	s = strings.TrimLeft(s, "+-")
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		} else if s[i] != '_' {
			break
		}
	}
	return n
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// digitsValue returns the value of n digits in base 2, 8, 10 or 16, with
// underscores among them.
func digitsValue(s string, base, n int) Int {
	if base == 10 {
		if n <= 19 {
			var v uint64
			for i := 0; i < len(s); i++ {
				if s[i] != '_' {
					v = v*10 + uint64(s[i]-'0')
				}
			}
			return Int{abs: v}
		}
		v, _ := new(big.Int).SetString(strings.ReplaceAll(s, "_", ""), 10)
		return BigIntOf(v)
	}
	// A power-of-two base: place the bits of each digit, from the last,
	// into little-endian words. big.Int.SetString would take quadratic
	// time on the long texts that int() accepts in these bases.
	shift := uint(bits.TrailingZeros(uint(base)))
	if n*int(shift) <= 64 {
		var v uint64
		for i := 0; i < len(s); i++ {
			if s[i] != '_' {
				v = v<<shift | uint64(hexDigit(s[i]))
			}
		}
		return Int{abs: v}
	}
	words := make([]big.Word, (n*int(shift)+bits.UintSize-1)/bits.UintSize+1)
	pos := uint(0)
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '_' {
			continue
		}
		d := big.Word(hexDigit(s[i]))
		w, off := pos/bits.UintSize, pos%bits.UintSize
		words[w] |= d << off
		if off+shift > bits.UintSize {
			words[w+1] |= d >> (bits.UintSize - off)
		}
		pos += shift
	}
	v := new(big.Int).SetBits(words)
	if v.IsUint64() {
		return Int{abs: v.Uint64()}
	}
	return Int{big: v}
}
