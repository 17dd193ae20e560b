//go:build !js

package ui

import (
	"encoding/json"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLessonModelsArePure checks every lesson folder: it has a model.go,
// and nothing model.go imports reaches go-app or the kit's elements, as
// wasm/deps_test.go checks that no server code reaches app.wasm. A model
// computes what a lesson shows from its URL, and is tested natively.
func TestLessonModelsArePure(t *testing.T) {
	dirs, err := filepath.Glob("lesson/*")
	if err != nil {
		t.Fatal(err)
	}
	var imports []string
	owner := map[string][]string{} // import path → lessons whose model imports it
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, "model.go"), nil, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%s: a lesson has a model.go: %v", dir, err)
			continue
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if len(owner[p]) == 0 {
				imports = append(imports, p)
			}
			owner[p] = append(owner[p], dir)
		}
	}
	if len(owner) == 0 {
		t.Fatal("found no model.go: the test looks in the wrong place")
	}
	// What each import reaches, itself included.
	cmd := exec.Command("go", append([]string{"list", "-deps", "-json=ImportPath,Deps"}, imports...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p struct {
			ImportPath string
			Deps       []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		if len(owner[p.ImportPath]) == 0 {
			continue // a dependency, listed on its own too
		}
		for _, d := range append(p.Deps, p.ImportPath) {
			if strings.HasPrefix(d, "github.com/maxence-charriere/go-app/") || d == "netprimer/app/ui/kit" {
				t.Errorf("%v: model.go imports %s, which reaches %s", owner[p.ImportPath], p.ImportPath, d)
				break
			}
		}
	}
}
