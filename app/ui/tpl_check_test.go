//go:build !js

package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
)

// templateSources returns the source of every template of the package by
// the name of the variable it is assigned to, read from the Go files.
func templateSources(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			spec, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, v := range spec.Values {
				call, ok := v.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					continue
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "tpl" {
					continue
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok {
					t.Errorf("%s: a template that is not a literal", fset.Position(call.Pos()))
					continue
				}
				src, _ := strconv.Unquote(lit.Value)
				out[spec.Names[i].Name] = src
			}
			return true
		})
	}
	if len(out) < 15 {
		t.Fatalf("found %d templates: the scan looks in the wrong place", len(out))
	}
	return out
}

var hangul = regexp.MustCompile(`[가-힣]`)

// TestTemplates reads every template: each token must be read, and each
// text must have its English (a text in Korean alone is a missing
// translation; code and symbols may serve both languages).
func TestTemplates(t *testing.T) {
	for name, src := range templateSources(t) {
		e, err := parseTpl(src)
		// Parts are given by the Go code: count them, not their contents.
		if err != nil && err != strconv.ErrRange {
			t.Errorf("%s: %v", name, err)
		}
		var walk func(e *el)
		walk = func(e *el) {
			if e == nil {
				return
			}
			if e.T.Ko != "" && (e.T.En == "" || e.T.Ko == e.T.En && hangul.MatchString(e.T.Ko)) {
				t.Errorf("%s: %q has no English", name, e.T.Ko)
			}
			if e.T.En != "" && hangul.MatchString(e.T.En) {
				t.Errorf("%s: the English %q is Korean", name, e.T.En)
			}
			for _, k := range e.Kids {
				walk(k)
			}
		}
		walk(e)
	}
}

// TestTemplateRefs checks that every ref of every template names a field
// of the values the widget gives it, following Rows into the items.
func TestTemplateRefs(t *testing.T) {
	text := reflect.TypeFor[i18n.T]()
	views := map[string][]reflect.Type{
		"networkTpl":     {reflect.TypeFor[*networkMap](), text, text},
		"stackTpl":       {reflect.TypeFor[*layerStack]()},
		"placementTpl":   {reflect.TypeFor[*placement]()},
		"levelsTpl":      {reflect.TypeFor[[]concepts.Level]()},
		"addressingTpl":  {reflect.TypeFor[[]i18n.T]()},
		"portsTpl":       {reflect.TypeFor[*portsQuiz]()},
		"deckNetstatTpl": {reflect.TypeFor[*deckNetstat](), text},
		"pasteTpl":       {reflect.TypeFor[*netstatPaste]()},
		"tupleTpl":       {reflect.TypeFor[*tupleQuiz](), text, text},
		"liveTpl":        {reflect.TypeFor[*liveConn]()},
		"seqTpl":         {reflect.TypeFor[*seqPlayer]()},
		"doorTpl":        {reflect.TypeFor[[]i18n.T]()},
		"callsTpl":       {reflect.TypeFor[[]concepts.Call]()},
		"modulesTpl":     {reflect.TypeFor[[]moduleRow]()},
		// Parts, shown as items of the templates that take them.
		"socketTpl": {reflect.TypeFor[[]socketRow]()},
		"skipTpl":   {reflect.TypeFor[[]skipRow]()},
	}
	parts := map[string]bool{"socketTpl": true, "skipTpl": true}
	for name, src := range templateSources(t) {
		vals, ok := views[name]
		if !ok {
			t.Errorf("%s: no values to check its refs with", name)
			continue
		}
		e, _ := parseTpl(src)
		var item reflect.Type
		if parts[name] {
			item = vals[0].Elem()
		}
		for _, bad := range badRefs(e, vals, item) {
			t.Errorf("%s: %s", name, bad)
		}
	}
}

var uiType = reflect.TypeFor[app.UI]()

// badRefs returns the refs of e that name nothing, given the types of the
// view's values and of the item of the Rows e is in (nil outside Rows).
func badRefs(e *el, vals []reflect.Type, item reflect.Type) []string {
	var bad []string
	check := func(r string) reflect.Type {
		typ, ok := refType(r, vals, item)
		if !ok {
			bad = append(bad, "ref "+strconv.Quote(r)+" names nothing")
		}
		return typ
	}
	for _, s := range append([]string{e.Class, e.ID}, e.Attr...) {
		for _, m := range regexp.MustCompile(`\{([^}]*)\}`).FindAllStringSubmatch(s, -1) {
			check(m[1])
		}
	}
	for _, r := range []string{strings.TrimPrefix(e.If, "!"), e.V, e.Sel} {
		if r != "" {
			check(r)
		}
	}
	if e.Rows != "" {
		typ := check(e.Rows)
		switch {
		case typ == nil:
		case typ.Kind() == reflect.Slice || typ.Kind() == reflect.Array:
			item = typ.Elem()
		default:
			bad = append(bad, "rows "+strconv.Quote(e.Rows)+" is a "+typ.String())
		}
	}
	for _, k := range e.Kids {
		bad = append(bad, badRefs(k, vals, item)...)
	}
	return bad
}

// refType returns the type a ref names; nil with true when it cannot be
// known before the value is there (an interface).
func refType(r string, vals []reflect.Type, item reflect.Type) (reflect.Type, bool) {
	var typ reflect.Type
	path := r
	switch {
	case r == "#" || r == "?" || r == "<":
		return reflect.TypeFor[int](), item != nil
	case strings.HasPrefix(r, "$"):
		n, rest, _ := strings.Cut(r[1:], ".")
		i, err := strconv.Atoi(n)
		if err != nil || i < 1 || i > len(vals) {
			return nil, false
		}
		typ, path = vals[i-1], rest
	default:
		if item == nil {
			return nil, false
		}
		typ = item
		if r == "." {
			path = ""
		}
	}
	for _, name := range strings.Split(path, ".") {
		if name == "" {
			continue
		}
		for typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if typ.Kind() == reflect.Interface {
			return nil, true
		}
		f, ok := typ.FieldByName(name)
		if !ok {
			return nil, false
		}
		typ = f.Type
	}
	if typ.Kind() == reflect.Interface && typ != uiType {
		return nil, true
	}
	return typ, true
}
