package practice

import (
	"math/big"

	"netprimer/app/i18n"
)

// readInt reads an integer answer: a number, or a small expression of
// numbers with + - * ** and parentheses, by Python's precedence (**
// binds tighter than a sign on its left and groups from the right: -2**2
// is -4, 2**3**2 is 512). Numbers are decimal (leading zeros allowed,
// unlike Python; commas between groups of three: 16,777,214) or 0x, 0o,
// 0b literals, with underscores between digits. A negative exponent, whose
// value is no integer in Python, and results beyond maxIntBits are not
// read.
func readInt(s string) (*big.Int, i18n.T, bool) {
	p := intParser{s: s}
	v := p.expr(0)
	p.space()
	if p.bad || p.i != len(p.s) || v == nil {
		why := p.why
		if why.Ko == "" && p.i < len(p.s) && p.s[p.i] == '^' {
			why = txtCaret
		}
		return nil, why, false
	}
	return v, noText, true
}

// maxIntBits bounds every value of an expression: far above 2**128, the
// largest answer of a skill, and small enough that a hostile 9**9**9
// costs nothing.
const maxIntBits = 512

var (
	txtCaret    = i18n.T{Ko: "거듭제곱은 **로 적으세요: 파이썬에서 ^는 XOR입니다 (2^8은 10).", En: "Write powers with **: in Python ^ is XOR (2^8 is 10)."}
	txtTooLarge = i18n.T{Ko: "수가 너무 큽니다.", En: "The number is too large."}
	txtNegExp   = i18n.T{Ko: "지수가 음수이면 정수가 아닙니다.", En: "A negative exponent gives no integer."}
)

type intParser struct {
	s     string
	i     int
	bad   bool
	why   i18n.T
	depth int
}

func (p *intParser) fail(why i18n.T) *big.Int {
	if !p.bad {
		p.bad, p.why = true, why
	}
	return nil
}

func (p *intParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

// peek returns the next operator character after spaces, or 0.
func (p *intParser) peek() byte {
	p.space()
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *intParser) isPow() bool {
	return p.peek() == '*' && p.i+1 < len(p.s) && p.s[p.i+1] == '*'
}

func (p *intParser) tooBig(v *big.Int) bool { return v.BitLen() > maxIntBits }

// expr := term {('+'|'-') term}
func (p *intParser) expr(depth int) *big.Int {
	if depth > 32 {
		return p.fail(txtTooLong)
	}
	v := p.term(depth)
	for v != nil && !p.bad {
		op := p.peek()
		if op != '+' && op != '-' {
			break
		}
		p.i++
		w := p.term(depth)
		if w == nil {
			return nil
		}
		if op == '+' {
			v.Add(v, w)
		} else {
			v.Sub(v, w)
		}
		if p.tooBig(v) {
			return p.fail(txtTooLarge)
		}
	}
	return v
}

// term := factor {'*' factor}
func (p *intParser) term(depth int) *big.Int {
	v := p.factor(depth)
	for v != nil && !p.bad && p.peek() == '*' && !p.isPow() {
		p.i++
		w := p.factor(depth)
		if w == nil {
			return nil
		}
		if v.BitLen()+w.BitLen() > maxIntBits+1 {
			return p.fail(txtTooLarge)
		}
		v.Mul(v, w)
	}
	return v
}

// factor := ('+'|'-') factor | power
func (p *intParser) factor(depth int) *big.Int {
	switch p.peek() {
	case '-':
		p.i++
		p.depth++
		if p.depth > 64 {
			return p.fail(txtTooLong)
		}
		v := p.factor(depth)
		if v == nil {
			return nil
		}
		return v.Neg(v)
	case '+':
		p.i++
		p.depth++
		if p.depth > 64 {
			return p.fail(txtTooLong)
		}
		return p.factor(depth)
	}
	return p.power(depth)
}

// power := atom ['**' factor]
func (p *intParser) power(depth int) *big.Int {
	v := p.atom(depth)
	if v == nil || !p.isPow() {
		return v
	}
	p.i += 2
	e := p.factor(depth + 1)
	if e == nil {
		return nil
	}
	if e.Sign() < 0 {
		return p.fail(txtNegExp)
	}
	// |v| < 2 needs no bound on the exponent; otherwise the result has
	// at least e bits.
	if v.CmpAbs(big.NewInt(1)) > 0 {
		if !e.IsInt64() || e.Int64() > maxIntBits || e.Int64()*int64(v.BitLen()-1) > maxIntBits {
			return p.fail(txtTooLarge)
		}
	} else if !e.IsInt64() {
		e = big.NewInt(2 + int64(e.Bit(0))) // only its parity matters
	}
	if v.Exp(v, e, nil); p.tooBig(v) {
		return p.fail(txtTooLarge)
	}
	return v
}

// atom := number | '(' expr ')'
func (p *intParser) atom(depth int) *big.Int {
	switch c := p.peek(); {
	case c == '(':
		p.i++
		v := p.expr(depth + 1)
		if v == nil {
			return nil
		}
		if p.peek() != ')' {
			return p.fail(noText)
		}
		p.i++
		return v
	case c >= '0' && c <= '9':
		return p.number()
	}
	return p.fail(noText)
}

// number reads a literal: 0x, 0o, 0b with their digits, or decimal
// digits, with underscores between digits and commas between groups of
// three.
func (p *intParser) number() *big.Int {
	base := 10
	if p.i+1 < len(p.s) && p.s[p.i] == '0' {
		switch p.s[p.i+1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 10 {
			p.i += 2
		}
	}
	var digits []byte
	group, groups := 0, 0 // digits since the last comma, and commas
	lastSep := base != 10 // a prefix may be followed by "_"
	for ; p.i < len(p.s); p.i++ {
		c := p.s[p.i]
		switch {
		case c == '_':
			if lastSep && !(base != 10 && len(digits) == 0) {
				return p.fail(noText)
			}
			lastSep = true
			continue
		case c == ',' && base == 10:
			if lastSep || (groups == 0 && group > 3) || (groups > 0 && group != 3) {
				return p.fail(noText)
			}
			groups++
			group = 0
			lastSep = true
			continue
		case digitValue(c) < base:
			digits = append(digits, c)
			group++
			lastSep = false
			continue
		}
		break
	}
	if len(digits) == 0 || lastSep || (groups > 0 && group != 3) {
		return p.fail(noText)
	}
	if p.i < len(p.s) && (isHexDigit(p.s[p.i]) || p.s[p.i] == '.' || p.s[p.i] == 'x' || p.s[p.i] == 'X') {
		return p.fail(noText) // 019 in octal, 1.5, 12abc
	}
	if len(digits)*4 > maxIntBits*2 {
		return p.fail(txtTooLarge)
	}
	v, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return p.fail(noText)
	}
	if p.tooBig(v) {
		return p.fail(txtTooLarge)
	}
	return v
}

// digitValue is c's value as a digit of any base up to 16, or 99.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}
