//go:build !js

package pyrepl

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"netprimer/internal/pyoracle"
)

const reprProgram = `
import json, sys
for line in sys.stdin:
    req = json.loads(line)
    if req["kind"] == "str":
        v = req["s"]
    elif req["kind"] == "bytes":
        v = bytes(req["b"])
    elif req["kind"] == "hex":
        print(json.dumps(hex(req["n"])), flush=True)
        continue
    print(json.dumps(repr(v)), flush=True)
`

// reprCases are the texts whose repr calculators and naive ports get wrong.
var reprCases = []string{
	"", "a", "'", `"`, `'"`, `it's`, `say "hi"`, `\`, "\t\n\r", "\x00\x1f\x7f",
	"\u0080\u009f\u00a0\u00ad", "한국.kr", "\u200b\u2028\u2029\ufeff", "\U0001F600",
	"\U000E0001", "\ud7ff", "\U0010FFFF", "<script>", "1.2.3.4 junk", "é\u0301",
}

func TestReprMatchesCPython(t *testing.T) {
	o := pyoracle.Start(t, reprProgram)
	rng := rand.New(rand.NewPCG(1, 2))
	texts := append([]string(nil), reprCases...)
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(6) {
			var r rune
			switch rng.IntN(4) {
			case 0:
				r = rune(rng.IntN(0x80))
			case 1:
				r = rune(rng.IntN(0x800))
			case 2:
				r = rune(rng.IntN(0x10000))
			default:
				r = rune(rng.IntN(0x110000))
			}
			if !utf8.ValidRune(r) {
				continue
			}
			b.WriteRune(r)
		}
		texts = append(texts, b.String())
	}
	var reqs []any
	for _, s := range texts {
		reqs = append(reqs, map[string]any{"kind": "str", "s": s})
	}
	var byteCases [][]byte
	for i := range 256 {
		byteCases = append(byteCases, []byte{byte(i)}, []byte{byte(i), '\''}, []byte{byte(i), '"', '\''})
	}
	for range 500 {
		p := make([]byte, rng.IntN(8))
		for i := range p {
			p[i] = byte(rng.IntN(256))
		}
		byteCases = append(byteCases, p)
	}
	for _, p := range byteCases {
		ints := make([]int, len(p))
		for i, c := range p {
			ints[i] = int(c)
		}
		reqs = append(reqs, map[string]any{"kind": "bytes", "b": ints})
	}
	hexCases := []int64{0, 1, -1, 1234, 0xd204, -0xd204, 1<<63 - 1, -1 << 63}
	for _, n := range hexCases {
		reqs = append(reqs, map[string]any{"kind": "hex", "n": n})
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var want string
		if err := json.Unmarshal(line, &want); err != nil {
			return err
		}
		var got, in string
		switch {
		case i < len(texts):
			got, in = Str(texts[i]), Str(texts[i])
			in = texts[i]
		case i < len(texts)+len(byteCases):
			p := byteCases[i-len(texts)]
			got, in = Bytes(p), string(p)
		default:
			n := hexCases[i-len(texts)-len(byteCases)]
			got, in = Hex(n), Int(n)
		}
		if got != want {
			t.Errorf("repr of %+q: got %s, CPython %s", in, got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestTranscriptReplaysInCPython(t *testing.T) {
	r := pyoracle.NewReplayer(t)
	r.Check(t, map[string]string{
		"deck ip_address": Session("ipaddress").
			In("addr4 = ipaddress.ip_address('192.0.2.1')").
			Eval("addr4", "IPv4Address('192.0.2.1')").
			Eval("addr4.version", "4").String(),
		"loop": Session().In("for x in range(2):\n    print(x)").Out("0\n1").String(),
		"error": Session("ipaddress").In("ipaddress.ip_address('x')").
			Raise("ValueError", "'x' does not appear to be an IPv4 or IPv6 address").String(),
		"socket error": Session("socket").In("socket.inet_aton('x')").
			Raise("OSError", "illegal IP address string passed to inet_aton").String(),
		"repr": Session().Eval("'it\\'s'", Str("it's")).Eval("b'\\x00'", Bytes([]byte{0})).String(),
	})
}
