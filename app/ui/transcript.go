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
	return app.Pre().Class("pyrepl").ID(t.ID).Body(
		app.Range(t.Lines).Slice(func(i int) app.UI {
			line := t.Lines[i]
			if i < len(t.Lines)-1 {
				line += "\n"
			}
			class := "out"
			if strings.HasPrefix(line, pyrepl.PS1) || strings.HasPrefix(line, pyrepl.PS2) {
				class = "in"
			}
			return app.Span().Class(class).Text(line)
		}),
	)
}
