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
	rs := runs(t.Lines)
	spans := make([]app.UI, len(rs))
	for i, r := range rs {
		spans[i] = H(noLang, "span."+r.class, r.text)
	}
	// A long session scrolls: it is a Tab stop, so that the keyboard
	// scrolls it too. What CPython prints is English, on a Korean page
	// too.
	return H(noLang, "pre.pyrepl#"+t.ID, spans).TabIndex(0).Lang("en")
}

// run is lines of one kind in a row, "in" (>>> and ... lines) or "out",
// joined by newlines, with the newline that ends the last one unless it
// ends the session.
type run struct{ class, text string }

// runs groups a session's lines by kind: a hosts() loop's output is one
// text, which a keystroke changes in place, rather than a span per line,
// hundreds of which it would make or remove.
func runs(lines []string) []run {
	var out []run
	for start := 0; start < len(lines); {
		class := kindOf(lines[start])
		end := start + 1
		for end < len(lines) && kindOf(lines[end]) == class {
			end++
		}
		text := strings.Join(lines[start:end], "\n")
		if end < len(lines) {
			text += "\n"
		}
		out = append(out, run{class, text})
		start = end
	}
	return out
}

// kindOf is a session line's kind: "in" for what was typed, "out" for
// what CPython printed.
func kindOf(line string) string {
	if strings.HasPrefix(line, pyrepl.PS1) || strings.HasPrefix(line, pyrepl.PS2) {
		return "in"
	}
	return "out"
}
