package pyrepl

import (
	"testing"
	"unicode/utf8"
)

func TestUTF8Seq(t *testing.T) {
	for _, c := range []struct {
		in     string
		n      int
		reason string
	}{
		{"a", 1, ""},
		{"é!", 2, ""},
		{"한", 3, ""},
		{"\U0001F600", 4, ""},
		{"\x80", 1, "invalid start byte"},
		{"\xc0\xaf", 1, "invalid start byte"},
		{"\xf5\x80", 1, "invalid start byte"},
		{"\xe0\x80\x80", 1, "invalid continuation byte"}, // overlong: 0xe0 takes a0–bf
		{"\xed\xa0\x80", 1, "invalid continuation byte"}, // a surrogate
		{"\xe1\x80A", 2, "invalid continuation byte"},
		{"\xf0\x9f\x98", 3, "unexpected end of data"},
		{"\xc3", 1, "unexpected end of data"},
	} {
		n, reason := UTF8Seq(c.in)
		if n != c.n || reason != c.reason {
			t.Errorf("UTF8Seq(%q) = %d, %q; want %d, %q", c.in, n, reason, c.n, c.reason)
		}
	}
}

// FuzzUTF8Seq: a sequence is well-formed exactly when Go's decoder reads
// a character of the same length there.
func FuzzUTF8Seq(f *testing.F) {
	f.Add("\xe1\x80A")
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		n, reason := UTF8Seq(s)
		r, size := utf8.DecodeRuneInString(s)
		if ok := r != utf8.RuneError || size > 1; ok != (reason == "") || ok && n != size || n < 1 || n > len(s) {
			t.Fatalf("UTF8Seq(%q) = %d, %q; Go reads %q of %d", s, n, reason, r, size)
		}
	})
}
