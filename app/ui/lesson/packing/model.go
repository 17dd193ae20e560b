package packing

import (
	"net/url"
	"strconv"
	"strings"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
	"netprimer/app/wire"
)

// The lesson's state, computed from its URL with package wire: nothing
// here touches go-app.

// deckIP is the address of the deck's slides on packing, the lesson's
// default.
const deckIP = "114.71.220.95"

// model is what the lesson shows for one text, the ip parameter: what
// socket.inet_aton, ipaddress.ip_address, the deck's program and
// socket.inet_pton make of it.
//
// URL: ip=TEXT.
type model struct {
	ip  string // the text as the lesson works on it (param.Text)
	cut bool   // the URL held a longer one

	// socket.inet_aton
	atonErr  string // CPython's exception, "" when inet_aton read an address
	atonWhy  i18n.T // why it refused the text
	aton     wire.Aton
	packed   []byte // inet_aton's 4 bytes
	ntoa     string // inet_ntoa(packed)
	parts    []part // the numbers of the address as inet_aton read them
	ignored  string // repr of the text inet_aton ignored after whitespace
	atonSays string // inet_aton's bytes, or its exception, beside ip_address
	props    []prop // Python expressions on packed, and their values

	// ipaddress.ip_address
	ipAddr   string // its repr, or its exception
	ipAddrOK bool

	session, deck *pyrepl.Transcript // deck: nil when the deck's program cannot print the text

	// socket.inet_pton
	ptonErr    string
	ptonWhy    i18n.T
	ptonPacked []byte
	ptonProps  []prop
	pton       *pyrepl.Transcript
}

// part is a number of the address as inet_aton read it: as written, its
// base, its value, how many bits of the address it fills, and the bytes
// those bits hold ("1" filling 24 bits is 0.0.1).
type part struct {
	text, base, value, bits, bytes string
	_                              noCompare
}

// prop is a Python expression and the value CPython prints for it.
type prop struct {
	expr, val string
	_         noCompare
}

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()

// modelOf returns the lesson for the URL's query.
func modelOf(q url.Values) model {
	var m model
	m.ip, m.cut = param.Text(q, "ip", deckIP)
	ip := m.ip
	a, err := wire.ParseAton(ip)
	if e, ok := err.(*wire.Error); ok {
		m.atonWhy = txtWhyAton
		switch {
		case e.Type == wire.ValueError:
			m.atonWhy = txtWhyNull
		case strings.IndexByte(ip, ':') >= 0:
			m.atonWhy = txtWhyAtonV6
		}
		m.atonErr, m.atonSays = e.Error(), e.Error()
	} else {
		m.aton, m.packed = a, a.Addr[:]
		m.ntoa, _ = wire.InetNtoa(m.packed)
		n := wire.IntOf(int64(a.Uint32()))
		m.atonSays = pyrepl.Bytes(m.packed) + " (" + m.ntoa + ")"
		for _, p := range a.Parts[:a.NParts] {
			var bytes []string
			for shift := p.Bits - 8; shift >= 0; shift -= 8 {
				bytes = append(bytes, strconv.Itoa(int(p.Value>>shift&0xff)))
			}
			m.parts = append(m.parts, part{text: p.Text, base: strconv.Itoa(p.Base), value: strconv.FormatUint(uint64(p.Value), 10),
				bits: strconv.Itoa(p.Bits), bytes: strings.Join(bytes, ".")})
		}
		if a.Trailing != "" {
			m.ignored = pyrepl.Str(a.Trailing)
		}
		m.props = []prop{
			{expr: "binascii.hexlify(packed)", val: pyrepl.Bytes(wire.Hexlify(m.packed))},
			{expr: "int.from_bytes(packed, 'big')", val: n.String()},
			{expr: "hex(int.from_bytes(packed, 'big'))", val: pyrepl.Str(n.Hex())},
			{expr: "socket.inet_ntoa(packed)", val: pyrepl.Str(m.ntoa)},
		}
	}

	// ipaddress.ip_address beside inet_aton: the point of the lesson.
	repr, err := wire.IPAddress(ip)
	m.ipAddr, m.ipAddrOK = repr, err == nil
	if err != nil {
		m.ipAddr = err.Error()
	}
	m.session = wire.PackingSession(ip)
	m.deck, _ = wire.DeckSession(ip)

	// inet_pton, with the family PtonSession reads from the text:
	// AF_INET6 if it has a colon.
	f := wire.AFInet
	if strings.IndexByte(ip, ':') >= 0 {
		f = wire.AFInet6
	}
	packed, err := wire.InetPton(f, ip)
	if e, ok := err.(*wire.Error); ok {
		m.ptonWhy = txtWhyPton4
		switch {
		case e.Type == wire.ValueError:
			m.ptonWhy = txtWhyNull
		case f == wire.AFInet6:
			m.ptonWhy = txtWhyPton6
		}
		m.ptonErr = e.Error()
	} else {
		ntop, _ := wire.InetNtop(f, packed)
		m.ptonPacked = packed
		m.ptonProps = []prop{
			{expr: "len(packed)", val: strconv.Itoa(len(packed))},
			{expr: "binascii.hexlify(packed)", val: pyrepl.Bytes(wire.Hexlify(packed))},
			{expr: "socket.inet_ntop(" + f.String() + ", packed)", val: pyrepl.Str(ntop)},
		}
	}
	m.pton = wire.PtonSession(ip)
	return m
}

// query is the URL of m: opened, it gives m again (but for the note that
// the text was cut: the URL then holds the text as cut).
func (m model) query() url.Values { return url.Values{"ip": {m.ip}} }

func (m model) atonOK() bool { return m.atonErr == "" }

// The lenient forms of inet_aton that the text uses.
func (m model) fewParts() bool { return m.aton.NParts < 4 }
func (m model) hexPart() bool  { return m.usesBase(16) }
func (m model) octPart() bool  { return m.usesBase(8) }

func (m model) usesBase(b int) bool {
	for _, p := range m.aton.Parts[:m.aton.NParts] {
		if p.Base == b {
			return true
		}
	}
	return false
}

// packedAt places a byte by its index in a bytes object: packed[0] …
func packedAt(i int) string { return "packed[" + strconv.Itoa(i) + "]" }
