package lab

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf8"

	"netprimer/app/api"
	"netprimer/app/lab/task"
)

// byteCases are bytes with a reason to be here: the tasks' right and
// wrong answers, text, UTF-8 cut short or ill-formed in each way the
// decoder tells apart, and the edges of the lengths.
var byteCases = [][]byte{
	nil,
	{0x04},
	{0x04, 0xd2},                           // 1234 in network order
	{0xd2, 0x04},                           // 1234 little-endian
	[]byte("1234"),                         // the digits
	{114, 71, 220, 95},                     // inet_aton('114.71.220.95')
	{0, 0, 0x04, 0xd2},                     // htonl(1234)
	[]byte("hello"),                        // the greeting
	[]byte("안녕하세요"),                        // Korean in UTF-8
	[]byte("\x00\x0f안녕하세요"),                // length-prefixed
	{0xbe, 0xc8, 0xb3, 0xe7},               // 안녕 in cp949
	{0xe2, 0x82},                           // a 3-byte sequence cut short: one U+FFFD
	{0xe2, 0x82, 0x41},                     // cut short, then a letter
	{0xf0, 0x9f, 0x98},                     // a 4-byte sequence cut short
	{0xf0, 0x8f, 0x80, 0x80},               // overlong: each byte alone
	{0xe0, 0x80, 0x80},                     // overlong 3-byte
	{0xed, 0xa0, 0x80},                     // a surrogate
	{0xf4, 0x90, 0x80, 0x80},               // past U+10FFFF
	{0xc0, 0xaf},                           // overlong slash
	{0xff, 0xfe, 0x68, 0x00},               // UTF-16 with a BOM
	{0x80, 0xbf},                           // lone continuation bytes
	[]byte("<img src=x onerror=alert(1)>"), // markup stays text
	[]byte("\r\n\t\x7f'\"\\"),              // escapes in repr
	bytes.Repeat([]byte{0x41}, 48),         // squeezed lines in hexdump -C
	bytes.Repeat([]byte{0}, 33),
	[]byte(strings.Repeat("0123456789abcdef", 3) + "x"),
}

func TestNetstatLine(t *testing.T) {
	for _, c := range []struct {
		server, client api.Endpoint
		want           string
	}{
		// The deck's line, with addresses for its names.
		{api.Endpoint{IP: "114.71.220.46", Port: 22}, api.Endpoint{IP: "114.71.220.95", Port: 59664},
			"tcp        0      0 114.71.220.46:22        114.71.220.95:59664     ESTABLISHED"},
		// IPv6: tcp6, no brackets, a column longer than 23 pushes the next.
		{api.Endpoint{IP: "2001:db8::1", Port: 9000}, api.Endpoint{IP: "2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff", Port: 51234},
			"tcp6       0      0 2001:db8::1:9000        2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:51234 ESTABLISHED"},
	} {
		if got := netstatLine(c.server, c.client, "ESTABLISHED"); got != c.want {
			t.Errorf("netstatLine(%v, %v) =\n%q; want\n%q", c.server, c.client, got, c.want)
		}
	}
	if got := tupleText(api.Endpoint{IP: "114.71.220.46", Port: 22}, api.Endpoint{IP: "114.71.220.95", Port: 59664}); got != "(114.71.220.46, 22), (114.71.220.95, 59664)" {
		t.Errorf("the deck's 4-tuple reads %s", got)
	}
}

func TestParseWhere(t *testing.T) {
	for in, want := range map[string]where{
		"127.0.0.1:9000":       {"127.0.0.1", 9000},
		"[::1]:9000":           {"::1", 9000},
		"lab.example.edu:9000": {"lab.example.edu", 9000},
	} {
		if got, ok := parseWhere(in); !ok || got != want {
			t.Errorf("parseWhere(%q) = %v, %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "9000", ":9000", "h:0", "h:65536", "h:x"} {
		if _, ok := parseWhere(in); ok {
			t.Errorf("parseWhere(%q) read an address", in)
		}
	}
}

func labSession(t *testing.T) session {
	t.Helper()
	var tasks []api.LabTask
	for _, x := range task.All() {
		tasks = append(tasks, api.LabTask{ID: string(x.ID), Status: api.LabTaskOpen})
	}
	m, ok := newSession(api.LabSession{Code: "K188GF", TCP: "127.0.0.1:9000", UDP: "127.0.0.1:9000", Tasks: tasks})
	if !ok || m.code != "k188gf" {
		t.Fatalf("newSession: %+v %v", m, ok)
	}
	return m
}

// TestPrograms checks that every program names the session's address and
// code line, and that each task's program sends what the task asks.
func TestPrograms(t *testing.T) {
	m := labSession(t)
	tcp, udp := m.programs()
	for _, p := range []string{tcp, udp} {
		if !strings.Contains(p, "HOST, PORT = '127.0.0.1', 9000\n") || !strings.Contains(p, "CODE = b'k188gf\\n'") {
			t.Errorf("the program lacks the address or the code:\n%s", p)
		}
	}
	if !strings.Contains(tcp, "socket.create_connection((HOST, PORT))") || !strings.Contains(tcp, "sock.sendall(b'hello')") || !strings.Contains(tcp, ".recv(") {
		t.Errorf("the TCP program:\n%s", tcp)
	}
	if !strings.Contains(udp, "socket.SOCK_DGRAM") || !strings.Contains(udp, "sock.sendto(CODE + b'hello', (HOST, PORT))") || !strings.Contains(udp, "recvfrom(") {
		t.Errorf("the UDP program:\n%s", udp)
	}
	want := map[string]string{
		"lab.htons": "struct.pack('!H', 1234)", "lab.aton": "socket.inet_aton('114.71.220.95')",
		"lab.htonl": "socket.htonl(", "lab.udp": "SOCK_DGRAM", "lab.two_conns": "second = socket.create_connection",
		"lab.length_prefix": "struct.pack('!H', len(msg)) + msg", "lab.hello": "b'hello'",
	}
	for _, tv := range m.tasks {
		if !strings.Contains(tv.snippet, want[tv.st.ID]) || want[tv.st.ID] == "" {
			t.Errorf("%s: the program lacks %q:\n%s", tv.st.ID, want[tv.st.ID], tv.snippet)
		}
		if tv.title.Ko == "" || tv.goal.En == "" {
			t.Errorf("%s: no title or goal", tv.st.ID)
		}
	}
	six, _ := parseWhere("[::1]:9000")
	if p := udpProgram(six, "k188gf"); !strings.Contains(p, "socket.AF_INET6") || !strings.Contains(p, "HOST, PORT = '::1', 9000") {
		t.Errorf("the UDP program over IPv6:\n%s", p)
	}
}

func ev(seq uint64, kind string, conn int, client int, b []byte) api.LabEvent {
	proto := api.LabTCP
	if kind == api.LabDatagram || kind == api.LabReply {
		proto = api.LabUDP
	}
	return api.LabEvent{Seq: seq, Proto: proto, Kind: kind, Conn: conn, Len: len(b), Hex: hex.EncodeToString(b),
		Client: api.Endpoint{IP: "127.0.0.1", Port: client}, Server: api.Endpoint{IP: "127.0.0.1", Port: 9000}}
}

// TestApply checks how events become cards: TCP chunks under their
// connection, its first 4 KB shown and the rest counted, the close's
// reason; a datagram with its reply; the oldest cards dropped past the
// bound.
func TestApply(t *testing.T) {
	m := labSession(t)
	big := make([]byte, 4000)
	m.apply(api.LabEvents{Next: 6, First: 1, Events: []api.LabEvent{
		ev(1, api.LabConnect, 1, 50000, nil),
		ev(2, api.LabData, 1, 50000, []byte{4, 0xd2}),
		ev(3, api.LabData, 1, 50000, big),
		ev(4, api.LabDatagram, 0, 50001, []byte("hi")),
		ev(5, api.LabReply, 0, 50001, []byte("hi")),
		ev(6, api.LabData, 1, 50000, big),
	}})
	withCut := ev(7, api.LabClose, 1, 50000, nil)
	withCut.Reason = api.LabReasonIdle
	m.apply(api.LabEvents{Next: 7, First: 1, Events: []api.LabEvent{withCut}})
	if m.next != 7 || len(m.cards) != 2 {
		t.Fatalf("next %d, %d cards", m.next, len(m.cards))
	}
	c := m.cards[0]
	if c.key != "tcp-1" || c.tuple != "(127.0.0.1, 9000), (127.0.0.1, 50000)" || !strings.HasPrefix(c.netstat, "tcp ") || c.closed != api.LabReasonIdle {
		t.Errorf("the connection's card: %+v", c)
	}
	if len(c.chunks) != 3 || c.shown != shownPerConn || c.hidden != 2+4000+4000-shownPerConn {
		t.Errorf("chunks %d, shown %d, hidden %d", len(c.chunks), c.shown, c.hidden)
	}
	if got := c.chunks[0].readings[0]; got.expr != "struct.unpack('!H', data)" || got.val != "(1234,)" {
		t.Errorf("the first chunk reads %+v", got)
	}
	if len(c.chunks[2].shown) != shownPerConn-2-4000 {
		t.Errorf("the last chunk shows %d bytes", len(c.chunks[2].shown))
	}
	u := m.cards[1]
	if u.proto != api.LabUDP || u.reply == nil || string(u.reply.shown) != "hi" || u.netstat != "" {
		t.Errorf("the datagram's card: %+v", u)
	}
	// A byte a recv: the first maxChunks are shown, the rest counted.
	m.apply(api.LabEvents{Next: 8, Events: []api.LabEvent{ev(8, api.LabConnect, 2, 50003, nil)}})
	for i := range maxChunks + 10 {
		m.apply(api.LabEvents{Next: uint64(9 + i), Events: []api.LabEvent{ev(uint64(9+i), api.LabData, 2, 50003, []byte{'x'})}})
	}
	if c := m.cards[2]; c.key != "tcp-2" || len(c.chunks) != maxChunks || c.shown != maxChunks || c.hidden != 10 {
		t.Errorf("a byte a recv: %d chunks, %d shown, %d hidden", len(c.chunks), c.shown, c.hidden)
	}
	m.cards = m.cards[:2]
	for i := range maxCards + 5 {
		m.apply(api.LabEvents{Next: uint64(10 + i), Events: []api.LabEvent{ev(uint64(10+i), api.LabDatagram, 0, 50002, []byte("x"))}})
	}
	if len(m.cards) != maxCards || m.cards[len(m.cards)-1].key != "udp-"+"114" {
		t.Errorf("%d cards, the newest %s", len(m.cards), m.cards[len(m.cards)-1].key)
	}
	// A poll after events the server no longer keeps says so.
	m.apply(api.LabEvents{Next: 300, First: 250, Events: []api.LabEvent{ev(300, api.LabDatagram, 0, 1, []byte("x"))}})
	if !m.missed {
		t.Error("events were missed, and the session does not say so")
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		reachable bool
		status    int
		body      string
		retry     string
		want      failure
		wait      int
	}{
		{false, 0, "", "", failUnreachable, 0},
		{true, 200, "{}", "", failNone, 0},
		{true, 201, "{}", "", failNone, 0},
		{true, 429, "", "7", failBusy, 7},
		{true, 503, "", "junk", failBusy, 0},
		{true, 503, "", "99999", failBusy, 300},
		{true, 404, `{"error":{"type":"expired","message":"x"}}`, "", failExpired, 0},
		{true, 404, `{"error":{"type":"not_found","message":"x"}}`, "", failNotFound, 0},
		{true, 404, `<html>`, "", failNotFound, 0},
		{true, 502, "", "", failUnreachable, 0},
		{true, 500, "", "", failOther, 0},
		{true, 400, "", "", failOther, 0},
	} {
		if f, w := classify(c.reachable, c.status, []byte(c.body), c.retry); f != c.want || w != c.wait {
			t.Errorf("classify(%v, %d, %q, %q) = %d, %d; want %d, %d", c.reachable, c.status, c.body, c.retry, f, w, c.want, c.wait)
		}
	}
	for fails, want := range map[int]int{1: 1, 2: 2, 3: 4, 5: 16, 6: 30, 60: 30} {
		if got := backoff(fails, 0); got != want {
			t.Errorf("backoff(%d) = %d; want %d", fails, got, want)
		}
	}
	if backoff(1, 9) != 9 {
		t.Error("backoff ignores the server's Retry-After")
	}
}

// TestRecorded checks that a task done is recorded once per session.
func TestRecorded(t *testing.T) {
	fresh, r := parseRecorded("").toRecord("k188gf", []string{"lab.hello"})
	if len(fresh) != 1 || r.String() != "k188gf:lab.hello" {
		t.Fatalf("first: %v %s", fresh, r)
	}
	fresh, r = parseRecorded(r.String()).toRecord("k188gf", []string{"lab.hello", "lab.htons"})
	if len(fresh) != 1 || fresh[0] != "lab.htons" || r.String() != "k188gf:lab.hello,lab.htons" {
		t.Fatalf("again: %v %s", fresh, r)
	}
	fresh, r = parseRecorded(r.String()).toRecord("zzzzzz", []string{"lab.hello"})
	if len(fresh) != 1 || r.String() != "zzzzzz:lab.hello" {
		t.Fatalf("another session: %v %s", fresh, r)
	}
}

// FuzzReadings checks that no bytes break the page's readings: hexdump
// -C's lines, valid UTF-8 out of the decoder, and the decoder equal to
// Go's where the bytes are valid UTF-8.
func FuzzReadings(f *testing.F) {
	for _, b := range byteCases {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := decodeReplace(b)
		if !utf8.ValidString(d) || utf8.Valid(b) && d != string(b) {
			t.Errorf("%x decodes to %q", b, d)
		}
		if strings.Count(d, "\ufffd") > len(b) {
			t.Errorf("%x: more U+FFFD than bytes", b)
		}
		dump := hexdumpC(b)
		if len(b) > 0 && !strings.HasSuffix(dump, hex.EncodeToString([]byte{byte(len(b) >> 24), byte(len(b) >> 16), byte(len(b) >> 8), byte(len(b))})) {
			t.Errorf("%x: the dump does not end with the length:\n%s", b, dump)
		}
		if n := len(readings(b)); n != 1+2*min(len(b)/2, 1)+3*min(len(b)/4, 1) {
			t.Errorf("%x: %d readings", b, n)
		}
	})
}
