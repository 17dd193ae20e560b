//go:build !js

package ui

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
	"netprimer/app/wire"
	"netprimer/internal/pyoracle"
)

// wireOracle computes, with CPython, what the lessons on packing and byte
// order must show for a text, in the page's formats: rows of texts, row
// after row; byte cells as where, hex, decimal, binary; Python
// expressions beside their reprs; exceptions as the last line of the
// traceback. It knows nothing of the
// Go code: the formats are written here again, from the page's design.
const wireOracle = `
import binascii, ipaddress, json, re, socket, struct, sys

def exc(e):
    t = type(e)
    name = t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__name__
    return name + ": " + str(e)

def flat(rows):
    return [x for r in rows for x in r]

def cells(p, where):
    return flat([where(i), "0x%02x" % b, str(b), format(b, "08b")] for i, b in enumerate(p))

def packed_at(i):
    return "packed[%d]" % i

def address(i):
    return hex(0x1000 + i)

def hexdec(v):
    return "%s (%d)" % (hex(v), v)

def packing(ip):
    out = {}
    try:
        p = socket.inet_aton(ip)
        n = int.from_bytes(p, "big")
        ntoa = socket.inet_ntoa(p)
        out["ntoa"] = ntoa
        out["says"] = repr(p) + " (" + ntoa + ")"
        out["cells"] = cells(p, packed_at)
        out["props"] = flat([
            ["binascii.hexlify(packed)", repr(binascii.hexlify(p))],
            ["int.from_bytes(packed, 'big')", str(n)],
            ["hex(int.from_bytes(packed, 'big'))", repr(hex(n))],
            ["socket.inet_ntoa(packed)", repr(ntoa)],
        ])
        # The lenient forms, read again: the address ends at the first
        # ASCII whitespace; inet_pton accepts only the strict form.
        m = re.match(r"[^ \t\n\v\f\r]*", ip)
        addr, rest = m.group(0), ip[m.end():]
        parts = addr.split(".")
        hexp = [q[:2].lower() == "0x" for q in parts]
        octp = [q[:1] == "0" and len(q) > 1 and not h for q, h in zip(parts, hexp)]
        out["few"] = len(parts) < 4
        out["hex"] = any(hexp)
        out["oct"] = any(octp)
        out["ignored"] = repr(rest) if rest else ""
        try:
            socket.inet_pton(socket.AF_INET, ip)
            out["strict"] = True
        except OSError:
            out["strict"] = False
        rows = []
        for i, (q, h, o) in enumerate(zip(parts, hexp, octp)):
            base = 16 if h else 8 if o else 10
            v = int(q[2:] if h else q, base) if q not in ("0x", "0X") else 0
            bits = 8 if i < len(parts) - 1 else 32 - 8 * (len(parts) - 1)
            rows.append([q, str(base), str(v), str(bits), ".".join(str(b) for b in v.to_bytes(bits // 8, "big"))])
        out["parts"] = flat(rows)
    except Exception as e:
        out["atonErr"] = exc(e)
    try:
        out["ipaddr"] = repr(ipaddress.ip_address(ip))
    except Exception as e:
        out["ipaddrErr"] = exc(e)
    f = socket.AF_INET6 if ":" in ip else socket.AF_INET
    fname = "socket.AF_INET6" if f == socket.AF_INET6 else "socket.AF_INET"
    try:
        p = socket.inet_pton(f, ip)
        out["ptonCells"] = cells(p, packed_at)
        out["ptonProps"] = flat([
            ["len(packed)", str(len(p))],
            ["binascii.hexlify(packed)", repr(binascii.hexlify(p))],
            ["socket.inet_ntop(%s, packed)" % fname, repr(socket.inet_ntop(f, p))],
        ])
    except Exception as e:
        out["ptonErr"] = exc(e)
    return out

def byteorder(n, w):
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

assert sys.byteorder == "little", "the lessons show a little-endian host"
for line in sys.stdin:
    req = json.loads(line)
    if "ip" in req:
        print(json.dumps(packing(req["ip"])), flush=True)
    else:
        print(json.dumps(byteorder(req["n"], req["w"])), flush=True)
`

// packingCases are texts with a reason to be here: the deck's address,
// every lenient form of inet_aton, the texts it refuses, IPv6 and the
// odd ones (control characters, NUL, invalid UTF-8, long texts).
var packingCases = []string{
	"114.71.220.95", // the deck's address
	"127.1",         // two parts: the last fills 24 bits
	"1.2.3",         // three parts: the last fills 16 bits
	"2130706433",    // one number: all 32 bits
	"0x7f.1",        // hexadecimal
	"0X7F.0.0.1",    // upper-case prefix
	"010.0.0.1",     // octal: 8.0.0.1
	"0177.0.0.1",    // octal 127
	"00.0.0.0",      // octal zeros
	"0.0.0.0",       // zero, strict
	"255.255.255.255",
	"1.2.3.4 junk",   // text after whitespace is ignored
	"1.2.3.4\tx",     // a tab is whitespace too
	"1.2.3.4\n",      // a trailing newline
	"1.2.3.4 ",       // a trailing space
	" 1.2.3.4",       // a leading space is refused
	"256.1.1.1",      // a part too large
	"1.2.3.4.5",      // five parts
	"1.2.3.",         // an empty part
	"1..2",           // an empty part in the middle
	"0x",             // a prefix without digits
	"0x100.1",        // 256 in the first byte
	"1.16777216",     // 2**24 in the last 24 bits
	"1.16777215",     // the largest last part of two
	"4294967295",     // the largest single number
	"4294967296",     // one more
	"08.1.1.1",       // not octal
	"+1.2.3.4",       // a sign
	"1.2.3.4x",       // no whitespace before the junk
	"",               // nothing
	"a.b.c.d",        // letters
	"١.٢.٣.٤",        // Arabic-Indic digits: not for glibc
	"1.2.3.4\x00",    // NUL: CPython refuses it first
	"\x00",           // only NUL
	"1.2.3.4\x85",    // NEL is no ASCII whitespace
	"\xff\xfe",       // invalid UTF-8, read as two U+FFFD
	"::1",            // IPv6
	"2001:db8::1",    // IPv6 documentation prefix
	"::ffff:1.2.3.4", // IPv4-mapped: glibc writes the dotted quad
	"fe80::1%eth0",   // a scope: ipaddress only
	"1::2::3",        // two ::
	"1:2:3:4:5:6:7:8",
	"1:2:3:4:5:6:7:8:9",
	"::",
	"'quoted'",
	"\"double\"",
	"back\\slash",
	"line\nbreak",
	strings.Repeat("1", 300),         // a 300-character text
	strings.Repeat("1.", 150),        // dots
	strings.Repeat("가", param.Max+7), // cut to param.Max
}

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

func TestWireLessonsAgainstCPython(t *testing.T) {
	o := pyoracle.Start(t, wireOracle)
	r := rand.New(rand.NewPCG(4, 4))

	ips := append([]string(nil), packingCases...)
	for range 1500 {
		ips = append(ips, randomAton(r))
	}
	var reqs []any
	for _, ip := range ips {
		ip, _ = param.Clean(ip)
		reqs = append(reqs, map[string]any{"ip": ip})
	}
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
	for _, c := range nums {
		n, _ := param.Clean(c.n)
		reqs = append(reqs, map[string]any{"n": n, "w": int(c.w)})
	}

	var got []map[string]json.RawMessage
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var m map[string]json.RawMessage
		got = append(got, m)
		return json.Unmarshal(line, &got[i])
	})
	if err != nil {
		t.Fatal(err)
	}
	sessions := map[string]string{}
	for i, ip := range ips {
		checkPacking(t, ip, got[i])
		if i < len(packingCases) {
			_, _, w := packingVals(ip, i18n.Ko)
			for _, k := range []int{pwPacking, pwDeck, pwPton} {
				if tr, ok := w[k].(*pyrepl.Transcript); ok {
					sessions[fmt.Sprintf("ip=%q/%d", ip, k)] = tr.String()
				}
			}
		}
	}
	for i, c := range nums {
		checkByteorder(t, c.n, c.w, got[len(ips)+i])
		if i < 2*len(byteorderCases) {
			_, _, w := byteorderVals(c.n, c.w, storySteps, i18n.En)
			for _, k := range []int{bwSession, bwPackSession} {
				sessions[fmt.Sprintf("n=%q,w=%d/%d", c.n, c.w, k)] = w[k].(*pyrepl.Transcript).String()
			}
		}
	}
	// The sessions the pages chose, replayed: every line as CPython
	// prints it.
	pyoracle.NewReplayer(t).Check(t, sessions)
}

// checkPacking compares what the packing lesson shows for ip with
// CPython's answer want.
func checkPacking(t *testing.T, ip string, want map[string]json.RawMessage) {
	t.Helper()
	text, s, w := packingVals(ip, i18n.En)
	name := fmt.Sprintf("ip=%.60q", ip)
	flag := func(k string) string {
		var v bool
		json.Unmarshal(want[k], &v)
		return on(v)
	}
	same := func(what string, got any, k string) {
		t.Helper()
		sameJSON(t, name+": "+what, got, want[k])
	}
	if want["atonErr"] != nil {
		same("inet_aton's error", s[pAtonErr], "atonErr")
		same("inet_aton in the comparison", s[pAtonSays], "atonErr")
		if s[pAtonOK] != "" || w[pwAtonCells] != nil || w[pwParts] != nil {
			t.Errorf("%s: cells or parts shown for a text inet_aton refuses", name)
		}
	} else {
		same("inet_ntoa", s[pNtoa], "ntoa")
		same("inet_aton in the comparison", s[pAtonSays], "says")
		same("cells", w[pwAtonCells], "cells")
		same("props", w[pwAtonProps], "props")
		same("parts", w[pwParts], "parts")
		same("ignored text", s[pIgnored], "ignored")
		for _, f := range []struct {
			what string
			i    int
			k    string
		}{{"fewer parts", pFewParts, "few"}, {"hexadecimal", pHexPart, "hex"}, {"octal", pOctPart, "oct"}, {"strict", pStrict, "strict"}} {
			if on(s[f.i] != "") != flag(f.k) {
				t.Errorf("%s: %s flag %q, CPython %s", name, f.what, s[f.i], want[f.k])
			}
		}
		if (s[pLenient] != "") == (s[pStrict] != "") {
			t.Errorf("%s: lenient %q and strict %q", name, s[pLenient], s[pStrict])
		}
	}
	ipErr := want["ipaddrErr"] != nil
	if ipErr {
		same("ip_address", s[pIPAddr], "ipaddrErr")
	} else {
		same("ip_address", s[pIPAddr], "ipaddr")
	}
	atonOK := want["atonErr"] == nil
	verdicts := []struct {
		i    int
		want bool
	}{{pBoth, atonOK && !ipErr}, {pOnlyAton, atonOK && ipErr}, {pOnlyIPAddr, !atonOK && !ipErr}, {pNeither, !atonOK && ipErr}}
	for _, v := range verdicts {
		if (s[v.i] != "") != v.want {
			t.Errorf("%s: verdict %d is %q", name, v.i, s[v.i])
		}
	}
	if want["ptonErr"] != nil {
		same("inet_pton's error", s[pPtonErr], "ptonErr")
	} else {
		same("inet_pton's cells", w[pwPtonCells], "ptonCells")
		same("inet_pton's props", w[pwPtonProps], "ptonProps")
	}
	if (w[pwDeck] == nil) != (s[pNoDeck] != "") {
		t.Errorf("%s: the deck's program and its note", name)
	}
	if cut, _ := param.Clean(ip); text != cut {
		t.Errorf("%s: the lesson works on %.40q", name, text)
	}
}

// checkByteorder compares what the byte order lesson shows for n and w
// with CPython's answer want.
func checkByteorder(t *testing.T, n string, w wire.Width, want map[string]json.RawMessage) {
	t.Helper()
	_, s, ws := byteorderVals(n, w, storySteps, i18n.En)
	name := fmt.Sprintf("n=%.60q,width=%d", n, w)
	same := func(what string, got any, k string) {
		t.Helper()
		sameJSON(t, name+": "+what, got, want[k])
	}
	same("error", s[bErr], "err")
	same("struct.pack", ws[bwPack], "pack")
	same("conversions", ws[bwConv], "conv")
	same("big-endian cells", ws[bwBig], "big")
	same("little-endian cells", ws[bwLittle], "little")
	same("the number held", s[bHeld], "held")
	same("the number read", s[bRead], "read")
	same("the number read with ntohs", s[bFixed], "fixed")
	same("the bytes sent", ws[bwStory2], "sent")
	if (s[bFits] != "") == (s[bNoFit] != "") {
		t.Errorf("%s: fits %q, does not fit %q", name, s[bFits], s[bNoFit])
	}
	if (s[bFits] != "") != (want["conv"] != nil) {
		t.Errorf("%s: fits %q, CPython converts: %v", name, s[bFits], want["conv"] != nil)
	}
}

// sameJSON reports whether the page's value got is CPython's answer
// want, compared as JSON values; no answer stands for an empty string or
// no value.
func sameJSON(t *testing.T, what string, got any, want json.RawMessage) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var gv, wv any
	json.Unmarshal(g, &gv)
	if want == nil {
		if gv == nil || gv == "" {
			return
		}
	} else if err := json.Unmarshal(want, &wv); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gv, wv) {
		t.Errorf("%s = %.300s, CPython %.300s", what, g, want)
	}
}

// randomAton returns a text near the forms of inet_aton: 1 to 5 parts
// in any base, sometimes out of range, sometimes followed by text.
func randomAton(r *rand.Rand) string {
	var b strings.Builder
	n := 1 + r.IntN(5)
	for i := range n {
		if i > 0 {
			b.WriteByte('.')
		}
		v := uint64(r.Uint32())
		switch r.IntN(4) {
		case 0:
			v %= 256
		case 1:
			v %= 1 << 24
		}
		switch r.IntN(4) {
		case 0:
			b.WriteString("0x" + strconv.FormatUint(v, 16))
		case 1:
			b.WriteString("0" + strconv.FormatUint(v, 8))
		default:
			b.WriteString(strconv.FormatUint(v, 10))
		}
	}
	switch r.IntN(6) {
	case 0:
		b.WriteString(" " + strconv.Itoa(r.IntN(100)))
	case 1:
		b.WriteString([]string{"x", "\t", "\n", ".", ":", "\x00", "é"}[r.IntN(7)])
	}
	return b.String()
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
