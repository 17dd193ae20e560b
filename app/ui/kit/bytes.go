package kit

import (
	"encoding/hex"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ByteCells draws the bytes b as cells, one a byte: where it lies (at(i),
// such as packed[0] or a memory address), then its value in hexadecimal,
// decimal and binary.
func ByteCells(id string, b []byte, at func(i int) string) app.UI {
	cells := make([]app.UI, len(b))
	for i, c := range b {
		bin := strconv.FormatUint(uint64(c)|0x100, 2)[1:] // 8 digits, leading zeros kept
		cells[i] = H(noLang, "div.cell", H(noLang, "small", at(i)), H(noLang, "strong", "0x"+hex.EncodeToString(b[i:i+1])),
			H(noLang, "small", strconv.Itoa(int(c))), H(noLang, "small.bin", bin))
	}
	return H(noLang, "div.cells#"+id, cells)
}

// HexDump draws b as hex, 16 bytes a line, cut into runs at the offsets
// in cuts (ascending); the runs take the classes in turn, so that a header
// a layer adds stands out from what it wraps.
func HexDump(id string, b []byte, cuts []int, classes ...string) app.UI {
	runs := HexRuns(b, cuts, classes...)
	spans := make([]app.UI, len(runs))
	for i, r := range runs {
		spans[i] = H(noLang, "span."+r.Class, r.Text)
	}
	return H(noLang, "pre.hexdump#"+id, spans).TabIndex(0) // it scrolls (see Transcript)
}

// HexRun is a run of a hex dump drawn in one class.
type HexRun struct {
	Text, Class string
	_           NoCompare
}

// HexRuns writes b as HexDump does, run by run.
func HexRuns(b []byte, cuts []int, classes ...string) []HexRun {
	var runs []HexRun
	start := 0
	for c, end := range append(cuts, len(b)) {
		end = min(max(end, start), len(b))
		var out []byte
		for i := start; i < end; i++ {
			if i > 0 {
				sep := byte(' ')
				if i%16 == 0 {
					sep = '\n'
				}
				out = append(out, sep)
			}
			out = hex.AppendEncode(out, b[i:i+1])
		}
		if len(out) > 0 {
			runs = append(runs, HexRun{Text: string(out), Class: classes[c%len(classes)]})
		}
		start = end
	}
	return runs
}
