//go:build !js

package task

import (
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// evalProgram evaluates Python expressions that make bytes, as a
// student's program would, and answers their hex (or the exception).
const evalProgram = `
import binascii, json, socket, struct, sys
for line in sys.stdin:
    req = json.loads(line)
    try:
        out = {"hex": eval(req["expr"]).hex()}
    except Exception as e:
        out = {"error": type(e).__name__ + ": " + str(e)}
    print(json.dumps(out), flush=True)
`

// pyCase is what a student's program sends, as a Python expression, and
// what the tracker must make of it: right, or the named mistake. V
// stands for the session's htonl value.
type pyCase struct {
	expr    string
	task    ID
	mistake string // "" for right
}

const oracleCode = "ab12cd"

var pyCases = []pyCase{
	// Say hello.
	{"'hello'.encode()", Hello, ""},
	{"'안녕하세요'.encode()", Hello, ""},
	{"'hello'.encode('utf-16')", Hello, "utf16"},    // with a BOM in host order
	{"'hello'.encode('utf-16-be')", Hello, "utf16"}, // either order
	{"str(b'hello').encode()", Hello, "repr"},
	// 1234 in network byte order: the right and wrong answers.
	{"struct.pack('!H', 1234)", Htons, ""},
	{"struct.pack('>H', 1234)", Htons, ""},
	{"(1234).to_bytes(2, 'big')", Htons, ""},
	{"struct.pack('H', socket.htons(1234))", Htons, ""}, // host order of the swapped value
	{"struct.pack('<H', 1234)", Htons, MistakeLittleEndian},
	{"struct.pack('H', 1234)", Htons, MistakeLittleEndian},                       // host order on Intel and ARM
	{"struct.pack('!H', socket.htons(1234))", Htons, MistakeLittleEndian},        // swapped twice
	{"str(1234).encode()", Htons, MistakeText},                                   //
	{"struct.pack('!I', 1234)", Htons, "four_bytes"},                             //
	{"struct.pack('!I', socket.htonl(socket.htonl(1234)))", Htons, "four_bytes"}, //
	{"struct.pack('I', 1234)", Htons, "four_bytes_little"},                       //
	{"struct.pack('!H', 0x1234)", Htons, "hex_digits"},                           //
	{"struct.pack('!H', 1234) + b'\\n'", Htons, MistakeExtraBytes},               //
	{"struct.pack('!H', 4321)", Htons, MistakeWrongValue},                        //
	// inet_aton.
	{"socket.inet_aton('114.71.220.95')", Aton, ""},
	{"socket.inet_pton(socket.AF_INET, '114.71.220.95')", Aton, ""},
	{"struct.pack('!I', int.from_bytes(socket.inet_aton('114.71.220.95'), 'big'))", Aton, ""},
	{"struct.pack('I', int.from_bytes(socket.inet_aton('114.71.220.95'), 'big'))", Aton, MistakeLittleEndian},
	{"'114.71.220.95'.encode()", Aton, MistakeText},
	{"binascii.hexlify(socket.inet_aton('114.71.220.95'))", Aton, "hexlified"},
	{"socket.inet_aton('114.71.220.59')", Aton, "wrong_address"},
	{"socket.inet_aton('114.71.220.95') + b'\\n'", Aton, MistakeExtraBytes},
	// htonl of the session's value.
	{"struct.pack('!I', V)", Htonl, ""},
	{"struct.pack('I', socket.htonl(V))", Htonl, ""},
	{"(V).to_bytes(4, 'big')", Htonl, ""},
	{"struct.pack('I', V)", Htonl, MistakeLittleEndian},
	{"struct.pack('!I', socket.htonl(V))", Htonl, MistakeLittleEndian},
	{"str(V).encode()", Htonl, MistakeText},
	{"hex(V).encode()", Htonl, MistakeText},
	{"str(socket.htonl(V)).encode()", Htonl, MistakeText},
	{"struct.pack('!H', V & 0xffff)", Htonl, "htons"},
	{"struct.pack('!H', V >> 16)", Htonl, "htons"},
	{"struct.pack('L', socket.htonl(V))", Htonl, "eight_bytes"}, // 64-bit Linux: 'L' is 8 bytes
	{"struct.pack('!Q', V)", Htonl, "eight_bytes"},
	{"struct.pack('Q', V)", Htonl, "eight_bytes"},
	{"struct.pack('!I', V) + b'\\n'", Htonl, MistakeExtraBytes},
	{"struct.pack('!I', V ^ 0x01010101)", Htonl, MistakeWrongValue},
	// A length-prefixed message.
	{"struct.pack('!H', 5) + b'hello'", LengthPrefix, ""},
	{"struct.pack('!H', len('안녕'.encode())) + '안녕'.encode()", LengthPrefix, ""},
	{"struct.pack('<H', len(b'hello')) + b'hello'", LengthPrefix, MistakeLittleEndian},
	{"struct.pack('!H', len('안녕')) + '안녕'.encode()", LengthPrefix, "counts_characters"},
	{"struct.pack('!H', 2 + len(b'hello')) + b'hello'", LengthPrefix, "counts_header"},
	{"struct.pack('!I', len(b'hello')) + b'hello'", LengthPrefix, "four_bytes"},
	{"str(len(b'hello')).encode() + b'hello'", LengthPrefix, "text_length"},
	{"struct.pack('!H', len('안녕'.encode('cp949'))) + '안녕'.encode('cp949')", LengthPrefix, "not_utf8"},
}

// TestChecksAgainstCPython sends what CPython makes of each expression in
// one recv of a fresh session, and checks the tracker's verdict.
func TestChecksAgainstCPython(t *testing.T) {
	o := pyoracle.Start(t, evalProgram)
	v := strconv.FormatUint(uint64(HtonlValue(oracleCode)), 10)
	var order struct{ Hex string }
	o.Ask(t, map[string]string{"expr": "sys.byteorder.encode()"}, &order)
	if b, _ := hex.DecodeString(order.Hex); string(b) != "little" {
		t.Fatalf("these cases are for a little-endian host (Intel, ARM), not %q", b)
	}
	reqs := make([]any, len(pyCases))
	for i, c := range pyCases {
		reqs[i] = map[string]string{"expr": strings.ReplaceAll(c.expr, "V", v)}
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		c := pyCases[i]
		var ans struct{ Hex, Error string }
		if err := json.Unmarshal(line, &ans); err != nil {
			return err
		}
		if ans.Error != "" {
			t.Errorf("%s: CPython raised %s", c.expr, ans.Error)
			return nil
		}
		data, _ := hex.DecodeString(ans.Hex)
		s := &session{t: t, tr: NewTracker(oracleCode)}
		s.connect(1, 5000)
		seq := s.data(1, 5000, string(data))
		status := Tried
		if c.mistake == "" {
			status = Done
		}
		t.Run(c.expr, func(t *testing.T) {
			s.t = t
			s.want(c.task, status, seq, c.mistake)
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPythonReplays replays in CPython the session of every verdict the
// CPython cases reach, and of the verdicts only a whole session reaches.
func TestPythonReplays(t *testing.T) {
	o := pyoracle.Start(t, evalProgram)
	v := strconv.FormatUint(uint64(HtonlValue(oracleCode)), 10)
	reqs := make([]any, len(pyCases))
	for i, c := range pyCases {
		reqs[i] = map[string]string{"expr": strings.ReplaceAll(c.expr, "V", v)}
	}
	transcripts := map[string]string{}
	covered := map[string]bool{}
	add := func(p Progress) {
		task, _ := Lookup(p.ID)
		if py := task.Python(p.Last); py != "" {
			key := string(p.ID) + " " + p.Last.Mistake + " " + strconv.Quote(string(p.Last.Data))
			transcripts[key] = py
			covered[string(p.ID)+" "+p.Last.Mistake] = true
		}
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var ans struct{ Hex string }
		if err := json.Unmarshal(line, &ans); err != nil {
			return err
		}
		data, _ := hex.DecodeString(ans.Hex)
		s := &session{t: t, tr: NewTracker(oracleCode)}
		s.connect(1, 5000)
		s.data(1, 5000, string(data))
		s.close(1, 5000)
		for _, p := range s.tr.Progress() {
			add(p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s := newSession(t)
	s.tr = NewTracker(oracleCode)
	s.connect(1, 5000)
	s.data(1, 5000, "\x00\x0a안녕")
	s.close(1, 5000)
	add(s.tr.Progress()[index(LengthPrefix)])
	// Every known mistake with a proof has been replayed.
	for _, task := range All() {
		for _, m := range append([]Mistake{{ID: ""}}, task.Mistakes...) {
			if task.Python(Verdict{Right: m.ID == "", Mistake: m.ID, Args: []string{v}, Data: []byte("\x00\x05hello")}) != "" && !covered[string(task.ID)+" "+m.ID] {
				t.Errorf("%s %q: its Python session is never replayed", task.ID, m.ID)
			}
		}
	}
	pyoracle.NewReplayer(t).Check(t, transcripts)
}
