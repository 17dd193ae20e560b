package pyidna

// Hangul syllables decompose and compose by arithmetic (Unicode 3.2,
// section 3.12), not by table.
const (
	sBase  = 0xAC00
	lBase  = 0x1100
	vBase  = 0x1161
	tBase  = 0x11A7
	lCount = 19
	vCount = 21
	tCount = 28
	nCount = vCount * tCount
	sCount = lCount * nCount
)

// nfkc returns unicodedata.ucd_3_2_0.normalize('NFKC', s) as CPython 3.11
// computes it: a full compatibility decomposition with Unicode 3.2's data,
// canonical reordering, then canonical composition by the current
// database's pairs.
func nfkc(s []rune) []rune {
	return composeAll(decompose(s))
}

func decompose(s []rune) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch d, ok := lookup(decompositions[:], r); {
		case r >= sBase && r < sBase+sCount:
			i := r - sBase
			out = append(out, lBase+i/nCount, vBase+i%nCount/tCount)
			if t := i % tCount; t != 0 {
				out = append(out, tBase+t)
			}
		case ok:
			out = append(out, []rune(d)...)
		default:
			out = append(out, r)
		}
	}
	// Canonical ordering: a stable sort of each run of non-starters by
	// combining class (Unicode 3.2, section 3.11).
	for i := 1; i < len(out); i++ {
		c := combiningClass(out[i])
		if c == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			p := combiningClass(out[j-1])
			if p == 0 || p <= c {
				break
			}
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// composeAll is the canonical composition of decomposed text, step by step
// as CPython's nfc_nfkc does it: Hangul L+V(+T) where an L stands, and
// otherwise each character that starts a pair takes the following
// characters that are not blocked from it.
func composeAll(s []rune) []rune {
	out := make([]rune, 0, len(s))
	used := make([]bool, len(s))
	for i := 0; i < len(s); i++ {
		if used[i] {
			continue
		}
		r := s[i]
		if r >= lBase && r < lBase+lCount && i+1 < len(s) && s[i+1] >= vBase && s[i+1] < vBase+vCount {
			c := sBase + ((r-lBase)*vCount+(s[i+1]-vBase))*tCount
			i++
			if i+1 < len(s) && s[i+1] > tBase && s[i+1] < tBase+tCount {
				c += s[i+1] - tBase
				i++
			}
			out = append(out, c)
			continue
		}
		if !composesFirst(r) {
			out = append(out, r)
			continue
		}
		var last uint8 // combining class of the last character passed over
		for j := i + 1; j < len(s); j++ {
			if used[j] {
				continue
			}
			cc := combiningClass(s[j])
			if last != 0 {
				if cc == 0 {
					break
				}
				if last >= cc {
					continue // blocked
				}
			}
			if c, ok := compose(r, s[j]); ok {
				r = c
				used[j] = true
				if !composesFirst(r) {
					break
				}
				continue
			}
			if cc == 0 {
				break
			}
			last = cc
		}
		out = append(out, r)
	}
	return out
}
