package packing

import (
	"net/url"
	"testing"
)

// The lesson computes its whole page on every key the student types.

func BenchmarkModel(b *testing.B) {
	q := url.Values{"ip": {"0x7f.1"}}
	b.ReportAllocs()
	for b.Loop() {
		modelOf(q)
	}
}
