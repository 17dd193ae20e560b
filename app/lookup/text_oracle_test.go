//go:build !js

package lookup

import (
	"encoding/json"
	"math/rand/v2"
	"net/netip"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// textProgram answers the text questions of this package's helpers:
// bytes.decode('utf-8') errors, str.isspace, and socket's inet_pton,
// inet_ntop and inet_aton.
const textProgram = `
import json, socket, sys
def answer(req):
    k = req["kind"]
    try:
        if k == "decode":
            bytes(req["b"]).decode("utf-8")
            return ""
        if k == "spaces":
            return [c for c in range(0x110000) if chr(c).isspace()]
        if k == "pton4":
            return list(socket.inet_pton(socket.AF_INET, req["s"]))
        if k == "pton6":
            return list(socket.inet_pton(socket.AF_INET6, req["s"]))
        if k == "ntop6":
            return socket.inet_ntop(socket.AF_INET6, bytes(req["b"]))
        if k == "aton":
            return list(socket.inet_aton(req["s"]))
    except (OSError, ValueError) as e:
        return "!" + type(e).__name__ + ": " + str(e)
for line in sys.stdin:
    print(json.dumps(answer(json.loads(line))), flush=True)
`

func ints(b []byte) []int {
	out := make([]int, len(b))
	for i, c := range b {
		out[i] = int(c)
	}
	return out
}

func TestDecodeUTF8MatchesCPython(t *testing.T) {
	o := pyoracle.Start(t, textProgram)
	rng := rand.New(rand.NewPCG(9, 10))
	var cases [][]byte
	interesting := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff}
	for _, a := range interesting {
		for _, b := range interesting {
			cases = append(cases, []byte{a}, []byte{a, b}, []byte{'x', a, b, 0xbf}, []byte{a, 0x80, b}, []byte{a, 0x90, 0x80, b})
		}
	}
	for range 3000 {
		p := make([]byte, 1+rng.IntN(6))
		for i := range p {
			p[i] = interesting[rng.IntN(len(interesting))]
		}
		cases = append(cases, p)
	}
	reqs := make([]any, len(cases))
	for i, p := range cases {
		reqs[i] = map[string]any{"kind": "decode", "b": ints(p)}
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var want string
		if err := json.Unmarshal(line, &want); err != nil {
			return err
		}
		got := ""
		if e := decodeUTF8(string(cases[i])); e != nil {
			got = "!" + e.typ + ": " + e.msg
		}
		if got != want {
			t.Errorf("decode % x: got %q, CPython %q", cases[i], got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestIsPySpaceMatchesCPython(t *testing.T) {
	o := pyoracle.Start(t, textProgram)
	var spaces []rune
	o.Ask(t, map[string]any{"kind": "spaces"}, &spaces)
	want := map[rune]bool{}
	for _, r := range spaces {
		want[r] = true
	}
	for r := rune(0); r < 0x110000; r++ {
		if isPySpace(r) != want[r] {
			t.Errorf("isPySpace(%U) = %v", r, isPySpace(r))
		}
	}
	if got := pyStrip("\u3000\t localhost\u0085\n"); got != "localhost" {
		t.Errorf("pyStrip = %q", got)
	}
}

// TestInetMatchesCPython compares the address forms with socket's
// inet_pton, inet_ntop and inet_aton on random text and bytes. inet_aton
// accepts text after white space that inet_aton_exact refuses: the random
// text has none.
func TestInetMatchesCPython(t *testing.T) {
	o := pyoracle.Start(t, textProgram)
	rng := rand.New(rand.NewPCG(11, 12))
	texts := []string{"1.2.3.4", "01.2.3.4", "1.2.3", "255.255.255.255", "256.1.1.1", "::", "::1", "1::", ":::", "::ffff:1.2.3.4",
		"::1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::2::3", "0x7f.1", "017700000001", "4294967295", "4294967296",
		"0x", "0x1g", "1.2.3.4.", "12345:1::", "::ffff:1.2.3", "1.2.3.04", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4"}
	alphabet := "0123456789abcdefx:."
	for range 4000 {
		var b strings.Builder
		for range 1 + rng.IntN(16) {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	var blobs [][]byte
	for range 2000 {
		var b [16]byte
		for i := range b {
			if rng.IntN(3) > 0 {
				b[i] = byte(rng.IntN(3))
			} else {
				b[i] = byte(rng.IntN(256))
			}
		}
		if rng.IntN(4) == 0 {
			copy(b[:12], []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff})
		}
		blobs = append(blobs, b[:])
	}
	type q struct {
		req   map[string]any
		check func(want json.RawMessage)
	}
	var qs []q
	asBytes := func(a netip.Addr, ok bool) string {
		if !ok {
			return "error"
		}
		b, _ := json.Marshal(ints(a.AsSlice()))
		return string(b)
	}
	wantBytes := func(raw json.RawMessage) string {
		if len(raw) > 0 && raw[0] == '"' {
			return "error"
		}
		var v []int
		json.Unmarshal(raw, &v)
		b, _ := json.Marshal(v)
		return string(b)
	}
	for _, s := range texts {
		qs = append(qs,
			q{map[string]any{"kind": "pton4", "s": s}, func(w json.RawMessage) {
				if got, want := asBytes(inetPton4(s)), wantBytes(w); got != want {
					t.Errorf("inet_pton(AF_INET, %q) = %s, CPython %s", s, got, want)
				}
			}},
			q{map[string]any{"kind": "pton6", "s": s}, func(w json.RawMessage) {
				if got, want := asBytes(inetPton6(s)), wantBytes(w); got != want {
					t.Errorf("inet_pton(AF_INET6, %q) = %s, CPython %s", s, got, want)
				}
			}},
			q{map[string]any{"kind": "aton", "s": s}, func(w json.RawMessage) {
				if got, want := asBytes(inetAtonExact(s)), wantBytes(w); got != want {
					t.Errorf("inet_aton(%q) = %s, CPython %s", s, got, want)
				}
			}})
	}
	for _, b := range blobs {
		qs = append(qs, q{map[string]any{"kind": "ntop6", "b": ints(b)}, func(w json.RawMessage) {
			var want string
			json.Unmarshal(w, &want)
			if got := inetNtop(netip.AddrFrom16([16]byte(b))); got != want {
				t.Errorf("inet_ntop(AF_INET6, % x) = %s, CPython %s", b, got, want)
			}
		}})
	}
	reqs := make([]any, len(qs))
	for i, x := range qs {
		reqs[i] = x.req
	}
	if err := o.AskAll(reqs, func(i int, line []byte) error {
		qs[i].check(json.RawMessage(line))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
