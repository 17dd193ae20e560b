//go:build e2e

package e2e

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
)

// labServer runs the binary with its lab on a free loopback port.
func labServer(t *testing.T, args ...string) *server {
	return startServer(t, "", append([]string{"-lab-addr", "127.0.0.1:0"}, args...)...)
}

func newLabSession(t *testing.T, s *server) api.LabSession {
	t.Helper()
	res, err := http.Post(s.URL+api.LabSessionsPath, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var ls api.LabSession
	if err := json.NewDecoder(res.Body).Decode(&ls); err != nil || res.StatusCode != http.StatusCreated {
		t.Fatalf("POST %s: %s %v", api.LabSessionsPath, res.Status, err)
	}
	return ls
}

// poller long-polls a session's events from Go, as the page will, from
// before the student's program runs.
type poller struct {
	events chan api.LabEvent
	last   chan api.LabEvents
}

func pollEvents(t *testing.T, s *server, code string) *poller {
	p := &poller{events: make(chan api.LabEvent, 1000), last: make(chan api.LabEvents, 100)}
	go func() {
		var after uint64
		for {
			res, err := http.Get(s.URL + api.LabEventsPath(code, after))
			if err != nil {
				return
			}
			var e api.LabEvents
			err = json.NewDecoder(res.Body).Decode(&e)
			res.Body.Close()
			if err != nil || res.StatusCode != http.StatusOK {
				return
			}
			for _, ev := range e.Events {
				p.events <- ev
			}
			select {
			case p.last <- e:
			default:
			}
			after = e.Next
		}
	}()
	return p
}

// take returns the next n events the poll brought.
func (p *poller) take(t *testing.T, n int) []api.LabEvent {
	t.Helper()
	var out []api.LabEvent
	for len(out) < n {
		select {
		case e := <-p.events:
			out = append(out, e)
		case <-time.After(10 * time.Second):
			t.Fatalf("%d events came, want %d: %+v", len(out), n, out)
		}
	}
	return out
}

// tasks returns the tasks of the latest answer that holds seq.
func (p *poller) tasks(t *testing.T, seq uint64) map[string]api.LabTask {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case e := <-p.last:
			if e.Next >= seq {
				out := map[string]api.LabTask{}
				for _, task := range e.Tasks {
					out[task.ID] = task
				}
				return out
			}
		case <-deadline:
			t.Fatalf("no answer up to seq %d", seq)
		}
	}
}

// The deck's style of client programs: create_connection, sendall and
// recv over TCP; sendto and recvfrom over UDP. Each prints what its
// socket says of itself as JSON.
const tcpClient = `
import json, socket, struct, sys
host, port, code = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sends = [bytes.fromhex(h) for h in sys.argv[4:]]
s = socket.create_connection((host, port))
s.sendall(code.encode() + b'\n')
replies = []
for data in sends:
    s.sendall(data)
    got = b''
    while len(got) < len(data):
        got += s.recv(1024)
    replies.append(got.hex())
print(json.dumps({"sock": s.getsockname(), "peer": s.getpeername(), "replies": replies}))
s.close()
`

const udpClient = `
import json, socket, sys
host, port, code = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(5)
replies = []
for h in sys.argv[4:]:
    s.sendto(code.encode() + b'\n' + bytes.fromhex(h), (host, port))
    data, addr = s.recvfrom(65535)
    replies.append([data.hex(), addr])
s.settimeout(0.5)
s.sendto(b'zzzzzz\nno such session', (host, port))
try:
    s.recvfrom(65535)
    unanswered = False
except socket.timeout:
    unanswered = True
print(json.dumps({"sock": s.getsockname(), "replies": replies, "unanswered": unanswered}))
`

type pyEnd struct {
	Sock    []any
	Peer    []any
	Replies []json.RawMessage
}

// runLabPython runs a client program against addr in session code,
// sending each of sends, and decodes what it printed into v.
func runLabPython(t *testing.T, v any, program, addr, code string, sends ...[]byte) {
	t.Helper()
	host, port, _ := net.SplitHostPort(addr)
	cmd := exec.Command("python3", append([]string{"-c", program, host, port, code}, hexes(sends)...)...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3: %v\n%s", err, errb.String())
	}
	if err := json.Unmarshal([]byte(out.String()), v); err != nil {
		t.Fatalf("python3 printed %q: %v", out.String(), err)
	}
}

func hexes(bs [][]byte) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = hex.EncodeToString(b)
	}
	return out
}

func sockEndpoint(t *testing.T, v []any) api.Endpoint {
	t.Helper()
	if len(v) < 2 {
		t.Fatalf("socket address %v", v)
	}
	ip, _ := v[0].(string)
	port, _ := v[1].(float64)
	return api.Endpoint{IP: ip, Port: int(port)}
}

// A student's TCP program against the real binary: the events carry the
// 4-tuple its socket reports (getsockname, getpeername), one data event
// per chunk as sent, and the echo is every byte.
func TestLabTCP(t *testing.T) {
	s := labServer(t)
	ls := newLabSession(t, s)
	p := pollEvents(t, s, ls.Code)
	chunks := [][]byte{[]byte("hello"), {0x04, 0xd2}, []byte("안녕")}
	var end pyEnd
	runLabPython(t, &end, tcpClient, ls.TCP, ls.Code, chunks...)
	client, server := sockEndpoint(t, end.Sock), sockEndpoint(t, end.Peer)
	for i, r := range end.Replies {
		var h string
		json.Unmarshal(r, &h)
		if h != hex.EncodeToString(chunks[i]) {
			t.Errorf("reply %d: %s, sent %x", i, h, chunks[i])
		}
	}
	evs := p.take(t, 2+len(chunks))
	if evs[0].Kind != api.LabConnect || evs[len(evs)-1].Kind != api.LabClose {
		t.Errorf("events %+v", evs)
	}
	for i, e := range evs {
		if e.Client != client || e.Server != server || e.Proto != api.LabTCP || e.Conn != 1 {
			t.Errorf("event %d: %v → %v, the socket says %v → %v", e.Seq, e.Client, e.Server, client, server)
		}
		if 0 < i && i <= len(chunks) && (e.Kind != api.LabData || e.Hex != hex.EncodeToString(chunks[i-1]) || e.Len != len(chunks[i-1])) {
			t.Errorf("event %d: %+v, want the chunk %x", e.Seq, e, chunks[i-1])
		}
	}
	tasks := p.tasks(t, evs[len(evs)-1].Seq)
	if tasks["lab.hello"].Status != api.LabTaskDone || tasks["lab.htons"].Status != api.LabTaskDone {
		t.Errorf("tasks %+v", tasks)
	}
}

// The byte-order task's right and wrong answers, each in a session of its
// own, with the feedback of the issue.
func TestLabByteOrderTask(t *testing.T) {
	s := labServer(t)
	for _, c := range []struct {
		name      string
		send      []byte
		status    string
		diagnosis string
		feedback  string
	}{
		{"right", []byte{0x04, 0xd2}, api.LabTaskDone, "", "1234 = 0x04d2 in network byte order"},
		{"little-endian", []byte{0xd2, 0x04}, api.LabTaskTried, "little_endian", "You sent little-endian (host order on Intel and ARM): use struct.pack('!H', …) or socket.htons"},
		{"as text", []byte("1234"), api.LabTaskTried, "text", "You sent the digits as text"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ls := newLabSession(t, s)
			p := pollEvents(t, s, ls.Code)
			var end pyEnd
			runLabPython(t, &end, tcpClient, ls.TCP, ls.Code, c.send)
			evs := p.take(t, 3)
			task := p.tasks(t, evs[1].Seq)["lab.htons"]
			if task.Status != c.status || task.Diagnosis != c.diagnosis || task.Seq != evs[1].Seq || task.Feedback == nil || !strings.Contains(task.Feedback.En, c.feedback) || task.Feedback.Ko == "" {
				t.Errorf("htons after %x: %+v", c.send, task)
			}
			if !strings.Contains(task.Python, "struct.pack('!H', 1234)\nb'\\x04\\xd2'") {
				t.Errorf("Python session %q", task.Python)
			}
		})
	}
}

// UDP: each datagram's payload is one event and comes back from the lab's
// port; a datagram without a live code gets nothing.
func TestLabUDP(t *testing.T) {
	s := labServer(t)
	ls := newLabSession(t, s)
	p := pollEvents(t, s, ls.Code)
	payloads := [][]byte{[]byte("hello udp"), {0, 5, 'h', 'e', 'l', 'l', 'o'}}
	var end struct {
		Sock       []any
		Replies    [][]any
		Unanswered bool
	}
	runLabPython(t, &end, udpClient, ls.UDP, ls.Code, payloads...)
	if !end.Unanswered {
		t.Error("a datagram without a live code was answered")
	}
	port := sockEndpoint(t, end.Sock).Port
	_, labPort, _ := net.SplitHostPort(ls.UDP)
	for i, r := range end.Replies {
		from, _ := r[1].([]any)
		if r[0] != hex.EncodeToString(payloads[i]) || sockEndpoint(t, from).Port != atoi(labPort) {
			t.Errorf("reply %d: %v", i, r)
		}
	}
	evs := p.take(t, 4)
	for i, e := range evs {
		kind := []string{api.LabDatagram, api.LabReply}[i%2]
		if e.Proto != api.LabUDP || e.Kind != kind || e.Client.Port != port || e.Client.IP != "127.0.0.1" || e.Server.Port != atoi(labPort) || e.Hex != hex.EncodeToString(payloads[i/2]) {
			t.Errorf("event %d: %+v, want a %s of %x from port %d", e.Seq, e, kind, payloads[i/2], port)
		}
	}
	tasks := p.tasks(t, evs[3].Seq)
	if tasks["lab.udp"].Status != api.LabTaskDone || tasks["lab.length_prefix"].Diagnosis != "udp" {
		t.Errorf("tasks %+v", tasks)
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// A wrong code on TCP hears why, in no more bytes than it sent; -lab=false
// has no lab; a poll waiting at SIGTERM does not hold the shutdown.
func TestLabEdges(t *testing.T) {
	s := labServer(t, "-lab-poll", "20s")
	ls := newLabSession(t, s)
	c, err := net.Dial("tcp", ls.TCP)
	if err != nil {
		t.Fatal(err)
	}
	c.Write([]byte("zzzzzz\n"))
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	var got bytes.Buffer
	got.ReadFrom(c)
	if got.String() != "unknown" {
		t.Errorf("a wrong code got %q", got.String())
	}
	waiting := make(chan int, 1)
	go func() {
		res, err := http.Get(s.URL + api.LabEventsPath(ls.Code, 0))
		if err != nil {
			waiting <- 0
			return
		}
		res.Body.Close()
		waiting <- res.StatusCode
	}()
	time.Sleep(200 * time.Millisecond) // the poll is waiting
	start := time.Now()
	s.stop(t)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the shutdown took %v with a poll waiting", d)
	}
	if code := <-waiting; code != http.StatusOK {
		t.Errorf("the waiting poll got %d", code)
	}

	off := startServer(t, "", "-lab=false")
	res, body := httpGet(t, off.URL+api.LabSessionPath("ab12cd"))
	if res.StatusCode != http.StatusNotFound || !strings.HasPrefix(body, `{"error":`) {
		t.Errorf("-lab=false: %s %s", res.Status, body)
	}
	if !strings.Contains(s.Log(), "lab listening") || strings.Contains(off.Log(), "lab listening") {
		t.Errorf("logs:\n%s\n%s", s.Log(), off.Log())
	}
}
