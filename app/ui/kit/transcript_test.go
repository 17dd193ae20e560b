package kit

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// TestTranscriptRuns checks that a transcript's text is its session,
// exactly, and that each line is in a span of its kind: input (>>> and
// ... lines) or output, lines of one kind in a row sharing one.
func TestTranscriptRuns(t *testing.T) {
	for _, lines := range [][]string{
		{">>> import ipaddress", ">>> for h in net.hosts():", "...     print(h)", "... ", "10.0.0.1", "10.0.0.2", ">>> 1"},
		{">>> x"},
		{"out only", "", "  indented"},
		{">>> print()", "", ">>> "},
		{},
	} {
		doc, err := html.Parse(strings.NewReader(app.HTMLString(&Transcript{ID: "s", Lines: lines})))
		if err != nil {
			t.Fatal(err)
		}
		var spans []*html.Node
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "span" {
				spans = append(spans, n)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		var text strings.Builder
		var kinds []string // each line's span class
		prev := ""
		for _, s := range spans {
			class := ""
			for _, a := range s.Attr {
				if a.Key == "class" {
					class = a.Val
				}
			}
			if class == prev {
				t.Errorf("%q: two %s spans in a row", lines, class)
			}
			prev = class
			st := ""
			for c := s.FirstChild; c != nil; c = c.NextSibling {
				st += c.Data
			}
			text.WriteString(st)
			for range strings.Split(strings.TrimSuffix(st, "\n"), "\n") {
				kinds = append(kinds, class)
			}
		}
		if got, want := text.String(), strings.Join(lines, "\n"); got != want {
			t.Errorf("text = %q, want %q", got, want)
		}
		if len(lines) == 0 {
			continue
		}
		if len(kinds) != len(lines) {
			t.Fatalf("%q: %d lines in spans, want %d", lines, len(kinds), len(lines))
		}
		for i, line := range lines {
			want := "out"
			if strings.HasPrefix(line, ">>> ") || strings.HasPrefix(line, "... ") {
				want = "in"
			}
			if kinds[i] != want {
				t.Errorf("%q: line %d %q is in a span.%s, want span.%s", lines, i, line, kinds[i], want)
			}
		}
	}
}
