//go:build !js

package i18n

import (
	"encoding/json"
	"testing"

	"netprimer/internal/pyoracle"
)

// TestFoldMatchesNFKC checks, with CPython, that every character Fold
// changes becomes what Unicode's compatibility normalisation (NFKC) makes
// of it, and that the neighbours of those ranges are characters Fold must
// leave alone.
func TestFoldMatchesNFKC(t *testing.T) {
	o := pyoracle.Start(t, `
import json, sys, unicodedata
for line in sys.stdin:
    print(json.dumps(unicodedata.normalize("NFKC", json.loads(line))), flush=True)
`)
	var reqs []any
	var runes []rune
	for r := rune(0xff00); r <= 0xff60; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 0x2fff, 0x3000, 0x3001)
	for _, r := range runes {
		reqs = append(reqs, string(r))
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var nfkc string
		if err := json.Unmarshal(line, &nfkc); err != nil {
			return err
		}
		r := runes[i]
		folded := Fold(string(r)) != string(r)
		if folded && Fold(string(r)) != nfkc {
			t.Errorf("Fold(%U) = %q; NFKC gives %q", r, Fold(string(r)), nfkc)
		}
		// Fold changes exactly the characters NFKC maps to one ASCII
		// character other than U+FF00 and U+FF5F and up, which are not
		// full-width forms of ASCII.
		wantFold := len(nfkc) == 1 && nfkc[0] < 0x80 && nfkc != string(r)
		if folded != wantFold {
			t.Errorf("Fold(%U) changes it: %v; NFKC gives %q", r, folded, nfkc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
