package wire

import (
	"strings"

	"netprimer/app/pyrepl"
)

// The transcripts of this package are what CPython prints on a
// little-endian Linux host, where the course's Python runs. Lines that
// would differ on a big-endian host say so in their builder's comment.

// PackingSession returns the Python session of the /packing lesson for the
// text ip, as typed: inet_aton, the packed bytes, binascii.hexlify, the
// 32-bit number in decimal and hexadecimal, inet_ntoa back, and what
// ipaddress.ip_address says about the same text. If inet_aton raises,
// the session goes on with ip_address, which is the point of the
// comparison. Nothing in it depends on the host's byte order.
func PackingSession(ip string) *pyrepl.Transcript {
	ip = pyText(ip)
	t := pyrepl.Session("binascii", "ipaddress", "socket")
	t.In("ip = " + pyrepl.Str(ip))
	t.In("packed = socket.inet_aton(ip)")
	if a, err := ParseAton(ip); err != nil {
		raise(t, err)
	} else {
		n := IntOf(int64(a.Uint32()))
		ntoa, _ := InetNtoa(a.Addr[:])
		t.Eval("packed", pyrepl.Bytes(a.Addr[:]))
		t.Eval("binascii.hexlify(packed)", pyrepl.Bytes(Hexlify(a.Addr[:])))
		t.Eval("int.from_bytes(packed, 'big')", n.String())
		t.Eval("hex(int.from_bytes(packed, 'big'))", pyrepl.Str(n.Hex()))
		t.Eval("socket.inet_ntoa(packed)", pyrepl.Str(ntoa))
	}
	ipAddressLine(t, ip)
	return t
}

// DeckSession returns the program of the deck's slide "IP 주소 변환",
// with ip in its list, and what it prints. The program prints ip as it
// is, so ok is false when that would not be one plain line of output (a
// control character, say); ip's repr is then only safe in PackingSession.
func DeckSession(ip string) (t *pyrepl.Transcript, ok bool) {
	ip = pyText(ip)
	a, err := ParseAton(ip)
	if err == nil && !printable(ip) {
		return nil, false
	}
	t = pyrepl.Session("binascii", "socket", "sys")
	t.In("for string_address in [" + pyrepl.Str(ip) + "]:\n" +
		"    packed = socket.inet_aton(string_address)\n" +
		"    print ('Original:', string_address)\n" +
		"    print ('Packed   :', binascii.hexlify(packed))\n" +
		"    print ('Unpacked:', socket.inet_ntoa(packed))")
	if err != nil {
		raise(t, err)
		return t, true
	}
	ntoa, _ := InetNtoa(a.Addr[:])
	t.Out("Original: " + ip)
	t.Out("Packed   : " + pyrepl.Bytes(Hexlify(a.Addr[:])))
	t.Out("Unpacked: " + ntoa)
	return t, true
}

// PtonSession returns the Python session of inet_pton and inet_ntop for
// the text ip: AF_INET6 if ip has a colon, AF_INET otherwise, so that an
// IPv4 text shows how much stricter inet_pton is than inet_aton. It ends
// with ipaddress.ip_address, whose IPv6 text can differ from inet_ntop's
// (glibc writes ::ffff:1.2.3.4 where ipaddress writes ::ffff:102:304).
// Nothing in it depends on the host's byte order.
func PtonSession(ip string) *pyrepl.Transcript {
	ip = pyText(ip)
	f := AFInet
	if strings.IndexByte(ip, ':') >= 0 {
		f = AFInet6
	}
	t := pyrepl.Session("binascii", "ipaddress", "socket")
	t.In("ip = " + pyrepl.Str(ip))
	t.In("packed = socket.inet_pton(" + f.String() + ", ip)")
	if p, err := InetPton(f, ip); err != nil {
		raise(t, err)
	} else {
		ntop, _ := InetNtop(f, p)
		t.Eval("packed", pyrepl.Bytes(p))
		t.Eval("len(packed)", pyrepl.Int(int64(len(p))))
		t.Eval("binascii.hexlify(packed)", pyrepl.Bytes(Hexlify(p)))
		t.Eval("socket.inet_ntop("+f.String()+", packed)", pyrepl.Str(ntop))
	}
	ipAddressLine(t, ip)
	return t
}

func ipAddressLine(t *pyrepl.Transcript, ip string) {
	t.In("ipaddress.ip_address(ip)")
	if repr, err := IPAddress(ip); err != nil {
		raise(t, err)
	} else {
		t.Out(repr)
	}
}

// raise adds the traceback of err, an *Error of this package.
func raise(t *pyrepl.Transcript, err error) {
	e := err.(*Error)
	t.Raise(e.Type, e.Msg)
}

// printable reports whether print(s) writes s as one plain line: every
// character is one that repr() leaves as it is (str.isprintable), which
// excludes line breaks and other control characters.
func printable(s string) bool {
	for _, r := range s {
		if r == '\'' || r == '\\' {
			continue // printable, but escaped or quoted differently by repr
		}
		if pyrepl.Str(string(r)) != "'"+string(r)+"'" {
			return false
		}
	}
	return true
}
