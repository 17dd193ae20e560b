package server

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"netprimer/app/course"
	"netprimer/app/i18n"
	"netprimer/app/ui"
)

// The prerender crawl: every route × every parameter a lesson reads
// (docs/CONTRACT.md, and unknown and repeated ones) × hostile text, and
// unknown paths, in both languages. The raw HTML the server sends is
// parsed as a browser parses it, before any script runs: no element or
// attribute may appear that the pages without the text lack, and wherever
// an attribute echoes the text, the browser must read the text itself.

// routeParams lists the parameters each route reads (docs/CONTRACT.md),
// and one no lesson reads.
var routeParams = map[string][]string{
	"/":          {},
	"/network":   {"step", "el"},
	"/addresses": {"ask", "line"},
	"/sockets":   {"tcp", "udp"},
	"/ipaddress": {"addr", "net", "strict", "hosts", "prefix", "subnets"},
	"/packing":   {"ip"},
	"/byteorder": {"n", "width", "step"},
	"/hosts":     {"host"},
	"/services":  {"name", "port", "proto"},
}

// marker starts every hostile text, so that an attribute holding any part
// of it can be found: an attribute the text broke out of holds the marker
// and less than the text.
const marker = "pZq"

// hostile are texts that end an attribute or a text node when they are
// not escaped for HTML, or that HTML reads differently from Go.
var hostile = []string{
	`"`, `'`, `\`, `\"`, `\\"`, `&quot;`, `&#34;`, `&amp;quot;`, `&`,
	`</title>`, `</textarea>`, `<script>alert(1)</script>`, `<style>*{}</style>`,
	`x"><meta http-equiv=refresh content="0;url=http://127.0.0.9/">`,
	`' autofocus onfocus='alert(1)`, `" autofocus onfocus="alert(1)`,
	`<!--`, `-->`, `<![CDATA[`, "`", `=`, `>`, `<`, `/>`,
	"a\nb", "\na", "a\r\nb\rc", "\t", "\x00", "\x00\"\x00",
	"\xff", "\xe2\x82", "\xc0\xaf\"", "\u2028\u2029", "\ufeff",
	`%22%3E`, `\x22\u0022`, `javascript:alert(1)`,
	// Longer than a lesson's 5000 characters, and within the URL limit
	// percent-encoded.
	strings.Repeat(`"'\<>&`, 834),
}

// repeated are the hostile texts also given twice, and after a plain
// value, as a lesson that reads the first value or all of them sees them.
var repeated = []string{
	`"`, `\"`, `&quot;`, `x"><meta http-equiv=refresh content="0;url=http://127.0.0.9/">`,
	"a\r\nb\rc", "\x00\"\x00", "\xc0\xaf\"",
}

// asRead returns s as a browser reads it from a UTF-8 page: each byte
// that is not UTF-8 as U+FFFD (the server writes only UTF-8, so Go's
// reading and the browser's agree), and NUL as U+FFFD, as HTML's parser
// reads it in an attribute.
func asRead(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == 0 {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lessonText is s as a lesson works on it (docs/CONTRACT.md): its first
// 5000 characters, each byte that is not UTF-8 read as U+FFFD.
func lessonText(s string) string {
	r := []rune(s)
	return string(r[:min(len(r), 5000)])
}

// forms returns the forms v may take where a page echoes it: itself,
// cut as a lesson cuts it, and either without the white space at its ends
// (go-app trims every attribute value but an input's).
func forms(v string) []string {
	return []string{v, lessonText(v), strings.TrimSpace(v), strings.TrimSpace(lessonText(v))}
}

// readForms returns forms(v) as a browser reads them.
func readForms(v string) []string {
	out := forms(v)
	for i := range out {
		out[i] = asRead(out[i])
	}
	return out
}

// page is a parsed page as the server sent it.
type page struct {
	status int
	raw    string
	doc    *html.Node
}

func fetchPage(t testing.TB, h http.Handler, target string) page {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, "http://netprimer.test"+target, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	raw := w.Body.String()
	doc, err := html.Parse(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: the page does not parse: %v", target, err)
	}
	return page{status: w.Code, raw: raw, doc: doc}
}

// walk calls fn for every element of n's tree, with whether it is in the
// head.
func walk(n *html.Node, inHead bool, fn func(e *html.Node, inHead bool)) {
	if n.Type == html.ElementNode {
		if n.Data == "head" {
			inHead = true
		}
		fn(n, inHead)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, inHead, fn)
	}
}

// vocabulary is what the pages without hostile text hold: the elements
// and their attribute names, in the head and in the body apart.
type vocabulary map[string]bool

func vocabKey(e *html.Node, inHead bool, attr string) string {
	where := "body"
	if inHead {
		where = "head"
	}
	return where + " " + e.Data + " " + attr
}

func (v vocabulary) add(p page) {
	walk(p.doc, false, func(e *html.Node, inHead bool) {
		v[vocabKey(e, inHead, "")] = true
		for _, a := range e.Attr {
			v[vocabKey(e, inHead, a.Key)] = true
		}
	})
}

// head returns the head's elements as text, each with its attributes
// sorted, og:url left out (it echoes the path).
func head(p page) []string {
	var out []string
	walk(p.doc, false, func(e *html.Node, inHead bool) {
		if !inHead {
			return
		}
		var attrs []string
		for _, a := range e.Attr {
			attrs = append(attrs, a.Key+"="+a.Val)
		}
		sort.Strings(attrs)
		if slices.Contains(attrs, "property=og:url") {
			attrs = []string{"property=og:url"}
		}
		out = append(out, e.Data+" "+strings.Join(attrs, " "))
	})
	return out
}

// crawl holds the pages without hostile text that the pages with it are
// compared with.
type crawl struct {
	h     http.Handler
	vocab vocabulary
	heads map[string][]string // by route and language
}

var (
	crawlOnce sync.Once
	theCrawl  *crawl
)

// newCrawl renders the baseline pages: every route in both languages,
// without parameters and with each parameter a lesson reads set to a
// plain value, and an unknown path.
func newCrawl(t testing.TB) *crawl {
	crawlOnce.Do(func() {
		s, err := New(Config{Web: testWeb(t, strings.Repeat("wasm bytes ", 1000))})
		if err != nil {
			t.Fatal(err)
		}
		c := &crawl{h: s, vocab: vocabulary{}, heads: map[string][]string{}}
		for _, path := range append(ui.Paths(), "/nope") {
			for _, lang := range i18n.Langs {
				base := fmt.Sprintf("%s?lang=%s", path, lang)
				p := fetchPage(t, s, base)
				c.vocab.add(p)
				c.heads[path+" "+string(lang)] = head(p)
				for _, param := range routeParams[path] {
					for _, v := range []string{"", "x", "1"} {
						c.vocab.add(fetchPage(t, s, base+"&"+param+"="+v))
					}
				}
			}
		}
		theCrawl = c
	})
	if theCrawl == nil {
		t.Fatal("the baseline pages did not render")
	}
	return theCrawl
}

// given is where a page's address holds hostile text: the path, or the
// values of a parameter.
type given struct {
	path  string
	param string
	vals  []string
}

// check fetches target, whose query or path holds hostile text as g says,
// and reports what the text did to the page: route is the one whose head
// the page must have.
func (c *crawl) check(t testing.TB, route string, lang i18n.Lang, target string, g given) {
	t.Helper()
	p := fetchPage(t, c.h, target)
	if p.status != http.StatusOK && p.status != http.StatusNotFound {
		t.Errorf("%s: status %d", short(target), p.status)
		return
	}
	if got, want := head(p), c.heads[route+" "+string(lang)]; !slices.Equal(got, want) {
		t.Errorf("%s: the head differs from the page without the text:\n got %q\nwant %q", short(target), got, want)
	}
	walk(p.doc, false, func(e *html.Node, inHead bool) {
		if !c.vocab[vocabKey(e, inHead, "")] {
			t.Errorf("%s: a %s element appeared (in the %s)", short(target), e.Data, map[bool]string{true: "head", false: "body"}[inHead])
			return
		}
		for _, a := range e.Attr {
			if !c.vocab[vocabKey(e, inHead, a.Key)] {
				t.Errorf("%s: attribute %s appeared on a %s element", short(target), a.Key, e.Data)
			}
			if strings.Contains(a.Val, marker) {
				if why := g.echo(e, a); why != "" {
					t.Errorf("%s: <%s %s=%q>: %s", short(target), e.Data, a.Key, short(a.Val), why)
				}
			}
		}
		if e.Data == "textarea" && e.FirstChild != nil && strings.Contains(e.FirstChild.Data, marker) {
			// The /hosts batch program's names, one a line.
			lines := make([]string, len(g.vals))
			for i, v := range g.vals {
				lines[i] = lessonText(v)
			}
			if !slices.Contains(readForms(strings.Join(lines, "\n")), e.FirstChild.Data) {
				t.Errorf("%s: textarea reads %q", short(target), short(e.FirstChild.Data))
			}
		}
	})
}

// echo returns what is wrong with attribute a of e, which holds the
// marker: "" when it holds the hostile text whole.
func (g given) echo(e *html.Node, a html.Attribute) string {
	whole := func(v string, read bool) bool {
		texts := g.vals
		if g.path != "" {
			texts = append(texts, g.path)
		}
		for _, text := range texts {
			f := forms(text)
			if read {
				f = readForms(text)
			}
			if slices.Contains(f, v) {
				return true
			}
		}
		return false
	}
	switch {
	case a.Key == "href":
		// A link's path and query are percent-encoded: they carry the
		// bytes themselves.
		u, err := url.Parse(a.Val)
		if err != nil {
			return "a link that does not parse: " + err.Error()
		}
		if strings.Contains(u.Path, marker) && !whole(u.Path, false) {
			return "a link whose path is not the address's"
		}
		for k, vs := range u.Query() {
			for _, v := range vs {
				if strings.Contains(v, marker) && !whole(v, false) {
					return "a link whose " + k + " is not the text"
				}
			}
		}
		return ""
	case a.Key == "content" && attr(e, "property") == "og:url":
		for _, f := range readForms(g.path) {
			if a.Val == "https://"+strings.TrimRight("/"+strings.Trim(f, "/"), "/") {
				return ""
			}
		}
		return "og:url is not the address"
	case a.Key == "value" || a.Key == "title" || strings.HasPrefix(a.Key, "data-") || strings.HasPrefix(a.Key, "aria-"):
		if whole(a.Val, true) {
			return ""
		}
		return "the text is not read whole"
	}
	return "the text reached an attribute that should not echo it"
}

func attr(e *html.Node, key string) string {
	for _, a := range e.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func short(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// TestPrerenderKeepsURLTextInert is the crawl.
func TestPrerenderKeepsURLTextInert(t *testing.T) {
	c := newCrawl(t)
	for _, route := range ui.Paths() {
		params := append(slices.Clone(routeParams[route]), "lang", "zz")
		for _, lang := range i18n.Langs {
			for _, param := range params {
				for _, text := range hostile {
					v := marker + text
					if param == "lang" {
						// The page is in the server's default language.
						if lang == i18n.Default {
							c.check(t, route, lang, route+"?"+url.Values{"lang": {v}}.Encode(), given{param: param, vals: []string{v}})
						}
						continue
					}
					q := url.Values{param: {v}, "lang": {string(lang)}}
					c.check(t, route, lang, route+"?"+q.Encode(), given{param: param, vals: []string{v}})
					if !slices.Contains(repeated, text) {
						continue
					}
					// Given twice, and after a plain value.
					for _, vals := range [][]string{{v, v}, {"1", v}} {
						q := url.Values{param: vals, "lang": {string(lang)}}
						c.check(t, route, lang, route+"?"+q.Encode(), given{param: param, vals: vals})
					}
				}
			}
		}
	}
}

// TestPrerenderUnknownPaths puts the hostile texts in the path of an
// address no lesson has, and in its query.
func TestPrerenderUnknownPaths(t *testing.T) {
	c := newCrawl(t)
	for _, lang := range i18n.Langs {
		for _, text := range hostile {
			v := marker + text
			target := "/" + url.PathEscape(v) + "?lang=" + string(lang)
			c.check(t, "/nope", lang, target, given{path: "/" + v})
			if len(v) > 1000 {
				continue // twice would pass the URL limit
			}
			q := url.Values{"zz": {v}, "lang": {string(lang)}}
			c.check(t, "/nope", lang, "/nope/"+url.PathEscape(v)+"?"+q.Encode(), given{path: "/nope/" + v, param: "zz", vals: []string{v}})
		}
	}
}

// FuzzPrerender checks the crawl's invariant on random addresses: a
// route, one of its parameters (or any name) holding the marker and
// random text, and more random query text after it.
func FuzzPrerender(f *testing.F) {
	for i, text := range hostile {
		f.Add(uint8(i), "addr", text, "")
	}
	f.Add(uint8(4), "host", `"><x y="`, "host=a&host=%22")
	f.Add(uint8(8), "zz", "\x00", "port=%ff&&=&lang=en")
	f.Add(uint8(0), "", "", "a=%zz")
	f.Fuzz(func(t *testing.T, route uint8, param, text, more string) {
		c := newCrawl(t)
		paths := ui.Paths()
		path := paths[int(route)%len(paths)]
		if ps := routeParams[path]; param == "" && len(ps) > 0 {
			param = ps[int(route)%len(ps)]
		}
		if param == "" || param == "lang" {
			param = "zz"
		}
		v := marker + text
		raw := url.Values{param: {v}}.Encode() + "&lang=en"
		if extra, err := url.ParseQuery(more); err == nil && !strings.Contains(more, marker) && extra.Get("lang") == "" {
			if _, ok := extra[param]; !ok && len(extra) > 0 {
				raw += "&" + extra.Encode()
			}
		}
		if _, err := url.ParseRequestURI(path + "?" + raw); err != nil {
			t.Skip()
		}
		c.check(t, path, i18n.En, path+"?"+raw, given{param: param, vals: []string{v}})
	})
}

func TestInert(t *testing.T) {
	const d = "<!doctype html>\n"
	for _, c := range []struct {
		name, in, want string // want "" for an error
	}{
		{"attribute values as HTML", d + `<input value="a\"b\\c&d<e>'f" disabled>`, d + `<input value="a&#34;b\c&amp;d&lt;e&gt;&#39;f" disabled>`},
		{"Go escapes read back", d + `<a title="\x00\xff\r\n\t\u2028">x</a>`, d + "<a title=\"\uFFFD\uFFFD&#13;\n\t\u2028\">x</a>"},
		{"text stays as go-app escaped it, as UTF-8", d + "<p>&lt;b&gt; \xff\x00\r</p>", d + "<p>&lt;b&gt; \uFFFD\uFFFD&#13;</p>"},
		{"a line break after <textarea> kept", d + "<textarea id=\"t\">\nx</textarea>", d + "<textarea id=\"t\">\n\nx</textarea>"},
		{"empty script and style", d + `<script defer src="/app.js"></script><style></style>`, d + `<script defer src="/app.js"></script><style></style>`},
		{"an ARIA state written bare is true", d + `<button aria-pressed aria-disabled="false" disabled>x</button>`, d + `<button aria-pressed="true" aria-disabled="false" disabled>x</button>`},
		{"comments dropped", d + "<p>a<!-- \"x\" -->b</p>", d + "<p>ab</p>"},
		{"no doctype", `<p>x</p>`, ""},
		{"script content", d + `<script>alert(1)</script>`, ""},
		{"style content", d + `<style>*{}</style>`, ""},
		{"plaintext", d + `<plaintext>`, ""},
		{"markup in a title", d + `<title><b>x</b></title>`, ""},
		{"an HTML-quoted value (app.Raw)", d + `<a href='x'>`, ""},
		{"a value that is no Go string", d + `<a href="x\y">`, ""},
		{"a backquoted value", d + "<a href=`x`>", ""},
		{"an unended value", d + `<a href="x>`, ""},
		{"a '<' that starts no tag", d + `<p>a < b</p>`, ""},
		{"a bogus end tag", d + `</p x>`, ""},
		{"an unended comment", d + `<!-- x`, ""},
		{"an unended tag", d + `<p class="x"`, ""},
		{"two spaces", d + `<p  class="x">`, ""},
		{"an odd attribute name", d + `<p "x"="y">`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := inert([]byte(c.in))
			switch {
			case c.want == "" && err == nil:
				t.Errorf("inert(%q) = %q, want an error", c.in, got)
			case c.want != "" && err != nil:
				t.Errorf("inert(%q): %v", c.in, err)
			case c.want != "" && string(got) != c.want:
				t.Errorf("inert(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// TestInertRoundTrip writes every character as go-app would, through
// inert, and reads it back with HTML's parser: the attribute is the text.
func TestInertRoundTrip(t *testing.T) {
	var all strings.Builder
	for r := rune(1); r < 0x3000; r++ {
		all.WriteRune(r)
	}
	for _, v := range append(hostile, all.String()) {
		page := "<!doctype html>\n<html><body><input value=" + strconv.Quote(v) + "><textarea>" + html.EscapeString(v) + "</textarea></body></html>"
		out, err := inert([]byte(page))
		if err != nil {
			t.Fatalf("%q: %v", short(v), err)
		}
		doc, err := html.Parse(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		var value, area string
		walk(doc, false, func(e *html.Node, _ bool) {
			switch e.Data {
			case "input":
				value = attr(e, "value")
			case "textarea":
				if e.FirstChild != nil {
					area = e.FirstChild.Data
				}
			}
		})
		if want := asRead(v); value != want {
			t.Errorf("value %q reads %q", short(want), short(value))
		}
		// A text node keeps what HTML's parser keeps of NUL: nothing.
		if want := strings.ReplaceAll(asRead(v), "\uFFFD", ""); strings.ReplaceAll(area, "\uFFFD", "") != want {
			t.Errorf("textarea %q reads %q", short(want), short(area))
		}
	}
}

// BenchmarkPageGoApp renders a lesson with go-app's handler alone, the
// baseline of BenchmarkPage.
func BenchmarkPageGoApp(b *testing.B) {
	newCrawl(b) // registers the routes
	files, err := loadStatic(testWeb(b, strings.Repeat("wasm bytes ", 1000)))
	if err != nil {
		b.Fatal(err)
	}
	benchPage(b, newAppHandler(withDeck(course.Course{}, i18n.Ko), files, 1000))
}

// BenchmarkPage renders the same lesson as the server sends it, made
// inert.
func BenchmarkPage(b *testing.B) {
	benchPage(b, newCrawl(b).h)
}

func benchPage(b *testing.B, h http.Handler) {
	r := httptest.NewRequest(http.MethodGet, "/ipaddress?addr=192.0.2.1&net=114.71.220.0/24&lang=en", nil)
	h.ServeHTTP(httptest.NewRecorder(), r) // go-app builds its files on the first request
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkInert is the step alone, over that page.
func BenchmarkInert(b *testing.B) {
	page := fetchPage(b, newCrawl(b).h, "/ipaddress?addr=192.0.2.1&net=114.71.220.0/24&lang=en").raw
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := inert([]byte(page)); err != nil {
			b.Fatal(err)
		}
	}
}
