//go:build !js

package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestNoParticlePairReachesStudents reads every Go file of the app and
// checks that a Korean particle pair ("이(가)", "을(를)" …) in a string
// literal is one that the app resolves: right after a placeholder ("{1}을(를)",
// which the templates' sub and fill resolve), or inside a call of
// Particles. Anything else would reach a student as "이(가)".
func TestNoParticlePairReachesStudents(t *testing.T) {
	pair := regexp.MustCompile(`(\}?)(을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)|\(으\)로|\(이\)라|\(이\)나|\((을|를|이|가|은|는|과|와)\))`)
	fset := token.NewFileSet()
	var checked int
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		if f.Name.Name == "i18n" {
			return nil // the pairs themselves
		}
		resolved := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Particles" {
				if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "i18n" {
					ast.Inspect(call, func(n ast.Node) bool {
						if lit, ok := n.(*ast.BasicLit); ok {
							resolved[lit] = true
						}
						return true
					})
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			for _, m := range pair.FindAllStringSubmatch(s, -1) {
				checked++
				if m[1] == "" && !resolved[lit] {
					t.Errorf("%s: %q reaches a student as written: choose the particle, or resolve it with i18n.Particles", fset.Position(lit.Pos()), m[2])
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked == 0 {
		t.Fatal("found no particle pair at all: the walk looks in the wrong place")
	}
}
