package ui

import (
	"encoding/hex"
	"net/netip"
	"strconv"
	"strings"

	"netprimer/app/pyrepl"
)

// pyRead is a line of an encapsulation session: Python reading the part
// b[From:To] of the unit (To 0 for the end) as Kind says.
type pyRead struct {
	Kind     byte // 'n' len, 'i' big-endian int, 'b' bytes, 'a' IPv4 address, 'h' hex with Sep
	From, To int
	Sep      string
}

// encapPy holds, for each step from the application layer down, the name
// the session gives the unit, the module it imports and what it reads.
var encapPy = [...]struct {
	Name, Import string
	Reads        []pyRead
}{
	{"request", "", []pyRead{{Kind: 'n'}, {'b', 0, 16, ""}}},
	{"segment", "", []pyRead{{Kind: 'n'}, {'i', 0, 2, ""}, {'i', 2, 4, ""}, {'i', 4, 8, ""}, {'b', 20, 0, ""}}},
	{"datagram", "ipaddress", []pyRead{{Kind: 'n'}, {'i', 8, 9, ""}, {'i', 9, 10, ""}, {'a', 12, 16, ""}, {'a', 16, 20, ""}}},
	{"frame", "", []pyRead{{Kind: 'n'}, {'h', 0, 6, ":"}, {'h', 6, 12, ":"}, {'h', 12, 14, ""}, {'h', -4, 0, ""}}},
	{"wire", "", []pyRead{{Kind: 'n'}, {'h', 0, 8, " "}}},
}

// encapSession is the Python session of step i: the unit's bytes, and
// the header fields Python reads back from them. Every value printed is
// computed here from the bytes.
func encapSession(i int, b []byte) *pyrepl.Transcript {
	s := encapPy[i]
	t := pyrepl.Session()
	if s.Import != "" {
		t = pyrepl.Session(s.Import)
	}
	if i == 0 {
		t.In(s.Name + " = " + pyrepl.Bytes(b))
	} else {
		t.In(s.Name + " = bytes.fromhex('" + hex.EncodeToString(b) + "')")
	}
	for _, r := range s.Reads {
		from, to := r.From, r.To
		if from < 0 {
			from += len(b)
		}
		if to == 0 {
			to = len(b)
		}
		part := b[from:to]
		// Python's own slice: name[From:To], name[From:] to the end,
		// name[From] for one byte, which Python gives as an int.
		slice := s.Name + "[" + strconv.Itoa(r.From) + ":"
		if r.To != 0 {
			slice += strconv.Itoa(r.To)
		}
		slice += "]"
		var n uint64
		var hx []string
		for _, c := range part {
			n = n<<8 | uint64(c)
			hx = append(hx, hex.EncodeToString([]byte{c}))
		}
		switch r.Kind {
		case 'n':
			t.Eval("len("+s.Name+")", strconv.Itoa(len(b)))
		case 'i':
			expr := "int.from_bytes(" + slice + ", 'big')"
			if len(part) == 1 {
				expr = s.Name + "[" + strconv.Itoa(r.From) + "]"
			}
			t.Eval(expr, pyrepl.Uint(n))
		case 'b':
			t.Eval(slice, pyrepl.Bytes(part))
		case 'a':
			t.Eval("ipaddress.ip_address("+slice+")", pyrepl.Call("IPv4Address", pyrepl.Str(netip.AddrFrom4([4]byte(part)).String())))
		case 'h':
			arg := ""
			if r.Sep != "" {
				arg = pyrepl.Str(r.Sep)
			}
			t.Eval(slice+".hex("+arg+")", pyrepl.Str(strings.Join(hx, r.Sep)))
		}
	}
	return t
}
