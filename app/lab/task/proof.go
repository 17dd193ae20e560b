package task

import (
	"encoding/binary"
	"strconv"
	"unicode/utf8"

	"netprimer/app/pyrepl"
)

// Python returns the Python session that shows what the verdict is
// about: the bytes of the right answer, after those of the mistake when
// there is one, exactly as CPython 3.11 prints them (PRODUCT.md's
// transcript rules). It is "" for the tasks whose proof is the student's
// own program (UDP, TwoConns) and for feedback about what did not arrive.
func (t Task) Python(v Verdict) string {
	var tr *pyrepl.Transcript
	switch t.ID {
	case Hello:
		tr = helloPython(v)
	case Htons:
		tr = htonsPython(v)
	case Aton:
		tr = atonPython(v)
	case Htonl:
		if len(v.Args) > 0 {
			if n, err := strconv.ParseUint(v.Args[0], 10, 32); err == nil {
				tr = htonlPython(v, uint32(n))
			}
		}
	case LengthPrefix:
		tr = framedPython(v)
	}
	if tr == nil {
		return ""
	}
	return tr.String()
}

func helloPython(v Verdict) *pyrepl.Transcript {
	hello := []byte("hello")
	switch v.Mistake {
	case "":
		if utf8.Valid(v.Data) {
			return pyrepl.Session().Eval(pyrepl.Str(string(v.Data))+".encode()", pyrepl.Bytes(v.Data))
		}
	case "utf16":
		le := []byte{'h', 0, 'e', 0, 'l', 0, 'l', 0, 'o', 0}
		return pyrepl.Session().Eval("'hello'.encode('utf-16-le')", pyrepl.Bytes(le)).Eval("'hello'.encode()", pyrepl.Bytes(hello))
	case "repr":
		return pyrepl.Session().Eval("str(b'hello').encode()", pyrepl.Bytes([]byte("b'hello'"))).Eval("b'hello'", pyrepl.Bytes(hello))
	}
	return nil
}

func htonsPython(v Verdict) *pyrepl.Transcript {
	tr := pyrepl.Session("struct")
	switch v.Mistake {
	case "":
	case MistakeLittleEndian:
		tr.Eval("struct.pack('<H', 1234)", pyrepl.Bytes([]byte{0xd2, 0x04}))
	case MistakeText:
		tr.Eval("str(1234).encode()", pyrepl.Bytes([]byte("1234")))
	case "four_bytes":
		tr.Eval("struct.pack('!I', 1234)", pyrepl.Bytes([]byte{0, 0, 0x04, 0xd2}))
	case "four_bytes_little":
		tr.Eval("struct.pack('<I', 1234)", pyrepl.Bytes([]byte{0xd2, 0x04, 0, 0}))
	case "hex_digits":
		tr.Eval("0x1234", "4660").Eval("hex(1234)", pyrepl.Str("0x4d2"))
	case MistakeExtraBytes:
		tr.Eval("len(struct.pack('!H', 1234))", "2")
	case MistakeWrongValue:
		if len(v.Data) != 2 {
			return nil
		}
		sent := pyrepl.Bytes(v.Data)
		tr.Eval("struct.unpack('!H', "+sent+")", pyrepl.Tuple(pyrepl.Uint(uint64(binary.BigEndian.Uint16(v.Data))))).
			Eval("struct.unpack('<H', "+sent+")", pyrepl.Tuple(pyrepl.Uint(uint64(binary.LittleEndian.Uint16(v.Data)))))
	default:
		return nil
	}
	return tr.Eval("struct.pack('!H', 1234)", pyrepl.Bytes(htonsRight))
}

func atonPython(v Verdict) *pyrepl.Transcript {
	tr := pyrepl.Session("socket")
	const call = "socket.inet_aton('114.71.220.95')"
	switch v.Mistake {
	case "":
	case MistakeLittleEndian:
		tr.Eval(call+"[::-1]", pyrepl.Bytes([]byte{0x5f, 0xdc, 0x47, 0x72}))
	case MistakeText:
		tr.Eval(pyrepl.Str(AtonAddr)+".encode()", pyrepl.Bytes([]byte(AtonAddr)))
	case "hexlified":
		tr = pyrepl.Session("binascii", "socket").Eval("binascii.hexlify("+call+")", pyrepl.Bytes([]byte("7247dc5f")))
	case "wrong_address":
		if len(v.Data) != 4 {
			return nil
		}
		tr.Eval("socket.inet_ntoa("+pyrepl.Bytes(v.Data)+")", pyrepl.Str(dottedQuad(v.Data)))
	case MistakeExtraBytes:
		tr.Eval("len("+call+")", "4")
	default:
		return nil
	}
	return tr.Eval(call, pyrepl.Bytes(atonRight))
}

func htonlPython(v Verdict, n uint32) *pyrepl.Transcript {
	tr := pyrepl.Session("struct")
	ns := strconv.FormatUint(uint64(n), 10)
	be := binary.BigEndian.AppendUint32(nil, n)
	switch v.Mistake {
	case "":
	case MistakeLittleEndian:
		tr.Eval("struct.pack('<I', "+ns+")", pyrepl.Bytes(binary.LittleEndian.AppendUint32(nil, n)))
	case MistakeText:
		tr.Eval("str("+ns+").encode()", pyrepl.Bytes([]byte(ns)))
	case "htons":
		tr.Eval("struct.calcsize('!H')", "2").Eval("struct.calcsize('!I')", "4")
	case "eight_bytes":
		tr.Eval("struct.calcsize('Q')", "8").Eval("struct.calcsize('!I')", "4")
	case MistakeExtraBytes:
		tr.Eval("len(struct.pack('!I', "+ns+"))", "4")
	case MistakeWrongValue:
		if len(v.Data) != 4 {
			return nil
		}
		sent := pyrepl.Bytes(v.Data)
		tr.Eval("struct.unpack('!I', "+sent+")", pyrepl.Tuple(pyrepl.Uint(uint64(binary.BigEndian.Uint32(v.Data))))).
			Eval("struct.unpack('<I', "+sent+")", pyrepl.Tuple(pyrepl.Uint(uint64(binary.LittleEndian.Uint32(v.Data)))))
	default:
		return nil
	}
	return tr.Eval("struct.pack('!I', "+ns+")", pyrepl.Bytes(be))
}

// framedPython shows the message with the student's own text when the
// attempt holds a short one, with '안녕' (more bytes than characters)
// otherwise.
func framedPython(v Verdict) *pyrepl.Transcript {
	text := []byte("안녕")
	own := func(from, n int) {
		if from >= 0 && n >= 1 && n <= 64 && from+n <= len(v.Data) && utf8.Valid(v.Data[from:from+n]) {
			text = v.Data[from : from+n]
		}
	}
	if len(v.Data) >= 2 {
		switch v.Mistake {
		case "":
			own(2, int(binary.BigEndian.Uint16(v.Data)))
		case MistakeLittleEndian:
			own(2, int(binary.LittleEndian.Uint16(v.Data)))
		case "counts_characters", "counts_header":
			own(2, len(v.Data)-2)
		case "four_bytes":
			own(4, len(v.Data)-4)
		}
	}
	lit := pyrepl.Str(string(text))
	msg := func(order binary.AppendByteOrder) []byte {
		return append(order.AppendUint16(nil, uint16(len(text))), text...)
	}
	tr := pyrepl.Session("struct")
	switch v.Mistake {
	case "", "truncated":
		tr.In("data = " + lit + ".encode()")
	case MistakeLittleEndian:
		tr.In("data = "+lit+".encode()").Eval("struct.pack('<H', len(data)) + data", pyrepl.Bytes(msg(binary.LittleEndian)))
	case "counts_characters":
		tr.In("text = "+lit).Eval("len(text)", strconv.Itoa(utf8.RuneCount(text))).Eval("len(text.encode())", strconv.Itoa(len(text))).In("data = text.encode()")
	case "counts_header", "four_bytes", "text_length":
		tr.In("data = "+lit+".encode()").Eval("len(data)", strconv.Itoa(len(text)))
	case "not_utf8":
		tr.Eval("'안녕'.encode('cp949')", pyrepl.Bytes([]byte{0xbe, 0xc8, 0xb3, 0xe7})).In("data = '안녕'.encode()")
	default:
		return nil
	}
	return tr.Eval("struct.pack('!H', len(data)) + data", pyrepl.Bytes(msg(binary.BigEndian)))
}
