package param

import (
	"net/url"
	"strings"
	"testing"
)

// TestText checks that a missing parameter gives the default, a present
// one its value (even empty), and a long one its first Max characters,
// counted as characters and not bytes.
func TestText(t *testing.T) {
	for _, c := range []struct {
		name    string
		q       url.Values
		want    string
		wantCut bool
	}{
		{"missing", url.Values{}, "def", false},
		{"empty", url.Values{"k": {""}}, "", false},
		{"first of two", url.Values{"k": {"a", "b"}}, "a", false},
		{"exactly the limit", url.Values{"k": {strings.Repeat("x", Max)}}, strings.Repeat("x", Max), false},
		{"one over", url.Values{"k": {strings.Repeat("x", Max+1)}}, strings.Repeat("x", Max), true},
		// Hangul syllables are 3 bytes but one character each.
		{"long in bytes only", url.Values{"k": {strings.Repeat("한", Max)}}, strings.Repeat("한", Max), false},
		{"long in characters", url.Values{"k": {strings.Repeat("한", Max+1)}}, strings.Repeat("한", Max), true},
		// a byte that is not UTF-8 is read as U+FFFD, as Python gets it
		{"not UTF-8", url.Values{"k": {"a\xffb"}}, "a\ufffdb", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, cut := Text(c.q, "k", "def")
			if got != c.want || cut != c.wantCut {
				t.Errorf("Text = %d bytes, cut %v; want %d bytes, cut %v", len(got), cut, len(c.want), c.wantCut)
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		in, want string
		cut      bool
	}{
		{"1.2.3.4", "1.2.3.4", false},                               // as it is
		{"\xff\xfe1", "\ufffd\ufffd1", false},                       // each invalid byte, as Python decodes it
		{strings.Repeat("가", Max), strings.Repeat("가", Max), false}, // the longest kept
		{strings.Repeat("가", Max+1), strings.Repeat("가", Max), true},
	}
	for _, tt := range tests {
		got, cut := Clean(tt.in)
		if got != tt.want || cut != tt.cut {
			t.Errorf("Clean(%.20q) = %.20q, %v; want %.20q, %v", tt.in, got, cut, tt.want, tt.cut)
		}
		// Cleaning is idempotent: a text the lesson works on is clean.
		if again, cut := Clean(got); again != got || cut {
			t.Errorf("Clean(Clean(%.20q)) changed it", tt.in)
		}
	}
}

func TestGet(t *testing.T) {
	tests := []struct {
		query, want string
	}{
		{"", "def"},           // absent: the default
		{"ip=", ""},           // present and empty: cleared by the student
		{"ip=127.1", "127.1"}, // given
		{"ip=a&ip=b", "a"},    // the first of several
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		if got := Get(q, "ip", "def"); got != tt.want {
			t.Errorf("Get(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestInt(t *testing.T) {
	cases := []struct {
		q    string
		want int
	}{
		{"", 2},                       // missing: the default
		{"n=4", 4},                    // in range
		{"n=9", 5},                    // above: the last
		{"n=-3", 1},                   // below: the first
		{"n=x", 2},                    // not a number: the default
		{"n=3&n=1", 3},                // repeated: the first
		{"n=%2B3", 3},                 // "+3" is a number
		{"n=1e2", 2},                  // not an integer
		{"n= 3", 2},                   // spaces are not trimmed
		{"n=99999999999999999999", 2}, // out of int range: the default
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			q, _ := url.ParseQuery(c.q)
			if got := Int(q, "n", 1, 5, 2); got != c.want {
				t.Errorf("Int(%q) = %d, want %d", c.q, got, c.want)
			}
		})
	}
}
