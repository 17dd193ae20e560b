package addresses

import (
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/concepts"
	"netprimer/app/deck"
	"netprimer/app/netstat"
)

func TestQuiz(t *testing.T) {
	var w quiz
	w.nav(nil)
	row := func(port uint16) int {
		for i, r := range w.rows {
			if r.Port == port {
				return i
			}
		}
		t.Fatalf("no row %d", port)
		return -1
	}
	w.answer(row(25), "smtp")
	w.answer(row(110), "Mail")
	w.answer(row(80), "")
	r25, r110, r80 := w.rows[row(25)], w.rows[row(110)], w.rows[row(80)]
	if r25.fb.Verdict != concepts.Correct || r25.py == nil || w.right() != 1 {
		t.Errorf("smtp for 25: %v", r25.fb.Verdict)
	}
	if r110.fb.Verdict != concepts.Close || r110.py == nil {
		t.Errorf("Mail for 110: %v", r110.fb.Verdict)
	}
	if r80.fb.Verdict != concepts.Invalid || r80.py != nil {
		t.Errorf("nothing for 80: %v, session %v", r80.fb.Verdict, r80.py != nil)
	}
	// The same direction keeps the answers.
	w.nav(url.Values{"line": {"3"}})
	if w.right() != 1 {
		t.Errorf("another widget's navigation lost the answers")
	}
	w.nav(url.Values{"ask": {"port"}})
	if !w.askPort || w.given(w.rows[row(25)]) != "SMTP (Mail)" || w.right() != 0 {
		t.Fatalf("ask=port: %+v", w.rows[row(25)])
	}
	w.answer(row(443), "443")
	w.answer(row(22), "23")
	if w.rows[row(443)].fb.Verdict != concepts.Correct || w.rows[row(22)].fb.Verdict != concepts.Wrong {
		t.Errorf("ports: %v, %v", w.rows[row(443)].fb.Verdict, w.rows[row(22)].fb.Verdict)
	}
	for i, r := range w.rows {
		w.answer(i, strconv.Itoa(int(r.Port)))
	}
	if w.right() != len(w.rows) {
		t.Errorf("all answered right: %d of %d", w.right(), len(w.rows))
	}
}

func TestTuples(t *testing.T) {
	w := newTuples()
	if w.all() || len(w.pairs) != 3 {
		t.Fatalf("fresh quiz: %+v", w)
	}
	w.answer(0, false)
	// Examples 1 and 2 differ in the client's port: that cell is marked in both rows.
	p := w.pairs[0]
	for side := range p.cells {
		var marked []string
		for _, c := range p.cells[side] {
			if c.diff {
				marked = append(marked, c.text)
			}
		}
		if len(marked) != 1 || marked[0] != []string{"59664", "59665"}[side] {
			t.Errorf("pair 1-2, side %d: marked %v", side, marked)
		}
	}
	lines := w.py.Lines()
	if got := strings.Join(lines[len(lines)-4:], "\n"); got != ">>> c1 == c2\nFalse\n>>> c1[0][1], c2[0][1]\n(59664, 59665)" {
		t.Errorf("session ends\n%s", got)
	}
	w.answer(1, true)
	w.answer(2, true)
	if !w.all() {
		t.Error("all answered, no answer shown")
	}
}

func TestDeckLines(t *testing.T) {
	lines, sockets := deckSockets()
	w := deckLinesOf(nil, lines, sockets)
	var text []string
	for _, l := range w.lines {
		text = append(text, l.Text)
	}
	if strings.Join(text, "\n") != deck.DeckNetstat {
		t.Error("the lines explained are not the deck's example")
	}
	if w.sel != len(w.lines)-1 || len(w.socket) != 1 || w.socket[0].tuple != "(114.71.220.46, 22), (114.71.220.95, 59664)" {
		t.Errorf("default line: sel %d, socket %+v", w.sel, w.socket)
	}
	w = deckLinesOf(url.Values{"line": {"2"}}, lines, sockets)
	if w.sel != 1 || len(w.socket) != 0 {
		t.Errorf("line=2 (a title): sel %d, socket %+v", w.sel, w.socket)
	}
	w = deckLinesOf(url.Values{"line": {"5"}}, lines, sockets)
	if len(w.socket) != 1 || w.socket[0].tuple != "" || w.socket[0].local != "*:ssh" || w.socket[0].state != "LISTEN" {
		t.Errorf("line=5 (ssh listening): %+v", w.socket)
	}
}

func TestPaste(t *testing.T) {
	if w := readPaste(""); w.read {
		t.Error("an empty paste reads as something")
	}
	w := readPaste(deck.DeckNetstat)
	if !w.read || w.found != 7 || w.skips != 3 || w.lines != 10 || w.format.En != "Linux (net-tools)" {
		t.Errorf("deck example: %d sockets, %d skipped, %d lines, %v", w.found, w.skips, w.lines, w.format)
	}
	// Nothing of netstat: every line is shown as skipped, none breaks.
	w = readPaste("hello\n\x00\xff garbage\n" + strings.Repeat("x", 5000))
	if w.found != 0 || len(w.skipped) != 3 || w.skipped[0].reason != "unparseable" {
		t.Errorf("garbage: %d sockets, %+v", w.found, w.skipped)
	}
	// A paste far too long is cut, and only the first sockets are shown.
	big := strings.Repeat("tcp        0      0 10.0.0.1:22       10.0.0.2:50000    ESTABLISHED\n", netstat.MaxLines+50)
	w = readPaste(big)
	if !w.truncated || !w.more() || len(w.sockets) != pasteShown || w.found != netstat.MaxLines {
		t.Errorf("long paste: truncated %v, more %v, shown %d, read %d", w.truncated, w.more(), len(w.sockets), w.found)
	}
	ko := "활성 연결\n\n  프로토콜  로컬 주소              외부 주소              상태\n  TCP    192.168.0.21:52350     198.51.100.77:443      ESTABLISHED\n"
	w = readPaste(ko)
	if !w.korean || w.found != 1 || w.sockets[0].tuple != "(192.168.0.21, 52350), (198.51.100.77, 443)" {
		t.Errorf("Korean Windows: %+v", w)
	}
}

func TestDecodeConn(t *testing.T) {
	ok := `{"client": {"ip": "203.0.113.7", "port": 51234}, "server": {"ip": "198.51.100.1", "port": 8000}, "proto": "tcp"}`
	cases := []struct {
		name      string
		reachable bool
		status    int
		body      string
		want      string // the connection as the deck writes it, or the start of the English problem
	}{
		{"answer", true, 200, ok, "(203.0.113.7, 51234), (198.51.100.1, 8000)"},
		{"not offered", true, 404, `{"error":"not found"}`, "This server does not offer"},
		{"overloaded", true, 503, "", "This server does not offer connection information (/api/v1/connection, HTTP 503)"},
		{"unreachable", false, 0, "", "The server cannot be reached"},
		{"not JSON", true, 200, `<html>`, "The server's answer cannot be read"},
		{"no client", true, 200, `{"server": {"ip": "1.2.3.4", "port": 1}}`, "The server's answer cannot be read"},
		{"bad port", true, 200, strings.Replace(ok, "51234", "70000", 1), "The server's answer cannot be read"},
		// Behind a proxy that gives no port, the client's port is 0.
		{"forwarded", true, 200, `{"client": {"ip": "203.0.113.7", "port": 0}, "server": {"ip": "10.0.0.2", "port": 8000}, "proto": "tcp", "forwarded": true}`,
			"(203.0.113.7, 0), (10.0.0.2, 8000)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := decodeConn(c.reachable, c.status, []byte(c.body))
			got := d.problem.En
			if d.ok() {
				got = d.conn.String()
				if d.problem.Ko != "" || d.problem.En != "" {
					t.Error("a connection with a problem")
				}
			} else if d.problem.Ko == "" {
				t.Error("a problem without Korean")
			}
			if !strings.HasPrefix(got, c.want) {
				t.Errorf("got %q, want %q…", got, c.want)
			}
			if d.forwarded != (c.name == "forwarded") {
				t.Errorf("forwarded %v", d.forwarded)
			}
		})
	}
}

// TestModelInvariants checks, for every URL the widgets can be given:
// their models are functions of the URL, and the URL they write back
// opens the same models.
func TestModelInvariants(t *testing.T) {
	lines, sockets := deckSockets()
	var queries []url.Values
	for _, ask := range []string{"", "port", "service", "PORT", "x"} {
		queries = append(queries, url.Values{"ask": {ask}})
	}
	for n := -2; n <= len(lines)+2; n++ {
		queries = append(queries, url.Values{"line": {strconv.Itoa(n)}})
	}
	queries = append(queries, nil, url.Values{"line": {"x", "3"}}, url.Values{"ask": {"port"}, "line": {"4"}})
	for _, q := range queries {
		var a, b quiz
		a.nav(q)
		b.nav(q)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%v: the quiz is not a function of the URL", q)
		}
		var back quiz
		back.nav(a.query())
		if !reflect.DeepEqual(back, a) {
			t.Errorf("%v: the quiz (ask port %v) writes %v, which opens ask port %v", q, a.askPort, a.query(), back.askPort)
		}
		d := deckLinesOf(q, lines, sockets)
		if !reflect.DeepEqual(d, deckLinesOf(q, lines, sockets)) {
			t.Errorf("%v: the deck's line is not a function of the URL", q)
		}
		if back := deckLinesOf(d.query(), lines, sockets); !reflect.DeepEqual(back, d) {
			t.Errorf("%v: line %d writes %v, which opens line %d", q, d.sel, d.query(), back.sel)
		}
		if d.sel < 0 || d.sel >= len(lines) {
			t.Errorf("%v: line %d out of range", q, d.sel)
		}
	}
}
