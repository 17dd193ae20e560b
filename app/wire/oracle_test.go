//go:build !js

package wire

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// oracleProgram answers one request per line with what CPython returns,
// or the last line of its traceback.
const oracleProgram = `
import binascii, ipaddress, json, socket, struct, sys, unicodedata

def run(req):
    op = req["op"]
    if op == "aton":
        return socket.inet_aton(req["s"]).hex()
    if op == "pton":
        return socket.inet_pton(req["f"], req["s"]).hex()
    if op == "ntop":
        return socket.inet_ntop(req["f"], bytes.fromhex(req["b"]))
    if op == "ntoa":
        return socket.inet_ntoa(bytes.fromhex(req["b"]))
    if op == "hexlify":
        return binascii.hexlify(bytes.fromhex(req["b"])).decode()
    if op == "ipaddr":
        return repr(ipaddress.ip_address(req["s"]))
    if op == "int":
        return hex(int(req["s"], 0))
    if op == "conv":
        return hex(getattr(socket, req["fn"])(int(req["x"], 16)))
    if op == "pack":
        return struct.pack(req["fmt"], int(req["x"], 16)).hex()
    if op == "unicode":
        dec = "".join(str(unicodedata.decimal(chr(c), 0)) if chr(c).isdecimal() else "-" for c in range(0x110000))
        spc = "".join("1" if chr(c).isspace() else "0" for c in range(0x110000))
        return [dec, spc]
    raise KeyError(op)

for line in sys.stdin:
    req = json.loads(line)
    try:
        out = {"ok": run(req)}
    except Exception as e:
        t = type(e)
        name = t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__name__
        out = {"err": name + ": " + str(e)}
    print(json.dumps(out), flush=True)
`

// TestCPython compares the package with CPython: one python3 process
// answers the batched questions of every subtest, and another replays
// the transcripts.
func TestCPython(t *testing.T) {
	o := pyoracle.Start(t, oracleProgram)
	t.Run("InetAton", func(t *testing.T) { testInetAton(t, o) })
	t.Run("InetPtonNtop", func(t *testing.T) { testPtonNtop(t, o) })
	t.Run("ParseInt", func(t *testing.T) { testParseInt(t, o) })
	t.Run("ByteOrder", func(t *testing.T) { testByteOrder(t, o) })
	t.Run("UnicodeTables", func(t *testing.T) { testUnicodeTables(t, o) })
	t.Run("Transcripts", testTranscripts)
}

type request map[string]any

type answer struct {
	OK  json.RawMessage
	Err string
}

// text returns the answer as the tables write it: the value, or the
// exception.
func (a answer) text() string {
	if a.Err != "" {
		return a.Err
	}
	var s string
	json.Unmarshal(a.OK, &s)
	return s
}

// ask sends every request to CPython in one batch.
func ask(t *testing.T, o *pyoracle.Oracle, reqs []request) []answer {
	t.Helper()
	in := make([]any, len(reqs))
	for i, r := range reqs {
		in[i] = r
	}
	out := make([]answer, len(reqs))
	if err := o.AskAll(in, func(i int, line []byte) error {
		return json.Unmarshal(line, &out[i])
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func errText(err error) string { return err.Error() }

func testInetAton(t *testing.T, o *pyoracle.Oracle) {
	inputs := atonInputs(rand.New(rand.NewPCG(1, 1)), 4000)
	var reqs []request
	for _, s := range inputs {
		reqs = append(reqs,
			request{"op": "aton", "s": s},
			request{"op": "pton", "f": int(AFInet), "s": s},
			request{"op": "ipaddr", "s": s})
	}
	got := ask(t, o, reqs)
	for i, s := range inputs {
		aton, pton, ipaddr := got[3*i].text(), got[3*i+1].text(), got[3*i+2].text()
		a, err := ParseAton(s)
		if mine := resultText(hex.EncodeToString(a.Addr[:]), err); mine != aton {
			t.Errorf("inet_aton(%+q) = %s, CPython %s", s, mine, aton)
			continue
		}
		p, err := InetPton(AFInet, s)
		if mine := resultText(hex.EncodeToString(p), err); mine != pton {
			t.Errorf("inet_pton(AF_INET, %+q) = %s, CPython %s", s, mine, pton)
		}
		repr, err := IPAddress(s)
		if mine := resultText(repr, err); mine != ipaddr {
			t.Errorf("ip_address(%+q) = %s, CPython %s", s, mine, ipaddr)
		}
		if got[3*i].Err == "" {
			checkAtonParts(t, s, a)
			// Lenient means exactly: inet_pton and ip_address refuse it.
			strict := got[3*i+1].Err == ""
			if a.Lenient() == strict || strict != (got[3*i+2].Err == "") {
				t.Errorf("%+q: Lenient() = %v, but inet_pton says %s and ip_address %s", s, a.Lenient(), pton, ipaddr)
			}
		}
	}
	for _, c := range atonCases {
		if !contains(inputs, c.in) {
			t.Errorf("table case %+q was not asked", c.in)
		}
	}
}

func resultText(ok string, err error) string {
	if err != nil {
		return errText(err)
	}
	return ok
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// atonInputs returns the table's texts, then n generated ones: random
// characters of the parser's alphabet, addresses of 1 to 4 parts in every
// base at and beyond each boundary, with and without trailing text, and
// those addresses with one character changed.
func atonInputs(rng *rand.Rand, n int) []string {
	var in []string
	for _, c := range atonCases {
		in = append(in, c.in)
	}
	alphabet := []string{"0", "1", "7", "8", "9", "5", "2", ".", ".", "x", "X", "a", "F", "g", " ", "\t", "\n", "\v", "+", "-", "_", "é", "\u0661", "\u00a0", "\x00", "%", ":"}
	for len(in) < n {
		var s string
		switch rng.IntN(4) {
		case 0:
			var b strings.Builder
			for range rng.IntN(14) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			s = b.String()
		case 1, 2:
			s = atonAddress(rng)
		default:
			s = mutate(rng, atonAddress(rng), alphabet)
		}
		in = append(in, s)
	}
	return in
}

func atonAddress(rng *rand.Rand) string {
	parts := 1 + rng.IntN(4)
	texts := make([]string, parts)
	for i := range texts {
		max := uint64(0xff)
		if i == parts-1 {
			max = uint64(lastPartMax[parts])
		}
		var v uint64
		switch rng.IntN(5) {
		case 0:
			v = max
		case 1:
			v = max + 1
		case 2:
			v = 0
		case 3:
			v = rng.Uint64N(1 << 36)
		default:
			v = rng.Uint64N(max + 1)
		}
		switch rng.IntN(4) {
		case 0:
			texts[i] = "0" + strings.Repeat("0", rng.IntN(3)) + fmt.Sprintf("%o", v)
		case 1:
			x := "0x"
			if rng.IntN(2) == 0 {
				x = "0X"
			}
			h := fmt.Sprintf("%x", v)
			if rng.IntN(2) == 0 {
				h = strings.ToUpper(h)
			}
			texts[i] = x + strings.Repeat("0", rng.IntN(2)) + h
		default:
			texts[i] = fmt.Sprint(v)
		}
	}
	s := strings.Join(texts, ".")
	switch rng.IntN(6) {
	case 0:
		s += []string{" ", "\t", "\n", "\r", "\f", "\v"}[rng.IntN(6)] + "junk"
	case 1:
		s += []string{".", "x", "\u00a0", "\u0085", "é", "/24", ":80"}[rng.IntN(7)]
	}
	return s
}

// mutate inserts, deletes or replaces one character of s.
func mutate(rng *rand.Rand, s string, alphabet []string) string {
	r := []rune(s)
	i := rng.IntN(len(r) + 1)
	c := []rune(alphabet[rng.IntN(len(alphabet))])
	switch {
	case rng.IntN(3) == 0 && i < len(r):
		r = append(r[:i], r[i+1:]...)
	case rng.IntN(2) == 0 && i < len(r):
		r = append(r[:i], append(c, r[i+1:]...)...)
	default:
		r = append(r[:i], append(c, r[i:]...)...)
	}
	return string(r)
}

func testPtonNtop(t *testing.T, o *pyoracle.Oracle) {
	rng := rand.New(rand.NewPCG(2, 2))
	texts := ptonInputs(rng, 3000)
	var reqs []request
	for _, s := range texts {
		reqs = append(reqs, request{"op": "pton", "f": int(AFInet6), "s": s}, request{"op": "ipaddr", "s": s})
	}
	packed := ntopInputs(rng, 2000)
	for _, p := range packed {
		reqs = append(reqs, request{"op": "ntop", "f": int(AFInet6), "b": hex.EncodeToString(p)},
			request{"op": "ntop", "f": int(AFInet), "b": hex.EncodeToString(p)},
			request{"op": "ntoa", "b": hex.EncodeToString(p)},
			request{"op": "hexlify", "b": hex.EncodeToString(p)})
	}
	for _, c := range ptonCases {
		reqs = append(reqs, request{"op": "pton", "f": int(c.f), "s": c.in})
	}
	for _, c := range ntopCases {
		reqs = append(reqs, request{"op": "ntop", "f": int(c.f), "b": c.in})
	}
	for _, c := range ipAddressCases {
		reqs = append(reqs, request{"op": "ipaddr", "s": c.in})
	}
	got := ask(t, o, reqs)
	k := 0
	next := func() string { k++; return got[k-1].text() }
	for _, s := range texts {
		p, err := InetPton(AFInet6, s)
		if mine, want := resultText(hex.EncodeToString(p), err), next(); mine != want {
			t.Errorf("inet_pton(AF_INET6, %+q) = %s, CPython %s", s, mine, want)
		}
		repr, err := IPAddress(s)
		if mine, want := resultText(repr, err), next(); mine != want {
			t.Errorf("ip_address(%+q) = %s, CPython %s", s, mine, want)
		}
	}
	for _, p := range packed {
		for _, f := range []Family{AFInet6, AFInet} {
			s, err := InetNtop(f, p)
			if mine, want := resultText(s, err), next(); mine != want {
				t.Errorf("inet_ntop(%v, %x) = %s, CPython %s", f, p, mine, want)
			}
		}
		s, err := InetNtoa(p)
		if mine, want := resultText(s, err), next(); mine != want {
			t.Errorf("inet_ntoa(%x) = %s, CPython %s", p, mine, want)
		}
		if mine, want := string(Hexlify(p)), next(); mine != want {
			t.Errorf("hexlify(%x) = %s, CPython %s", p, mine, want)
		}
	}
	for _, c := range ptonCases {
		want := c.want
		if c.err != "" {
			want = c.err
		}
		if cp := next(); cp != want {
			t.Errorf("table: inet_pton(%v, %+q) is %s, CPython says %s", c.f, c.in, want, cp)
		}
	}
	for _, c := range ntopCases {
		if cp := next(); cp != c.want {
			t.Errorf("table: inet_ntop(%v, %s) is %s, CPython says %s", c.f, c.in, c.want, cp)
		}
	}
	for _, c := range ipAddressCases {
		if cp := next(); cp != c.want {
			t.Errorf("table: ip_address(%+q) is %s, CPython says %s", c.in, c.want, cp)
		}
	}
}

// ptonInputs returns IPv6 texts: random addresses written in every way
// RFC 4291 allows (and some it does not: five digits, a second "::", a
// dotted quad in the wrong place), with scopes, and mutated.
func ptonInputs(rng *rand.Rand, n int) []string {
	var in []string
	for _, c := range ptonCases {
		in = append(in, c.in)
	}
	alphabet := []string{"0", "1", "f", "F", "g", ":", ":", "::", ".", "%", " ", "/", "\x00", "é", "\u0661"}
	for len(in) < n {
		s := ipv6Text(rng)
		if rng.IntN(4) == 0 {
			s = mutate(rng, s, alphabet)
		}
		in = append(in, s)
	}
	return in
}

func ipv6Text(rng *rand.Rand) string {
	var w [8]uint16
	for i := range w {
		if rng.IntN(2) == 0 {
			w[i] = uint16(rng.IntN(0x10000) >> (4 * rng.IntN(4)))
		}
	}
	if rng.IntN(5) == 0 {
		w = [8]uint16{0, 0, 0, 0, 0, uint16(0xffff * rng.IntN(2)), w[6], w[7]}
	}
	groups := make([]string, 8)
	for i, v := range w {
		g := fmt.Sprintf("%x", v)
		if rng.IntN(4) == 0 {
			g = fmt.Sprintf("%0*x", 1+rng.IntN(5), v)
		}
		if rng.IntN(3) == 0 {
			g = strings.ToUpper(g)
		}
		groups[i] = g
	}
	ngroups := 8
	var tail string
	if rng.IntN(4) == 0 {
		ngroups = 6
		tail = fmt.Sprintf("%d.%d.%d.%d", w[6]>>8, w[6]&0xff, w[7]>>8, w[7]&0xff)
		if rng.IntN(5) == 0 {
			tail = "0" + tail
		}
	}
	// Compress a run of zero groups, or any run, now and then twice.
	start, end := rng.IntN(ngroups+1), 0
	end = start + rng.IntN(ngroups-start+1)
	parts := groups[:ngroups]
	if rng.IntN(3) > 0 {
		parts = append(append(append([]string{}, groups[:start]...), ""), groups[end:ngroups]...)
		if start == 0 {
			parts = append([]string{""}, parts...)
		}
		if end == ngroups && tail == "" {
			parts = append(parts, "")
		}
	}
	s := strings.Join(parts, ":")
	if tail != "" {
		if strings.HasSuffix(s, ":") && len(parts) > 1 && parts[len(parts)-1] == "" {
			s += tail
		} else {
			s += ":" + tail
		}
	}
	if rng.IntN(8) == 0 {
		s += "%" + []string{"eth0", "", "1", "%", "é", " x"}[rng.IntN(6)]
	}
	return s
}

// ntopInputs returns packed addresses rich in runs of zeros, with the
// IPv4-mapped and IPv4-compatible prefixes, and some of wrong lengths.
func ntopInputs(rng *rand.Rand, n int) [][]byte {
	var in [][]byte
	for len(in) < n {
		size := 16
		switch rng.IntN(10) {
		case 0:
			size = 4
		case 1:
			size = rng.IntN(20)
		}
		p := make([]byte, size)
		for i := 0; i+1 < size; i += 2 {
			if rng.IntN(2) == 0 {
				p[i], p[i+1] = byte(rng.IntN(256)), byte(rng.IntN(256))
			}
		}
		if size == 16 && rng.IntN(4) == 0 {
			clear(p[:10])
			if rng.IntN(2) == 0 {
				p[10], p[11] = 0xff, 0xff
			}
		}
		in = append(in, p)
	}
	return in
}

func testParseInt(t *testing.T, o *pyoracle.Oracle) {
	inputs := intInputs(rand.New(rand.NewPCG(3, 3)), 4000)
	var reqs []request
	for _, s := range inputs {
		reqs = append(reqs, request{"op": "int", "s": s})
	}
	for i, a := range ask(t, o, reqs) {
		v, err := ParseInt(inputs[i])
		var mine string
		if err != nil {
			mine = err.Error()
		} else {
			mine = v.Hex()
		}
		if want := a.text(); mine != want {
			t.Errorf("int(%.80q, 0) = %.300s, CPython %.300s", inputs[i], mine, want)
		}
	}
}

// intInputs returns the table's texts, then random texts of the
// literal's alphabet with Unicode digits and spaces, literals in every
// base with signs, underscores and spaces, and texts at the digit limit.
func intInputs(rng *rand.Rand, n int) []string {
	var in []string
	for _, c := range intCases {
		in = append(in, c.in)
	}
	for _, d := range []int{4299, 4300, 4301} {
		in = append(in, strings.Repeat("7", d), "-"+strings.Repeat("7", d), strings.Repeat("0", d),
			strings.Repeat("\u0669", d), "0x"+strings.Repeat("a", d), strings.Repeat("1", d)+"__1")
	}
	alphabet := []string{"0", "1", "7", "9", "a", "f", "x", "X", "o", "b", "B", "_", "_", "+", "-", " ", "\t", "\n", "\x1c",
		"\u0661", "\u0966", "\uff19", "\u3000", "\u00a0", "\u2028", "é", "\x00", "\x7f", ".", "\U0001d7ce", "\U00011f55"}
	for len(in) < n {
		if rng.IntN(2) == 0 {
			var b strings.Builder
			for range rng.IntN(10) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			in = append(in, b.String())
			continue
		}
		s := intLiteral(rng)
		if rng.IntN(4) == 0 {
			s = mutate(rng, s, alphabet)
		}
		in = append(in, s)
	}
	return in
}

func intLiteral(rng *rand.Rand) string {
	v := randBig(rng, 1+rng.IntN(80))
	var b strings.Builder
	b.WriteString([]string{"", "", " ", "\t\n", "\u3000"}[rng.IntN(5)])
	b.WriteString([]string{"", "", "-", "+"}[rng.IntN(4)])
	base := []int{10, 10, 16, 8, 2}[rng.IntN(5)]
	prefix := map[int][]string{10: {""}, 16: {"0x", "0X"}, 8: {"0o", "0O"}, 2: {"0b", "0B"}}[base]
	b.WriteString(prefix[rng.IntN(len(prefix))])
	if base != 10 && rng.IntN(5) == 0 {
		b.WriteString("_")
	}
	digits := v.Text(base)
	if rng.IntN(3) == 0 {
		digits = strings.ToUpper(digits)
	}
	if rng.IntN(6) == 0 {
		digits = "0" + digits // a leading zero: refused in decimal unless zero
	}
	for i, c := range digits {
		if i > 0 && rng.IntN(6) == 0 {
			b.WriteByte('_')
		}
		b.WriteRune(c)
	}
	b.WriteString([]string{"", "", " ", "\n", "\u2029"}[rng.IntN(5)])
	return b.String()
}

// randBig returns a random number of at most bits bits.
func randBig(rng *rand.Rand, bits int) *big.Int {
	p := make([]byte, (bits+7)/8)
	for i := range p {
		p[i] = byte(rng.IntN(256))
	}
	v := new(big.Int).SetBytes(p)
	return v.Rsh(v, uint(8*len(p)-bits))
}

// orderValues returns the boundary values of the byte order functions,
// one or two away on each side, of both signs, and random values of up
// to 70 bits.
func orderValues(rng *rand.Rand, n int) []Int {
	var vs []Int
	for _, bits := range []uint{0, 8, 15, 16, 31, 32, 63, 64, 100} {
		b := new(big.Int).Lsh(big.NewInt(1), bits)
		if bits == 0 {
			b.SetInt64(0)
		}
		for d := int64(-2); d <= 2; d++ {
			v := new(big.Int).Add(b, big.NewInt(d))
			vs = append(vs, BigIntOf(v), BigIntOf(v.Neg(v)))
		}
	}
	vs = append(vs, IntOf(1234), IntOf(0x1234), IntOf(0x12345678))
	for len(vs) < n {
		v := randBig(rng, 1+rng.IntN(70))
		if rng.IntN(4) == 0 {
			v.Neg(v)
		}
		vs = append(vs, BigIntOf(v))
	}
	return vs
}

func testByteOrder(t *testing.T, o *pyoracle.Oracle) {
	values := orderValues(rand.New(rand.NewPCG(4, 4)), 600)
	for _, c := range orderCases {
		x, _ := ParseInt(c.in)
		values = append(values, x)
	}
	var reqs []request
	for _, x := range values {
		h := x.Big().Text(16)
		for _, f := range orderFuncs {
			if len(f) > 2 {
				reqs = append(reqs, request{"op": "conv", "fn": f, "x": h})
			} else {
				reqs = append(reqs, request{"op": "pack", "fmt": f, "x": h})
			}
		}
	}
	got := ask(t, o, reqs)
	for i, x := range values {
		for j := range orderFuncs {
			want := got[i*len(orderFuncs)+j].text()
			if mine := orderResult(j, x, LittleEndian); mine != want {
				t.Errorf("%s(%s) = %s, CPython %s", orderFuncs[j], x, mine, want)
			}
		}
	}
	for i, c := range orderCases {
		for j, want := range c.want {
			if cp := got[(len(values)-len(orderCases)+i)*len(orderFuncs)+j].text(); cp != want {
				t.Errorf("table: %s(%s) is %s, CPython says %s", orderFuncs[j], c.in, want, cp)
			}
		}
	}
}

func testUnicodeTables(t *testing.T, o *pyoracle.Oracle) {
	var tables [2]string
	a := ask(t, o, []request{{"op": "unicode"}})[0]
	if err := json.Unmarshal(a.OK, &tables); err != nil {
		t.Fatal(err, a.Err)
	}
	dec, spc := tables[0], tables[1]
	if len(dec) != 0x110000 || len(spc) != 0x110000 {
		t.Fatalf("CPython answered %d and %d flags", len(dec), len(spc))
	}
	for r := rune(0x80); r < 0x110000; r++ {
		want := -1
		if dec[r] != '-' {
			want = int(dec[r] - '0')
		}
		if got := pyDecimal(r); got != want {
			t.Errorf("decimal(%U) = %d, CPython %d", r, got, want)
		}
		if got := isPySpace(r); got != (spc[r] == '1') {
			t.Errorf("isspace(%U) = %v, CPython %v", r, got, !got)
		}
	}
}

// testTranscripts builds every session of the lessons for the inputs of
// all the tables and for random ones, and replays them all in CPython,
// which must print exactly the same.
func testTranscripts(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	ips := atonInputs(rng, 400)
	ips = append(ips, ptonInputs(rng, 300)...)
	for _, c := range ipAddressCases {
		ips = append(ips, c.in)
	}
	ips = append(ips, "1.2.3.4 \n>>> print('x')", "1.2.3.4\r\n", "1.2.3.4 '\"\\", "\xff\xfe1.2.3.4", "1.2.3.4 \xff")
	ns := intInputs(rng, 300)
	for _, c := range orderCases {
		ns = append(ns, c.in)
	}
	ns = append(ns, "0x"+strings.Repeat("f", 20000), "-0b1", "0x1234 ", "+0o777", "\xff", "2**32", "0x1234L", "1,234", "'1'")
	transcripts := map[string]string{}
	deck := 0
	for i, ip := range ips {
		transcripts[fmt.Sprintf("PackingSession(%.60q) #%d", ip, i)] = PackingSession(ip).String()
		transcripts[fmt.Sprintf("PtonSession(%.60q) #%d", ip, i)] = PtonSession(ip).String()
		if d, ok := DeckSession(ip); ok {
			transcripts[fmt.Sprintf("DeckSession(%.60q) #%d", ip, i)] = d.String()
			deck++
		}
	}
	for i, n := range ns {
		for _, w := range []Width{W16, W32} {
			transcripts[fmt.Sprintf("ByteOrderSession(%.60q, %d) #%d", n, w, i)] = ByteOrderSession(n, w).String()
			transcripts[fmt.Sprintf("PackSession(%.60q, %d) #%d", n, w, i)] = PackSession(n, w).String()
		}
	}
	if deck < len(ips)*9/10 {
		t.Errorf("DeckSession gave up on %d of %d texts", len(ips)-deck, len(ips))
	}
	t.Logf("replaying %d transcripts", len(transcripts))
	pyoracle.NewReplayer(t).Check(t, transcripts)
}
