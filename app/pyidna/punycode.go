package pyidna

import "strings"

// Punycode parameters, RFC 3492 section 5.
const (
	base        = 36
	tMin        = 1
	tMax        = 26
	skew        = 38
	damp        = 700
	initialBias = 72
	initialN    = 0x80
)

// punycode returns the Punycode encoding of s (RFC 3492 section 6.3), as
// Python's "punycode" codec writes it: the basic code points in order, a
// "-" if there were any, then the deltas of the others.
func punycode(s []rune) string {
	var b strings.Builder
	basic := 0
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			basic++
		}
	}
	if basic > 0 {
		b.WriteByte('-')
	}
	n, delta, bias := rune(initialN), 0, initialBias
	for h := basic; h < len(s); {
		m := rune(0x7fffffff)
		for _, r := range s {
			if r >= n && r < m {
				m = r
			}
		}
		delta += int(m-n) * (h + 1)
		n = m
		for _, r := range s {
			if r < n {
				delta++
			}
			if r != n {
				continue
			}
			q := delta
			for k := base; ; k += base {
				t := k - bias
				if t < tMin {
					t = tMin
				} else if t > tMax {
					t = tMax
				}
				if q < t {
					break
				}
				b.WriteByte(digit(t + (q-t)%(base-t)))
				q = (q - t) / (base - t)
			}
			b.WriteByte(digit(q))
			bias = adapt(delta, h+1, h == basic)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return b.String()
}

func digit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// adapt is the bias adaptation function of RFC 3492 section 6.1.
func adapt(delta, numPoints int, first bool) int {
	if first {
		delta /= damp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > (base-tMin)*tMax/2 {
		delta /= base - tMin
		k += base
	}
	return k + (base-tMin+1)*delta/(delta+skew)
}
