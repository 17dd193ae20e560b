package netstat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func allFixtures(tb testing.TB) string {
	files, _ := filepath.Glob("testdata/*.txt")
	var b strings.Builder
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	input := allFixtures(b)
	lines := ParseString(input).Lines
	b.ReportAllocs()
	b.SetBytes(int64(len(input)))
	for b.Loop() {
		ParseString(input)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*lines), "ns/line")
}

// BenchmarkParseMax is the largest paste Parse reads: MaxLines lines.
func BenchmarkParseMax(b *testing.B) {
	input := strings.Repeat("tcp        0      0 114.71.220.46:ssh       114.71.220.95:59664    ESTABLISHED\n", MaxLines)
	b.ReportAllocs()
	for b.Loop() {
		ParseString(input)
	}
}

// Parsing a line costs a handful of allocations: the line's text, its
// fields, and the growth of the result slices. A regression here (say, a
// regexp or a map per line) shows up as a jump.
func TestParseAllocs(t *testing.T) {
	line := "tcp        0      0 114.71.220.46:ssh       114.71.220.95:59664    ESTABLISHED\n"
	input := strings.Repeat(line, 1000)
	allocs := testing.AllocsPerRun(20, func() { ParseString(input) })
	if perLine := allocs / 1000; perLine > 4 {
		t.Errorf("%.1f allocations per line", perLine)
	}
}
