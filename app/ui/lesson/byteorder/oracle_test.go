//go:build !js

package byteorder

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/ui/kit/param"
	"netprimer/app/wire"
	"netprimer/internal/pyoracle"
)

// byteorderOracle computes, with CPython, what the lesson must show for a
// number text and a width, in the page's formats: byte cells as where,
// hex, decimal, binary; conversions as rows; exceptions as the last line
// of the traceback. It knows nothing of the Go code: the formats are
// written here again, from the page's design.
const byteorderOracle = `
import socket, struct

def address(i):
    return hex(0x1000 + i)

def hexdec(v):
    return "%s (%d)" % (hex(v), v)

assert sys.byteorder == "little", "the lessons show a little-endian host"

def answer(req):
    n, w = req["n"], req["w"]
    out = {}
    try:
        a = int(n, 0)
    except Exception as e:
        out["err"] = exc(e)
        return out
    code = "H" if w == 16 else "I"
    out["pack"] = []
    for prefix in "!><=":
        f = prefix + code
        try:
            out["pack"] += ["struct.pack(%r, a)" % f, repr(struct.pack(f, a))]
        except Exception as e:
            out["pack"] += ["struct.pack(%r, a)" % f, exc(e)]
    hton, ntoh = (socket.htons, socket.ntohs) if w == 16 else (socket.htonl, socket.ntohl)
    try:
        b = hton(a)
    except Exception as e:
        out["err"] = exc(e)
        return out
    name, back = ("socket.htons", "socket.ntohs") if w == 16 else ("socket.htonl", "socket.ntohl")
    # This host is little-endian; a big-endian host returns a itself.
    out["conv"] = flat([
        [name + "(a)", hexdec(b), hexdec(a)],
        [back + "(a)", hexdec(ntoh(a)), hexdec(a)],
        [back + "(" + name + "(a))", hexdec(ntoh(b)), hexdec(a)],
    ])
    big, little = struct.pack(">" + code, a), struct.pack("<" + code, a)
    out["big"], out["little"] = cells(big, address), cells(little, address)
    got = int.from_bytes(big, "little")
    out["held"] = hexdec(a)
    out["read"] = hexdec(got) + (" ✓" if got == a else " ✗")
    out["fixed"] = hexdec(ntoh(got)) + (" ✓" if ntoh(got) == a else " ✗")
    out["sent"] = cells(big, lambda i: "#%d" % (i + 1))
    return out
`

// byteorderCases are number texts with a reason to be here, each tried
// at both widths.
var byteorderCases = []string{
	"1234",       // the deck's a
	"0x1234",     // the deck's story
	"0",          // the smallest
	"65535",      // the largest 16-bit value
	"65536",      // one more: OverflowError for htons
	"4294967295", // the largest 32-bit value
	"4294967296", // one more
	"-1",         // negative
	"-65536",
	"2147483647", // the largest C int
	"2147483648", // one more: htons's C int check
	"-2147483648",
	"-2147483649",
	"9223372036854775807",  // the largest C long
	"9223372036854775808",  // one more
	"18446744073709551616", // 2**64
	"0x12345678",
	"0o2322",
	"0b10011010010",
	"1_234",
	" 42 ",
	"010", // a decimal with a leading zero
	"12ab",
	"",
	"-",
	"0x",
	"١٢٣٤",     // Unicode digits, read by int()
	"1234\x00", // NUL
	"\xff",     // invalid UTF-8
	"1e3",
	strings.Repeat("9", 300),
	strings.Repeat("9", 4301), // int()'s digit limit
	strings.Repeat("9", param.Max+1),
}

func TestLessonAgainstCPython(t *testing.T) {
	o := pyoracle.Serve(t, byteorderOracle)
	r := rand.New(rand.NewPCG(4, 4))
	type numCase struct {
		n string
		w wire.Width
	}
	var nums []numCase
	for _, n := range byteorderCases {
		nums = append(nums, numCase{n, wire.W16}, numCase{n, wire.W32})
	}
	for range 1500 {
		nums = append(nums, numCase{randomNumber(r), []wire.Width{wire.W16, wire.W32}[r.IntN(2)]})
	}
	var reqs []any
	for _, c := range nums {
		n, _ := param.Clean(c.n)
		reqs = append(reqs, map[string]any{"n": n, "w": int(c.w)})
	}
	got := pyoracle.AskEach[map[string]json.RawMessage](t, o, reqs)
	sessions := map[string]string{}
	for i, c := range nums {
		checkByteorder(t, c.n, c.w, got[i])
		if i < 2*len(byteorderCases) {
			m := modelOf(query(c.n, c.w, storySteps))
			sessions[fmt.Sprintf("n=%q,w=%d/conv", c.n, c.w)] = m.session.String()
			sessions[fmt.Sprintf("n=%q,w=%d/pack", c.n, c.w)] = m.packSession.String()
		}
	}
	// The sessions the page chose, replayed: every line as CPython
	// prints it.
	pyoracle.NewReplayer(t).Check(t, sessions)
}

func query(n string, w wire.Width, step int) url.Values {
	return url.Values{"n": {n}, "width": {strconv.Itoa(int(w))}, "step": {strconv.Itoa(step)}}
}

// cellTexts are the texts of byte cells as the page draws them (see
// kit.ByteCells): where, hex, decimal, binary, byte after byte.
func cellTexts(b []byte, at func(int) string) []string {
	var out []string
	for i, c := range b {
		out = append(out, at(i), fmt.Sprintf("0x%02x", c), strconv.Itoa(int(c)), fmt.Sprintf("%08b", c))
	}
	return out
}

// checkByteorder compares what the lesson shows for n and w with
// CPython's answer want.
func checkByteorder(t *testing.T, n string, w wire.Width, want map[string]json.RawMessage) {
	t.Helper()
	m := modelOf(query(n, w, storySteps))
	name := fmt.Sprintf("n=%.60q,width=%d", n, w)
	same := func(what string, got any, k string) {
		t.Helper()
		pyoracle.SameJSON(t, name+": "+what, got, want[k])
	}
	var pack, conv []string
	for _, p := range m.pack {
		pack = append(pack, p.expr, p.val)
	}
	for _, r := range m.conv {
		conv = append(conv, r.call, r.little, r.big)
	}
	same("error", m.err, "err")
	same("struct.pack", pack, "pack")
	same("conversions", conv, "conv")
	same("big-endian cells", cellTexts(m.big, addressOf), "big")
	same("little-endian cells", cellTexts(m.little, addressOf), "little")
	if m.fits() {
		read, _ := m.checked(m.got)
		fixed, _ := m.checked(m.fixed)
		same("the number held", hexDec(m.v), "held")
		same("the number read", read, "read")
		same("the number read with ntohs", fixed, "fixed")
		same("the bytes sent", cellTexts(m.raw, onWire), "sent")
	}
	if m.fits() == (m.err != "") {
		t.Errorf("%s: fits %v, error %q", name, m.fits(), m.err)
	}
	if m.fits() != (want["conv"] != nil) {
		t.Errorf("%s: fits %v, CPython converts: %v", name, m.fits(), want["conv"] != nil)
	}
}

// randomNumber returns a number text of any size and base, sometimes
// negative, sometimes no number at all.
func randomNumber(r *rand.Rand) string {
	v := r.Uint64() >> r.IntN(64)
	s := strconv.FormatUint(v, 10)
	switch r.IntN(5) {
	case 0:
		s = "0x" + strconv.FormatUint(v, 16)
	case 1:
		s = "0o" + strconv.FormatUint(v, 8)
	case 2:
		s = "0b" + strconv.FormatUint(v, 2)
	}
	if r.IntN(5) == 0 {
		s = "-" + s
	}
	if r.IntN(20) == 0 {
		s += "z"
	}
	return s
}
