package kit_test

import (
	"strings"
	"testing"

	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/kittest"
)

// TestPager checks the pager's steps: links where they lead somewhere,
// greyed-out text where they do not, where the reader is between them.
func TestPager(t *testing.T) {
	got := kittest.HTML(kit.Pager("list-pager", "hosts-pager",
		[]kit.Step{{Class: "first", Text: "«"}, {Class: "prev", Text: "‹"}},
		kit.H("", "span.range", "1–16 of 254"),
		[]kit.Step{{Class: "next", Href: "/ipaddress?hosts=16", Text: "›"}, {Class: "last", Href: "/ipaddress?hosts=240", Text: "»", Rel: "last"}}))
	want := `<nav class="list-pager" id="hosts-pager"><span class="first off">«</span><span class="prev off">‹</span>` +
		`<span class="range">1–16 of 254</span><a class="next" href="/ipaddress?hosts=16">›</a>` +
		`<a class="last" href="/ipaddress?hosts=240" rel="last">»</a></nav>`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A step with a label shows it small, above its text.
	got = kittest.HTML(kit.Pager("pager", "", nil, nil, []kit.Step{{Class: "next", Href: "/x", Label: "다음", Text: "Lesson", Rel: "next"}}))
	if !strings.Contains(got, `<a class="next" href="/x" rel="next"><small>다음</small><span>Lesson</span></a>`) {
		t.Errorf("labelled step: %s", got)
	}
}
