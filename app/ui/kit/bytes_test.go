package kit_test

import (
	"encoding/hex"
	"strings"
	"testing"

	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/kittest"
)

func TestHexRuns(t *testing.T) {
	b := make([]byte, 40)
	for i := range b {
		b[i] = byte(i * 7)
	}
	runs := kit.HexRuns(b, []int{3, 20, 99}, "new", "old")
	var text, classes []string
	for _, r := range runs {
		text = append(text, r.Text)
		classes = append(classes, r.Class)
	}
	// The runs put together are the bytes, 16 a line.
	var want []string
	for i := 0; i < len(b); i += 16 {
		line := hex.EncodeToString(b[i:min(i+16, len(b))])
		var pairs []string
		for j := 0; j < len(line); j += 2 {
			pairs = append(pairs, line[j:j+2])
		}
		want = append(want, strings.Join(pairs, " "))
	}
	joined := strings.Join(text, "")
	// A run ends where the next begins; the separator goes with the next.
	if strings.ReplaceAll(joined, "\n", " ") != strings.ReplaceAll(strings.Join(want, "\n"), "\n", " ") ||
		strings.Count(joined, "\n") != len(want)-1 {
		t.Errorf("runs %q\nwant %q", joined, strings.Join(want, "\n"))
	}
	if strings.Join(classes, ",") != "new,old,new" {
		t.Errorf("classes %v: a cut past the end makes no empty run", classes)
	}
}

// TestByteCells checks a byte's cell: where it lies, then its value in
// hexadecimal (two digits), decimal and binary (eight digits).
func TestByteCells(t *testing.T) {
	got := kittest.HTML(kit.ByteCells("c", []byte{0x0a, 0xff}, func(i int) string { return "p[" + string(rune('0'+i)) + "]" }))
	want := `<div class="cells" id="c">` +
		`<div class="cell"><small>p[0]</small><strong>0x0a</strong><small>10</small><small class="bin">00001010</small></div>` +
		`<div class="cell"><small>p[1]</small><strong>0xff</strong><small>255</small><small class="bin">11111111</small></div></div>`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
