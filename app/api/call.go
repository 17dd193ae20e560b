package api

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"netprimer/app/pyrepl"
)

// Limits on the arguments of a call, checked before anything is looked up.
// A longer argument is a wrong request (400), not a Python outcome: no
// lesson needs one, and the server must not spend work on it. The server
// adds its own limit after IDNA encoding (253 bytes, RFC 1035 section
// 2.3.4 less the root's length byte and the final dot).
const (
	MaxArgLen     = 1024 // bytes of UTF-8 in a host, service or protocol name
	MaxPortDigits = 40   // decimal digits of a port, beyond any C long
	MaxQueryLen   = 4096 // bytes of a raw query string
)

// Call is one call of a socket function: socket.Func(Arg[, Proto]).
//
// Arg is the first argument: a host name or address (gethostbyname,
// gethostbyname_ex, gethostbyaddr), a name (getfqdn, getservbyname), or a
// port as a decimal integer without sign "+" or leading zeros
// (getservbyport). HasArg is false only for gethostname() and getfqdn()
// called without an argument. Proto is the protocol name passed to
// getservbyname or getservbyport when HasProto is set; Python passes an
// empty string as given, unlike an absent one.
//
// The zero Call is not valid: it has no Func.
type Call struct {
	Func     Func
	Arg      string
	HasArg   bool
	Proto    string
	HasProto bool
}

// RequestError says why a request is wrong; the server answers it with
// status 400 before looking anything up.
type RequestError struct {
	Param   string // the query parameter at fault, or "" for the path
	Problem string
}

func (e *RequestError) Error() string {
	if e.Param == "" {
		return "api: " + e.Problem
	}
	return fmt.Sprintf("api: parameter %q: %s", e.Param, e.Problem)
}

// ParseCall reads the call of function fn (the last element of the path)
// with the query parameters q. Every parameter must be known to fn and
// given at most once; strings must be UTF-8 without control characters and
// at most MaxArgLen bytes; a port must be a decimal integer of at most
// MaxPortDigits digits, with an optional sign. Out-of-range ports are not
// wrong requests: Python answers them with OverflowError.
func ParseCall(fn string, q url.Values) (Call, error) {
	f := Func(fn)
	if !f.Valid() {
		return Call{}, &RequestError{Problem: fmt.Sprintf("unknown function %q", fn)}
	}
	param, _, proto := f.argParam()
	for k, vs := range q {
		if k != param && (k != ParamProto || !proto) {
			return Call{}, &RequestError{Param: k, Problem: fmt.Sprintf("not a parameter of %s", f)}
		}
		if len(vs) > 1 {
			return Call{}, &RequestError{Param: k, Problem: "given more than once"}
		}
	}
	c := Call{Func: f}
	if vs, ok := q[param]; ok && param != "" {
		c.Arg, c.HasArg = vs[0], true
		if f == GetServByPort {
			n, err := canonicalInt(c.Arg)
			if err != nil {
				return Call{}, &RequestError{Param: param, Problem: err.Error()}
			}
			c.Arg = n
		}
	}
	if vs, ok := q[ParamProto]; ok && proto {
		c.Proto, c.HasProto = vs[0], true
	}
	if err := c.Validate(); err != nil {
		return Call{}, err
	}
	return c, nil
}

// Validate reports whether c is a call the API runs: a known function with
// the arguments it takes, each within the limits of ParseCall.
func (c Call) Validate() error {
	if !c.Func.Valid() {
		return &RequestError{Problem: fmt.Sprintf("unknown function %q", string(c.Func))}
	}
	param, required, proto := c.Func.argParam()
	switch {
	case required && !c.HasArg:
		return &RequestError{Param: param, Problem: "missing"}
	case param == "" && (c.HasArg || c.Arg != ""):
		return &RequestError{Problem: fmt.Sprintf("%s takes no argument", c.Func)}
	case !proto && (c.HasProto || c.Proto != ""):
		return &RequestError{Param: ParamProto, Problem: fmt.Sprintf("not a parameter of %s", c.Func)}
	case !c.HasArg && c.Arg != "":
		return &RequestError{Param: param, Problem: "set without HasArg"}
	case !c.HasProto && c.Proto != "":
		return &RequestError{Param: ParamProto, Problem: "set without HasProto"}
	}
	if c.Func == GetServByPort {
		if n, err := canonicalInt(c.Arg); err != nil || n != c.Arg {
			return &RequestError{Param: param, Problem: "not a canonical decimal integer"}
		}
	} else if err := checkText(c.Arg); err != nil {
		return &RequestError{Param: param, Problem: err.Error()}
	}
	if err := checkText(c.Proto); err != nil {
		return &RequestError{Param: ParamProto, Problem: err.Error()}
	}
	return nil
}

// checkText accepts what a student can type into a lesson's input and
// CPython can receive as a str argument: UTF-8 without C0 controls or DEL
// (a NUL would make CPython raise TypeError or ValueError, which the
// lessons do not teach).
func checkText(s string) error {
	if len(s) > MaxArgLen {
		return fmt.Errorf("longer than %d bytes", MaxArgLen)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("not valid UTF-8")
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("control character %U", r)
		}
	}
	return nil
}

// canonicalInt reads s as Python's int(s) reads a decimal integer, and
// returns it as Python's repr writes it: spaces around it, an ASCII sign,
// single underscores between digits, and the decimal digits of any script
// are allowed, as int() allows them: int('８０'), typed by a Korean IME in
// full-width mode, is 80. At most MaxPortDigits digits, leading zeros
// included.
func canonicalInt(s string) (string, error) {
	if len(s) > MaxArgLen {
		return "", fmt.Errorf("longer than %d bytes", MaxArgLen)
	}
	text := strings.TrimSpace(s)
	sign := ""
	if strings.HasPrefix(text, "-") {
		sign, text = "-", text[1:]
	} else if strings.HasPrefix(text, "+") {
		text = text[1:]
	}
	if text == "" || text[0] == '_' || text[len(text)-1] == '_' || strings.Contains(text, "__") {
		return "", fmt.Errorf("not a decimal integer")
	}
	digits := make([]byte, 0, len(text))
	for _, r := range text {
		if r == '_' {
			continue
		}
		d, ok := digitValue(r)
		if !ok {
			return "", fmt.Errorf("not a decimal integer")
		}
		digits = append(digits, '0'+d)
	}
	if len(digits) > MaxPortDigits {
		return "", fmt.Errorf("more than %d digits", MaxPortDigits)
	}
	n := strings.TrimLeft(string(digits), "0")
	if n == "" {
		return "0", nil
	}
	return sign + n, nil
}

// digitValue returns the value of a decimal digit of any script, as
// Python's int() reads it (Unicode's Nd: "０" to "９", "٠" to "٩" …). Each
// range of Nd is whole runs of ten digits from zero up.
func digitValue(r rune) (byte, bool) {
	if r >= '0' && r <= '9' {
		return byte(r - '0'), true
	}
	for _, x := range unicode.Nd.R16 {
		if rune(x.Lo) <= r && r <= rune(x.Hi) {
			return byte((r - rune(x.Lo)) % 10), true
		}
	}
	for _, x := range unicode.Nd.R32 {
		if rune(x.Lo) <= r && r <= rune(x.Hi) {
			return byte((r - rune(x.Lo)) % 10), true
		}
	}
	return 0, false
}

// Values returns c's query parameters; ParseCall(c.Func, c.Values())
// returns c again.
func (c Call) Values() url.Values {
	q := url.Values{}
	param, _, _ := c.Func.argParam()
	if c.HasArg && param != "" {
		q.Set(param, c.Arg)
	}
	if c.HasProto {
		q.Set(ParamProto, c.Proto)
	}
	return q
}

// URL returns the path and query that ask the API for c.
func (c Call) URL() string {
	u := SocketPrefix + string(c.Func)
	if q := c.Values().Encode(); q != "" {
		u += "?" + q
	}
	return u
}

// Expr returns c as a Python expression, the line a student types after
// "import socket": socket.gethostbyname('localhost').
func (c Call) Expr() string {
	var args []string
	if c.HasArg {
		if c.Func == GetServByPort {
			args = append(args, c.Arg)
		} else {
			args = append(args, pyrepl.Str(c.Arg))
		}
	}
	if c.HasProto {
		args = append(args, pyrepl.Str(c.Proto))
	}
	return pyrepl.Call("socket."+string(c.Func), args...)
}
