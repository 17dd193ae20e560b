package kit

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/pyrepl"
)

// Transcript shows a Python session in a pre.pyrepl, input lines marked so
// that they stand out. Its text is exactly the session: a student can copy
// the >>> lines into python3 and see the same output.
type Transcript struct {
	app.Compo
	Lines []string
	ID    string // id of the pre, for links and tests
}

// NewTranscript returns the transcript of t, with the given id.
func NewTranscript(id string, t *pyrepl.Transcript) *Transcript {
	return &Transcript{ID: id, Lines: t.Lines()}
}

func (t *Transcript) Render() app.UI {
	lines := make([]app.UI, len(t.Lines))
	for i, line := range t.Lines {
		if i < len(t.Lines)-1 {
			line += "\n"
		}
		class := "out"
		if strings.HasPrefix(line, pyrepl.PS1) || strings.HasPrefix(line, pyrepl.PS2) {
			class = "in"
		}
		lines[i] = H(noLang, "span."+class, line)
	}
	// A long session scrolls: it is a Tab stop, so that the keyboard
	// scrolls it too. What CPython prints is English, on a Korean page
	// too.
	return H(noLang, "pre.pyrepl#"+t.ID, lines).TabIndex(0).Lang("en")
}
