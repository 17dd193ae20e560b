package ui

import "encoding/hex"

// hexRun is a run of a hex dump drawn in one class.
type hexRun struct {
	Text, Class string
	_           noCompare
}

// hexRuns writes b as hex, 16 bytes a line, cut into runs at the offsets
// in cuts (ascending); the runs take the classes in turn, so that a header
// a layer adds stands out from what it wraps.
func hexRuns(b []byte, cuts []int, classes ...string) []hexRun {
	var runs []hexRun
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
			runs = append(runs, hexRun{Text: string(out), Class: classes[c%len(classes)]})
		}
		start = end
	}
	return runs
}
