package lab

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNeverDials reads the lab's sources: nothing in them opens a
// connection or sends to an address of its own choosing. The lab only
// answers on sockets its clients opened, and to the source of a datagram.
func TestNeverDials(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && (strings.HasPrefix(sel.Sel.Name, "Dial") || sel.Sel.Name == "Dialer") {
				t.Errorf("%s: %s", name, sel.Sel.Name)
			}
			return true
		})
		if strings.Count(string(src), "WriteTo") != strings.Count(string(src), "WriteToUDPAddrPort(reply, src)") {
			t.Errorf("%s writes datagrams to an address other than the source's", name)
		}
	}
	if checked < 5 {
		t.Fatalf("checked %d files: the glob is wrong", checked)
	}
}
