package ui

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
)

// html renders u and removes the indentation app.HTMLString adds, and
// sorts each tag's attributes, which it writes in any order, so that tests
// compare the markup alone.
func html(u app.UI) string {
	var b strings.Builder
	for _, line := range strings.Split(app.HTMLString(u), "\n") {
		b.WriteString(strings.TrimSpace(line))
	}
	return tagRE.ReplaceAllStringFunc(b.String(), func(tag string) string {
		m := tagRE.FindStringSubmatch(tag)
		attrs := attrRE.FindAllString(m[2], -1)
		sort.Strings(attrs)
		return "<" + m[1] + strings.Join(append([]string{""}, attrs...), " ") + ">"
	})
}

var (
	tagRE  = regexp.MustCompile(`<([a-z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)>`)
	attrRE = regexp.MustCompile(`[^\s=>]+(?:="[^"]*")?`)
)

type sample struct {
	Name  i18n.T
	N     int
	Items []string
	Inner struct{ Layer concepts.Layer }
	On    bool
	Kid   app.UI
}

func TestViewFillsTemplates(t *testing.T) {
	s := &sample{Name: i18n.T{Ko: "이름", En: "name"}, N: 3, Items: []string{"a", "b", "c"}, On: true,
		Kid: app.Elem("i").Body(app.Text("kid"))}
	s.Inner.Layer = concepts.Transport
	cases := []struct {
		name, src string
		lang      i18n.Lang
		vals      []any
		want      string
	}{
		// Texts come in the page's language; one text serves both.
		{"text ko", `p "가" "a"`, i18n.Ko, nil, `<p>가</p>`},
		{"text en", `p "가" "a"`, i18n.En, nil, `<p>a</p>`},
		{"same text", `p "GET /"`, i18n.En, nil, `<p>GET /</p>`},
		{"escaped quote", `p "say \"hi\""`, i18n.En, nil, `<p>say &#34;hi&#34;</p>`},
		// A value after the text; pairs of Korean and English follow the language.
		{"value", `p "n=" =$1.N`, i18n.En, []any{s}, `<p>n=3</p>`},
		{"pair value", `p =$1.Name`, i18n.Ko, []any{s}, `<p>이름</p>`},
		{"stringer", `p =$1.Inner.Layer`, i18n.En, []any{s}, `<p>transport</p>`},
		{"list of strings", `p =$1.Items`, i18n.En, []any{s}, `<p>a, b, c</p>`},
		{"a UI value", `p =$1.Kid`, i18n.En, []any{s}, `<p><i>kid</i></p>`},
		// A ref to nothing shows nothing, never a panic.
		{"unknown field", `p =$1.Nope`, i18n.En, []any{s}, `<p></p>`},
		{"unknown value", `p =$7`, i18n.En, []any{s}, `<p></p>`},
		{"nil value", `p =$1`, i18n.En, []any{nil}, `<p></p>`},
		// If keeps or drops the element.
		{"if set", `p ?$1.On "x"`, i18n.En, []any{s}, `<p>x</p>`},
		{"if not set", `div
  p ?!$1.On "x"`, i18n.En, []any{s}, `<div></div>`},
		{"if empty string", `div
  p ?$1 "x"`, i18n.En, []any{""}, `<div></div>`},
		// Rows repeat the children; with Sel, ? and < mark the selected item and those before it.
		{"rows", `ul *$1.Items@$2
  li class="it {<}" data-i={#} aria-pressed={?} =.`, i18n.En, []any{s, 1},
			`<ul><li aria-pressed="false" class="it before" data-i="0">a</li><li aria-pressed class="it" data-i="1">b</li><li aria-pressed="false" class="it" data-i="2">c</li></ul>`},
		// Classes and ids from the head, attributes with refs; an empty or false value drops the attribute.
		{"head", `button.a.b#c type=button`, i18n.En, nil, `<button class="a b" id="c" type="button"></button>`},
		{"attr ref", `a href=/x?n={$1.N}`, i18n.En, []any{s}, `<a href="/x?n=3"></a>`},
		{"attr false", `button disabled={$1}`, i18n.En, []any{false}, `<button></button>`},
		{"attr true", `button disabled={$1}`, i18n.En, []any{true}, `<button disabled></button>`},
		{"attr empty", `p title={$1}`, i18n.En, []any{""}, `<p></p>`},
		{"aria false stays", `p aria-pressed={$1}`, i18n.En, []any{false}, `<p aria-pressed="false"></p>`},
		{"quoted attr", `p title="a b {$1.N}"`, i18n.En, []any{s}, `<p title="a b 3"></p>`},
		// "-" adds content without an element of its own.
		{"no element", `p
  - "a"
  - =$1.N`, i18n.En, []any{s}, `<p>a3</p>`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := parseTpl(c.src)
			if err != nil {
				t.Fatalf("parseTpl: %v", err)
			}
			if got := html(binding{l: c.lang, vals: c.vals}.ui(e)); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestTemplateParts(t *testing.T) {
	part := tpl(`li =.`)
	e, err := parseTpl(`ul *$1 &1`, part)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := html(binding{vals: []any{[]string{"x", "y"}}}.ui(e)), `<ul><li>x</li><li>y</li></ul>`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	for _, bad := range []string{`ul &2`, `p "unterminated`, `p attr`} {
		if _, err := parseTpl(bad, part); err == nil {
			t.Errorf("parseTpl(%q) took a token it cannot read", bad)
		}
	}
}

func TestTokens(t *testing.T) {
	cases := []struct {
		line string
		want []string
	}{
		{`p`, []string{"p"}},
		{`p  "a b"  =x`, []string{"p", `"a b"`, "=x"}},
		{`p title="x \" y" "t"`, []string{"p", `title="x \" y"`, `"t"`}},
		{`p "a\\" b`, []string{"p", `"a\\"`, "b"}},
	}
	for _, c := range cases {
		if got := tokens(c.line); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("tokens(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
