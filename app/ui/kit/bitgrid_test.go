package kit_test

import (
	"strings"
	"testing"

	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/kittest"
)

// TestPickPrefix checks where a click on the bit grid moves the prefix.
func TestPickPrefix(t *testing.T) {
	for _, c := range []struct {
		bit, prefix, want int
	}{
		{27, 24, 28},   // a host bit joins the network part, with those before it
		{23, 24, 23},   // the last network bit goes to the host part
		{8, 24, 9},     // an earlier network bit ends the network part there
		{0, 1, 0},      // down to /0
		{0, 0, 1},      // and back up
		{31, 32, 31},   // the last bit of a /32
		{31, 30, 32},   // up to /32
		{127, 64, 128}, // IPv6
	} {
		if got := kit.PickPrefix(c.bit, c.prefix); got != c.want {
			t.Errorf("PickPrefix(%d, /%d) = %d, want %d", c.bit, c.prefix, got, c.want)
		}
	}
}

// TestBitGrid checks the grid's buttons: one a bit, the network part
// marked, a gap between octets, and each button's title the prefix a click
// on it sets.
func TestBitGrid(t *testing.T) {
	bits := "01110010010001111101110000000000"
	got := kittest.HTML(&kit.BitGrid{ID: "net-bits", Bits: bits, Prefix: 24, Label: "bits"})
	if n := strings.Count(got, "<button"); n != 32 {
		t.Fatalf("%d buttons for 32 bits", n)
	}
	if n := strings.Count(got, `class="bit net`); n != 24 {
		t.Errorf("%d bits in the network part of a /24", n)
	}
	if n := strings.Count(got, " gap"); n != 3 {
		t.Errorf("%d gaps between 4 octets", n)
	}
	for _, want := range []string{`id="net-bits"`, `title="/23" type="button" value="23"`, `title="/25" type="button" value="24"`} {
		if !strings.Contains(got, want) {
			t.Errorf("the grid lacks %s:\n%s", want, got)
		}
	}
}
