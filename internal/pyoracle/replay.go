//go:build !js

package pyoracle

import (
	"encoding/json"
	"strings"
	"testing"
)

// replayProgram plays the input lines of each transcript in a fresh
// interactive console, and writes back the session as CPython printed it,
// with tracebacks cut to the transcript format of docs/CONTRACT.md.
const replayProgram = `
import code, io, json, sys, traceback

class Console(code.InteractiveConsole):
    def showtraceback(self):
        typ, value, tb = sys.exc_info()
        last = traceback.format_exception_only(typ, value)[-1].rstrip("\n")
        self.write("Traceback (most recent call last):\n  ...\n" + last + "\n")

def replay(lines):
    console = Console(filename="<stdin>")
    out = []
    more = False
    for line in lines:
        if line.startswith(">>> ") or line == ">>>":
            src = line[4:]
        elif line.startswith("... ") or line == "...":
            src = line[4:]
        else:
            continue
        out.append(("... " if more else ">>> ") + src)
        buf = io.StringIO()
        old = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = buf
        try:
            more = console.push(src)
        finally:
            sys.stdout, sys.stderr = old
        text = buf.getvalue()
        if text:
            if text.endswith("\n"):
                text = text[:-1]
            out.extend(text.split("\n"))
    return out

for req in sys.stdin:
    lines = json.loads(req)
    print(json.dumps(replay(lines)), flush=True)
`

// Replayer replays transcripts in CPython.
type Replayer struct{ o *Oracle }

// NewReplayer starts one python3 process for all the replays of a test.
func NewReplayer(t testing.TB) *Replayer {
	return &Replayer{o: Start(t, replayProgram)}
}

// Replay returns each transcript as CPython prints it when its input lines
// are typed into a fresh interpreter, in the same order.
func (r *Replayer) Replay(t testing.TB, transcripts []string) []string {
	t.Helper()
	reqs := make([]any, len(transcripts))
	for i, tr := range transcripts {
		reqs[i] = strings.Split(tr, "\n")
	}
	got := make([]string, len(transcripts))
	err := r.o.AskAll(reqs, func(i int, line []byte) error {
		var lines []string
		if err := json.Unmarshal(line, &lines); err != nil {
			return err
		}
		got[i] = strings.Join(lines, "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// Check replays every transcript and reports each one that CPython prints
// differently, naming it by its key.
func (r *Replayer) Check(t testing.TB, transcripts map[string]string) {
	t.Helper()
	names := make([]string, 0, len(transcripts))
	texts := make([]string, 0, len(transcripts))
	for name, tr := range transcripts {
		names = append(names, name)
		texts = append(texts, tr)
	}
	for i, want := range r.Replay(t, texts) {
		if got := texts[i]; got != want {
			t.Errorf("%s: transcript differs from CPython\n--- app\n%s\n--- python3\n%s", names[i], got, want)
		}
	}
}
