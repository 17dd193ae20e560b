//go:build !js

package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestClientHasNoServerCode lists what app.wasm is built from and checks
// that none of the project's packages in it imports net/http or the
// server's packages: the client calls the API with the browser's fetch.
// (go-app itself imports net/http for its server half; that is outside
// the project's control and measured by make bench.)
func TestClientHasNoServerCode(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-json=ImportPath,Imports", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	var ours int
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(p.ImportPath, "netprimer") {
			continue
		}
		ours++
		for _, forbidden := range []string{"netprimer/app/server", "netprimer/app/lookup", "netprimer/app/lab", "github.com/miekg/dns"} {
			if p.ImportPath == forbidden {
				t.Errorf("app.wasm contains the server package %s", forbidden)
			}
		}
		for _, imp := range p.Imports {
			if imp == "net/http" || strings.HasPrefix(imp, "net/http/") || imp == "os/exec" {
				t.Errorf("%s imports %s: client code must use the browser's fetch", p.ImportPath, imp)
			}
		}
	}
	if ours < 3 {
		t.Fatalf("found only %d project packages in app.wasm: the listing is wrong", ours)
	}
}
