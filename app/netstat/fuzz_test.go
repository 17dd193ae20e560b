package netstat

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParse checks, for any input, that Parse does not panic, that every
// line is either a connection or a skipped line and the counts add up
// (against countLines, a slow reference of the line splitter), and that a
// connection line is one on its own too: which format a line is in never
// depends on the lines around it.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, tc := range lineCases {
		if len(tc.input) < 4096 {
			f.Add(tc.input)
		}
	}
	f.Fuzz(func(t *testing.T, input string) {
		rep := ParseString(input)
		checkInvariants(t, input, rep)
		for _, c := range rep.Connections {
			d := rep.Describe(c)
			if d.Ko == "" || d.En == "" || c.Role().Explain().Ko == "" || c.State.Explain().En == "" {
				t.Fatalf("line %d: empty explanation", c.Line)
			}
			// Server picks one end each; both the same end only for a
			// socket connected to itself.
			if server, client, ok := rep.Server(c); ok && !(server == c.Local && client == c.Foreign || server == c.Foreign && client == c.Local) {
				t.Fatalf("line %d: server %v client %v", c.Line, server, client)
			}
			alone := ParseString(c.Text)
			if len(alone.Connections) != 1 {
				t.Fatalf("line %d %q is a connection in context only", c.Line, c.Text)
			}
			a := alone.Connections[0]
			a.Line, a.Program = c.Line, c.Program // -b owner lines come after the line
			if !reflect.DeepEqual(a, c) {
				t.Fatalf("line %d %q alone:\n%+v\nin context:\n%+v", c.Line, c.Text, a, c)
			}
		}
	})
}
