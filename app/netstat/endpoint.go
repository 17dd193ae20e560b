package netstat

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode"
)

// Port is the port of one end as netstat printed it: a number ("59664"),
// a service name ("ssh") or "*" for any port. The zero Port was never
// printed: it has no text and no number.
type Port struct {
	// Text is the port as printed.
	Text string
	// Num is the port number: the printed one, or, for a service name, the
	// number ServicePort gives it. Meaningful only when HasNum is true.
	Num uint16
	// HasNum reports whether Num is known: false for "*" and for service
	// names outside ServicePort's table.
	HasNum bool
}

// IsName reports whether the port was printed as a service name.
func (p Port) IsName() bool {
	return p.Text != "" && p.Text != "*" && !isDigits(p.Text)
}

// IsAny reports whether the port was printed as "*": any port.
func (p Port) IsAny() bool { return p.Text == "*" }

// String returns the port as printed.
func (p Port) String() string { return p.Text }

// Deck returns the port as the deck writes it in a (host, port) pair: the
// number when it is known ("22" for "ssh"), the printed text otherwise.
func (p Port) Deck() string {
	if p.HasNum {
		return strconv.Itoa(int(p.Num))
	}
	return p.Text
}

// parsePort reads a printed port: "*", a decimal number up to 65535, or a
// service name made of letters, digits, '-', '_' and '+'.
func parsePort(s string) (Port, bool) {
	switch {
	case s == "*":
		return Port{Text: s}, true
	case isDigits(s):
		n, err := strconv.ParseUint(s, 10, 16)
		if err != nil {
			return Port{}, false
		}
		return Port{Text: s, Num: uint16(n), HasNum: true}, true
	case s == "" || len(s) > 32:
		return Port{}, false
	}
	for _, r := range s {
		ok := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
			r == '-' || r == '_' || r == '+'
		if !ok {
			return Port{}, false
		}
	}
	n, known := ServicePort(s)
	return Port{Text: s, Num: n, HasNum: known}, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Endpoint is one end of a socket: a host and a port. The zero Endpoint
// has neither.
type Endpoint struct {
	// Host is the host as printed, without the brackets around an IPv6
	// address: "114.71.220.46", "workstation", "*", "::", "fe80::1%lo0".
	Host string
	// Addr is Host as an IP address, zone included; the zero Addr when Host
	// is a name or "*".
	Addr netip.Addr
	Port Port
}

// HasPeer reports whether the end names a real peer. A foreign end of "*:*",
// "0.0.0.0:*", "*.*", "[::]:0" or "DESKTOP:0" is no peer at all: the socket
// listens, or is a UDP socket that takes datagrams from anyone. Port 0 is
// never a real peer's port.
func (e Endpoint) HasPeer() bool {
	if e.Port.IsAny() || e.Port.Text == "" {
		return false
	}
	return !(e.Port.HasNum && e.Port.Num == 0 && !e.Port.IsName())
}

// IsAnyHost reports whether the host is "*" or an unspecified address
// (0.0.0.0, ::): a socket bound there takes traffic for every address of
// the machine.
func (e Endpoint) IsAnyHost() bool {
	return e.Host == "*" || e.Addr.IsUnspecified()
}

// String returns the end as host:port with the port as printed and IPv6
// in brackets: "114.71.220.46:ssh", "[::]:22".
func (e Endpoint) String() string {
	host := e.Host
	if e.Addr.Is6() || strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return host + ":" + e.Port.Text
}

// Deck returns the end as the deck writes a node's address, a (host, port)
// pair: "(114.71.220.95, 59664)", "(114.71.220.46, 22)".
func (e Endpoint) Deck() string {
	return "(" + e.Host + ", " + e.Port.Deck() + ")"
}

// The three ways of writing host and port.
func splitColon(s string) (host, port string, ok bool) {
	if strings.HasPrefix(s, "[") {
		i := strings.Index(s, "]:")
		if i < 0 {
			return "", "", false
		}
		return s[1:i], s[i+2:], true
	}
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

func splitDot(s string) (host, port string, ok bool) {
	i := strings.LastIndexByte(s, '.')
	if i < 0 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

// parseEndpoint reads one end in the notation of format: host:port for
// Linux and Windows, host.port for macOS and the BSDs (whose port follows
// the last dot, so "192.168.0.5.52433" and "fe80::1%lo0.1024" both work).
func parseEndpoint(s string, f Format) (Endpoint, bool) {
	var host, port string
	var ok bool
	if f == FormatBSD {
		host, port, ok = splitDot(s)
	} else {
		host, port, ok = splitColon(s)
	}
	if !ok || !validHost(host) {
		return Endpoint{}, false
	}
	p, ok := parsePort(port)
	if !ok {
		return Endpoint{}, false
	}
	e := Endpoint{Host: host, Port: p}
	if a, err := netip.ParseAddr(host); err == nil {
		e.Addr = a
	} else if strings.HasPrefix(s, "[") {
		return Endpoint{}, false // brackets hold an IPv6 address, nothing else
	}
	return e, true
}

// validHost accepts "*", IP addresses with an optional zone, and host
// names, which net-tools may print cut short; it refuses what would make
// a column of some other table look like an address.
func validHost(h string) bool {
	if h == "*" {
		return true
	}
	if h == "" || len(h) > 255 {
		return false
	}
	for _, r := range h {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r):
		case r == '.', r == '-', r == '_', r == ':', r == '%':
		default:
			return false
		}
	}
	return true
}
