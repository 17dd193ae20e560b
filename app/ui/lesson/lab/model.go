package lab

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/lab/task"
	"netprimer/app/pyrepl"
	"netprimer/app/wire"
)

// The lab's state, computed from the server's answers (docs/API.md,
// "Socket lab"): nothing here touches go-app.

// shownPerConn is how many bytes of a connection the page shows; the
// server records more (64 KB by default), and the page says how many.
const shownPerConn = 4096

// maxChunks bounds the chunks a card shows: a program that sends a byte
// a call would otherwise draw thousands of them. The bytes past it count
// as not shown, like those past shownPerConn.
const maxChunks = 64

// maxCards bounds the connections and datagrams the page keeps, the
// oldest going first, so that a program in a loop cannot grow the page
// without end.
const maxCards = 100

// noCompare, as a field, makes a struct incomparable, which spares
// app.wasm the equality function of a type that slices hold.
type noCompare [0]func()

// hexdumpC returns b as `hexdump -C` prints it: the offset, 16 bytes a
// line in two groups of 8, the printable ASCII between bars (the rest as
// dots), a line the same as the one before it as one "*", and the length
// at the end; nothing at all for no bytes.
//
//	00000000  68 65 6c 6c 6f 0a                                 |hello.|
//	00000006
func hexdumpC(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	var out []byte
	starred := false
	for off := 0; off < len(b); off += 16 {
		line := b[off:min(off+16, len(b))]
		if off > 0 && len(line) == 16 && string(line) == string(b[off-16:off]) {
			if !starred {
				out = append(out, "*\n"...)
				starred = true
			}
			continue
		}
		starred = false
		out = appendOffset(out, off)
		out = append(out, ' ', ' ')
		for i := range 16 {
			if i == 8 {
				out = append(out, ' ')
			}
			if i < len(line) {
				out = hex.AppendEncode(out, line[i:i+1])
				out = append(out, ' ')
			} else {
				out = append(out, "   "...)
			}
		}
		out = append(out, ' ', '|')
		for _, c := range line {
			if c < 0x20 || c > 0x7e {
				c = '.'
			}
			out = append(out, c)
		}
		out = append(out, '|', '\n')
	}
	return string(appendOffset(out, len(b)))
}

// appendOffset appends n as 8 hex digits.
func appendOffset(out []byte, n int) []byte {
	s := strconv.FormatUint(uint64(n), 16)
	for i := len(s); i < 8; i++ {
		out = append(out, '0')
	}
	return append(out, s...)
}

// decodeReplace returns b.decode('utf-8', 'replace') as CPython decodes
// it: each maximal subpart of an ill-formed sequence (a lead byte and the
// continuation bytes that could still follow it, Unicode 15 §3.9, U+FFFD
// substitution of maximal subparts) becomes one U+FFFD, as does every
// other byte that starts no character.
func decodeReplace(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for s := string(b); s != ""; {
		n, bad := pyrepl.UTF8Seq(s)
		if bad != "" {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.WriteString(s[:n])
		}
		s = s[n:]
	}
	return sb.String()
}

// reading is a Python expression over the bytes of a chunk (data), and
// what CPython prints for it.
type reading struct {
	expr, val string
	_         noCompare
}

// readings returns the bytes read as CPython reads them: their first 2
// and 4 bytes as unsigned integers in network (big-endian) and
// little-endian order, their first 4 as an IPv4 address, and the whole as
// UTF-8 text, an ill-formed byte replaced by U+FFFD (errors='replace').
func readings(b []byte) []reading {
	var out []reading
	at := func(n int) string {
		if len(b) == n {
			return "data"
		}
		return "data[:" + strconv.Itoa(n) + "]"
	}
	if len(b) >= 2 {
		s := at(2)
		out = append(out,
			reading{expr: "struct.unpack('!H', " + s + ")", val: pyrepl.Tuple(pyrepl.Uint(uint64(binary.BigEndian.Uint16(b))))},
			reading{expr: "struct.unpack('<H', " + s + ")", val: pyrepl.Tuple(pyrepl.Uint(uint64(binary.LittleEndian.Uint16(b))))})
	}
	if len(b) >= 4 {
		s := at(4)
		ntoa, _ := wire.InetNtoa(b[:4])
		out = append(out,
			reading{expr: "struct.unpack('!I', " + s + ")", val: pyrepl.Tuple(pyrepl.Uint(uint64(binary.BigEndian.Uint32(b))))},
			reading{expr: "struct.unpack('<I', " + s + ")", val: pyrepl.Tuple(pyrepl.Uint(uint64(binary.LittleEndian.Uint32(b))))},
			reading{expr: "socket.inet_ntoa(" + s + ")", val: pyrepl.Str(ntoa)})
	}
	return append(out, reading{expr: "data.decode('utf-8', 'replace')", val: pyrepl.Str(decodeReplace(b))})
}

// endpointText is an endpoint as the deck writes one in a 4-tuple:
// (114.71.220.46, 22).
func endpointText(e api.Endpoint) string {
	return "(" + e.IP + ", " + strconv.Itoa(e.Port) + ")"
}

// tupleText is a connection's 4-tuple in the deck's form, the server's
// end first as in the deck's netstat example: (114.71.220.46, 22),
// (114.71.220.95, 59664).
func tupleText(server, client api.Endpoint) string {
	return endpointText(server) + ", " + endpointText(client)
}

// netstatLine is a TCP connection as the line of `netstat -tn` on the
// server shows it (net-tools on Linux: the local end is the server's, the
// foreign end the client's; tcp6 and no brackets for IPv6):
//
//	tcp        0      0 127.0.0.1:9000          127.0.0.1:51234         ESTABLISHED
func netstatLine(server, client api.Endpoint, state string) string {
	proto := "tcp"
	if strings.IndexByte(server.IP, ':') >= 0 {
		proto = "tcp6"
	}
	col := func(s string, w int) string {
		if len(s) < w {
			s += strings.Repeat(" ", w-len(s))
		}
		return s
	}
	local := server.IP + ":" + strconv.Itoa(server.Port)
	foreign := client.IP + ":" + strconv.Itoa(client.Port)
	return col(proto, 4) + "       0      0 " + col(local, 23) + " " + col(foreign, 23) + " " + state
}

// where is the lab's address for a program: "host:port" split, an IPv6
// host without its brackets.
type where struct {
	host string
	port int
}

func parseWhere(hostport string) (where, bool) {
	i := strings.LastIndexByte(hostport, ':')
	if i < 0 {
		return where{}, false
	}
	port, err := strconv.Atoi(hostport[i+1:])
	if err != nil || port <= 0 || port > 65535 {
		return where{}, false
	}
	host := strings.TrimSuffix(strings.TrimPrefix(hostport[:i], "["), "]")
	if host == "" {
		return where{}, false
	}
	return where{host: host, port: port}, true
}

func (w where) family() string {
	if strings.IndexByte(w.host, ':') >= 0 {
		return "socket.AF_INET6"
	}
	return "socket.AF_INET"
}

// programHead is the start of every program: the lab's address and the
// session's code line, as constants a student sees at once.
func programHead(imports string, w where, code string) string {
	return imports + "\n\n" +
		"HOST, PORT = " + pyrepl.Str(w.host) + ", " + strconv.Itoa(w.port) + "\n" +
		"CODE = " + pyrepl.Bytes([]byte(code+"\n")) + "  # the first line: the session's code\n\n"
}

// tcpProgram is a TCP client in the deck's style that sends the session's
// code line, then send (a Python expression of bytes), and prints the
// echo. prelude is Python that computes what send uses.
func tcpProgram(w where, code, imports, prelude, send string) string {
	return programHead(imports, w, code) +
		"sock = socket.create_connection((HOST, PORT))\n" +
		"print('Local :', sock.getsockname())\n" +
		"print('Remote:', sock.getpeername())\n" +
		"sock.sendall(CODE)\n" +
		prelude +
		"sock.sendall(" + send + ")\n" +
		"data = sock.recv(1024)\n" +
		"print('Received:', data)\n" +
		"sock.close()\n"
}

// udpProgram is a UDP client in the deck's style: one datagram of the
// code line and the payload, and the reply.
func udpProgram(w where, code string) string {
	return programHead("import socket", w, code) +
		"sock = socket.socket(" + w.family() + ", socket.SOCK_DGRAM)\n" +
		"sock.settimeout(5)\n" +
		"sock.sendto(CODE + b'hello', (HOST, PORT))\n" +
		"print('Local :', sock.getsockname())\n" +
		"data, addr = sock.recvfrom(1024)\n" +
		"print('Received:', data, 'from', addr)\n" +
		"sock.close()\n"
}

// twoConnsProgram opens two connections at once and prints both ends of
// each: the deck's "are these the same connection?". Both echoes arrive
// before either closes: the server has then read both codes while both
// were open (it reads each connection in its own time, so a first one
// closed early could end before it read the second's code).
func twoConnsProgram(w where, code string) string {
	return programHead("import socket", w, code) +
		"first = socket.create_connection((HOST, PORT))\n" +
		"second = socket.create_connection((HOST, PORT))\n" +
		"for sock in (first, second):\n" +
		"    sock.sendall(CODE)\n" +
		"    print('Local :', sock.getsockname(), 'Remote:', sock.getpeername())\n" +
		"for sock in (first, second):\n" +
		"    sock.sendall(b'hello')\n" +
		"    print('Received:', sock.recv(1024))\n" +
		"first.close()\n" +
		"second.close()\n"
}

// snippet returns the program that does the task right.
func snippet(id task.ID, tcp, udp where, code string) string {
	switch id {
	case task.Htons:
		return tcpProgram(tcp, code, "import socket\nimport struct", "", "struct.pack('!H', "+strconv.Itoa(task.HtonsValue)+")")
	case task.Aton:
		return tcpProgram(tcp, code, "import socket", "", "socket.inet_aton("+pyrepl.Str(task.AtonAddr)+")")
	case task.Htonl:
		n := strconv.FormatUint(uint64(task.HtonlValue(code)), 10)
		return tcpProgram(tcp, code, "import socket\nimport struct", "", "struct.pack('I', socket.htonl("+n+"))")
	case task.UDP:
		return udpProgram(udp, code)
	case task.TwoConns:
		return twoConnsProgram(tcp, code)
	case task.LengthPrefix:
		return tcpProgram(tcp, code, "import socket\nimport struct", "msg = '안녕하세요'.encode('utf-8')\n", "struct.pack('!H', len(msg)) + msg")
	}
	return tcpProgram(tcp, code, "import socket", "", "b'hello'")
}

// chunk is one event's bytes as the page shows them: the bytes shown
// (within the connection's first shownPerConn), as hexdump -C and as
// CPython reads them.
type chunk struct {
	seq      uint64
	kind     string // api.LabData, api.LabDatagram or api.LabReply
	n        int    // the bytes that went over the socket
	shown    []byte
	dump     string
	readings []reading
	_        noCompare
}

// card is a TCP connection, or a UDP datagram with its reply.
type card struct {
	key            string // "tcp-N" for connection N, "udp-SEQ" for a datagram
	proto          string
	conn           int
	client, server api.Endpoint
	tuple, netstat string
	chunks         []chunk
	reply          *chunk // UDP: the server's reply
	shown          int    // bytes shown so far
	hidden         int    // bytes recorded past shownPerConn, not shown
	cut            int    // bytes the server did not record
	closed         string // the close event's reason; "" while open
	refused        bool   // the code came without its newline
	_              noCompare
}

// taskView is a task as the page shows it: the server's progress, the
// lab's title and goal, and the program that does it.
type taskView struct {
	st          api.LabTask
	title, goal i18n.T
	snippet     string
	_           noCompare
}

// session is what the page knows of its lab session.
type session struct {
	code     string
	tcp, udp where
	tcpText  string // "host:port" as the server wrote it
	udpText  string
	next     uint64 // the after of the next poll
	missed   bool   // the server no longer kept some events
	dropped  int
	cards    []card
	tasks    []taskView
	expired  bool
	limits   api.LabLimits // those a program meets
}

// newSession returns the session of the server's answer, or false when
// the answer names no address a program can reach.
func newSession(s api.LabSession) (session, bool) {
	tcp, ok1 := parseWhere(s.TCP)
	udp, ok2 := parseWhere(s.UDP)
	code, ok3 := api.ParseLabCode(s.Code)
	if !ok1 || !ok2 || !ok3 {
		return session{}, false
	}
	m := session{code: code, tcp: tcp, udp: udp, tcpText: s.TCP, udpText: s.UDP, limits: s.Limits}
	m.setTasks(s.Tasks)
	return m, true
}

// programs returns the TCP and UDP clients of the session.
func (m *session) programs() (tcp, udp string) {
	return snippet(task.Hello, m.tcp, m.udp, m.code), udpProgram(m.udp, m.code)
}

// setTasks takes the server's progress of the tasks, in its order.
func (m *session) setTasks(ts []api.LabTask) {
	m.tasks = m.tasks[:0]
	for _, t := range ts {
		v := taskView{st: t, snippet: snippet(task.ID(t.ID), m.tcp, m.udp, m.code)}
		if lt, ok := task.Lookup(task.ID(t.ID)); ok {
			v.title, v.goal = lt.Title, lt.GoalFor(m.code)
		} else {
			v.title = i18n.T{Ko: t.ID, En: t.ID}
		}
		m.tasks = append(m.tasks, v)
	}
}

// done returns the ids of the tasks done.
func (m *session) done() []string {
	var ids []string
	for _, t := range m.tasks {
		if t.st.Status == api.LabTaskDone {
			ids = append(ids, t.st.ID)
		}
	}
	return ids
}

// apply takes an answer of the events' long poll.
func (m *session) apply(e api.LabEvents) {
	if e.First > m.next+1 && len(e.Events) > 0 {
		m.missed = true
	}
	for i := range e.Events {
		m.event(&e.Events[i])
	}
	if e.Next > m.next {
		m.next = e.Next
	}
	m.dropped = e.Dropped
	m.setTasks(e.Tasks)
	if len(m.cards) > maxCards {
		m.cards = append(m.cards[:0], m.cards[len(m.cards)-maxCards:]...)
	}
}

// event takes one event into its card.
func (m *session) event(ev *api.LabEvent) {
	b, err := hex.DecodeString(ev.Hex)
	if err != nil {
		b = nil
	}
	switch ev.Kind {
	case api.LabConnect:
		c := m.tcpCard(ev)
		c.refused = ev.Reason == api.LabReasonNoNewline
	case api.LabData:
		c := m.tcpCard(ev)
		c.add(ev, b)
	case api.LabClose:
		c := m.tcpCard(ev)
		c.closed = ev.Reason
		if c.closed == "" {
			c.closed = api.LabReasonEOF
		}
		c.refused = c.refused || ev.Reason == api.LabReasonNoNewline
	case api.LabDatagram:
		m.cards = append(m.cards, card{key: "udp-" + strconv.FormatUint(ev.Seq, 10), proto: api.LabUDP,
			client: ev.Client, server: ev.Server, tuple: tupleText(ev.Server, ev.Client), refused: ev.Reason == api.LabReasonNoNewline})
		m.cards[len(m.cards)-1].add(ev, b)
	case api.LabReply:
		for i := len(m.cards) - 1; i >= 0; i-- {
			c := &m.cards[i]
			if c.proto == api.LabUDP && c.reply == nil && c.client == ev.Client {
				r := newChunk(ev, b, 0)
				c.reply = &r
				return
			}
		}
	}
}

// tcpCard returns the card of the event's TCP connection, made at its
// first event (the connect, unless the server no longer kept it).
func (m *session) tcpCard(ev *api.LabEvent) *card {
	key := "tcp-" + strconv.Itoa(ev.Conn)
	for i := len(m.cards) - 1; i >= 0; i-- {
		if m.cards[i].key == key {
			return &m.cards[i]
		}
	}
	m.cards = append(m.cards, card{key: key, proto: api.LabTCP, conn: ev.Conn, client: ev.Client, server: ev.Server,
		tuple: tupleText(ev.Server, ev.Client), netstat: netstatLine(ev.Server, ev.Client, "ESTABLISHED")})
	return &m.cards[len(m.cards)-1]
}

// add takes the bytes of a data or datagram event: those within the
// card's first shownPerConn and maxChunks are shown, the rest counted.
func (c *card) add(ev *api.LabEvent, b []byte) {
	room := max(shownPerConn-c.shown, 0)
	if len(c.chunks) >= maxChunks {
		room = 0
	}
	show := min(room, len(b))
	c.hidden += len(b) - show
	c.cut += ev.Cut
	if show > 0 || len(b) == 0 {
		c.chunks = append(c.chunks, newChunk(ev, b, show))
		c.shown += show
	}
}

// newChunk returns the event's chunk, its first show bytes shown (all of
// a reply's, whose datagram was shown).
func newChunk(ev *api.LabEvent, b []byte, show int) chunk {
	if ev.Kind == api.LabReply {
		show = min(len(b), shownPerConn)
	}
	s := b[:show]
	return chunk{seq: ev.Seq, kind: ev.Kind, n: ev.Len, shown: s, dump: hexdumpC(s), readings: readings(s)}
}

// failure is why an answer of the lab's API is no use.
type failure int

const (
	failNone        failure = iota
	failUnreachable         // no answer: offline, or the server stopped
	failBusy                // 429 or 503: try again after a while
	failExpired             // the session has ended
	failNotFound            // no session has the code
	failOther               // any other answer
)

// classify reads an answer of the lab's API: its failure, and the delay
// in seconds the server asks for before the next try (Retry-After), 0
// when it names none.
func classify(reachable bool, status int, body []byte, retryAfter string) (failure, int) {
	if !reachable {
		return failUnreachable, 0
	}
	switch status {
	case 200, 201:
		return failNone, 0
	case 429, 503:
		n, err := strconv.Atoi(strings.TrimSpace(retryAfter))
		if err != nil || n < 0 {
			n = 0
		}
		return failBusy, min(n, 300)
	case 404:
		var e struct {
			Error *api.Error `json:"error"`
		}
		if json.Unmarshal(body, &e) == nil && e.Error != nil && e.Error.Type == api.TypeExpired {
			return failExpired, 0
		}
		return failNotFound, 0
	case 502, 504:
		// A proxy in front of a stopped server.
		return failUnreachable, 0
	}
	return failOther, 0
}

// backoff is how long to wait before the next try after fails failures
// in a row: 1, 2, 4, … seconds, at most 30, or what the server asked for.
func backoff(fails, asked int) int {
	if asked > 0 {
		return asked
	}
	d := 1
	for i := 1; i < fails && d < 30; i++ {
		d *= 2
	}
	return min(d, 30)
}

// recorded is the lab's tasks that this browser has counted as practice,
// for one session: a task done is recorded once per session, even when
// the page is opened again. It is kept as "code:id,id".
type recorded struct {
	code string
	ids  []string
}

func parseRecorded(s string) recorded {
	code, ids, _ := strings.Cut(s, ":")
	r := recorded{code: code}
	if ids != "" {
		r.ids = strings.Split(ids, ",")
	}
	return r
}

func (r recorded) String() string { return r.code + ":" + strings.Join(r.ids, ",") }

// toRecord returns the tasks of done that session code has not recorded,
// and what is recorded after them. Another session's record is replaced.
func (r recorded) toRecord(code string, done []string) ([]string, recorded) {
	if r.code != code {
		r = recorded{code: code}
	}
	var fresh []string
	for _, id := range done {
		seen := false
		for _, x := range r.ids {
			seen = seen || x == id
		}
		if !seen {
			fresh = append(fresh, id)
		}
	}
	r.ids = append(r.ids[:len(r.ids):len(r.ids)], fresh...)
	return fresh, r
}
