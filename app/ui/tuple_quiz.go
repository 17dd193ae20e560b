package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit"
)

// tupleQuiz is the deck's question, "are these three connections the
// same?", one pair at a time: the student answers same or different, and
// the answer is checked and explained, with the values that differ marked
// and the Python session that compares the tuples.
type tupleQuiz struct {
	Conns [3]concepts.Conn
	Pairs []pairRow
	All   bool // every pair is answered: the deck's answer shows
	Py    app.UI
}

// pairRow is a pair of the deck's connections, as shown.
type pairRow struct {
	I, J     int // indexes into concepts.DeckConns
	N1, N2   int // the examples' numbers, from 1
	Answered bool
	Fb       concepts.Feedback
	Class    string
	Conns    [2][]tupleCell // the two connections' values, those that differ marked once answered
}

// tupleCell is a value of a connection.
type tupleCell struct {
	Text, Class string
	_           kit.NoCompare
}

// tuplePairs are the pairs of the deck's three connections, in the order
// the quiz asks them.
var tuplePairs = [...][2]int{{0, 1}, {0, 2}, {1, 2}}

func (w *tupleQuiz) reset() {
	w.Conns, w.Pairs = concepts.DeckConns(), nil
	for _, p := range tuplePairs {
		w.Pairs = append(w.Pairs, pairRow{I: p[0], J: p[1], N1: p[0] + 1, N2: p[1] + 1})
	}
	w.derive()
}

// derive marks the answered pairs' differences and writes the session.
func (w *tupleQuiz) derive() {
	conns := w.Conns
	t := pyrepl.Session()
	w.All = true
	for i, c := range conns {
		t.In("c" + strconv.Itoa(i+1) + " = " + connRepr(c))
	}
	for k := range w.Pairs {
		p := &w.Pairs[k]
		w.All = w.All && p.Answered
		a, b := conns[p.I], conns[p.J]
		cmp := concepts.Compare(a, b)
		differs := map[concepts.Part]bool{}
		if p.Answered {
			for _, d := range cmp.Differ {
				differs[d] = true
			}
			ca, cb := "c"+strconv.Itoa(p.I+1), "c"+strconv.Itoa(p.J+1)
			t.Eval(ca+" == "+cb, pyrepl.Bool(a == b))
			for _, d := range cmp.Differ {
				idx := partIndex(d)
				t.Eval(ca+idx+", "+cb+idx, pyrepl.Tuple(partRepr(a, d), partRepr(b, d)))
			}
		}
		for side, c := range [2]concepts.Conn{a, b} {
			p.Conns[side] = nil
			for part := concepts.HostA; part <= concepts.PortB; part++ {
				class := ""
				if differs[part] {
					class = "diff"
				}
				p.Conns[side] = append(p.Conns[side], tupleCell{Text: partText(c, part), Class: class})
			}
		}
	}
	w.Py = kit.NewTranscript("tuples-py", t)
}

// connRepr is the connection as a Python tuple of two (host, port) pairs.
func connRepr(c concepts.Conn) string {
	return pyrepl.Tuple(pyrepl.Tuple(partRepr(c, concepts.HostA), partRepr(c, concepts.PortA)),
		pyrepl.Tuple(partRepr(c, concepts.HostB), partRepr(c, concepts.PortB)))
}

// partIndex is how Python indexes a part of such a tuple: "[0][1]" for
// the first node's port.
func partIndex(p concepts.Part) string {
	return "[" + strconv.Itoa(int(p)/2) + "][" + strconv.Itoa(int(p)%2) + "]"
}

func partText(c concepts.Conn, p concepts.Part) string {
	n := c.A
	if p >= concepts.HostB {
		n = c.B
	}
	if p == concepts.HostA || p == concepts.HostB {
		return n.Host
	}
	return strconv.Itoa(int(n.Port))
}

func partRepr(c concepts.Conn, p concepts.Part) string {
	if p == concepts.HostA || p == concepts.HostB {
		return pyrepl.Str(partText(c, p))
	}
	return partText(c, p)
}

func (w *tupleQuiz) click(ctx app.Context, e app.Event) {
	k := kit.DataInt(ctx, "i")
	if k < 0 || k >= len(w.Pairs) {
		return
	}
	p := &w.Pairs[k]
	p.Answered = true
	p.Fb = concepts.CheckSame(p.I, p.J, kit.Act(ctx) == "same")
	p.Class = kit.VerdictClass(p.Fb.Verdict)
	w.derive()
}

func (w *tupleQuiz) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.click, vals: []any{w, concepts.DeckQuestion, concepts.DeckAnswer}}.ui(tupleTpl)
}

var tupleTpl = tpl(`
section.widget#tuples
  h2 "네트워크 연결: 4-tuple" "Network connections: the 4-tuple"
  p "네트워크 연결은 양 끝단 노드의 주소, 즉 (host, port)의 쌍으로 나타냅니다: (114.71.220.95, 59664), (www.python.org, 80). 1개의 연결은 송신 노드의 IP와 포트 번호, 수신 노드의 IP와 포트 번호, 이 네 값으로 구별합니다." "A network connection is written as the addresses of its two end nodes, a pair of (host, port): (114.71.220.95, 59664), (www.python.org, 80). One connection is told apart by four values: the sending node's IP and port number, and the receiving node's IP and port number."
  p
    strong "Q. " =$2
  ol.conns *$1.Conns
    li
      code =.
  ol.pairs *$1.Pairs
    li.pair id=pair-{#}
      div.pair-q
        strong
          - "예" "Example "
          - =N1
          - " ↔ 예" " ↔ example "
          - =N2
        button.secondary @click data-act=same data-i={#} "같은 연결" "Same connection"
        button.secondary @click data-act=different data-i={#} "다른 연결" "Different connections"
      div.pair-a ?Answered
        div.tuple-cells *Conns
          div.cells *.
            span class="cell {Class}" =Text
        p class="verdict {Class}" data-verdict={Fb.Verdict} =Fb.Explain
  p.ok#tuples-answer ?$1.All =$3
  - =$1.Py
`)
