package pyrepl

import "strings"

// Prompts of CPython's interactive interpreter (sys.ps1 and sys.ps2).
const (
	PS1 = ">>> "
	PS2 = "... "
)

// Transcript builds an interactive Python session as CPython 3.11 prints it.
// Input lines start with PS1 or PS2; every other line is output. The zero
// Transcript is an empty session, ready to use.
type Transcript struct {
	lines []string
}

// Session returns a transcript that starts with "import m" for each module.
func Session(modules ...string) *Transcript {
	t := &Transcript{}
	for _, m := range modules {
		t.In("import " + m)
	}
	return t
}

// In adds one statement typed at the prompt. A statement of several lines
// (a for loop, say) continues with PS2 lines and, as in the real
// interpreter, ends with an empty PS2 line that closes the block.
func (t *Transcript) In(code string) *Transcript {
	lines := strings.Split(code, "\n")
	t.lines = append(t.lines, PS1+lines[0])
	for _, l := range lines[1:] {
		t.lines = append(t.lines, PS2+l)
	}
	if len(lines) > 1 || strings.HasSuffix(strings.TrimSpace(lines[0]), ":") {
		t.lines = append(t.lines, PS2)
	}
	return t
}

// Out adds what the interpreter printed; text may hold several lines.
func (t *Transcript) Out(text string) *Transcript {
	t.lines = append(t.lines, strings.Split(text, "\n")...)
	return t
}

// Eval adds an expression and its repr, as the interpreter echoes it.
func (t *Transcript) Eval(expr, repr string) *Transcript {
	return t.In(expr).Out(repr)
}

// Raise adds an uncaught exception as the transcript format shows it: the
// traceback header, an elided stack, and CPython's last line "type: message"
// (or only "type" when the message is empty).
func (t *Transcript) Raise(excType, message string) *Transcript {
	last := excType
	if message != "" {
		last += ": " + message
	}
	t.lines = append(t.lines, "Traceback (most recent call last):", "  ...", last)
	return t
}

// Lines returns a copy of the session's lines.
func (t *Transcript) Lines() []string {
	return append([]string(nil), t.lines...)
}

// String returns the session as text, one line per line, without a final
// newline.
func (t *Transcript) String() string {
	return strings.Join(t.lines, "\n")
}
