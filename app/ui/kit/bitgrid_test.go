package kit_test

import (
	"strings"
	"testing"

	"netprimer/app/i18n"
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

// TestBitGridNames checks what a screen reader hears of each bit and that
// the grid is one Tab stop: each bit named by its place (from 1, as the
// prefix counts), its value and its part, in the page's language, and
// only the first bit in the Tab order.
func TestBitGridNames(t *testing.T) {
	bits := "01110010010001111101110000000000"
	for _, c := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.Ko, []string{`aria-label="비트 1: 0, 네트워크 부분"`, `aria-label="비트 24: 0, 네트워크 부분"`, `aria-label="비트 25: 0, 호스트 부분"`, `aria-label="비트 2: 1, 네트워크 부분"`}},
		{i18n.En, []string{`aria-label="bit 1: 0, network part"`, `aria-label="bit 24: 0, network part"`, `aria-label="bit 25: 0, host part"`, `aria-label="bit 2: 1, network part"`}},
	} {
		got := kittest.HTML(&kit.BitGrid{ID: "net-bits", Bits: bits, Prefix: 24, Label: "bits", Lang: c.lang})
		for _, want := range c.want {
			if !strings.Contains(got, want) {
				t.Errorf("%s: the grid lacks %s:\n%s", c.lang, want, got)
			}
		}
		if n := strings.Count(got, `tabindex="0"`); n != 1 {
			t.Errorf("%s: %d bits in the Tab order, want 1", c.lang, n)
		}
		if n := strings.Count(got, `tabindex="-1"`); n != 31 {
			t.Errorf("%s: %d bits out of the Tab order, want 31", c.lang, n)
		}
		if !strings.Contains(got, `role="toolbar"`) {
			t.Errorf("%s: the grid is no toolbar:\n%s", c.lang, got)
		}
	}
}

// TestBitKey checks where the keys move the focus in the grid.
func TestBitKey(t *testing.T) {
	for _, c := range []struct {
		key     string
		i, n    int
		to      int
		handled bool
	}{
		{"ArrowRight", 0, 32, 1, true},
		{"ArrowDown", 7, 32, 8, true},
		{"ArrowLeft", 8, 32, 7, true},
		{"ArrowUp", 1, 32, 0, true},
		{"Home", 20, 32, 0, true},
		{"End", 3, 32, 31, true},
		{"End", 3, 128, 127, true},
		{"ArrowRight", 31, 32, 31, false}, // the last bit: nowhere further
		{"ArrowLeft", 0, 32, 0, false},
		{"Tab", 5, 32, 5, false}, // leaves the grid as usual
		{" ", 5, 32, 5, false},   // clicks the bit, as a button does
	} {
		to, ok := kit.BitKey(c.key, c.i, c.n)
		if to != c.to || ok != c.handled {
			t.Errorf("BitKey(%q, %d, %d) = %d, %v; want %d, %v", c.key, c.i, c.n, to, ok, c.to, c.handled)
		}
	}
}
