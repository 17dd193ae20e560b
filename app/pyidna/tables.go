package pyidna

import "sort"

//go:generate go run gen_tables.go

// span is a closed range of code points.
type span struct{ lo, hi rune }

// mapping is the replacement of one code point by a string.
type mapping struct {
	r  rune
	to string
}

// classSpan gives a range of code points one canonical combining class.
type classSpan struct {
	lo, hi rune
	class  uint8
}

// composition says that first followed by second composes to composite.
type composition struct{ first, second, composite rune }

func inSpans(spans []span, r rune) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].hi >= r })
	return i < len(spans) && spans[i].lo <= r
}

func lookup(m []mapping, r rune) (string, bool) {
	i := sort.Search(len(m), func(i int) bool { return m[i].r >= r })
	if i < len(m) && m[i].r == r {
		return m[i].to, true
	}
	return "", false
}

func combiningClass(r rune) uint8 {
	if r < 0x300 {
		return 0 // no combining marks below U+0300
	}
	s := combiningClasses[:]
	i := sort.Search(len(s), func(i int) bool { return s[i].hi >= r })
	if i < len(s) && s[i].lo <= r {
		return s[i].class
	}
	return 0
}

func compose(first, second rune) (rune, bool) {
	c := compositions[:]
	i := sort.Search(len(c), func(i int) bool {
		return c[i].first > first || c[i].first == first && c[i].second >= second
	})
	if i < len(c) && c[i].first == first && c[i].second == second {
		return c[i].composite, true
	}
	return 0, false
}

// composesFirst reports whether r starts any composition pair; CPython
// passes over other characters without looking for a partner.
func composesFirst(r rune) bool {
	c := compositions[:]
	i := sort.Search(len(c), func(i int) bool { return c[i].first >= r })
	return i < len(c) && c[i].first == r
}
