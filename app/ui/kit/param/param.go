// Package param reads a lesson's state from its URL's query: the text a
// student typed, a step, a line. It is pure (no go-app), so that the
// lessons' models can use it and be tested natively.
//
// For a text, an absent parameter means the lesson's example from the
// deck, and a parameter present but empty means the student cleared the
// input (docs/CONTRACT.md).
package param

import (
	"net/url"
	"strconv"
	"strings"
)

// Max caps the text a lesson works on, in characters: enough for
// CPython's 4300-digit limit of int() to show, small enough that a page
// that echoes the text in several places stays light.
const Max = 5000

// Get returns the query's value for key, or def when the key is absent:
// present but empty stays empty.
func Get(q url.Values, key, def string) string {
	if vs, ok := q[key]; ok && len(vs) > 0 {
		return vs[0]
	}
	return def
}

// Text returns Get(q, key, def) as a lesson works on it (see Clean), and
// whether it was cut.
func Text(q url.Values, key, def string) (s string, cut bool) {
	return Clean(Get(q, key, def))
}

// Clean returns s with each byte that is not UTF-8 read as U+FFFD, as
// Python decodes it, cut to Max characters, and whether it was cut.
func Clean(s string) (string, bool) {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == Max {
			return b.String(), true
		}
		b.WriteRune(r)
		n++
	}
	return b.String(), false
}

// Int reads the integer parameter key of q: def when it is missing or not
// a number, clamped to [lo, hi] otherwise, so that a hand-edited link
// still opens on a state the widget has.
func Int(q url.Values, key string, lo, hi, def int) int {
	n, err := strconv.Atoi(q.Get(key))
	if err != nil {
		return def
	}
	return min(max(n, lo), hi)
}
