//go:build !js

package packing

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/ui/kit/param"
	"netprimer/internal/pyoracle"
)

// packingOracle computes, with CPython, what the lesson must show for a
// text, in the page's formats: byte cells as where, hex, decimal, binary;
// Python expressions beside their reprs; exceptions as the last line of
// the traceback. It knows nothing of the Go code: the formats are written
// here again, from the page's design.
const packingOracle = `
import binascii, ipaddress, re, socket

def packed_at(i):
    return "packed[%d]" % i

def answer(req):
    ip = req["ip"]
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

func TestLessonAgainstCPython(t *testing.T) {
	o := pyoracle.Serve(t, packingOracle)
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
	got := pyoracle.AskEach[map[string]json.RawMessage](t, o, reqs)
	sessions := map[string]string{}
	for i, ip := range ips {
		checkPacking(t, ip, got[i])
		if i < len(packingCases) {
			m := modelOf(url.Values{"ip": {ip}})
			sessions[fmt.Sprintf("ip=%q/packing", ip)] = m.session.String()
			sessions[fmt.Sprintf("ip=%q/pton", ip)] = m.pton.String()
			if m.deck != nil {
				sessions[fmt.Sprintf("ip=%q/deck", ip)] = m.deck.String()
			}
		}
	}
	// The sessions the page chose, replayed: every line as CPython
	// prints it.
	pyoracle.NewReplayer(t).Check(t, sessions)
}

// cellTexts are the texts of byte cells as the page draws them (see
// kit.ByteCells): where, hex, decimal, binary, byte after byte.
func cellTexts(b []byte) []string {
	var out []string
	for i, c := range b {
		out = append(out, packedAt(i), fmt.Sprintf("0x%02x", c), strconv.Itoa(int(c)), fmt.Sprintf("%08b", c))
	}
	return out
}

func propTexts(ps []prop) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.expr, p.val)
	}
	return out
}

// checkPacking compares what the lesson shows for ip with CPython's
// answer want.
func checkPacking(t *testing.T, ip string, want map[string]json.RawMessage) {
	t.Helper()
	m := modelOf(url.Values{"ip": {ip}})
	name := fmt.Sprintf("ip=%.60q", ip)
	flag := func(k string) bool {
		var v bool
		json.Unmarshal(want[k], &v)
		return v
	}
	same := func(what string, got any, k string) {
		t.Helper()
		pyoracle.SameJSON(t, name+": "+what, got, want[k])
	}
	if want["atonErr"] != nil {
		same("inet_aton's error", m.atonErr, "atonErr")
		same("inet_aton in the comparison", m.atonSays, "atonErr")
		if m.atonOK() || m.packed != nil || m.parts != nil {
			t.Errorf("%s: cells or parts shown for a text inet_aton refuses", name)
		}
	} else {
		same("inet_ntoa", m.ntoa, "ntoa")
		same("inet_aton in the comparison", m.atonSays, "says")
		same("cells", cellTexts(m.packed), "cells")
		same("props", propTexts(m.props), "props")
		var parts []string
		for _, p := range m.parts {
			parts = append(parts, p.text, p.base, p.value, p.bits, p.bytes)
		}
		same("parts", parts, "parts")
		same("ignored text", m.ignored, "ignored")
		for _, f := range []struct {
			what string
			got  bool
			k    string
		}{{"fewer parts", m.fewParts(), "few"}, {"hexadecimal", m.hexPart(), "hex"}, {"octal", m.octPart(), "oct"}, {"strict", !m.aton.Lenient(), "strict"}} {
			if f.got != flag(f.k) {
				t.Errorf("%s: %s is %v, CPython %s", name, f.what, f.got, want[f.k])
			}
		}
	}
	ipErr := want["ipaddrErr"] != nil
	if ipErr {
		same("ip_address", m.ipAddr, "ipaddrErr")
	} else {
		same("ip_address", m.ipAddr, "ipaddr")
	}
	if m.ipAddrOK == ipErr {
		t.Errorf("%s: ip_address accepts it: %v, CPython: %v", name, m.ipAddrOK, !ipErr)
	}
	if m.atonOK() != (want["atonErr"] == nil) {
		t.Errorf("%s: inet_aton accepts it: %v", name, m.atonOK())
	}
	if want["ptonErr"] != nil {
		same("inet_pton's error", m.ptonErr, "ptonErr")
	} else {
		same("inet_pton's cells", cellTexts(m.ptonPacked), "ptonCells")
		same("inet_pton's props", propTexts(m.ptonProps), "ptonProps")
	}
	if cut, _ := param.Clean(ip); m.ip != cut {
		t.Errorf("%s: the lesson works on %.40q", name, m.ip)
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
