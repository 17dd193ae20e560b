package api

import (
	"fmt"
	"strings"

	"netprimer/app/pyrepl"
)

// Transcript returns the interactive session in which a student runs c and
// CPython answers r: ">>> import socket", the call, then the value it
// returned or the exception it raised. r must be a Python outcome (a
// result, or an error for which IsPython holds).
func Transcript(c Call, r Response) (*pyrepl.Transcript, error) {
	t := pyrepl.Session("socket")
	switch {
	case r.Error != nil && r.Error.IsPython():
		return t.In(c.Expr()).Raise(r.Error.PythonType(), r.Error.Message), nil
	case r.Error == nil && !r.Result.IsZero():
		return t.Eval(c.Expr(), r.Result.Repr()), nil
	}
	return nil, fmt.Errorf("api: %s: answer is not a Python outcome", c.Expr())
}

// HostsProgram returns the deck's program that prints the address of each
// host, or the error that gethostbyname raised for it:
//
//	import socket
//	HOSTS = [
//	    'www.sch.ac.kr',
//	    ...
//	]
//	for host in HOSTS:
//	    try:
//	        print('{} : {}'.format(host, socket.gethostbyname(host)))
//	    except socket.error as msg:
//	        print('{} : {}'.format(host, msg))
func HostsProgram(hosts []string) string {
	var b strings.Builder
	b.WriteString("import socket\nHOSTS = [\n")
	for _, h := range hosts {
		b.WriteString("    " + pyrepl.Str(h) + ",\n")
	}
	b.WriteString("]\n")
	b.WriteString("for host in HOSTS:\n" +
		"    try:\n" +
		"        print('{} : {}'.format(host, socket.gethostbyname(host)))\n" +
		"    except socket.error as msg:\n" +
		"        print('{} : {}'.format(host, msg))\n")
	return b.String()
}

// HostsLine returns what HostsProgram prints for host when gethostbyname
// answered r. A UnicodeError is not a socket.error: the program stops with
// its traceback, and ok is false.
func HostsLine(host string, r Response) (line string, ok bool) {
	if r.Error != nil {
		if r.Error.Type == TypeUnicodeError || !r.Error.IsPython() {
			return "", false
		}
		return host + " : " + r.Error.Message, true
	}
	return host + " : " + r.Result.String(), true
}

// PortsProgram returns the deck's program that builds a URL from the
// service name of each port:
//
//	import socket
//	for port in [80, 443, 21, 25, 143, 993, 110, 995]:
//	    url = '{}://example.co.kr/'.format(socket.getservbyport(port))
//	    print('{:4d}'.format(port), url)
func PortsProgram(ports []string) string {
	return "import socket\n" +
		"for port in [" + strings.Join(ports, ", ") + "]:\n" +
		"    url = '{}://example.co.kr/'.format(socket.getservbyport(port))\n" +
		"    print('{:4d}'.format(port), url)\n"
}

// PortsLine returns what PortsProgram prints for port (a canonical decimal
// integer) when getservbyport answered r; ok is false when the call raised,
// which stops the program.
func PortsLine(port string, r Response) (line string, ok bool) {
	if r.Error != nil {
		return "", false
	}
	if pad := 4 - len(port); pad > 0 {
		port = strings.Repeat(" ", pad) + port
	}
	return port + " " + r.Result.String() + "://example.co.kr/", true
}

// DeckHosts returns the HOSTS list of the deck's program.
func DeckHosts() []string {
	return []string{"www.sch.ac.kr", "homepage.sch.ac.kr", "www.daum.net", "www.google.com", "iot"}
}

// DeckPorts returns the ports of the deck's URL program.
func DeckPorts() []string {
	return []string{"80", "443", "21", "25", "143", "993", "110", "995"}
}
