package ui

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/concepts"
	"netprimer/app/deck"
	"netprimer/app/netstat"
	"netprimer/app/ui/kit"
)

func TestLayerStackSteps(t *testing.T) {
	var w layerStack
	w.nav(url.Values{"step": {"3"}})
	if w.Cur.Layer != concepts.NetworkLayer || w.AtTop || w.AtBottom || w.Count != "3 / 5" {
		t.Errorf("step=3: layer %v, top %v, bottom %v, count %q", w.Cur.Layer, w.AtTop, w.AtBottom, w.Count)
	}
	// Outside in: IP header, TCP header, the request; the new part first.
	var names []string
	for _, p := range w.Parts {
		names = append(names, p.Name.En)
	}
	if strings.Join(names, ",") != "IP header,TCP header,HTTP request" || !strings.Contains(w.Parts[0].Class, "new") {
		t.Errorf("parts %v", w.Parts)
	}
	sum := 0
	for _, p := range w.Parts {
		sum += p.Bytes
	}
	if sum != w.Cur.Bytes {
		t.Errorf("the parts make %d bytes, the datagram has %d", sum, w.Cur.Bytes)
	}
	// The link layer adds a trailer as well.
	w.nav(url.Values{"step": {"4"}})
	if last := w.Parts[len(w.Parts)-1]; last.Name.En != "FCS" || last.Bytes != 4 {
		t.Errorf("step 4 ends with %+v", last)
	}
	if got := w.Hex[len(w.Hex)-1]; got.Class != "new" {
		t.Errorf("step 4: the FCS is not marked new: %+v", got)
	}
	for _, q := range []string{"step=0", "step=x", ""} {
		v, _ := url.ParseQuery(q)
		w.nav(v)
		if w.Step != 0 && q != "step=0" || q == "step=0" && w.Step != 0 {
			t.Errorf("%q: step %d", q, w.Step)
		}
	}
	w.nav(url.Values{"step": {"77"}})
	if !w.AtBottom || w.Cur.Layer != concepts.Physical {
		t.Errorf("step=77 is not the last step")
	}
}

func TestPlacement(t *testing.T) {
	var w placement
	w.reset()
	w.place(concepts.Transport)
	if w.Last.Explain != txtPickFirst || w.Score.Wrong != 0 {
		t.Fatalf("no protocol chosen: %+v", w.Last)
	}
	w.choose("http")
	if w.Sel != 0 || w.Pool[w.Sel].ID != "http" {
		t.Fatalf("chose http: sel %d", w.Sel)
	}
	w.place(concepts.Transport)
	if w.Last.Verdict != concepts.Wrong || w.Score.Wrong != 1 || w.Sel != 0 || w.Class != "error" {
		t.Errorf("http on transport: %v, wrong %d, sel %d, class %s", w.Last.Verdict, w.Score.Wrong, w.Sel, w.Class)
	}
	w.place(concepts.Application)
	if w.Last.Verdict != concepts.Correct || w.Score.Right != 1 || w.Sel != -1 || len(w.Zones[0].Placed) != 1 {
		t.Errorf("http on application: %v, right %d, sel %d", w.Last.Verdict, w.Score.Right, w.Sel)
	}
	// A placed protocol cannot be placed again.
	w.choose("http")
	w.place(concepts.Link)
	if w.Score.Wrong != 1 || w.Score.Right != 1 {
		t.Errorf("placing http twice counted: %+v", w.Score)
	}
	w.choose("ethernet")
	w.place(concepts.Physical)
	if w.Last.Verdict != concepts.Close || w.Class != "note" {
		t.Errorf("ethernet on physical: %v", w.Last.Verdict)
	}
	for _, p := range concepts.Protocols() {
		w.choose(p.ID)
		w.place(p.Layer)
	}
	if !w.Score.All || len(w.Pool) != 0 || w.Score.Right != len(concepts.Protocols()) {
		t.Errorf("all placed: %+v, pool %d", w.Score, len(w.Pool))
	}
	for i, z := range w.Zones {
		if layerAt(i) != z.Layer {
			t.Errorf("zone %d is %v, layerAt says %v", i, z.Layer, layerAt(i))
		}
		for _, p := range z.Placed {
			if p.Layer != z.Layer {
				t.Errorf("%s placed on %v", p.ID, z.Layer)
			}
		}
	}
	if layerAt(-1) != 0 || layerAt(5) != 0 {
		t.Error("layerAt outside the zones")
	}
}

func TestPortsQuiz(t *testing.T) {
	var w portsQuiz
	w.nav(nil)
	row := func(port uint16) int {
		for i, r := range w.Rows {
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
	r25, r110, r80 := w.Rows[row(25)], w.Rows[row(110)], w.Rows[row(80)]
	if r25.Fb.Verdict != concepts.Correct || r25.Py == nil || w.Score.Right != 1 {
		t.Errorf("smtp for 25: %v", r25.Fb.Verdict)
	}
	if r110.Fb.Verdict != concepts.Close || r110.Py == nil {
		t.Errorf("Mail for 110: %v", r110.Fb.Verdict)
	}
	if r80.Fb.Verdict != concepts.Invalid || r80.Py != nil {
		t.Errorf("nothing for 80: %v, session %v", r80.Fb.Verdict, r80.Py != nil)
	}
	w.nav(url.Values{"ask": {"port"}})
	if !w.AskPort || w.Rows[row(25)].Given != "SMTP (Mail)" || w.Score.Right != 0 || w.Mode != "numeric" {
		t.Fatalf("ask=port: %+v", w.Rows[row(25)])
	}
	w.answer(row(443), "443")
	w.answer(row(22), "23")
	if w.Rows[row(443)].Fb.Verdict != concepts.Correct || w.Rows[row(22)].Fb.Verdict != concepts.Wrong {
		t.Errorf("ports: %v, %v", w.Rows[row(443)].Fb.Verdict, w.Rows[row(22)].Fb.Verdict)
	}
	for i, r := range w.Rows {
		w.answer(i, strconv.Itoa(int(r.Port)))
	}
	if !w.Score.All {
		t.Errorf("all answered right: %+v", w.Score)
	}
}

func TestTupleQuiz(t *testing.T) {
	var w tupleQuiz
	w.reset()
	if w.All || len(w.Pairs) != 3 {
		t.Fatalf("fresh quiz: %+v", w)
	}
	p := &w.Pairs[0]
	p.Answered, p.Fb = true, concepts.CheckSame(p.I, p.J, false)
	w.derive()
	// Examples 1 and 2 differ in the client's port: that cell is marked in both rows.
	for side := range p.Conns {
		var marked []string
		for _, c := range p.Conns[side] {
			if c.Class == "diff" {
				marked = append(marked, c.Text)
			}
		}
		if len(marked) != 1 || marked[0] != []string{"59664", "59665"}[side] {
			t.Errorf("pair 1-2, side %d: marked %v", side, marked)
		}
	}
	lines := w.Py.(*kit.Transcript).Lines
	if got := strings.Join(lines[len(lines)-4:], "\n"); got != ">>> c1 == c2\nFalse\n>>> c1[0][1], c2[0][1]\n(59664, 59665)" {
		t.Errorf("session ends\n%s", got)
	}
	for k := range w.Pairs {
		w.Pairs[k].Answered = true
	}
	w.derive()
	if !w.All {
		t.Error("all answered, no answer shown")
	}
}

func TestDeckNetstat(t *testing.T) {
	var w deckNetstat
	w.nav(nil)
	var lines []string
	for _, l := range w.Lines {
		lines = append(lines, l.Text)
	}
	if strings.Join(lines, "\n") != deck.DeckNetstat {
		t.Error("the lines explained are not the deck's example")
	}
	if w.Sel != len(w.Lines)-1 || len(w.Socket) != 1 || w.Socket[0].Tuple != "(114.71.220.46, 22), (114.71.220.95, 59664)" {
		t.Errorf("default line: sel %d, socket %+v", w.Sel, w.Socket)
	}
	w.nav(url.Values{"line": {"2"}})
	if w.Sel != 1 || len(w.Socket) != 0 {
		t.Errorf("line=2 (a title): sel %d, socket %+v", w.Sel, w.Socket)
	}
	w.nav(url.Values{"line": {"5"}})
	if len(w.Socket) != 1 || w.Socket[0].Tuple != "" || w.Socket[0].Local != "*:ssh" || w.Socket[0].State != "LISTEN" {
		t.Errorf("line=5 (ssh listening): %+v", w.Socket)
	}
}

func TestNetstatPaste(t *testing.T) {
	var w netstatPaste
	w.read("")
	if w.Read {
		t.Error("an empty paste reads as something")
	}
	w.read(deck.DeckNetstat)
	if !w.Read || w.Count.Right != 7 || w.Count.Wrong != 3 || w.Count.Of != 10 || w.Format.En != "Linux (net-tools)" {
		t.Errorf("deck example: %+v, %v", w.Count, w.Format)
	}
	// Nothing of netstat: every line is shown as skipped, none breaks.
	w.read("hello\n\x00\xff garbage\n" + strings.Repeat("x", 5000))
	if w.Count.Right != 0 || len(w.Skipped) != 3 || w.Skipped[0].Reason != "unparseable" {
		t.Errorf("garbage: %+v %+v", w.Count, w.Skipped)
	}
	// A paste far too long is cut, and only the first sockets are shown.
	big := strings.Repeat("tcp        0      0 10.0.0.1:22       10.0.0.2:50000    ESTABLISHED\n", netstat.MaxLines+50)
	w.read(big)
	if !w.Truncated || !w.More || len(w.Sockets) != pasteShown || w.Count.Right != netstat.MaxLines {
		t.Errorf("long paste: truncated %v, more %v, shown %d, read %d", w.Truncated, w.More, len(w.Sockets), w.Count.Right)
	}
	ko := "활성 연결\n\n  프로토콜  로컬 주소              외부 주소              상태\n  TCP    192.168.0.21:52350     198.51.100.77:443      ESTABLISHED\n"
	w.read(ko)
	if !w.Korean || w.Count.Right != 1 || w.Sockets[0].Tuple != "(192.168.0.21, 52350), (198.51.100.77, 443)" {
		t.Errorf("Korean Windows: %+v", w)
	}
}

func TestDecodeConn(t *testing.T) {
	ok := `{"client": {"ip": "203.0.113.7", "port": 51234}, "server": {"ip": "198.51.100.1", "port": 8000}, "proto": "tcp"}`
	cases := []struct {
		name string
		r    kit.FetchResult
		want string // the connection as the deck writes it, or the start of the English problem
	}{
		{"answer", kit.FetchResult{Status: 200, Body: []byte(ok)}, "(203.0.113.7, 51234), (198.51.100.1, 8000)"},
		{"not offered", kit.FetchResult{Status: 404, Body: []byte(`{"error":"not found"}`)}, "This server does not offer"},
		{"overloaded", kit.FetchResult{Status: 503}, "This server does not offer connection information (/api/v1/connection, HTTP 503)"},
		{"unreachable", kit.FetchResult{Err: "TypeError: Failed to fetch"}, "The server cannot be reached"},
		{"not JSON", kit.FetchResult{Status: 200, Body: []byte(`<html>`)}, "The server's answer cannot be read"},
		{"no client", kit.FetchResult{Status: 200, Body: []byte(`{"server": {"ip": "1.2.3.4", "port": 1}}`)}, "The server's answer cannot be read"},
		{"bad port", kit.FetchResult{Status: 200, Body: []byte(strings.Replace(ok, "51234", "70000", 1))}, "The server's answer cannot be read"},
		// Behind a proxy that gives no port, the client's port is 0.
		{"forwarded", kit.FetchResult{Status: 200, Body: []byte(`{"client": {"ip": "203.0.113.7", "port": 0}, "server": {"ip": "10.0.0.2", "port": 8000}, "proto": "tcp", "forwarded": true}`)},
			"(203.0.113.7, 0), (10.0.0.2, 8000)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, problem := decodeConn(c.r)
			got := problem.En
			if problem.Ko == "" && problem.En == "" {
				got = d.conn.String()
			} else if problem.Ko == "" {
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

func TestSeqPlayer(t *testing.T) {
	w := newSeqPlayer("udp", concepts.Transfers()[1], concepts.UDPSequence())
	w.nav(url.Values{"udp": {"3"}})
	// recvfrom waits: its result shows when it returns, not when it starts.
	if srv := w.Rows[2].Sides[1]; !srv.Acts || !srv.Blocks || srv.Result != "" {
		t.Errorf("step 3: %+v", srv)
	}
	w.nav(url.Values{"udp": {"6"}})
	if srv := w.Rows[5].Sides[1]; !srv.Returns || srv.Result != "b'Hello'" {
		t.Errorf("step 6: %+v", srv)
	}
	if w.Rows[4].Arrow != "b'Hello' →" || w.Count != "6 / 10" || w.Call.Name != "recvfrom()" {
		t.Errorf("arrow %q, count %q, call %q", w.Rows[4].Arrow, w.Count, w.Call.Name)
	}
	w.nav(url.Values{"udp": {"99"}})
	if !w.AtEnd || w.AtStart || len(w.Rows) != len(concepts.UDPSequence()) {
		t.Errorf("udp=99: end %v", w.AtEnd)
	}
	w.nav(nil)
	if !w.AtStart || len(w.Rows) != 0 || w.Sel != -1 {
		t.Errorf("no parameter: start %v, rows %d", w.AtStart, len(w.Rows))
	}
	for _, steps := range [][]concepts.Step{concepts.TCPSequence(), concepts.UDPSequence()} {
		if s := seqSession(steps, len(steps)).String(); strings.Contains(s, "50007") || strings.Contains(s, "localhost") {
			t.Errorf("the one-interpreter session keeps the programs' address:\n%s", s)
		}
	}
}

func TestNetworkMap(t *testing.T) {
	var w networkMap
	w.nav(url.Values{"el": {"transfer"}})
	if w.El != 2 || !w.Packet || w.Class != "netmap el-transfer" {
		t.Errorf("el=transfer: %+v", w)
	}
	w.nav(url.Values{"el": {"nothing"}})
	if w.El != -1 || w.Packet || w.Detail != any(txtElementsHint) {
		t.Errorf("el=nothing: %+v", w)
	}
}
