package packing

import (
	"net/url"
	"strings"
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/kittest"
)

func TestPageShows(t *testing.T) {
	tests := []struct {
		ip        string
		want, not []string
	}{
		// The deck's address: strict, four cells, the deck's program.
		{deckIP, []string{`id="strict"`, `id="aton-cells"`, `b&#39;7247dc5f&#39;`, `id="deck-session"`, `id="pton-cells"`},
			[]string{`id="lenient"`, `id="aton-error"`, `id="ignored"`}},
		// A lenient form with its reasons and the warning.
		{"0x7f.1", []string{`id="lenient"`, "0x7f", "inet_aton accepts it but ip_address rejects it"},
			[]string{`id="strict"`, `id="ignored"`}},
		// Ignored text is shown as its repr.
		{"1.2.3.4 junk", []string{`id="ignored"`, "&#39; junk&#39;"}, nil},
		// A refused text: CPython's error, no cells.
		{"256.1.1.1", []string{`id="aton-error"`, "OSError: illegal IP address string passed to inet_aton"},
			[]string{`id="aton-cells"`}},
		// IPv6: inet_pton's 16 bytes.
		{"::1", []string{`id="pton-cells"`, "packed[15]", "socket.AF_INET6"}, []string{`id="pton-error"`}},
		// A control character: no deck program, its note instead.
		{"1.2.3.4\n", []string{`id="packing-session"`}, []string{`id="deck-session"`}},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			p := &page{lesson: kit.LessonIn(i18n.En), m: modelOf(url.Values{"ip": {tt.ip}})}
			if p.m.ip != tt.ip {
				t.Errorf("the lesson works on %q", p.m.ip)
			}
			got := kittest.HTML(p.Render())
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("the page lacks %s", want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(got, not) {
					t.Errorf("the page shows %s", not)
				}
			}
			if strings.Contains(got, "<>") || strings.Contains(got, "style=") {
				t.Errorf("the page has an element without a tag, or a style attribute")
			}
		})
	}
}
