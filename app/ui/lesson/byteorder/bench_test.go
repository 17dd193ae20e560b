package byteorder

import (
	"net/url"
	"testing"
)

// The lesson computes its whole page on every key the student types.

func BenchmarkModel(b *testing.B) {
	q := url.Values{"n": {"0x1234"}, "width": {"16"}, "step": {"3"}}
	b.ReportAllocs()
	for b.Loop() {
		modelOf(q)
	}
}
