package byteorder

import (
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// TestExampleLinks checks the example links, written out so that
// app.wasm has no code to build them: each opens the number it shows.
func TestExampleLinks(t *testing.T) {
	for _, ls := range []struct {
		width string
		links []kit.Link
	}{{"16", links16}, {"32", links32}, {"16", linksStory}} {
		for _, x := range ls.links {
			u, err := url.Parse(x.Href)
			if err != nil || u.Path != "/byteorder" || u.Query().Get("n") != x.Text || u.Query().Get("width") != ls.width {
				t.Errorf("link %q shows %q", x.Href, x.Text)
			}
		}
	}
	if u, _ := url.Parse(linksStory[0].Href); modelOf(u.Query()).step != 3 {
		t.Errorf("the story's link does not open step 3")
	}
}

func TestStory(t *testing.T) {
	for step := 1; step <= storySteps; step++ {
		m := modelOf(url.Values{"n": {"0x1234"}, "width": {"16"}, "step": {strconv.Itoa(step)}})
		read, readOK := m.checked(m.got)
		fixed, fixedOK := m.checked(m.fixed)
		if read != "0x3412 (13330) ✗" || readOK || fixed != "0x1234 (4660) ✓" || !fixedOK {
			t.Errorf("step %d: host 2 reads %q, then %q", step, read, fixed)
		}
		got := storyHTML(t, m, i18n.Ko)
		if strings.Count(got, `<li class="step`) != step || strings.Count(got, "current") != 1 {
			t.Errorf("step %d: the page shows %d steps", step, strings.Count(got, `<li class="step`))
		}
		// Prev and Next are buttons to the steps around, disabled at
		// either end.
		for _, b := range []struct {
			id string
			to int
		}{{"story-prev", step - 1}, {"story-next", step + 1}} {
			tag := buttonRE(b.id).FindString(got)
			if tag == "" {
				t.Errorf("step %d: no button #%s:\n%s", step, b.id, got)
				continue
			}
			if !strings.Contains(tag, `data-step="`+strconv.Itoa(b.to)+`"`) {
				t.Errorf("step %d: #%s leads elsewhere than step %d: %s", step, b.id, b.to, tag)
			}
			// go-app writes the value "true" as a bare attribute.
			if off := b.to < 1 || b.to > storySteps; off != regexp.MustCompile(`\saria-disabled(="true")?[\s>]`).MatchString(tag) {
				t.Errorf("step %d: #%s is disabled: %v, want %v: %s", step, b.id, !off, off, tag)
			}
		}
	}
	// No story for a number that does not fit.
	m := modelOf(url.Values{"n": {"65536"}, "width": {"16"}, "step": {"3"}})
	if m.fits() || m.err == "" || strings.Contains(storyHTML(t, m, i18n.Ko), `class="step`) {
		t.Errorf("65536 in 16 bits: fits %v, error %q", m.fits(), m.err)
	}
}

// TestSteps checks the step a URL opens: a step out of range, or none,
// falls back to the first.
func TestSteps(t *testing.T) {
	for _, c := range []struct {
		step string
		want int
	}{{"", 1}, {"1", 1}, {"4", 4}, {"0", 1}, {"5", 1}, {"x", 1}, {"-2", 1}, {"3", 3}} {
		if got := modelOf(url.Values{"step": {c.step}}).step; got != c.want {
			t.Errorf("step=%q opens step %d, want %d", c.step, got, c.want)
		}
	}
}

// TestModelInvariants checks, for numbers, widths and steps of every
// kind: the model is a function of the URL, and the URL it writes back
// opens the same model (but for the note of a text cut, which the URL
// then holds as cut).
func TestModelInvariants(t *testing.T) {
	var queries []url.Values
	for _, n := range []string{"1234", "0x1234", "65535", "65536", "-1", "12ab", "", "0b101", strings.Repeat("9", 6000), "\xff"} {
		for _, w := range []string{"", "16", "32", "64", "x"} {
			for _, step := range []string{"", "2", "4", "9"} {
				queries = append(queries, url.Values{"n": {n}, "width": {w}, "step": {step}})
			}
		}
	}
	queries = append(queries, nil, url.Values{"lang": {"en"}})
	for _, q := range queries {
		m := modelOf(q)
		if !reflect.DeepEqual(m, modelOf(q)) {
			t.Errorf("%.60v: the model is not a function of the URL", q)
		}
		back := modelOf(m.query())
		back.cut = m.cut
		if !reflect.DeepEqual(back, m) {
			t.Errorf("%.60v: the model writes %.60v, which opens another", q, m.query())
		}
		if m.step < 1 || m.step > storySteps || m.fits() == (m.err != "") {
			t.Errorf("%.60v: step %d, fits %v, error %q", q, m.step, m.fits(), m.err)
		}
	}
}

// buttonRE matches the start tag of the button with the given id.
func buttonRE(id string) *regexp.Regexp {
	return regexp.MustCompile(`<button [^>]*id="` + id + `"[^>]*>`)
}

// TestTextsNameTheWidthsFunctions: at 32 bits the lesson speaks of htonl
// and ntohl, never of htons; the Korean particles follow the name
// (htons는, htonl은; ntohs를, ntohl을).
func TestTextsNameTheWidthsFunctions(t *testing.T) {
	for _, c := range []struct {
		width, want, not string
		ko               []string
	}{
		{"16", "htons", "htonl", []string{"htons는", "ntohs(htons(a))는", "ntohs를"}},
		{"32", "htonl", "htons", []string{"htonl은", "ntohl(htonl(a))는", "ntohl을"}},
	} {
		m := modelOf(url.Values{"n": {"1234"}, "width": {c.width}})
		for _, txt := range []i18n.T{withFuncs(txtSameOnBig, &m), withFuncs(txtFix, &m)} {
			for _, s := range []string{txt.Ko, txt.En} {
				if !strings.Contains(s, c.want) || strings.Contains(s, c.not) || strings.Contains(s, "{") {
					t.Errorf("width %s: %q", c.width, s)
				}
			}
		}
		ko := withFuncs(txtSameOnBig, &m).Ko + " " + withFuncs(txtFix, &m).Ko
		for _, s := range c.ko {
			if !strings.Contains(ko, s) {
				t.Errorf("width %s: %q lacks %q", c.width, ko, s)
			}
		}
	}
}
