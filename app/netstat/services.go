package netstat

// service is a service name netstat may print instead of a port number,
// with the number /etc/services gives it for TCP.
type service struct {
	name    string
	port    uint16
	aliases []string
}

// services are the names this package turns into numbers: the deck's
// well-known ports table (21 FTP … 443 HTTPS), the ports of the deck's
// getservbyport example (143, 993, 995) and the two names of the deck's own
// netstat output ("domain", "ipp"). Other names stay names: guessing a
// number from a table the student cannot see would teach the wrong thing.
var services = []service{
	{"ftp", 21, nil},
	{"ssh", 22, nil},
	{"telnet", 23, nil},
	{"smtp", 25, nil},
	{"domain", 53, nil},
	{"http", 80, nil},
	{"pop3", 110, nil},
	// The deck's example prints "imap"; older /etc/services files of
	// Linux name port 143 "imap2" (and netstat prints that), newer ones
	// "imap" with "imap2" as an alias.
	{"imap", 143, []string{"imap2"}},
	{"https", 443, nil},
	{"ipp", 631, nil},
	{"imaps", 993, nil},
	{"pop3s", 995, nil},
}

// ServicePort returns the port number of a service name (or alias) in the
// table above, in any case, and false for any other name.
func ServicePort(name string) (uint16, bool) {
	for _, s := range services {
		if equalFoldASCII(s.name, name) {
			return s.port, true
		}
		for _, a := range s.aliases {
			if equalFoldASCII(a, name) {
				return s.port, true
			}
		}
	}
	return 0, false
}

// ServiceName returns the service name of a port in the table above, and
// "" for any other port.
func ServiceName(port uint16) string {
	for _, s := range services {
		if s.port == port {
			return s.name
		}
	}
	return ""
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
