package ui

import (
	"net/url"
	"strings"
	"testing"
)

// TestParam checks that a missing parameter gives the default, a present
// one its value (even empty), and a long one its first maxInput
// characters, counted as characters and not bytes.
func TestParam(t *testing.T) {
	for _, c := range []struct {
		name    string
		q       url.Values
		want    string
		wantCut bool
	}{
		{"missing", url.Values{}, "def", false},
		{"empty", url.Values{"k": {""}}, "", false},
		{"first of two", url.Values{"k": {"a", "b"}}, "a", false},
		{"exactly the limit", url.Values{"k": {strings.Repeat("x", maxInput)}}, strings.Repeat("x", maxInput), false},
		{"one over", url.Values{"k": {strings.Repeat("x", maxInput+1)}}, strings.Repeat("x", maxInput), true},
		// Hangul syllables are 3 bytes but one character each.
		{"long in bytes only", url.Values{"k": {strings.Repeat("한", maxInput)}}, strings.Repeat("한", maxInput), false},
		{"long in characters", url.Values{"k": {strings.Repeat("한", maxInput+1)}}, strings.Repeat("한", maxInput), true},
		// a byte that is not UTF-8 is read as U+FFFD, as Python gets it
		{"not UTF-8", url.Values{"k": {"a\xffb"}}, "a\ufffdb", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, cut := param(c.q, "k", "def")
			if got != c.want || cut != c.wantCut {
				t.Errorf("param = %d bytes, cut %v; want %d bytes, cut %v", len(got), cut, len(c.want), c.wantCut)
			}
		})
	}
}
