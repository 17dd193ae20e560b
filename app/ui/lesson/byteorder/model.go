package byteorder

import (
	"net/url"
	"strconv"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
	"netprimer/app/wire"
)

// The lesson's state, computed from its URL with package wire: nothing
// here touches go-app.

// The deck's example: a = 1234, then htons.
const (
	deckN     = "1234"
	deckWidth = wire.W16
)

// storySteps is how many steps the story of two hosts has.
const storySteps = 4

// model is what the lesson shows for a number n of width w: its bytes in
// memory on either byte order, through htons/ntohs or htonl/ntohl and
// struct.pack, and the deck's story of two hosts at step.
//
// URL: n=TEXT, width=16|32, step=1…4.
type model struct {
	n    string // the text as the lesson works on it (param.Text)
	cut  bool   // the URL held a longer one
	w    wire.Width
	step int // the story's step shown last, 1 to storySteps

	err    string // int()'s ValueError, or the OverflowError of htons/htonl
	why    i18n.T
	pack   []prop    // struct.pack in each byte order; shown when int() reads n
	conv   []convRow // shown when n fits the width
	v      uint32    // n, when it fits
	big    []byte    // v as a big-endian host holds it
	little []byte    // and a little-endian one
	// The deck's story: a big-endian host sends v to a little-endian one,
	// first as the bytes lie in its memory (raw), then in the network
	// byte order (sent); host 2 reads got, then fixed.
	raw, sent  []byte
	got, fixed uint32

	session, packSession *pyrepl.Transcript
}

// prop is a Python expression and the value CPython prints for it.
type prop struct {
	expr, val string
	_         noCompare
}

// convRow is a conversion call and what it returns on a little-endian and
// on a big-endian host.
type convRow struct {
	call, little, big string
	_                 noCompare
}

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()

// modelOf returns the lesson for the URL's query.
func modelOf(q url.Values) model {
	w, err := wire.ParseWidth(q.Get("width"))
	if err != nil {
		w = deckWidth
	}
	// A step out of range falls back to the first (docs/CONTRACT.md).
	step, err := strconv.Atoi(q.Get("step"))
	if err != nil || step < 1 || step > storySteps {
		step = 1
	}
	m := model{w: w, step: step}
	m.n, m.cut = param.Text(q, "n", deckN)
	m.session = wire.ByteOrderSession(m.n, w)
	m.packSession = wire.PackSession(m.n, w)

	a, err := wire.ParseInt(m.n)
	if e, ok := err.(*wire.Error); ok {
		m.err, m.why = e.Error(), txtWhyInt
		return m
	}
	code := "H"
	if w == wire.W32 {
		code = "I"
	}
	for _, prefix := range []string{"!", ">", "<", "="} {
		f := prefix + code
		p, err := wire.Pack(f, a, wire.TranscriptHost)
		val := pyrepl.Bytes(p)
		if err != nil {
			val = err.Error()
		}
		m.pack = append(m.pack, prop{expr: "struct.pack(" + pyrepl.Str(f) + ", a)", val: val})
	}

	v, err := wire.Hton(a, w, wire.BigEndian) // a itself, or htons's OverflowError
	if e, ok := err.(*wire.Error); ok {
		m.err, m.why = e.Error(), txtWhyRange16
		if w == wire.W32 {
			m.why = txtWhyRange32
		}
		return m
	}
	hton, ntoh := m.funcs()
	hton, ntoh = "socket."+hton, "socket."+ntoh
	little, _ := wire.Hton(a, w, wire.LittleEndian) // ntoh is the same swap
	m.v = v
	m.conv = []convRow{
		{call: hton + "(a)", little: hexDec(little), big: hexDec(v)},
		{call: ntoh + "(a)", little: hexDec(little), big: hexDec(v)},
		{call: ntoh + "(" + hton + "(a))", little: hexDec(v), big: hexDec(v)},
	}
	m.big, m.little = wire.Layout(v, w, wire.BigEndian), wire.Layout(v, w, wire.LittleEndian)
	m.raw, m.got = wire.Transfer(v, w, wire.BigEndian, wire.LittleEndian, false)
	m.sent, m.fixed = wire.Transfer(v, w, wire.BigEndian, wire.LittleEndian, true)
	return m
}

// funcs names the conversion functions of m's width: htons and ntohs for
// 16 bits, htonl and ntohl for 32.
func (m *model) funcs() (hton, ntoh string) {
	if m.w == wire.W32 {
		return "htonl", "ntohl"
	}
	return "htons", "ntohs"
}

// query is the URL of m: opened, it gives m again (but for the note that
// the text was cut: the URL then holds the text as cut).
func (m model) query() url.Values {
	return url.Values{"n": {m.n}, "width": {strconv.Itoa(int(m.w))}, "step": {strconv.Itoa(m.step)}}
}

// fits reports that n is an integer the width holds: the story and the
// memory show.
func (m model) fits() bool { return m.conv != nil }

// checked returns got as the story shows a number read, with a mark
// saying whether it is the number sent, and whether it is.
func (m model) checked(got uint32) (string, bool) {
	if got == m.v {
		return hexDec(got) + " ✓", true
	}
	return hexDec(got) + " ✗", false
}

// hexDec writes v as hex(v) and in decimal: 0xd204 (53764).
func hexDec(v uint32) string {
	return "0x" + strconv.FormatUint(uint64(v), 16) + " (" + strconv.FormatUint(uint64(v), 10) + ")"
}

// memBase is the address the lesson puts its numbers at; any address
// would do, a round one reads best.
const memBase = 0x1000

// addressOf places a byte in memory.
func addressOf(i int) string { return "0x" + strconv.FormatUint(memBase+uint64(i), 16) }

// onWire places a byte on the wire: the first sent is #1.
func onWire(i int) string { return "#" + strconv.Itoa(i+1) }
