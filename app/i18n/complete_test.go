//go:build !js

package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEveryTextHasBothLanguages reads every Go file of the app and checks
// that each i18n.T literal gives a non-empty Korean and English text, so a
// missing translation fails here rather than showing a blank in a lesson;
// that the English is not Korean; and that a text written once for both
// languages (code, symbols) has no Korean in it.
func TestEveryTextHasBothLanguages(t *testing.T) {
	fset := token.NewFileSet()
	var literals int
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		inPackage := f.Name.Name == "i18n"
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if elem := elemType(lit.Type); elem != nil && isT(elem, inPackage) {
				// Elements of a []T or map[…]T may leave out their type.
				for _, e := range lit.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					if inner, ok := e.(*ast.CompositeLit); ok && inner.Type == nil {
						inner.Type = elem
					}
				}
			}
			if !isT(lit.Type, inPackage) {
				return true
			}
			literals++
			fields := map[string]bool{}
			words := map[string]string{}
			for i, e := range lit.Elts {
				name, val := "", e
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					name, val = kv.Key.(*ast.Ident).Name, kv.Value
				} else {
					name = []string{"Ko", "En"}[i]
				}
				if s, ok := val.(*ast.BasicLit); ok && s.Kind == token.STRING {
					v, _ := strconv.Unquote(s.Value)
					if strings.TrimSpace(v) == "" {
						continue
					}
					words[name] = v
				}
				fields[name] = true
			}
			if !fields["Ko"] || !fields["En"] {
				t.Errorf("%s: text without both Korean and English", fset.Position(lit.Pos()))
			}
			if en := words["En"]; hangul.MatchString(en) {
				t.Errorf("%s: the English %q is Korean", fset.Position(lit.Pos()), en)
			} else if ko := words["Ko"]; ko == en && hangul.MatchString(ko) {
				t.Errorf("%s: %q has no English", fset.Position(lit.Pos()), ko)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if literals == 0 {
		t.Fatal("found no i18n.T literal: the walk looks in the wrong place")
	}
}

func elemType(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.ArrayType:
		return x.Elt
	case *ast.MapType:
		return x.Value
	}
	return nil
}

func isT(e ast.Expr, inPackage bool) bool {
	switch x := e.(type) {
	case *ast.SelectorExpr:
		pkg, ok := x.X.(*ast.Ident)
		return ok && pkg.Name == "i18n" && x.Sel.Name == "T"
	case *ast.Ident:
		return inPackage && x.Name == "T"
	}
	return false
}
