package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/pyrepl"
)

// transcript shows a Python session in a pre.pyrepl, input lines marked so
// that they stand out. Its text is exactly the session: a student can copy
// the >>> lines into python3 and see the same output.
type transcript struct {
	app.Compo
	Lines []string
	ID    string // id of the pre, for links and tests
}

func newTranscript(id string, t *pyrepl.Transcript) *transcript {
	return &transcript{ID: id, Lines: t.Lines()}
}

func (t *transcript) Render() app.UI {
	lines := make([]app.UI, len(t.Lines))
	for i, line := range t.Lines {
		if i < len(t.Lines)-1 {
			line += "\n"
		}
		class := "out"
		if strings.HasPrefix(line, pyrepl.PS1) || strings.HasPrefix(line, pyrepl.PS2) {
			class = "in"
		}
		lines[i] = h("span", class, line)
	}
	return h("pre", "pyrepl", lines).ID(t.ID)
}
