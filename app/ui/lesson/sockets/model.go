package sockets

import (
	"net/url"
	"strconv"
	"strings"

	"netprimer/app/concepts"
	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
)

// The lesson's state, computed with the pure packages: nothing here
// touches go-app. A sequence is made from the query (sequenceOf) and
// writes its part of it back (query), so that a link reopens the step.

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()

// sequence is a sequence diagram of socket calls, TCP's or UDP's, after
// its first n steps: each step shows who acts, the line of Python, what
// goes on the wire, the call's result and the TCP states, and the session
// of one interpreter grows with it.
//
// URL: tcp=0… or udp=0…, the number of steps done.
type sequence struct {
	proto    string // "tcp" or "udp", also the URL parameter
	transfer concepts.Transfer
	steps    []concepts.Step
	n        int

	rows []seqRow      // the steps done
	cur  concepts.Step // the last step done; the zero Step for none
	call concepts.Call // its socket function
	py   *pyrepl.Transcript
}

// seqRow is a step as the diagram shows it.
type seqRow struct {
	sides [2]seqSide // client, server
	arrow string     // what goes on the wire, with its direction
	_     noCompare
}

// seqSide is one side's part of a step.
type seqSide struct {
	concepts.Step
	acts    bool
	os      bool // the OS acts, not the program
	returns bool // a call that waited returns
	state   string
	_       noCompare
}

// sideNames are the names of the client and the server.
var sideNames = [2]i18n.T{{Ko: "클라이언트", En: "Client"}, {Ko: "서버", En: "Server"}}

// sequenceOf returns the sequence at the step q asks for.
func sequenceOf(q url.Values, proto string, t concepts.Transfer, steps []concepts.Step) sequence {
	return sequenceAt(param.Int(q, proto, 0, len(steps), 0), proto, t, steps)
}

// sequenceAt returns the sequence after its first n steps.
func sequenceAt(n int, proto string, t concepts.Transfer, steps []concepts.Step) sequence {
	m := sequence{proto: proto, transfer: t, steps: steps, n: n}
	if n > 0 {
		m.cur = steps[n-1]
		for _, c := range concepts.Calls() {
			if c.Name == m.cur.Call {
				m.call = c
			}
		}
	}
	waiting := map[concepts.Side]string{} // the result of a call that waits, by side
	for _, st := range steps[:n] {
		var r seqRow
		for i, side := range [2]concepts.Side{concepts.Client, concepts.Server} {
			acts := st.Side == side
			c := seqSide{Step: st, acts: acts, os: acts && st.Call == "", returns: acts && st.Call != "" && st.Code == "",
				state: st.ClientState}
			if i == 1 {
				c.state = st.ServerState
			}
			switch {
			case acts && st.Blocks:
				// The result shows when the call returns, not when it starts.
				waiting[side], c.Result = st.Result, ""
			case c.returns && c.Result == "":
				c.Result = waiting[side]
			}
			r.sides[i] = c
		}
		if st.Sends != "" {
			r.arrow = st.Sends + " →"
			if st.Side == concepts.Server {
				r.arrow = "← " + st.Sends
			}
		}
		m.rows = append(m.rows, r)
	}
	m.py = seqSession(steps, n)
	return m
}

func (m sequence) query() url.Values { return url.Values{m.proto: {strconv.Itoa(m.n)}} }

func (m sequence) atStart() bool { return m.n == 0 }
func (m sequence) atEnd() bool   { return m.n == len(m.steps) }

// count says where the sequence is: "6 / 10".
func (m sequence) count() string { return strconv.Itoa(m.n) + " / " + strconv.Itoa(len(m.steps)) }

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

// moduleRow is a row of the deck's table of Python's network modules,
// with the course's lessons that use the module.
type moduleRow struct {
	concepts.Module
	lessons []deck.Lesson
}

func moduleRows() []moduleRow {
	var rows []moduleRow
	for _, m := range concepts.Modules() {
		r := moduleRow{Module: m}
		for _, path := range m.Routes {
			if l, ok := deck.Find(path); ok {
				r.lessons = append(r.lessons, l)
			}
		}
		rows = append(rows, r)
	}
	return rows
}
