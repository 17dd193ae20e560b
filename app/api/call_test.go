package api

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

var parseCases = []struct {
	fn    string
	query string
	want  Call
	param string // the parameter a RequestError names; "-" for none expected
	ok    bool
}{
	// gethostname takes nothing.
	{"gethostname", "", Call{Func: GetHostName}, "", true},
	{"gethostname", "host=x", Call{}, "host", false},
	// The deck's calls.
	{"gethostbyname", "host=homepage.sch.ac.kr", Call{Func: GetHostByName, Arg: "homepage.sch.ac.kr", HasArg: true}, "", true},
	{"gethostbyname_ex", "host=localhost", Call{Func: GetHostByNameEx, Arg: "localhost", HasArg: true}, "", true},
	{"gethostbyaddr", "host=220.69.189.98", Call{Func: GetHostByAddr, Arg: "220.69.189.98", HasArg: true}, "", true},
	// An empty host is Python's '' (INADDR_ANY), not a missing one.
	{"gethostbyname", "host=", Call{Func: GetHostByName, Arg: "", HasArg: true}, "", true},
	{"gethostbyname", "", Call{}, "host", false},
	// getfqdn's argument is optional: getfqdn() and getfqdn('') differ
	// only in the transcript.
	{"getfqdn", "", Call{Func: GetFQDN}, "", true},
	{"getfqdn", "name=", Call{Func: GetFQDN, HasArg: true}, "", true},
	{"getfqdn", "name=www.daum.net", Call{Func: GetFQDN, Arg: "www.daum.net", HasArg: true}, "", true},
	{"getfqdn", "host=x", Call{}, "host", false},
	// Services with and without a protocol; an empty one is passed on.
	{"getservbyname", "name=http", Call{Func: GetServByName, Arg: "http", HasArg: true}, "", true},
	{"getservbyname", "name=http&proto=tcp", Call{Func: GetServByName, Arg: "http", HasArg: true, Proto: "tcp", HasProto: true}, "", true},
	{"getservbyname", "name=http&proto=", Call{Func: GetServByName, Arg: "http", HasArg: true, HasProto: true}, "", true},
	{"getservbyname", "proto=tcp", Call{}, "name", false},
	// Ports: any decimal integer is a call (Python raises OverflowError
	// out of range); the text is kept as Python's repr of the int.
	{"getservbyport", "port=80", Call{Func: GetServByPort, Arg: "80", HasArg: true}, "", true},
	{"getservbyport", "port=%2B80&proto=udp", Call{Func: GetServByPort, Arg: "80", HasArg: true, Proto: "udp", HasProto: true}, "", true},
	{"getservbyport", "port=0080", Call{Func: GetServByPort, Arg: "80", HasArg: true}, "", true},
	{"getservbyport", "port=-0", Call{Func: GetServByPort, Arg: "0", HasArg: true}, "", true},
	{"getservbyport", "port=-1", Call{Func: GetServByPort, Arg: "-1", HasArg: true}, "", true},
	{"getservbyport", "port=65536", Call{Func: GetServByPort, Arg: "65536", HasArg: true}, "", true},
	{"getservbyport", "port=" + strings.Repeat("9", 40), Call{Func: GetServByPort, Arg: strings.Repeat("9", 40), HasArg: true}, "", true},
	{"getservbyport", "port=" + strings.Repeat("9", 41), Call{}, "port", false},
	{"getservbyport", "port=80.0", Call{}, "port", false},
	{"getservbyport", "port=http", Call{}, "port", false},
	{"getservbyport", "port=", Call{}, "port", false},
	{"getservbyport", "port=-", Call{}, "port", false},
	{"getservbyport", "port=+-1", Call{Func: GetServByPort, Arg: "-1", HasArg: true}, "", true}, // int(' -1'): "+" is a space in a query
	{"getservbyport", "port=%2B-1", Call{}, "port", false},
	{"getservbyport", "port=%EF%BC%8B%EF%BC%98%EF%BC%90", Call{}, "port", false}, // int() takes no full-width sign
	// What int() reads: full-width digits (a Korean IME), spaces around,
	// underscores between digits.
	{"getservbyport", "port=%EF%BC%98%EF%BC%90", Call{Func: GetServByPort, Arg: "80", HasArg: true}, "", true},
	{"getservbyport", "port=+80%E3%80%80", Call{Func: GetServByPort, Arg: "80", HasArg: true}, "", true},
	{"getservbyport", "port=8_0", Call{Func: GetServByPort, Arg: "80", HasArg: true}, "", true},
	{"getservbyport", "port=8__0", Call{}, "port", false},
	// Repeated, unknown and malformed parameters.
	{"gethostbyname", "host=a&host=b", Call{}, "host", false},
	{"gethostbyname", "host=a&proto=tcp", Call{}, "proto", false},
	{"gethostbyname", "host=a&x=1", Call{}, "x", false},
	{"gethostbyname", "host=a%00b", Call{}, "host", false},
	{"gethostbyname", "host=a%09b", Call{}, "host", false},
	{"gethostbyname", "host=a%7Fb", Call{}, "host", false},
	{"gethostbyname", "host=%FF", Call{}, "host", false},
	{"gethostbyname", "host=" + strings.Repeat("a", MaxArgLen+1), Call{}, "host", false},
	{"getservbyname", "name=http&proto=" + strings.Repeat("t", MaxArgLen+1), Call{}, "proto", false},
	// Text that is odd but typeable goes to Python as it is.
	{"gethostbyname", "host=%ED%95%9C%EA%B5%AD.kr", Call{Func: GetHostByName, Arg: "한국.kr", HasArg: true}, "", true},
	{"gethostbyname", "host=%3Cscript%3E", Call{Func: GetHostByName, Arg: "<script>", HasArg: true}, "", true},
	{"gethostbyname", "host=+a+b+", Call{Func: GetHostByName, Arg: " a b ", HasArg: true}, "", true},
	{"gethostbyname", "host=" + strings.Repeat("a", MaxArgLen), Call{Func: GetHostByName, Arg: strings.Repeat("a", MaxArgLen), HasArg: true}, "", true},
	// Unknown functions name no parameter.
	{"getaddrinfo", "host=x", Call{}, "", false},
	{"", "", Call{}, "", false},
	{"GETHOSTNAME", "", Call{}, "", false},
}

func TestParseCall(t *testing.T) {
	for _, c := range parseCases {
		t.Run(c.fn+"?"+c.query, func(t *testing.T) {
			q, err := url.ParseQuery(c.query)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseCall(c.fn, q)
			if !c.ok {
				var re *RequestError
				if !errors.As(err, &re) {
					t.Fatalf("ParseCall = %+v, %v; want a RequestError", got, err)
				}
				if re.Param != c.param {
					t.Errorf("error names parameter %q, want %q (%v)", re.Param, c.param, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("ParseCall = %+v, want %+v", got, c.want)
			}
			checkCallInvariants(t, got)
		})
	}
}

// checkCallInvariants checks what holds for every valid call: it
// validates, and its URL parses back to it.
func checkCallInvariants(t *testing.T, c Call) {
	t.Helper()
	if err := c.Validate(); err != nil {
		t.Fatalf("Validate(%+v) = %v", c, err)
	}
	u, err := url.Parse(c.URL())
	if err != nil {
		t.Fatalf("URL %q: %v", c.URL(), err)
	}
	fn, ok := strings.CutPrefix(u.Path, SocketPrefix)
	if !ok {
		t.Fatalf("URL %q is not under %s", c.URL(), SocketPrefix)
	}
	back, err := ParseCall(fn, u.Query())
	if err != nil || back != c {
		t.Fatalf("URL %q parses to %+v, %v; want %+v", c.URL(), back, err, c)
	}
	if !strings.HasPrefix(c.Expr(), "socket."+string(c.Func)+"(") {
		t.Fatalf("Expr %q", c.Expr())
	}
}

func TestValidateRejectsInconsistentCalls(t *testing.T) {
	for _, c := range []struct {
		name string
		call Call
	}{
		{"zero", Call{}},
		{"arg without HasArg", Call{Func: GetFQDN, Arg: "x"}},
		{"proto without HasProto", Call{Func: GetServByName, Arg: "http", HasArg: true, Proto: "tcp"}},
		{"proto on a host call", Call{Func: GetHostByName, Arg: "x", HasArg: true, HasProto: true}},
		{"argument to gethostname", Call{Func: GetHostName, HasArg: true}},
		{"port with a plus", Call{Func: GetServByPort, Arg: "+80", HasArg: true}},
		{"port with leading zero", Call{Func: GetServByPort, Arg: "080", HasArg: true}},
		{"negative zero", Call{Func: GetServByPort, Arg: "-0", HasArg: true}},
		{"missing port", Call{Func: GetServByPort}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.call.Validate(); err == nil {
				t.Errorf("Validate(%+v) = nil, want an error", c.call)
			}
		})
	}
}

func TestExpr(t *testing.T) {
	for _, c := range []struct {
		call Call
		want string
	}{
		{Call{Func: GetHostName}, "socket.gethostname()"},
		{Call{Func: GetFQDN}, "socket.getfqdn()"},
		{Call{Func: GetFQDN, HasArg: true}, "socket.getfqdn('')"},
		{Call{Func: GetHostByName, Arg: "it's", HasArg: true}, `socket.gethostbyname("it's")`},
		{Call{Func: GetServByName, Arg: "http", HasArg: true, Proto: "tcp", HasProto: true}, "socket.getservbyname('http', 'tcp')"},
		{Call{Func: GetServByPort, Arg: "-1", HasArg: true}, "socket.getservbyport(-1)"},
	} {
		if got := c.call.Expr(); got != c.want {
			t.Errorf("Expr(%+v) = %s, want %s", c.call, got, c.want)
		}
	}
}
