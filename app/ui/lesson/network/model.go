package network

import (
	"encoding/hex"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
)

// The lesson's state, computed from its URL with the pure packages:
// nothing here touches go-app. Each widget's model is made from the query
// (…Of) and writes its part of the query back (query), so that a link
// reopens what the student sees.

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()

// picture is the network picture's state: the element of a network it
// shows (an index into concepts.Elements), -1 for none.
//
// URL: el=address|connection|transfer.
type picture struct{ el int }

// elementKeys are the el parameter's values, in the order of
// concepts.Elements.
var elementKeys = [...]string{"address", "connection", "transfer"}

func pictureOf(q url.Values) picture {
	for i, k := range elementKeys {
		if q.Get("el") == k {
			return picture{el: i}
		}
	}
	return picture{el: -1}
}

func (m picture) query() url.Values {
	v := ""
	if m.el >= 0 {
		v = elementKeys[m.el]
	}
	return url.Values{"el": {v}}
}

// press is the picture once element i is pressed: a second press puts
// the picture back.
func (m picture) press(i int) picture {
	if i < 0 || i >= len(elementKeys) || i == m.el {
		return picture{el: -1}
	}
	return picture{el: i}
}

// class is the picture's class, which shows the element.
func (m picture) class() string {
	if m.el < 0 {
		return "netmap"
	}
	return "netmap el-" + elementKeys[m.el]
}

// stack is the encapsulation of an HTTP request, at one step: each layer
// down wraps what the layer above gave it in its own header.
//
// URL: step=1…5, from the application layer down to the physical layer.
type stack struct {
	step  int // index into wraps
	wraps []concepts.Wrap
	cur   concepts.Wrap // what the step's layer makes
	parts []unitPart    // the parts of the unit, outside in
	cuts  []int         // where the hex dump changes from the new part to the old
	py    *pyrepl.Transcript
}

// unitPart is a part of the unit on the wire: a header, a trailer or the
// message the application wrote.
type unitPart struct {
	name  i18n.T
	bytes int
	isNew bool // the step's own layer added it
	_     noCompare
}

// partNames are the short names of what each step adds.
var partNames = [...]i18n.T{
	{Ko: "HTTP 요청", En: "HTTP request"},
	{Ko: "TCP 헤더", En: "TCP header"},
	{Ko: "IP 헤더", En: "IP header"},
	{Ko: "이더넷 헤더", En: "Ethernet header"},
	{Ko: "프리앰블", En: "Preamble"},
}

// ethTrailer is the Ethernet frame check sequence, which the link layer
// puts behind the datagram rather than in front (IEEE 802.3 §3.1.1).
const ethTrailer = 4

// stackOf returns the stack at the step q asks for; wraps are the
// example packet's (concepts.ExamplePacket), computed once by the page.
func stackOf(q url.Values, wraps []concepts.Wrap) stack {
	return stackAt(param.Int(q, "step", 1, len(wraps), 1)-1, wraps)
}

// stackAt returns the stack at step i.
func stackAt(i int, wraps []concepts.Wrap) stack {
	m := stack{step: i, wraps: wraps, cur: wraps[i]}
	var trailer []unitPart
	for j := i; j >= 0; j-- {
		wr := wraps[j]
		p := unitPart{name: partNames[j], bytes: wr.HeaderBytes, isNew: j == i}
		if j == 0 {
			p.bytes = wr.Bytes
		}
		if wr.Layer == concepts.Link {
			p.bytes -= ethTrailer
			trailer = []unitPart{{name: i18n.Same("FCS"), bytes: ethTrailer, isNew: p.isNew}}
		}
		m.parts = append(m.parts, p)
	}
	m.parts = append(m.parts, trailer...)
	switch {
	case m.cur.Layer == concepts.Link:
		m.cuts = []int{m.cur.HeaderBytes - ethTrailer, m.cur.Bytes - ethTrailer}
	case i > 0:
		m.cuts = []int{m.cur.HeaderBytes}
	}
	m.py = encapSession(i, m.cur.Wire)
	return m
}

func (m stack) query() url.Values { return url.Values{"step": {strconv.Itoa(m.step + 1)}} }

func (m stack) atTop() bool    { return m.step == 0 }
func (m stack) atBottom() bool { return m.step == len(m.wraps)-1 }

// count says where the step is: "3 / 5".
func (m stack) count() string {
	return strconv.Itoa(m.step+1) + " / " + strconv.Itoa(len(m.wraps))
}

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

// placement is the exercise that puts protocols on the layers of the
// stack: every answer gets a verdict and why; a right answer stays on its
// layer. It lives in the page alone (no URL): it is practice, not a view.
type placement struct {
	placed   map[string]concepts.Layer // the protocols placed right
	sel      string                    // ID of the chosen protocol
	mistakes int
	head     i18n.T // what the last answer was: "HTTP → …"
	last     concepts.Feedback

	// What the exercise shows, derived from the above.
	pool  []concepts.Protocol // the protocols still to place
	at    int                 // index into pool of the chosen one; -1 for none
	zones []zone
}

// zone is a layer of the exercise and the protocols placed on it.
type zone struct {
	concepts.LayerInfo
	placed []concepts.Protocol
}

func newPlacement() placement {
	w := placement{placed: map[string]concepts.Layer{}}
	w.derive()
	return w
}

// derive sorts the protocols into the pool and the zones.
func (w *placement) derive() {
	w.pool, w.zones, w.at = nil, nil, -1
	for _, li := range concepts.Layers() {
		w.zones = append(w.zones, zone{LayerInfo: li})
	}
	for _, p := range concepts.Protocols() {
		at, ok := w.placed[p.ID]
		if !ok {
			if p.ID == w.sel {
				w.at = len(w.pool)
			}
			w.pool = append(w.pool, p)
			continue
		}
		z := &w.zones[len(w.zones)-int(at)] // Layers runs from the top
		z.placed = append(z.placed, p)
	}
}

// right and of count the protocols placed right, of all.
func (w *placement) right() int { return len(w.placed) }
func (w *placement) of() int    { return len(concepts.Protocols()) }

func (w *placement) choose(id string) {
	w.sel = id
	w.derive()
}

// layerAt returns the layer of the zone at index i, counted from the top
// as concepts.Layers lists them; the zero Layer for no zone.
func layerAt(i int) concepts.Layer {
	layers := concepts.Layers()
	if i < 0 || i >= len(layers) {
		return 0
	}
	return layers[i].Layer
}

var txtPickFirst = i18n.T{Ko: "먼저 프로토콜을 고르세요.", En: "Choose a protocol first."}

// place answers "the chosen protocol is on layer".
func (w *placement) place(layer concepts.Layer) {
	p, ok := concepts.LookupProtocol(w.sel)
	if !ok {
		w.head.Ko, w.head.En = "", ""
		w.last = concepts.Feedback{Explain: txtPickFirst}
		w.derive()
		return
	}
	if _, done := w.placed[p.ID]; done {
		return
	}
	li, _ := layer.Info()
	w.head = i18n.T{Ko: p.Name.Ko + " → " + li.Name.Ko, En: p.Name.En + " → " + li.Name.En}
	w.last = concepts.Check(p.ID, layer)
	if w.last.Verdict == concepts.Correct {
		w.placed[p.ID] = layer
		w.sel = ""
	} else {
		w.mistakes++
	}
	w.derive()
}
