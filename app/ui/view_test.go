package ui

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/wire"
)

// checkView walks a view and checks that every reference is an index of
// its values, that every widget value is drawn somewhere, and that an
// element without a tag is only text.
func checkView(t *testing.T, name string, vs []view, ns, nw int) {
	t.Helper()
	used := make([]bool, nw)
	var walk func(vs []view)
	walk = func(vs []view) {
		for _, v := range vs {
			for _, i := range []int{v.S, v.If, v.C, v.Href} {
				if i < 0 || i >= ns {
					t.Errorf("%s: %+v refers to string %d of %d", name, v.T, i, ns)
				}
			}
			if v.W < 0 || v.W >= nw {
				t.Errorf("%s: widget %d of %d", name, v.W, nw)
			} else if v.W != 0 {
				used[v.W] = true
			}
			if v.Tag == "" && v.W == 0 && len(v.Kids) > 0 {
				t.Errorf("%s: text %+v has children", name, v.T)
			}
			if v.Row != "" && len(v.Cols) == 0 {
				t.Errorf("%s: rows of widget %d have no columns", name, v.W)
			}
			if v.Row == "" && len(v.Cols) > 0 {
				t.Errorf("%s: columns of widget %d without rows", name, v.W)
			}
			walk(v.Kids)
		}
	}
	walk(vs)
	for i := 1; i < nw; i++ {
		if !used[i] {
			t.Errorf("%s: widget %d is never drawn", name, i)
		}
	}
}

// TestExampleLinks checks the example links, written out so that
// app.wasm has no code to build them: each loads the text it shows.
func TestExampleLinks(t *testing.T) {
	for _, ls := range []struct {
		path, key, more string
		links           []string
	}{
		{packingPath, "ip", "", atonLinks},
		{packingPath, "ip", "", ptonLinks},
		{byteorderPath, "n", "width=16", links16},
		{byteorderPath, "n", "width=32", links32},
		{byteorderPath, "n", "step=3", linksStory},
	} {
		if len(ls.links)%2 != 0 {
			t.Errorf("links %q: a target without its text", ls.links)
		}
		for i := 0; i+1 < len(ls.links); i += 2 {
			href, text := ls.links[i], ls.links[i+1]
			u, err := url.Parse(href)
			if err != nil || u.Path != ls.path || u.Query().Get(ls.key) != text || !strings.Contains(u.RawQuery, ls.more) {
				t.Errorf("link %q shows %q", href, text)
			}
		}
	}
}

func TestViewsReferToTheirValues(t *testing.T) {
	checkView(t, "packing", packingView, nPackingS, nPackingW)
	checkView(t, "byteorder", byteorderView, nByteorderS, nByteorderW)
}

// viewHTML renders views with their values as the server prerenders them.
func viewHTML(t *testing.T, vs []view, l i18n.Lang, x *vals, slots ...app.UI) string {
	t.Helper()
	var b strings.Builder
	for _, u := range render(vs, l, x, slots...) {
		if u != nil {
			b.WriteString(app.HTMLString(u))
		}
	}
	return b.String()
}

func TestPackingPageShows(t *testing.T) {
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
			ip, s, w := packingVals(tt.ip, i18n.En)
			if ip != tt.ip {
				t.Errorf("the lesson works on %q", ip)
			}
			got := viewHTML(t, packingView, i18n.En, &vals{s[:], w[:]}, app.Text("field"))
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

func TestByteorderStory(t *testing.T) {
	for step := 1; step <= storySteps; step++ {
		_, s, w := byteorderVals("0x1234", wire.W16, step, i18n.Ko)
		for i := 1; i <= storySteps; i++ {
			shown, current := s[bStep1+i-1] != "", s[bCur1+i-1] == "current"
			if shown != (i <= step) || current != (i == step) {
				t.Errorf("step %d: step %d shown %v, current %v", step, i, shown, current)
			}
		}
		if s[bRead] != "0x3412 (13330) ✗" || s[bFixed] != "0x1234 (4660) ✓" {
			t.Errorf("step %d: host 2 reads %q, then %q", step, s[bRead], s[bFixed])
		}
		// Prev and Next link the steps around, or nothing at either end.
		for _, link := range []struct {
			i, class, to int
		}{{bPrev, bPrevClass, step - 1}, {bNext, bNextClass, step + 1}} {
			if link.to < 1 || link.to > storySteps {
				if s[link.i] != "" || s[link.class] != "disabled" {
					t.Errorf("step %d: link to step %d is %q, class %q", step, link.to, s[link.i], s[link.class])
				}
				continue
			}
			u, err := url.Parse(s[link.i])
			if err != nil || u.Path != byteorderPath {
				t.Fatalf("step %d: link %q", step, s[link.i])
			}
			q := u.Query()
			if q.Get("n") != "0x1234" || q.Get("width") != "16" || q.Get("step") != string(rune('0'+link.to)) || q.Get("lang") != "ko" {
				t.Errorf("step %d: link %q", step, s[link.i])
			}
		}
		got := viewHTML(t, byteorderView, i18n.Ko, &vals{s[:], w[:]}, app.Text("n"), app.Text("width"))
		if strings.Count(got, `<li class="step`) != step || strings.Count(got, "current") != 1 {
			t.Errorf("step %d: the page shows %d steps", step, strings.Count(got, `<li class="step`))
		}
	}
	// No story for a number that does not fit.
	_, s, _ := byteorderVals("65536", wire.W16, 3, i18n.Ko)
	if s[bFits] != "" || s[bNoFit] == "" || s[bStep1] != "" {
		t.Errorf("65536 in 16 bits: fits %q, no fit %q, step 1 %q", s[bFits], s[bNoFit], s[bStep1])
	}
}
