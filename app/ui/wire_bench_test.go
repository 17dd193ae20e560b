package ui

import (
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/wire"
)

// The lessons compute their whole page on every key the student types.

func BenchmarkPackingVals(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		packingVals("0x7f.1", i18n.Ko)
	}
}

func BenchmarkByteorderVals(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		byteorderVals("0x1234", wire.W16, 3, i18n.Ko)
	}
}
