package pyidna

import (
	"testing"
	"unicode/utf8"
)

// FuzzEncode checks that any text encodes without panic to ASCII labels of
// 1 to 63 octets, and that encoding the result changes nothing.
func FuzzEncode(f *testing.F) {
	for _, c := range encodeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got, err := Encode(s)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Encode(%+q) error %T", s, err)
			}
			return
		}
		if !isASCIIString(got) {
			t.Fatalf("Encode(%+q) = %+q, not ASCII", s, got)
		}
		again, err := Encode(got)
		if err != nil || again != got {
			t.Fatalf("Encode(%q) = %q, %v; want it unchanged", got, again, err)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	for _, s := range []string{"homepage.sch.ac.kr", "한국.kr", "Bücher.DE"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Encode(s)
			}
		})
	}
}

func TestASCIIDoesNotAllocate(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Encode("homepage.sch.ac.kr") }); n != 0 {
		t.Errorf("Encode of an ASCII name allocates %v times", n)
	}
}
