//go:build !js

package concepts

import (
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// conceptsProgram answers the requests of the tests below, one JSON line
// each, in one python3 process.
const conceptsProgram = `
import importlib, json, socket, struct, sys, threading, zlib
import http.client

class Capture:
    def __init__(self): self.data = b''
    def sendall(self, b): self.data += b

def request():
    conn = http.client.HTTPConnection('www.python.org')
    conn.sock = Capture()
    conn.request('GET', '/')
    return conn.sock.data.decode('latin-1')

def csum(b):
    if len(b) % 2: b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

def frame(p):
    payload = p['request'].encode('latin-1')
    src, dst = socket.inet_aton(p['src']), socket.inet_aton(p['dst'])
    tcp = struct.pack('!HHIIBBHHH', p['sport'], p['dport'], p['seq'], p['ack'], 5 << 4, 0x18, p['window'], 0, 0)
    pseudo = src + dst + struct.pack('!BBH', 0, socket.IPPROTO_TCP, len(tcp) + len(payload))
    tcp = tcp[:16] + struct.pack('!H', csum(pseudo + tcp + payload)) + tcp[18:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp) + len(payload), p['id'], 0x4000, p['ttl'], socket.IPPROTO_TCP, 0, src, dst)
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    eth = bytes.fromhex(p['dmac']) + bytes.fromhex(p['smac']) + struct.pack('!H', 0x0800) + ip + tcp + payload
    fcs = struct.pack('<I', zlib.crc32(eth))
    # The CRC of a frame with its FCS is the constant residue of CRC-32.
    assert zlib.crc32(eth + fcs) == 0x2144df1c
    return (eth + fcs).hex()

def step(code, ns):
    try:
        expr = compile(code, '<step>', 'eval')
    except SyntaxError:
        exec(code, ns)
        if ' = ' in code:
            return repr(ns[code.split(' = ')[0].split(',')[0].strip()])
        return ''
    return repr(eval(expr, ns))

def run(port, server, client):
    # The server runs in a thread; the client starts once the server is
    # bound (UDP) or listening (TCP).
    results = {}
    ready = threading.Event()
    def side(name, lines):
        ns = {'socket': socket}
        try:
            for i, line in enumerate(lines):
                code = line.replace('50007', str(port))
                results[name + str(i)] = step(code, ns)
                if name == 'server' and (code.startswith('s.listen') or code.startswith('s.bind') and 'SOCK_DGRAM' in lines[0]):
                    ready.set()
        except Exception as e:
            results[name + '-error'] = repr(e)
            ready.set()
    t = threading.Thread(target=side, args=('server', server))
    t.start()
    ready.wait(5)
    side('client', client)
    t.join(5)
    return results

for line in sys.stdin:
    req = json.loads(line)
    kind = req['kind']
    if kind == 'request':
        out = request()
    elif kind == 'frame':
        out = frame(req['packet'])
    elif kind == 'run':
        # A free port, which another test's connections may take between
        # the probe and the program's bind: then again with another.
        for attempt in range(5):
            with socket.socket() as probe:
                probe.bind(('127.0.0.1', 0))
                port = probe.getsockname()[1]
            out = run(port, req['server'], req['client'])
            if 'Address already in use' not in out.get('server-error', ''):
                break
    elif kind == 'import':
        importlib.import_module(req['name'])
        out = req['name']
    print(json.dumps(out), flush=True)
`

func TestAgainstPython(t *testing.T) {
	o := pyoracle.Start(t, conceptsProgram)

	t.Run("http.client request", func(t *testing.T) {
		var got string
		o.Ask(t, map[string]any{"kind": "request"}, &got)
		if got != HTTPRequest {
			t.Errorf("http.client sends %q, HTTPRequest is %q", got, HTTPRequest)
		}
	})

	t.Run("frame bytes", func(t *testing.T) {
		p := ExamplePacket()
		var got string
		o.Ask(t, map[string]any{"kind": "frame", "packet": map[string]any{
			"request": p.Request, "src": p.SrcIP.String(), "dst": p.DstIP.String(),
			"sport": p.SrcPort, "dport": p.DstPort, "seq": p.Seq, "ack": p.Ack, "window": p.Window,
			"id": p.ID, "ttl": p.TTL, "smac": hex.EncodeToString(p.SrcMAC[:]), "dmac": hex.EncodeToString(p.DstMAC[:]),
		}}, &got)
		if want := hex.EncodeToString(p.Frame()); got != want {
			t.Errorf("Python builds\n%s\nGo\n%s", got, want)
		}
	})

	// Each sequence's two programs run against each other on loopback;
	// every Result a step shows is what Python gives there.
	for name, steps := range map[string][]Step{"tcp": TCPSequence(), "udp": UDPSequence()} {
		t.Run(name+" sequence", func(t *testing.T) {
			lines := func(side Side) []string {
				return strings.Split(Program(steps, side), "\n")[1:] // without "import socket"
			}
			var got map[string]string
			o.Ask(t, map[string]any{"kind": "run", "server": lines(Server), "client": lines(Client)}, &got)
			for k, v := range got {
				if strings.HasSuffix(k, "-error") {
					t.Fatalf("%s: %s", k, v)
				}
			}
			n := map[Side]int{}
			for _, s := range steps {
				if s.Code == "" {
					if s.Result != "" {
						t.Errorf("%v %s: a result without code", s.Side, s.Call)
					}
					continue
				}
				key := s.Side.String() + strconv.Itoa(n[s.Side])
				n[s.Side]++
				if s.Result != "" && got[key] != s.Result {
					t.Errorf("%v: %s gives %s in Python, the step shows %s", s.Side, s.Code, got[key], s.Result)
				}
			}
		})
	}

	t.Run("modules", func(t *testing.T) {
		var reqs []any
		for _, m := range Modules() {
			reqs = append(reqs, map[string]any{"kind": "import", "name": m.Name})
		}
		if err := o.AskAll(reqs, func(i int, line []byte) error {
			var name string
			return json.Unmarshal(line, &name)
		}); err != nil {
			t.Fatal(err)
		}
	})
}

// The ports quiz's Python sessions replay in CPython as shown.
func TestPortTranscripts(t *testing.T) {
	r := pyoracle.NewReplayer(t)
	m := map[string]string{}
	for _, w := range WellKnownPorts() {
		m[w.Service] = w.Python()
	}
	r.Check(t, m)
}

// TestPortAnswerIsPythonsInt: the ports quiz reads a number as Python's
// int() does for digits typed in either width: each answer that int()
// reads as a port is that port, and CheckPort calls it right exactly
// when int() gives the service's port.
func TestPortAnswerIsPythonsInt(t *testing.T) {
	o := pyoracle.Start(t, `
import json, sys
for line in sys.stdin:
    s = json.loads(line)
    try:
        print(json.dumps(int(s)), flush=True)
    except ValueError:
        print("null", flush=True)
`)
	for _, answer := range []string{"22", "２２", "２2", " ２２ ", "\u3000２２\u3000", "０２２", "443", "４４３", "２３"} {
		var n *int
		o.Ask(t, answer, &n)
		if n == nil {
			t.Errorf("int(%q) raises: not a case of this test", answer)
			continue
		}
		fb := CheckPort("SSH", answer)
		if (fb.Verdict == Correct) != (*n == 22) || fb.Verdict == Invalid {
			t.Errorf("CheckPort(SSH, %q) = %v; int() gives %d", answer, fb.Verdict, *n)
		}
	}
}
