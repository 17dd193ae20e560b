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
	// Lines of one kind in a row share a span: a hosts() loop's output
	// is one text, which a keystroke changes in place, rather than a span
	// per line, hundreds of which it would make or remove.
	var runs []app.UI
	var run strings.Builder
	runClass := ""
	for i, line := range t.Lines {
		class := "out"
		if strings.HasPrefix(line, pyrepl.PS1) || strings.HasPrefix(line, pyrepl.PS2) {
			class = "in"
		}
		if class != runClass && run.Len() > 0 {
			runs = append(runs, H(noLang, "span."+runClass, run.String()))
			run.Reset()
		}
		runClass = class
		run.WriteString(line)
		if i < len(t.Lines)-1 {
			run.WriteByte('\n')
		}
	}
	if run.Len() > 0 || len(t.Lines) > 0 {
		runs = append(runs, H(noLang, "span."+runClass, run.String()))
	}
	// A long session scrolls: it is a Tab stop, so that the keyboard
	// scrolls it too. What CPython prints is English, on a Korean page
	// too.
	return H(noLang, "pre.pyrepl#"+t.ID, runs).TabIndex(0).Lang("en")
}
