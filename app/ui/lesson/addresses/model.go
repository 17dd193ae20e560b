package addresses

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	"netprimer/app/api"
	"netprimer/app/concepts"
	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/netstat"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit/param"
)

// The lesson's state, computed with the pure packages: nothing here
// touches go-app. The widgets with a URL (the ports quiz's direction, the
// deck's netstat line) are made from the query and write their part of it
// back (query), so that a link reopens what the student sees.

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()

// quiz is the deck's table of well-known ports as a self-check: the
// student names the service of each port, or the port of each service.
//
// URL: ask=port to ask for the ports (the default asks for the services).
type quiz struct {
	askPort bool
	rows    []portRow
}

// portRow is a row of the quiz: the port, what the student answered, and
// the Python session that looks it up both ways once answered.
type portRow struct {
	concepts.WellKnownPort
	fb concepts.Feedback
	py []string // the session's lines; nil until answered
}

func newQuiz(askPort bool) quiz {
	m := quiz{askPort: askPort}
	for _, p := range concepts.WellKnownPorts() {
		m.rows = append(m.rows, portRow{WellKnownPort: p})
	}
	return m
}

// nav follows the URL: a new direction starts the quiz again; the same
// one keeps the answers.
func (m *quiz) nav(q url.Values) {
	if ask := q.Get("ask") == "port"; ask != m.askPort || m.rows == nil {
		*m = newQuiz(ask)
	}
}

func (m quiz) query() url.Values {
	v := ""
	if m.askPort {
		v = "port"
	}
	return url.Values{"ask": {v}}
}

// given is what row r shows: the port, or the service.
func (m quiz) given(r portRow) string {
	if m.askPort {
		return r.Label
	}
	return strconv.Itoa(int(r.Port))
}

// answer checks the answer to row i.
func (m *quiz) answer(i int, answer string) {
	r := &m.rows[i]
	if m.askPort {
		r.fb = concepts.CheckPort(r.Service, answer)
	} else {
		r.fb = concepts.CheckService(r.Port, answer)
	}
	r.py = nil
	if r.fb.Verdict != concepts.Invalid {
		r.py = strings.Split(r.Python(), "\n")
	}
}

// right counts the rows answered right.
func (m quiz) right() int {
	n := 0
	for _, r := range m.rows {
		if r.fb.Verdict == concepts.Correct {
			n++
		}
	}
	return n
}

// socketRow is a socket line of netstat as the lessons show it: the line,
// its parts, its 4-tuple and what it means.
type socketRow struct {
	line                               int
	text, proto, local, foreign, state string
	tuple                              string // as the deck writes it; "" for a socket with no foreign end
	describe, role, stateWhy           i18n.T
	_                                  noCompare
}

func newSocketRow(r netstat.Report, c netstat.Connection) socketRow {
	row := socketRow{line: c.Line, text: c.Text, proto: c.Proto, local: c.Local.String(), foreign: c.Foreign.String(),
		state: c.StateText, describe: r.Describe(c), role: c.ExplainRole(), stateWhy: c.State.Explain()}
	if t, ok := c.Tuple(); ok {
		row.tuple = t.String()
	}
	return row
}

// skipRow is a line that is not a socket, and why.
type skipRow struct {
	line         int
	text, reason string
	why          i18n.T
	_            noCompare
}

// deckLines explains the deck's netstat -a example line by line: the
// student picks a line and reads what it says, with the socket the parser
// finds in it.
//
// URL: line=1…10 (the default is the last line, the one the deck
// explains).
type deckLines struct {
	lines  []concepts.NetstatLine
	sel    int         // index into lines
	socket []socketRow // the socket on the line, if any
}

// deckSockets are the sockets of the deck's example, as the parser reads
// them, and its lines.
func deckSockets() ([]concepts.NetstatLine, []socketRow) {
	lines := concepts.DeckNetstat()
	var text []string
	for _, l := range lines {
		text = append(text, l.Text)
	}
	r := netstat.ParseString(strings.Join(text, "\n"))
	var rows []socketRow
	for _, c := range r.Connections {
		rows = append(rows, newSocketRow(r, c))
	}
	return lines, rows
}

// deckLinesOf returns the example at the line q asks for; lines and
// sockets are deckSockets', computed once by the page.
func deckLinesOf(q url.Values, lines []concepts.NetstatLine, sockets []socketRow) deckLines {
	return deckLinesAt(param.Int(q, "line", 1, len(lines), len(lines))-1, lines, sockets)
}

func deckLinesAt(i int, lines []concepts.NetstatLine, sockets []socketRow) deckLines {
	m := deckLines{lines: lines, sel: i}
	for _, r := range sockets {
		if r.line == i+1 {
			m.socket = []socketRow{r}
		}
	}
	return m
}

func (m deckLines) query() url.Values { return url.Values{"line": {strconv.Itoa(m.sel + 1)}} }

// paste is what a student pastes from their own netstat -a, read: each
// socket with its 4-tuple, and the lines that are not sockets with the
// reason they were skipped. It stays in the page: it is too long for a
// URL.
type paste struct {
	read      bool // something was pasted
	format    i18n.T
	korean    bool
	lines     int // lines read
	sockets   []socketRow
	skipped   []skipRow
	found     int  // sockets found, of which sockets shows the first pasteShown
	skips     int  // lines skipped, likewise
	truncated bool // the paste was cut
}

// pasteShown is how many sockets, and how many skipped lines, the page
// shows of a paste: a whole server's netstat is thousands of lines.
const pasteShown = 200

func readPaste(text string) paste {
	r := netstat.ParseString(text)
	m := paste{read: r.Lines > 0, format: r.Format.Name(), korean: r.Korean, truncated: r.Truncated,
		lines: r.Lines, found: len(r.Connections), skips: len(r.Skipped)}
	for _, c := range r.Connections[:min(len(r.Connections), pasteShown)] {
		m.sockets = append(m.sockets, newSocketRow(r, c))
	}
	for _, s := range r.Skipped[:min(len(r.Skipped), pasteShown)] {
		m.skipped = append(m.skipped, skipRow{line: s.Line, text: s.Text, reason: s.Reason.String(), why: s.Reason.Explain()})
	}
	return m
}

// more reports that there are more sockets or skipped lines than shown.
func (m paste) more() bool { return m.found > pasteShown || m.skips > pasteShown }

// tuples is the deck's question, "are these three connections the
// same?", one pair at a time: answered pairs show the values that differ,
// and the Python session that compares the tuples grows with them.
type tuples struct {
	conns [3]concepts.Conn
	pairs []pair
	py    *pyrepl.Transcript
}

// pair is a pair of the deck's connections, as shown.
type pair struct {
	i, j     int // indexes into conns
	answered bool
	fb       concepts.Feedback
	cells    [2][]tupleCell // the two connections' values, those that differ marked once answered
}

// tupleCell is a value of a connection.
type tupleCell struct {
	text string
	diff bool
	_    noCompare
}

// tuplePairs are the pairs of the deck's three connections, in the order
// the quiz asks them.
var tuplePairs = [...][2]int{{0, 1}, {0, 2}, {1, 2}}

func newTuples() tuples {
	m := tuples{conns: concepts.DeckConns()}
	for _, p := range tuplePairs {
		m.pairs = append(m.pairs, pair{i: p[0], j: p[1]})
	}
	m.derive()
	return m
}

// answer takes "same" or "different connections" for pair k.
func (m *tuples) answer(k int, same bool) {
	p := &m.pairs[k]
	p.answered, p.fb = true, concepts.CheckSame(p.i, p.j, same)
	m.derive()
}

// all reports that every pair is answered: the deck's answer shows.
func (m tuples) all() bool {
	for _, p := range m.pairs {
		if !p.answered {
			return false
		}
	}
	return true
}

// derive marks the answered pairs' differences and writes the session.
func (m *tuples) derive() {
	t := pyrepl.Session()
	for i, c := range m.conns {
		t.In("c" + strconv.Itoa(i+1) + " = " + connRepr(c))
	}
	for k := range m.pairs {
		p := &m.pairs[k]
		a, b := m.conns[p.i], m.conns[p.j]
		cmp := concepts.Compare(a, b)
		differs := map[concepts.Part]bool{}
		if p.answered {
			for _, d := range cmp.Differ {
				differs[d] = true
			}
			ca, cb := "c"+strconv.Itoa(p.i+1), "c"+strconv.Itoa(p.j+1)
			t.Eval(ca+" == "+cb, pyrepl.Bool(a == b))
			for _, d := range cmp.Differ {
				idx := partIndex(d)
				t.Eval(ca+idx+", "+cb+idx, pyrepl.Tuple(partRepr(a, d), partRepr(b, d)))
			}
		}
		for side, c := range [2]concepts.Conn{a, b} {
			p.cells[side] = nil
			for part := concepts.HostA; part <= concepts.PortB; part++ {
				p.cells[side] = append(p.cells[side], tupleCell{text: partText(c, part), diff: differs[part]})
			}
		}
	}
	m.py = t
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

// connection is the student's own connection as the server sees it (GET
// /api/v1/connection), or why there is none.
type connection struct {
	conn      concepts.Conn
	proto     string
	forwarded bool   // the client's address came through a proxy
	problem   i18n.T // why there is no connection to show; zero when there is one
}

// decodeConn reads the server's answer to GET /api/v1/connection: its
// status and body, or, when reachable is false, no answer at all.
func decodeConn(reachable bool, status int, body []byte) connection {
	switch {
	case !reachable:
		return connection{problem: i18n.T{
			Ko: "서버에 연결할 수 없습니다: 오프라인이거나 서버가 꺼져 있습니다. 내 연결의 4-tuple은 서버가 있어야 볼 수 있습니다.",
			En: "The server cannot be reached: you are offline or the server is down. Your connection's 4-tuple can only be seen with the server.",
		}}
	case status != 200:
		s := strconv.Itoa(status)
		return connection{problem: i18n.T{
			Ko: "이 서버는 연결 정보(" + api.ConnectionPath + ")를 제공하지 않습니다 (HTTP " + s + ").",
			En: "This server does not offer connection information (" + api.ConnectionPath + ", HTTP " + s + ").",
		}}
	}
	var a api.Connection
	if err := json.Unmarshal(body, &a); err != nil || a.Client.IP == "" || a.Server.IP == "" ||
		a.Client.Port < 0 || a.Client.Port > 65535 || a.Server.Port < 0 || a.Server.Port > 65535 {
		return connection{problem: i18n.T{Ko: "서버의 답을 읽을 수 없습니다.", En: "The server's answer cannot be read."}}
	}
	return connection{
		conn: concepts.Conn{A: concepts.Node{Host: a.Client.IP, Port: uint16(a.Client.Port)},
			B: concepts.Node{Host: a.Server.IP, Port: uint16(a.Server.Port)}},
		proto: a.Proto, forwarded: a.Forwarded,
	}
}

// ok reports that c is a connection: the zero connection, before any
// answer, is not.
func (c connection) ok() bool { return c.conn.A.Host != "" }

// deckExample is the deck's netstat -a example, for the paste box's
// button.
const deckExample = deck.DeckNetstat
