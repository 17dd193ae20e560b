package wire

import "netprimer/app/pyrepl"

// TranscriptHost is the byte order of the host whose CPython the
// transcripts show: little-endian, as on x86-64 and arm64 Linux.
const TranscriptHost = LittleEndian

// ByteOrderSession returns the deck's session of the slide "바이트 순서
// 변환" for the number text n and width w, generalised to 32 bits:
//
//	a = 1234; hex(a); b = socket.htons(a); hex(b); c = socket.ntohs(b); hex(c)
//
// after sys.byteorder. n is written as a literal when it is a plain one
// ("1234", "0x1234", "-5") and as int(n, 0) otherwise, which shows
// CPython's ValueError for a text that is no integer. An OverflowError of
// htons or htonl ends the session. Host-dependent: sys.byteorder and the
// values of b (c is a again on any host); see TranscriptHost. w must be
// W16 or W32.
func ByteOrderSession(n string, w Width) *pyrepl.Transcript {
	w.check()
	t := pyrepl.Session("socket", "sys")
	t.Eval("sys.byteorder", pyrepl.Str(TranscriptHost.String()))
	a, ok := assign(t, n)
	if !ok {
		return t
	}
	hton, ntoh := "socket.htons", "socket.ntohs"
	if w == W32 {
		hton, ntoh = "socket.htonl", "socket.ntohl"
	}
	t.Eval("hex(a)", pyrepl.Str(a.Hex()))
	t.In("b = " + hton + "(a)")
	b, err := Hton(a, w, TranscriptHost)
	if err != nil {
		raise(t, err)
		return t
	}
	t.Eval("hex(b)", pyrepl.Str(IntOf(int64(b)).Hex()))
	t.In("c = " + ntoh + "(b)")
	c, _ := Ntoh(IntOf(int64(b)), w, TranscriptHost)
	t.Eval("hex(c)", pyrepl.Str(IntOf(int64(c)).Hex()))
	return t
}

// PackSession returns the session that lays n out with struct.pack in
// network order ("!"), big-endian (">"), little-endian ("<") and the
// host's order ("="), with code H for W16 and I for W32, then the deck's
// story: the big-endian bytes read by a little-endian host without
// conversion (0x1234 becomes 0x3412). Each struct.pack that CPython
// refuses shows its struct.error, and the story is left out. Host-dependent:
// the bytes of "=" and the words of the errors of H (see Pack).
func PackSession(n string, w Width) *pyrepl.Transcript {
	w.check()
	code := "H"
	if w == W32 {
		code = "I"
	}
	t := pyrepl.Session("struct")
	a, ok := assign(t, n)
	if !ok {
		return t
	}
	var big []byte
	for _, prefix := range []string{"!", ">", "<", "="} {
		f := prefix + code
		t.In("struct.pack(" + pyrepl.Str(f) + ", a)")
		p, err := Pack(f, a, TranscriptHost)
		if err != nil {
			raise(t, err)
			continue
		}
		t.Out(pyrepl.Bytes(p))
		if prefix == ">" {
			big = p
		}
	}
	if big != nil {
		t.Eval("hex(int.from_bytes(struct.pack('>"+code+"', a), 'little'))",
			pyrepl.Str(IntOf(int64(Read(big, LittleEndian))).Hex()))
	}
	return t
}

// assign adds the line that gives a the value of the text n, and returns
// that value, or false after CPython's ValueError.
func assign(t *pyrepl.Transcript, n string) (Int, bool) {
	n = pyText(n)
	a, err := ParseInt(n)
	if err == nil && isSourceLiteral(n) {
		t.In("a = " + n)
		return a, true
	}
	t.In("a = int(" + pyrepl.Str(n) + ", 0)")
	if err != nil {
		raise(t, err)
		return Int{}, false
	}
	return a, true
}

// isSourceLiteral reports whether n, which int(n, 0) accepts, also reads
// as the same number in Python source: an optional sign, then letters,
// digits and underscores from a digit on. int() and the source grammar
// agree on those (both refuse 010 and accept 0_0 and 0x_1). Long texts
// are written with int() anyway, since the source refuses a decimal
// literal of more than 4300 digits with a different error.
func isSourceLiteral(n string) bool {
	if len(n) > 64 {
		return false
	}
	s := n
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" || !isDigit(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_') {
			return false
		}
	}
	return true
}
