package practice

import "strconv"

// rng draws the random choices of an item: splitmix64 (Steele, Lea and
// Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014,
// as in Vigna's reference splitmix64.c), whose state starts at the 64-bit
// FNV-1a hash of the skill ID, a zero byte, the seed's four bytes
// (big-endian) and the level's byte.
//
// An item must be the same on every machine and with every Go version, so
// the generators use this rng rather than math/rand (whose streams a Go
// release may change), and integers only: Go may fuse a floating-point
// multiply and add into one instruction on some machines, which rounds
// differently.
type rng struct{ s uint64 }

// FNV-1a, 64 bits (Fowler, Noll, Vo; draft-eastlake-fnv).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func fnvByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func newRNG(skill string, seed uint32, level int) *rng {
	h := fnvByte(fnvString(fnvOffset, skill), 0)
	for shift := 24; shift >= 0; shift -= 8 {
		h = fnvByte(h, byte(seed>>shift))
	}
	return &rng{s: fnvByte(h, byte(level))}
}

// next returns the next 64 random bits.
func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	return mix64(r.s)
}

// mix64 is splitmix64's output function (the finaliser of MurmurHash3
// with Stafford's "Mix13" constants).
func mix64(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a number in [0, n), every one equally likely: draws below
// 2**64 mod n are drawn again, so that the remainder has no bias. n must
// be positive.
func (r *rng) intn(n int) int {
	if n <= 0 {
		panic("practice: intn(" + strconv.Itoa(n) + ")")
	}
	u := uint64(n)
	threshold := -u % u
	for {
		if x := r.next(); x >= threshold {
			return int(x % u)
		}
	}
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance reports true k times in n.
func (r *rng) chance(k, n int) bool { return r.intn(n) < k }

// pick returns one of the strings.
func pick[T any](r *rng, xs ...T) T { return xs[r.intn(len(xs))] }

// SeedOf derives a seed from texts, for the classroom's items: the same
// assignment, student number and item number give the same seed on every
// machine. It is the 64-bit FNV-1a hash of the texts, each followed by a
// zero byte, mixed by splitmix64's output function; the seed is its high
// 32 bits.
func SeedOf(parts ...string) uint32 {
	h := uint64(fnvOffset)
	for _, p := range parts {
		h = fnvByte(fnvString(h, p), 0)
	}
	return uint32(mix64(h) >> 32)
}
