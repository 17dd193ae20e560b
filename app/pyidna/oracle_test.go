//go:build !js

package pyidna

import (
	"encoding/json"
	"errors"
	"flag"
	"math/rand/v2"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// encodeProgram answers a list of strings with, for each, its
// encode('idna') as text or the str() of the exception, marked "!".
const encodeProgram = `
import json, sys
def enc(s):
    try:
        return s.encode("idna").decode("ascii")
    except UnicodeError as e:
        return "!" + type(e).__name__ + ": " + str(e)
for line in sys.stdin:
    print(json.dumps([enc(s) for s in json.loads(line)]), flush=True)
`

// checkAgainstCPython encodes every text here and in CPython, in batches.
func checkAgainstCPython(t *testing.T, o *pyoracle.Oracle, texts []string) {
	t.Helper()
	const batch = 4096
	var reqs []any
	for i := 0; i < len(texts); i += batch {
		reqs = append(reqs, texts[i:min(i+batch, len(texts))])
	}
	fails := 0
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var want []string
		if err := json.Unmarshal(line, &want); err != nil {
			return err
		}
		for j, w := range want {
			s := texts[i*batch+j]
			got, err := Encode(s)
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("Encode(%+q) error %T", s, err)
				}
				got = "!UnicodeError: " + err.Error()
			}
			if got != w && fails < 20 {
				fails++
				t.Errorf("Encode(%+q) = %q, CPython %q", s, got, w)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEncodeMatchesCPython compares the codec with CPython's on the table
// cases and thousands of random names built from the characters that each
// step of nameprep treats specially.
func TestEncodeMatchesCPython(t *testing.T) {
	o := pyoracle.Start(t, encodeProgram)
	texts := []string{}
	for _, c := range encodeCases {
		texts = append(texts, c.in)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	pools := [][]rune{
		[]rune("abcXYZ09-_ .<>"),                                                     // ASCII, kept as it is
		[]rune(".\u3002\uFF0E\uFF61"),                                                // the four dots
		[]rune("\u00ad\u034f\u200b\u200c\u200d\u2060\ufe00"),                         // B.1, mapped to nothing
		[]rune("ßİĲǅΣς\u0345ﬀＡ\u1e9e\u2126"),                                         // B.2 case folding
		[]rune("\u0301\u0308\u0323\u0327\u031b\u05b0\u0e48\u302a\u1b35\u0b3e\u0cd5"), // marks of many classes
		[]rune("aeoAOu\u0915\u1b05\u0b47\u0cc6"),                                     // starters that compose
		[]rune("\u1100\u1161\u11a8\u11a7\u11c3\uac00\ud7a3"),                         // Hangul
		[]rune("¼ﬁ①㍱\u3200\uff76\u2460\U0001D400\U0001F130"),                         // compatibility
		[]rune("\u05d0\u05d1\u0627\u0661\u200e\u200f\u202a"),                         // bidi
		[]rune("\u00a0\u3000\u0080\ue000\ufdd0\ufffe\U000E0001\U000F0000\u2ff0"),     // prohibited
		[]rune("한국\u00e9\U0001F600\u0378\u4e00"),                                     // other letters, unassigned
	}
	for range 20000 {
		var b strings.Builder
		n := 1 + rng.IntN(12)
		for range n {
			p := pools[rng.IntN(len(pools))]
			b.WriteRune(p[rng.IntN(len(p))])
		}
		texts = append(texts, b.String())
	}
	// Long labels around the 63-octet limit, before and after Punycode.
	for n := 55; n <= 66; n++ {
		texts = append(texts, strings.Repeat("a", n), strings.Repeat("a", n)+".kr", strings.Repeat("한", n/6)+strings.Repeat("a", n%6))
	}
	checkAgainstCPython(t, o, texts)
}

var allCodePoints = flag.Bool("all-code-points", false, "encode every code point in TestCodePoints (about 80 s), not a sample")

// TestCodePoints encodes code points alone and between letters: every one
// that a table names or that borders a span, and a sample of the others
// (all of them with -all-code-points).
func TestCodePoints(t *testing.T) {
	o := pyoracle.Start(t, encodeProgram)
	special := map[rune]bool{}
	for _, m := range [][]mapping{caseFold[:], decompositions[:]} {
		for _, e := range m {
			special[e.r] = true
		}
	}
	for _, c := range compositions {
		special[c.first], special[c.second], special[c.composite] = true, true, true
	}
	for _, spans := range [][]span{mapToNothing[:], prohibited[:], randAL[:], leftToRight[:]} {
		for _, s := range spans {
			special[s.lo-1], special[s.lo], special[s.hi], special[s.hi+1] = true, true, true, true
		}
	}
	for _, s := range combiningClasses {
		for r := s.lo; r <= s.hi; r++ {
			special[r] = true
		}
	}
	var texts []string
	for r := rune(0x80); r < 0x110000; r++ {
		if r >= 0xd800 && r <= 0xdfff || !*allCodePoints && !special[r] && r%17 != 0 {
			continue
		}
		texts = append(texts, string(r), "a"+string(r)+"\u0301")
	}
	checkAgainstCPython(t, o, texts)
}
