package ui

import (
	"strings"

	"netprimer/app/concepts"
	"netprimer/app/pyrepl"
)

// seqSession is the Python session of the first n steps of a sequence,
// both sides typed into one interpreter in turn, so that a student can
// paste it into python3 and see the same results. Two things differ from
// the two programs of the diagram, and only so that one interpreter can
// run them: the server binds a free port of 127.0.0.1 (port 0, chosen by
// the OS) and the client asks the server's socket for it, instead of the
// fixed port 50007 that another program might hold; and a call that would
// wait for the other side (accept, recvfrom) is typed once the other side
// has acted, at the step where the diagram shows its result.
func seqSession(steps []concepts.Step, n int) *pyrepl.Transcript {
	t := pyrepl.Session("socket")
	waiting := map[concepts.Side]concepts.Step{}
	for i, st := range steps[:n] {
		if st.Code == "" {
			if w, ok := waiting[st.Side]; ok && w.Call == st.Call {
				delete(waiting, st.Side)
				seqLine(t, w)
			}
			continue
		}
		if st.Blocks && returnsLater(steps[i+1:], st) {
			waiting[st.Side] = st
			continue
		}
		seqLine(t, st)
	}
	return t
}

// returnsLater reports whether a later step of the same side shows the
// blocking call st return.
func returnsLater(later []concepts.Step, st concepts.Step) bool {
	for _, l := range later {
		if l.Side == st.Side && l.Call == st.Call && l.Code == "" {
			return true
		}
	}
	return false
}

// oneProcess rewrites the addresses of the diagram's programs for one
// interpreter.
func oneProcess(code string) string {
	code = strings.ReplaceAll(code, "('', 50007)", "('127.0.0.1', 0)")
	return strings.ReplaceAll(code, "('localhost', 50007)", "s.getsockname()")
}

// seqLine types a step's code, and what it gives back.
func seqLine(t *pyrepl.Transcript, st concepts.Step) {
	code := oneProcess(st.Code)
	names, _, assigns := strings.Cut(code, " = ")
	switch {
	case assigns:
		t.In(code)
		first, _, _ := strings.Cut(names, ",")
		if st.Result != "" {
			t.Eval(first, st.Result)
		}
		if strings.HasSuffix(names, ", addr") {
			// The other end's port, as the OS of the client picked it.
			t.Eval("addr[1] == c.getsockname()[1]", pyrepl.Bool(true))
		}
	case st.Result != "":
		t.Eval(code, st.Result)
	default:
		t.In(code)
	}
}
