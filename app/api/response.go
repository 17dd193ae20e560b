package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"netprimer/app/pyrepl"
)

// Response is the body of every answer of the API. With status 200 the call
// ran, and exactly one of Result (what it returned) and Error (what it
// raised) is set. With any other status Error says what went wrong with the
// request, in a Type that is not a Python exception (see IsPython).
//
// Backend, Source, Cached, Refused and TimedOut extend the answer's first
// shape (result or error); docs/API.md describes them.
type Response struct {
	Result Result `json:"result,omitzero"`
	Error  *Error `json:"error,omitempty"`

	// Backend names the resolver that answered a host lookup: "libc" (the
	// C library CPython calls), "go" (the same rules in Go, for servers
	// built without cgo) or "dns" (a DNS server chosen by the instructor).
	Backend string `json:"backend,omitempty"`
	// Source names the services table that answered a service lookup:
	// "file" (the host's services file, as CPython reads it) or "builtin"
	// (the table shipped with the server, when the host has no file).
	Source string `json:"source,omitempty"`
	// Cached is set when the answer came from the server's cache.
	Cached bool `json:"cached,omitempty"`
	// Refused is set when the server refused to ask for the name of a
	// private address (the instructor's -refuse-private-reverse): the
	// answer is then what Python shows for an address without a name.
	Refused bool `json:"refused,omitempty"`
	// TimedOut is set when the resolver did not answer within the
	// server's time limit: Error is then the gaierror CPython raises for
	// an unreachable resolver.
	TimedOut bool `json:"timed_out,omitempty"`
}

// Host is the (hostname, aliaslist, ipaddrlist) tuple that
// gethostbyname_ex and gethostbyaddr return. Its JSON form is the array
// ["name", ["alias", …], ["addr", …]]; nil lists are written as [].
type Host struct {
	Name    string
	Aliases []string
	Addrs   []string
}

// Repr returns the tuple as CPython prints it.
func (h Host) Repr() string {
	return pyrepl.Tuple(pyrepl.Str(h.Name), strList(h.Aliases), strList(h.Addrs))
}

func strList(items []string) string {
	reprs := make([]string, len(items))
	for i, s := range items {
		reprs[i] = pyrepl.Str(s)
	}
	return pyrepl.List(reprs...)
}

// MarshalJSON writes the tuple as a JSON array.
func (h Host) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{h.Name, nonNil(h.Aliases), nonNil(h.Addrs)})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// UnmarshalJSON reads the array that MarshalJSON writes.
func (h *Host) UnmarshalJSON(b []byte) error {
	var parts []json.RawMessage
	if err := json.Unmarshal(b, &parts); err != nil {
		return err
	}
	if len(parts) != 3 {
		return fmt.Errorf("api: host tuple has %d items, want 3", len(parts))
	}
	var v Host
	if err := json.Unmarshal(parts[0], &v.Name); err != nil {
		return err
	}
	if err := json.Unmarshal(parts[1], &v.Aliases); err != nil {
		return err
	}
	if err := json.Unmarshal(parts[2], &v.Addrs); err != nil {
		return err
	}
	v.Aliases, v.Addrs = nonNil(v.Aliases), nonNil(v.Addrs)
	*h = v
	return nil
}

// Result is the value a call returned: a str (gethostname, gethostbyname,
// getfqdn, getservbyport), an int (getservbyname) or a Host tuple
// (gethostbyname_ex, gethostbyaddr). In JSON it is a string, a number or
// an array.
//
// The zero Result holds no value; IsZero reports it.
type Result struct {
	kind resultKind
	s    string
	n    int
	h    Host
}

type resultKind uint8

const (
	noResult resultKind = iota
	strResult
	intResult
	hostResult
)

// StrResult returns a str result.
func StrResult(s string) Result { return Result{kind: strResult, s: s} }

// IntResult returns an int result.
func IntResult(n int) Result { return Result{kind: intResult, n: n} }

// HostResult returns a (hostname, aliaslist, ipaddrlist) result.
func HostResult(h Host) Result {
	h.Aliases, h.Addrs = nonNil(h.Aliases), nonNil(h.Addrs)
	return Result{kind: hostResult, h: h}
}

// IsZero reports whether r holds no value.
func (r Result) IsZero() bool { return r.kind == noResult }

// Str returns a str result.
func (r Result) Str() (string, bool) { return r.s, r.kind == strResult }

// Int returns an int result.
func (r Result) Int() (int, bool) { return r.n, r.kind == intResult }

// Host returns a tuple result.
func (r Result) Host() (Host, bool) { return r.h, r.kind == hostResult }

// Repr returns the value as the interactive interpreter echoes it.
func (r Result) Repr() string {
	switch r.kind {
	case strResult:
		return pyrepl.Str(r.s)
	case intResult:
		return pyrepl.Int(int64(r.n))
	case hostResult:
		return r.h.Repr()
	}
	return pyrepl.None
}

// String returns the value as print() writes it: a str without quotes.
func (r Result) String() string {
	if r.kind == strResult {
		return r.s
	}
	return r.Repr()
}

// MarshalJSON writes the value as a JSON string, number or array.
func (r Result) MarshalJSON() ([]byte, error) {
	switch r.kind {
	case strResult:
		return json.Marshal(r.s)
	case intResult:
		return json.Marshal(r.n)
	case hostResult:
		return r.h.MarshalJSON()
	}
	return []byte("null"), nil
}

// UnmarshalJSON reads a value by its JSON type.
func (r *Result) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return fmt.Errorf("api: empty result")
	}
	switch b[0] {
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*r = StrResult(s)
	case '[':
		var h Host
		if err := h.UnmarshalJSON(b); err != nil {
			return err
		}
		*r = HostResult(h)
	case 'n':
		*r = Result{}
	default:
		n, err := strconv.Atoi(string(b))
		if err != nil {
			return fmt.Errorf("api: result %s is not a str, int or tuple", b)
		}
		*r = IntResult(n)
	}
	return nil
}

// Error is an exception CPython raised (status 200), or what was wrong
// with the request (any other status).
//
// For a Python exception, Type is the class name (gaierror, herror,
// OSError, UnicodeError, OverflowError), Errno its errno attribute when it
// has one, and Message str() of it, which is what the deck's HOSTS
// program prints.
type Error struct {
	Type    string `json:"type"`
	Errno   *int   `json:"errno,omitempty"`
	Message string `json:"message"`
	// Param names the query parameter of a wrong request.
	Param string `json:"param,omitempty"`
}

// Python exception classes the API reports.
const (
	TypeGaierror      = "gaierror"
	TypeHerror        = "herror"
	TypeOSError       = "OSError"
	TypeUnicodeError  = "UnicodeError"
	TypeOverflowError = "OverflowError"
)

// Types of errors about the request itself, never Python's.
const (
	TypeBadRequest       = "bad_request"        // 400
	TypeNotFound         = "not_found"          // 404
	TypeMethodNotAllowed = "method_not_allowed" // 405
	TypeURITooLong       = "uri_too_long"       // 414
	TypeRateLimited      = "rate_limited"       // 429
	TypeOverloaded       = "overloaded"         // 503
	TypeInternal         = "internal"           // 500
	TypeExpired          = "expired"            // 404: a lab session that has expired
)

// IsPython reports whether e is an exception CPython raised, rather than
// an error about the request. Besides the classes named here, an errno
// may come as one of OSError's subclasses (ConnectionRefusedError, …).
func (e Error) IsPython() bool {
	switch e.Type {
	case TypeBadRequest, TypeNotFound, TypeMethodNotAllowed, TypeRateLimited, TypeOverloaded, TypeInternal, TypeExpired, "":
		return false
	}
	return true
}

// PythonType returns the exception's name as a traceback shows it: the
// socket module's own classes are qualified (socket.gaierror).
func (e Error) PythonType() string {
	switch e.Type {
	case TypeGaierror, TypeHerror:
		return "socket." + e.Type
	}
	return e.Type
}

func (e Error) Error() string {
	return e.PythonType() + ": " + e.Message
}

// Endpoint is one end of a TCP connection. Port 0 means the server does
// not know it (a proxy that forwards only the client's address).
type Endpoint struct {
	IP   string `json:"ip"`
	Port int    `json:"port"`
}

// Connection is the 4-tuple of the caller's connection as the server sees
// it, the body of GET ConnectionPath.
type Connection struct {
	Client Endpoint `json:"client"`
	Server Endpoint `json:"server"`
	Proto  string   `json:"proto"`
	// Forwarded is set when the client's address comes from a trusted
	// proxy's header rather than from the connection itself.
	Forwarded bool `json:"forwarded,omitempty"`
}
