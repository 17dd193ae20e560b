package netcalc

import (
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"testing"
)

// randSource adapts math/rand/v2 to the math/rand source that
// big.Int.Rand takes.
type randSource struct{ r *rand.Rand }

func (s randSource) Int63() int64 { return s.r.Int64() & (1<<63 - 1) }
func (s randSource) Seed(int64)   {}

func newMathRand(r *rand.Rand) *mrand.Rand { return mrand.New(randSource{r}) }

var two128 = new(big.Int).Lsh(big.NewInt(1), 128)

// randomUint128 favours the values where carries and shifts go wrong.
func randomUint128(rng *rand.Rand) uint128 {
	switch rng.IntN(6) {
	case 0:
		return ones(rng.IntN(129))
	case 1:
		return ones(128).shl(uint(rng.IntN(129)))
	case 2:
		return u64(rng.Uint64())
	case 3:
		return uint128{rng.Uint64(), 0}
	}
	return uint128{rng.Uint64(), rng.Uint64()}
}

func mod128(b *big.Int) *big.Int { return b.Mod(b, two128) }

// TestUint128 checks the arithmetic against math/big, the slow reference.
func TestUint128(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 20000 {
		u, v := randomUint128(rng), randomUint128(rng)
		n := uint(rng.IntN(140))
		bu, bv := u.big(), v.big()
		for _, c := range []struct {
			op        string
			got, want *big.Int
		}{
			{"add", u.add(v).big(), mod128(new(big.Int).Add(bu, bv))},
			{"sub", u.sub(v).big(), mod128(new(big.Int).Sub(bu, bv))},
			{"mul", u.mul(v).big(), mod128(new(big.Int).Mul(bu, bv))},
			{"shl", u.shl(n).big(), mod128(new(big.Int).Lsh(bu, n))},
			{"shr", u.shr(n).big(), new(big.Int).Rsh(bu, n)},
			{"and", u.and(v).big(), new(big.Int).And(bu, bv)},
			{"or", u.or(v).big(), new(big.Int).Or(bu, bv)},
			{"xor", u.xor(v).big(), new(big.Int).Xor(bu, bv)},
		} {
			if c.got.Cmp(c.want) != 0 {
				t.Fatalf("%#x %s %#x (n=%d) = %#x, want %#x", bu, c.op, bv, n, c.got, c.want)
			}
		}
		if got, want := u.cmp(v), bu.Cmp(bv); got != want {
			t.Fatalf("cmp(%#x, %#x) = %d, want %d", bu, bv, got, want)
		}
		if got, want := u.bitLen(), bu.BitLen(); got != want {
			t.Fatalf("bitLen(%#x) = %d, want %d", bu, got, want)
		}
		if tz := u.trailingZeros(); !u.isZero() && tz != int(bu.TrailingZeroBits()) {
			t.Fatalf("trailingZeros(%#x) = %d", bu, tz)
		}
		if got := string(u.appendDecimal(nil)); got != bu.String() {
			t.Fatalf("decimal %s, want %s", got, bu)
		}
		if got := string(u.appendHex(nil, 1)); got != bu.Text(16) {
			t.Fatalf("hex %s, want %s", got, bu.Text(16))
		}
		if back, ok := fromBig(bu); !ok || back != u {
			t.Fatalf("fromBig(%#x) = %#x, %v", bu, back.big(), ok)
		}
	}
	if _, ok := fromBig(two128); ok {
		t.Error("fromBig(2**128) fits")
	}
	if _, ok := fromBig(big.NewInt(-1)); ok {
		t.Error("fromBig(-1) fits")
	}
}
