// Package api holds the JSON types of Netprimer's lookup API, shared by the
// server (app/lookup) and the lessons in the browser: the calls a lesson may
// ask for, how they travel in a URL, and the answers, which are what
// CPython's socket module returned or raised for the same call on the
// server's host.
//
// It also holds the socket lab's sessions and events (lab.go).
//
// The package imports only the standard library, app/pyrepl and app/i18n,
// so it compiles into app.wasm without net/http.
package api

// Paths of the API. Every route lives under Prefix.
const (
	Prefix         = "/api/v1/"
	SocketPrefix   = Prefix + "socket/"    // SocketPrefix + Func, e.g. /api/v1/socket/gethostbyname
	ConnectionPath = Prefix + "connection" // the caller's TCP 4-tuple
)

// Func names a function of Python's socket module that the API runs.
type Func string

// The functions of the deck's slides "호스트 정보 알아내기" and
// "인터넷 서비스 정보 알아내기".
const (
	GetHostName     Func = "gethostname"
	GetHostByName   Func = "gethostbyname"
	GetHostByNameEx Func = "gethostbyname_ex"
	GetHostByAddr   Func = "gethostbyaddr"
	GetFQDN         Func = "getfqdn"
	GetServByName   Func = "getservbyname"
	GetServByPort   Func = "getservbyport"
)

// Funcs lists every function the API runs, in the order of the slides.
func Funcs() []Func {
	return []Func{GetHostName, GetHostByName, GetHostByNameEx, GetHostByAddr, GetFQDN, GetServByName, GetServByPort}
}

// Valid reports whether f is one of Funcs.
func (f Func) Valid() bool {
	for _, g := range Funcs() {
		if f == g {
			return true
		}
	}
	return false
}

// Query parameters. Each function takes at most a first argument and a
// protocol name; the first argument's parameter depends on the function.
const (
	ParamHost  = "host"  // gethostbyname, gethostbyname_ex, gethostbyaddr
	ParamName  = "name"  // getfqdn, getservbyname
	ParamPort  = "port"  // getservbyport
	ParamProto = "proto" // getservbyname, getservbyport
)

// argParam returns the parameter holding f's first argument, whether f
// requires it, and whether f takes a protocol name.
func (f Func) argParam() (param string, required, proto bool) {
	switch f {
	case GetHostByName, GetHostByNameEx, GetHostByAddr:
		return ParamHost, true, false
	case GetFQDN:
		return ParamName, false, false
	case GetServByName:
		return ParamName, true, true
	case GetServByPort:
		return ParamPort, true, true
	}
	return "", false, false
}
