package kit_test

import (
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/kittest"
)

// TestParseSel checks how H reads an element's tag, classes and id.
func TestParseSel(t *testing.T) {
	for _, c := range []struct{ sel, want string }{
		{"p", `<p></p>`},
		{"p.note", `<p class="note"></p>`},
		{"section.widget#aton", `<section class="widget" id="aton"></section>`},
		{"button.chip.placed", `<button class="chip placed"></button>`},
		{"p.verdict ok#x", `<p class="verdict ok" id="x"></p>`}, // a computed class
		{"div.", `<div></div>`},
		{"div.#d", `<div id="d"></div>`},
	} {
		if got := kittest.HTML(kit.H("", c.sel)); got != c.want {
			t.Errorf("H(%q) = %s, want %s", c.sel, got, c.want)
		}
	}
	// A link that leads nowhere is its text greyed out, with its id.
	if got := kittest.HTML(kit.A("", "next#story-next", "", "›")); got != `<span class="next off" id="story-next">›</span>` {
		t.Errorf("A without href = %s", got)
	}
	if got := kittest.HTML(kit.A(i18n.En, "", "/x", i18n.T{Ko: "가", En: "a"})); got != `<a href="/x">a</a>` {
		t.Errorf("A in English = %s", got)
	}
}
