package task

import (
	"encoding/binary"
	"strings"
	"testing"

	"netprimer/app/api"
	"netprimer/app/pyrepl"
)

// checkCase is some bytes a student's program may send, and what one
// task's check makes of them.
type checkCase struct {
	data    string
	proto   string // "" is TCP
	final   bool
	level   level
	mistake string
	args    []string
}

func runChecks(t *testing.T, name string, check func(input) result, cases []checkCase) {
	t.Helper()
	for _, c := range cases {
		proto := c.proto
		if proto == "" {
			proto = api.LabTCP
		}
		t.Run(name+"/"+pyrepl.Bytes([]byte(c.data)), func(t *testing.T) {
			r := check(input{data: []byte(c.data), proto: proto, final: c.final})
			if r.level != c.level || r.mistake != c.mistake {
				t.Fatalf("level %d mistake %q, want level %d mistake %q", r.level, r.mistake, c.level, c.mistake)
			}
			if c.args != nil && strings.Join(r.args, "|") != strings.Join(c.args, "|") {
				t.Errorf("args %q, want %q", r.args, c.args)
			}
			// A mistake the check names is one the task knows and
			// explains: its feedback has every placeholder filled.
			task := taskOf(name)
			if r.level >= levelGeneric {
				fb := task.Feedback(Verdict{Right: r.level == levelRight, Mistake: r.mistake, Args: r.args})
				if fb.Ko == "" || fb.En == "" || strings.Contains(fb.Ko+fb.En, "{") {
					t.Errorf("feedback %+v", fb)
				}
			}
		})
	}
}

func taskOf(name string) Task {
	task, ok := Lookup(ID("lab." + name))
	if !ok {
		panic(name)
	}
	return task
}

func TestCheckHello(t *testing.T) {
	runChecks(t, "hello", checkHello, []checkCase{
		{data: "hello", level: levelRight, args: []string{"b'hello'"}},                        // the deck's own
		{data: "Hello, server!\n", level: levelRight},                                         // any case, with more after it
		{data: "hi", level: levelRight},                                                       // a shorter greeting
		{data: "안녕하세요", level: levelRight},                                                    // in Korean, UTF-8
		{data: "history", level: levelNone},                                                   // "hi" starts a word only when it is one
		{data: "helloworld", level: levelNone},                                                // nor "hello"
		{data: "hello", proto: api.LabUDP, level: levelKnown, mistake: MistakeUDP},            // the right bytes, the wrong protocol
		{data: "h\x00e\x00l\x00l\x00o\x00", level: levelKnown, mistake: "utf16"},              // 'hello'.encode('utf-16-le')
		{data: "\xff\xfeh\x00e\x00l\x00l\x00o\x00", level: levelKnown, mistake: "utf16"},      // 'hello'.encode('utf-16'): a BOM first
		{data: "\xfe\xff\x00h\x00i", level: levelKnown, mistake: "utf16"},                     // big-endian UTF-16 with its BOM
		{data: "b'hello'", level: levelKnown, mistake: "repr", args: []string{`b"b'hello'"`}}, // str(b'hello').encode()
		{data: "\x04\xd2", level: levelNone},                                                  // another task's bytes
		{data: "\xc3\x28", level: levelNone},                                                  // not UTF-8: no greeting
	})
}

func TestCheckHtons(t *testing.T) {
	runChecks(t, "htons", checkHtons, []checkCase{
		{data: "\x04\xd2", level: levelRight, args: []string{`b'\x04\xd2'`}},                                // struct.pack('!H', 1234)
		{data: "\x04\xd2", proto: api.LabUDP, level: levelRight},                                            // in a datagram too
		{data: "\xd2\x04", level: levelKnown, mistake: MistakeLittleEndian},                                 // struct.pack('<H', 1234), or '!H' of htons(1234)
		{data: "1234", level: levelKnown, mistake: MistakeText, args: []string{"b'1234'"}},                  // str(1234).encode()
		{data: "1234\n", level: levelKnown, mistake: MistakeText},                                           // with a newline
		{data: "\x00\x00\x04\xd2", level: levelKnown, mistake: "four_bytes"},                                // struct.pack('!I', 1234)
		{data: "\xd2\x04\x00\x00", level: levelKnown, mistake: "four_bytes_little"},                         // struct.pack('I', 1234) on Intel
		{data: "\x12\x34", level: levelKnown, mistake: "hex_digits"},                                        // struct.pack('!H', 0x1234)
		{data: "\x34\x12", level: levelKnown, mistake: "hex_digits"},                                        // struct.pack('<H', 0x1234)
		{data: "\x04\xd2\n", level: levelKnown, mistake: MistakeExtraBytes, args: []string{"1"}},            // a newline after the bytes
		{data: "\x00\x7b", level: levelGeneric, mistake: MistakeWrongValue, args: []string{"123", "31488"}}, // 123 in network order
		{data: "ok", level: levelNone},                                                                      // two bytes of text are no number
		{data: "\x04", level: levelNone},                                                                    // half of it
	})
}

func TestCheckAton(t *testing.T) {
	runChecks(t, "aton", checkAton, []checkCase{
		{data: "rG\xdc_", level: levelRight, args: []string{`b'rG\xdc_'`}},                              // socket.inet_aton('114.71.220.95')
		{data: "_\xdcGr", level: levelKnown, mistake: MistakeLittleEndian},                              // struct.pack('<I', 0x7247dc5f)
		{data: "114.71.220.95", level: levelKnown, mistake: MistakeText},                                // the address as text
		{data: "114.71.220.95\r\n", level: levelKnown, mistake: MistakeText},                            // with a line end
		{data: "7247DC5F", level: levelKnown, mistake: "hexlified"},                                     // binascii.hexlify(…).upper()
		{data: "rG\xdc`", level: levelKnown, mistake: "wrong_address", args: []string{"114.71.220.96"}}, // a typo in one octet
		{data: "rG\xdc_\n", level: levelKnown, mistake: MistakeExtraBytes, args: []string{"1"}},         // a newline after it
		{data: "\x01\x02\x03\x04", level: levelNone},                                                    // another address entirely
	})
}

func TestCheckHtonl(t *testing.T) {
	const v = 0xdeadbeef // 3735928559
	be := string(binary.BigEndian.AppendUint32(nil, v))
	le := string(binary.LittleEndian.AppendUint32(nil, v))
	check := func(in input) result { return checkHtonl(v, in) }
	runChecks(t, "htonl", check, []checkCase{
		{data: be, level: levelRight, args: []string{"3735928559", `b'\xde\xad\xbe\xef'`}},                                                                     // struct.pack('!I', v)
		{data: le, level: levelKnown, mistake: MistakeLittleEndian},                                                                                            // struct.pack('<I', v), or '!I' of htonl(v)
		{data: "3735928559", level: levelKnown, mistake: MistakeText},                                                                                          // str(v).encode()
		{data: "0xdeadbeef", level: levelKnown, mistake: MistakeText},                                                                                          // hex(v).encode()
		{data: "4022250974", level: levelKnown, mistake: MistakeText},                                                                                          // str(socket.htonl(v)) on a little-endian host
		{data: "\xbe\xef", level: levelKnown, mistake: "htons"},                                                                                                // struct.pack('!H', v & 0xffff)
		{data: "\xef\xbe", level: levelKnown, mistake: "htons"},                                                                                                // its little-endian form
		{data: be + "\x00\x00\x00\x00", level: levelKnown, mistake: "eight_bytes"},                                                                             // struct.pack('L', socket.htonl(v)) on 64-bit Linux
		{data: "\x00\x00\x00\x00" + be, level: levelKnown, mistake: "eight_bytes"},                                                                             // struct.pack('!Q', v)
		{data: le + "\x00\x00\x00\x00", level: levelKnown, mistake: "eight_bytes"},                                                                             // struct.pack('Q', v) on Intel
		{data: be + "\n", level: levelKnown, mistake: MistakeExtraBytes},                                                                                       // a newline after it
		{data: "\x00\x00\x04\xd2", level: levelGeneric, mistake: MistakeWrongValue, args: []string{"3735928559", `b'\x00\x00\x04\xd2'`, "1234", "3523477504"}}, // htonl(1234): another value
		{data: "abcd", level: levelNone},                                                                                                                       // text is no packed number
	})
}

func TestCheckFramed(t *testing.T) {
	runChecks(t, "length_prefix", checkFramed, []checkCase{
		{data: "\x00\x05hello", level: levelRight, args: []string{"5", "'hello'"}},                               // struct.pack('!H', 5) + b'hello'
		{data: "\x00\x06안녕", level: levelRight, args: []string{"6", "'안녕'"}},                                     // Korean: 6 bytes, 2 characters
		{data: "\x00\x02hi\x00\x03you", level: levelRight, args: []string{"2", "'hi'"}},                          // two messages in one recv
		{data: "\x00\x05hello", proto: api.LabUDP, level: levelKnown, mistake: MistakeUDP},                       // over UDP
		{data: "\x05\x00hello", level: levelKnown, mistake: MistakeLittleEndian},                                 // struct.pack('<H', 5) + data
		{data: "\x00\x02안녕", level: levelKnown, mistake: "counts_characters", args: []string{"2", "6"}},          // len(text) of Korean
		{data: "\x00\x07hello", level: levelKnown, mistake: "counts_header", args: []string{"7", "5"}},           // the 2 bytes counted too
		{data: "\x00\x00\x00\x05hello", level: levelKnown, mistake: "four_bytes"},                                // struct.pack('!I', 5)
		{data: "5hello", level: levelKnown, mistake: "text_length", args: []string{"b'5'"}},                      // str(len(data)).encode() + data
		{data: "5:hello", level: levelKnown, mistake: "text_length"},                                             // with a separator
		{data: "\x00\x04\xbe\xc8\xb3\xe7", level: levelKnown, mistake: "not_utf8"},                               // '안녕'.encode('cp949')
		{data: "\x00\x0ahello", level: levelNone},                                                                // more may come
		{data: "\x00\x0ahello", final: true, level: levelKnown, mistake: "truncated", args: []string{"10", "5"}}, // it did not
		{data: "hello", final: true, level: levelNone},                                                           // text alone is another task's
		{data: "\x04\xd2", final: true, level: levelNone},                                                        // so are 2 bytes alone
		{data: "\x00\x00hi", level: levelNone},                                                                   // a length of 0 is no message
	})
}

// TestHtonlValue checks the properties the htonl task relies on, over
// many codes: bytes distinct and non-zero, readable as no other task's.
func TestHtonlValue(t *testing.T) {
	seen := map[uint32]bool{}
	for i := range 20000 {
		code := codeOf(i)
		v := HtonlValue(code)
		if v != HtonlValue(code) {
			t.Fatalf("%s: not deterministic", code)
		}
		if !goodHtonl(v) {
			t.Fatalf("%s: %#x breaks the rules", code, v)
		}
		seen[v] = true
		be := binary.BigEndian.AppendUint32(nil, v)
		for _, c := range []func(input) result{checkHello, checkHtons, checkAton, checkFramed} {
			if r := c(input{data: be, proto: api.LabTCP}); r.level != levelNone {
				t.Fatalf("%s: %#x is also an attempt at another task: %+v", code, v, r)
			}
		}
	}
	if len(seen) < 19900 {
		t.Errorf("only %d values for 20000 codes", len(seen))
	}
}

func codeOf(i int) string {
	var b [api.LabCodeLen]byte
	for j := range b {
		b[j] = api.LabCodeAlphabet[i%32]
		i /= 32
	}
	return string(b[:])
}

// Feedback quotes at most the first 64 bytes of an attempt.
func TestShortQuotes(t *testing.T) {
	long := "hello " + strings.Repeat("ㅎ", 40)
	if got := checkHello(input{data: []byte(long), proto: api.LabTCP}).args[0]; !strings.HasSuffix(got, "…") || len(got) > 4*64+4 {
		t.Errorf("hello: %q", got)
	}
	framed := append([]byte{0, byte(len(long))}, long...)
	got := checkFramed(input{data: framed, proto: api.LabTCP}).args[1]
	if !strings.HasPrefix(got, "'hello ㅎ") || !strings.HasSuffix(got, "'…") {
		t.Errorf("length prefix: %q", got)
	}
}
