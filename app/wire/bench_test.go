package wire

import (
	"strings"
	"testing"
)

// The lessons recompute everything on each keystroke: parsing must not
// allocate, and a whole session must stay far below a frame's time.

func TestAllocs(t *testing.T) {
	for _, c := range []struct {
		name string
		max  float64
		f    func()
	}{
		{"ParseAton", 0, func() { ParseAton("114.71.220.95") }},
		{"ParseAton lenient", 0, func() { ParseAton("0x7f.1 junk") }},
		{"InetPton6", 1, func() { InetPton(AFInet6, "2001:db8::ffff:1.2.3.4") }},
		{"ParseInt", 0, func() { ParseInt("0x1234") }},
		{"Htons", 0, func() { Htons(IntOf(1234), LittleEndian) }},
	} {
		if n := testing.AllocsPerRun(100, c.f); n > c.max {
			t.Errorf("%s: %v allocations, want at most %v", c.name, n, c.max)
		}
	}
}

func BenchmarkParseAton(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ParseAton("114.71.220.95")
	}
}

func BenchmarkInetPton6(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		InetPton(AFInet6, "2001:db8:0:1::ffff:1.2.3.4")
	}
}

func BenchmarkInetNtop6(b *testing.B) {
	p, _ := InetPton(AFInet6, "2001:db8::1")
	b.ReportAllocs()
	for b.Loop() {
		InetNtop(AFInet6, p)
	}
}

func BenchmarkParseInt(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ParseInt("1234")
	}
}

// BenchmarkParseIntHex1MB reads the longest text a URL might bring: the
// time must grow linearly with it.
func BenchmarkParseIntHex1MB(b *testing.B) {
	s := "0x" + strings.Repeat("f", 1<<20)
	b.ReportAllocs()
	for b.Loop() {
		ParseInt(s)
	}
}

func BenchmarkPackingSession(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString = PackingSession("114.71.220.95").String()
	}
}

func BenchmarkByteOrderSession(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString = ByteOrderSession("1234", W16).String()
	}
}

func BenchmarkPackSession(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString = PackSession("0x1234", W16).String()
	}
}

// sinkString keeps the benchmarks' results alive.
var sinkString string
