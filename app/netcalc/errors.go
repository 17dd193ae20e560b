package netcalc

import (
	"errors"
	"strconv"
	"strings"

	"netprimer/app/pyrepl"
)

// Python exception types as a traceback's last line names them.
const (
	ValueError        = "ValueError"
	AddressValueError = "ipaddress.AddressValueError"
	NetmaskValueError = "ipaddress.NetmaskValueError"
	IndexError        = "IndexError"
)

// Error is an exception CPython's ipaddress raises. Error() is its message
// exactly as Python prints it after the type.
type Error struct {
	// Type is the exception's type as the traceback's last line writes
	// it: ValueError, ipaddress.AddressValueError or
	// ipaddress.NetmaskValueError. Both of the latter are ValueErrors.
	Type string
	// Msg is str(exception).
	Msg string

	hostBits bool
}

func (e *Error) Error() string { return e.Msg }

// Unwrap returns ErrHostBitsSet for "... has host bits set".
func (e *Error) Unwrap() error {
	if e.hostBits {
		return ErrHostBitsSet
	}
	return nil
}

// ErrHostBitsSet is what a strict ParseNetwork's error wraps when the
// text is a network with host bits set: ParseNetwork(s, false) accepts it.
var ErrHostBitsSet = errors.New("host bits set")

// perr is an error of the parsers before it is formatted: ip_address and
// ip_network try IPv4 and then IPv6 and drop the first failure, so building
// its message (a repr of the input) would be wasted work on the way to a
// valid IPv6 address. Most of ipaddress's messages are a head followed by
// " in " and the repr of what failed, nested up to three deep:
//
//	Only decimal digits permitted in '1%1' in '1%1.2.3.4' in 'fe80::1%1.2.3.4'
type perr struct {
	kind  perrKind
	head  string // a constant text; for octetTooBig, the octet's digits
	in    [3]string
	nIn   uint8
	extra string
}

type perrKind uint8

const (
	noErr        perrKind = iota
	addressErr            // AddressValueError: head, then the " in %r" chain
	octetTooBig           // AddressValueError: "Octet %d (> 255) not permitted" and the chain
	invalidScope          // AddressValueError: 'Invalid IPv6 address: "%r"'
	badNetmask            // NetmaskValueError: '%r is not a valid netmask'
	hostBitsSet           // ValueError: '%s has host bits set'
	intLiteral16          // AddressValueError: int('', 16)'s message and the chain
)

func (e perr) failed() bool { return e.kind != noErr }

// wrap adds one " in %r" to the chain, as "%s in %r" % (exc, ip_str)
// does in _ip_int_from_string.
func (e perr) wrap(s string) perr {
	if e.nIn < uint8(len(e.in)) {
		e.in[e.nIn] = s
		e.nIn++
	}
	return e
}

func addrErr(head string, in ...string) perr {
	e := perr{kind: addressErr, head: head}
	for _, s := range in {
		e = e.wrap(s)
	}
	return e
}

// message formats the error as CPython's str(exception).
func (e perr) message() string {
	var b strings.Builder
	switch e.kind {
	case addressErr:
		b.WriteString(e.head)
	case octetTooBig:
		b.WriteString("Octet ")
		b.WriteString(e.head)
		b.WriteString(" (> 255) not permitted")
	case intLiteral16:
		b.WriteString("invalid literal for int() with base 16: ''")
	case invalidScope:
		return `Invalid IPv6 address: "` + pyrepl.Str(e.extra) + `"`
	case badNetmask:
		return pyrepl.Str(e.extra) + " is not a valid netmask"
	case hostBitsSet:
		return e.extra + " has host bits set"
	}
	for _, s := range e.in[:e.nIn] {
		b.WriteString(" in ")
		b.WriteString(pyrepl.Str(s))
	}
	return b.String()
}

func (e perr) typ() string {
	switch e.kind {
	case badNetmask:
		return NetmaskValueError
	case hostBitsSet:
		return ValueError
	}
	return AddressValueError
}

// err returns the exported error, or nil.
func (e perr) err() error {
	if !e.failed() {
		return nil
	}
	return &Error{Type: e.typ(), Msg: e.message(), hostBits: e.kind == hostBitsSet}
}

// notAddress is ip_address's error when neither IPv4 nor IPv6 parse.
func notAddress(s string) error {
	return &Error{Type: ValueError, Msg: pyrepl.Str(s) + " does not appear to be an IPv4 or IPv6 address"}
}

// notNetwork is ip_network's error when neither IPv4 nor IPv6 parse.
func notNetwork(s string) error {
	return &Error{Type: ValueError, Msg: pyrepl.Str(s) + " does not appear to be an IPv4 or IPv6 network"}
}

func valueError(msg string) error { return &Error{Type: ValueError, Msg: msg} }

func itoa(n int) string { return strconv.Itoa(n) }
