// Package task holds the socket lab's tasks: what a student's own program
// is asked to send, how the bytes that arrived are checked, and the
// feedback that names a known mistake, in Korean and English, with the
// Python session that shows the right bytes.
//
// It is pure (the standard library, app/i18n and app/pyrepl): the server
// checks every event with it as it records it (Tracker), and the /lab page
// can show the same tasks and texts.
package task

import (
	"strings"

	"netprimer/app/i18n"
)

// ID names a task. IDs are a contract: they are the lab's practice skills
// (lab.*) and the API's task ids.
type ID string

// The tasks, in the order of the lesson.
const (
	Hello        ID = "lab.hello"         // say hello over TCP
	Htons        ID = "lab.htons"         // 1234 as 2 bytes in network byte order
	Aton         ID = "lab.aton"          // inet_aton('114.71.220.95')
	Htonl        ID = "lab.htonl"         // the session's 32-bit value with htonl
	UDP          ID = "lab.udp"           // a datagram, and its reply
	TwoConns     ID = "lab.two_conns"     // two connections at once, two 4-tuples
	LengthPrefix ID = "lab.length_prefix" // 2-byte big-endian length, then UTF-8 text
)

// The values the byte-order tasks ask for.
const (
	HtonsValue = 1234
	AtonAddr   = "114.71.220.95"
)

// Task is one task of the lab.
type Task struct {
	ID    ID
	Title i18n.T
	// Goal says what to send. {0} stands for the task's value where it
	// has one of its own (Htonl: the session's value).
	Goal i18n.T
	// Right is the feedback of a right attempt; {0}, {1}, … stand for
	// the verdict's Args.
	Right i18n.T
	// Mistakes are the known mistakes, each with its feedback.
	Mistakes []Mistake
}

// Mistake is a known wrong attempt at a task: the bytes that a mistake a
// student makes produces, recognised and explained.
type Mistake struct {
	ID   string
	Text i18n.T // {0}, {1}, … stand for the verdict's Args
}

// Mistake IDs shared by several tasks.
const (
	MistakeLittleEndian = "little_endian"
	MistakeText         = "text"
	MistakeExtraBytes   = "extra_bytes"
	MistakeWrongValue   = "wrong_value"
	MistakeUDP          = "udp"
)

var tasks = []Task{
	{
		ID:    Hello,
		Title: i18n.T{Ko: "TCP로 인사하기", En: "Say hello over TCP"},
		Goal:  i18n.T{Ko: "코드 줄 다음에 b'hello'를 sendall로 보내고, 되돌아온 바이트를 recv로 받으세요.", En: "After the code line, send b'hello' with sendall and recv the bytes that come back."},
		Right: i18n.T{Ko: "서버가 TCP로 {0}을(를) 받았고, 같은 바이트를 되돌려 보냈습니다.", En: "The server received {0} over TCP and sent the same bytes back."},
		Mistakes: []Mistake{
			{MistakeUDP, i18n.T{Ko: "인사가 UDP 데이터그램으로 왔습니다. 이 과제는 TCP입니다: socket.create_connection으로 연결하고 sendall로 보내세요.", En: "The greeting came as a UDP datagram; this task is over TCP: connect with socket.create_connection and send with sendall."}},
			{"utf16", i18n.T{Ko: "UTF-16으로 인코딩한 인사입니다 (글자마다 0 바이트가 붙습니다). str.encode()는 기본으로 UTF-8입니다: 'hello'.encode()나 b'hello'를 보내세요.", En: "That is the greeting in UTF-16 (a zero byte beside every letter); str.encode() gives UTF-8 by default: send 'hello'.encode() or b'hello'."}},
			{"repr", i18n.T{Ko: "bytes의 repr 문자열 {0}을(를) 보냈습니다 (str(b'hello').encode()). bytes 자체를 보내세요: sendall(b'hello').", En: "You sent the repr of a bytes object, {0} (str(b'hello').encode()); send the bytes themselves: sendall(b'hello')."}},
			{"nothing_sent", i18n.T{Ko: "연결은 코드 줄을 보낸 뒤 아무 바이트도 보내지 않고 닫혔습니다. 닫기 전에 sendall(b'hello')를 부르세요.", En: "The connection sent the code line, then closed without sending a byte after it; call sendall(b'hello') before closing."}},
		},
	},
	{
		ID:    Htons,
		Title: i18n.T{Ko: "1234를 네트워크 바이트 순서로", En: "1234 in network byte order"},
		Goal:  i18n.T{Ko: "1234를 2바이트 부호 없는 정수로, 네트워크 바이트 순서로 보내세요.", En: "Send 1234 as a 2-byte unsigned integer in network byte order."},
		Right: i18n.T{Ko: "{0}: 1234 = 0x04d2를 네트워크 바이트 순서(빅 엔디언)로 보냈습니다. 큰 자리 바이트 0x04가 먼저입니다.", En: "{0}: 1234 = 0x04d2 in network byte order (big-endian), the high byte 0x04 first."},
		Mistakes: []Mistake{
			{MistakeLittleEndian, i18n.T{Ko: "리틀 엔디언으로 보냈습니다 (Intel과 ARM의 호스트 순서): struct.pack('!H', …)나 socket.htons를 쓰세요. 둘을 함께 쓰면, struct.pack('!H', socket.htons(1234))처럼, 두 번 바뀌어 같은 바이트가 됩니다.", En: "You sent little-endian (host order on Intel and ARM): use struct.pack('!H', …) or socket.htons. Both at once, as in struct.pack('!H', socket.htons(1234)), swap twice and give the same bytes."}},
			{MistakeText, i18n.T{Ko: "숫자를 글자로 보냈습니다 ({0}, str(1234).encode()). 정수를 2바이트로 패킹하세요.", En: "You sent the digits as text ({0}, str(1234).encode()); pack the integer into 2 bytes."}},
			{"four_bytes", i18n.T{Ko: "4바이트를 보냈습니다: '!I'와 htonl은 32비트입니다. 이 과제는 2바이트입니다 ('!H', htons).", En: "You sent 4 bytes: '!I' and htonl are 32 bits; this task asks for 2 bytes ('!H', htons)."}},
			{"four_bytes_little", i18n.T{Ko: "4바이트 리틀 엔디언입니다 (Intel이나 ARM에서 struct.pack('I', 1234)). 2바이트를 네트워크 순서로 보내세요.", En: "That is 4 bytes in little-endian (struct.pack('I', 1234) on Intel or ARM); send 2 bytes in network order."}},
			{"hex_digits", i18n.T{Ko: "0x1234 = 4660을 보냈습니다. 1234는 10진수이고, 16진수로는 0x04d2입니다.", En: "You sent 0x1234 = 4660; 1234 is decimal, 0x04d2 in hex."}},
			{MistakeExtraBytes, i18n.T{Ko: "처음 2바이트는 맞지만 {0}바이트가 더 왔습니다 (줄바꿈?). 2바이트만 보내세요.", En: "The first 2 bytes are right, and {0} more came after them (a newline?); send the 2 bytes alone."}},
			{MistakeWrongValue, i18n.T{Ko: "2바이트를 보냈습니다: 네트워크 순서로 읽으면 {0}, 리틀 엔디언으로 읽으면 {1}입니다. 둘 다 1234가 아닙니다.", En: "You sent 2 bytes: {0} read in network order, {1} in little-endian; neither is 1234."}},
		},
	},
	{
		ID:    Aton,
		Title: i18n.T{Ko: "inet_aton으로 패킹한 주소", En: "An address packed by inet_aton"},
		Goal:  i18n.T{Ko: "socket.inet_aton('114.71.220.95')의 4바이트를 보내세요.", En: "Send the 4 bytes of socket.inet_aton('114.71.220.95')."},
		Right: i18n.T{Ko: "socket.inet_aton('114.71.220.95')의 4바이트 {0}을(를) 보냈습니다: 옥텟 하나가 바이트 하나, 앞에서부터 차례로.", En: "You sent the 4 bytes of socket.inet_aton('114.71.220.95'), {0}: one byte per octet, in order."},
		Mistakes: []Mistake{
			{MistakeLittleEndian, i18n.T{Ko: "바이트가 거꾸로입니다 ({0}): 주소를 리틀 엔디언 정수로 패킹했습니다. inet_aton의 바이트를 그대로 보내세요.", En: "The bytes are reversed ({0}): the address was packed as a little-endian integer; send inet_aton's bytes as they are."}},
			{MistakeText, i18n.T{Ko: "주소를 글자로 보냈습니다. inet_aton은 주소를 4바이트로 패킹합니다.", En: "You sent the address as text; inet_aton packs it into 4 bytes."}},
			{"hexlified", i18n.T{Ko: "hexlify의 결과(16진수 글자 8개)를 보냈습니다. 패킹한 4바이트 자체를 보내세요.", En: "You sent hexlify's output (8 hex digits as text); send the 4 packed bytes themselves."}},
			{"wrong_address", i18n.T{Ko: "{0}의 4바이트를 보냈습니다. 과제의 주소는 114.71.220.95입니다.", En: "You sent the 4 bytes of {0}; the task's address is 114.71.220.95."}},
			{MistakeExtraBytes, i18n.T{Ko: "처음 4바이트는 맞지만 {0}바이트가 더 왔습니다. inet_aton의 4바이트만 보내세요.", En: "The first 4 bytes are right, and {0} more came after them; send inet_aton's 4 bytes alone."}},
		},
	},
	{
		ID:    Htonl,
		Title: i18n.T{Ko: "htonl로 32비트 값 보내기", En: "A 32-bit value with htonl"},
		Goal:  i18n.T{Ko: "{0}을(를) 4바이트 부호 없는 정수로, 네트워크 바이트 순서로 보내세요 (socket.htonl).", En: "Send {0} as a 4-byte unsigned integer in network byte order (socket.htonl)."},
		Right: i18n.T{Ko: "{0}을(를) 4바이트 네트워크 바이트 순서로 보냈습니다: {1}.", En: "You sent {0} as 4 bytes in network byte order: {1}."},
		Mistakes: []Mistake{
			{MistakeLittleEndian, i18n.T{Ko: "리틀 엔디언으로 보냈습니다 ({1}): htonl 없이 호스트 순서로 패킹했거나, htonl의 결과를 '!I'로 다시 패킹해 두 번 바꿨습니다. struct.pack('!I', n)이나 struct.pack('I', socket.htonl(n))을 쓰세요.", En: "You sent little-endian ({1}): packed in host order without htonl, or htonl's result packed again with '!I', which swaps twice; use struct.pack('!I', n) or struct.pack('I', socket.htonl(n))."}},
			{MistakeText, i18n.T{Ko: "숫자를 글자로 보냈습니다 ({1}). 정수를 4바이트로 패킹하세요.", En: "You sent the number as text ({1}); pack the integer into 4 bytes."}},
			{"htons", i18n.T{Ko: "2바이트를 보냈습니다 ({1}): htons와 '!H'는 16비트만 담습니다. 32비트 값에는 htonl과 '!I'를 쓰세요.", En: "You sent 2 bytes ({1}): htons and '!H' hold only 16 bits; a 32-bit value needs htonl and '!I'."}},
			{"eight_bytes", i18n.T{Ko: "8바이트를 보냈습니다 ({1}): 64비트 Linux와 macOS에서 struct.pack('L', …)은 8바이트이고, 'Q'는 어디서나 8바이트입니다. 4바이트인 'I'나 '!I'를 쓰세요.", En: "You sent 8 bytes ({1}): struct.pack('L', …) is 8 bytes on 64-bit Linux and macOS, and 'Q' everywhere; use 'I' or '!I', which are 4."}},
			{MistakeExtraBytes, i18n.T{Ko: "처음 4바이트는 맞지만 {2}바이트가 더 왔습니다. 4바이트만 보내세요.", En: "The first 4 bytes are right, and {2} more came after them; send the 4 bytes alone."}},
			{MistakeWrongValue, i18n.T{Ko: "4바이트를 보냈습니다: 네트워크 순서로 읽으면 {2}, 리틀 엔디언으로 읽으면 {3}입니다. 과제의 값은 {0}입니다.", En: "You sent 4 bytes: {2} read in network order, {3} in little-endian; the task's value is {0}."}},
		},
	},
	{
		ID:    UDP,
		Title: i18n.T{Ko: "UDP 데이터그램과 응답", En: "A UDP datagram and its reply"},
		Goal:  i18n.T{Ko: "코드 줄과 내용을 한 데이터그램으로 sendto로 보내고, recvfrom으로 응답을 읽으세요.", En: "Send the code line and a payload as one datagram with sendto, and read the reply with recvfrom."},
		Right: i18n.T{Ko: "{0}바이트짜리 데이터그램이 도착했고, 같은 {0}바이트가 {1}(으)로 되돌아갔습니다. recvfrom이 그 응답과 서버의 주소를 줍니다.", En: "A datagram of {0} bytes arrived and the same {0} bytes went back to {1}; recvfrom returns that reply and the server's address."},
		Mistakes: []Mistake{
			{"empty", i18n.T{Ko: "데이터그램에 코드 줄만 있었습니다. 줄바꿈 뒤에 내용을 붙이세요: 코드 + b'\\n' + b'hello'.", En: "The datagram held the code line only; put a payload after the newline: code + b'\\n' + b'hello'."}},
			{"no_newline", i18n.T{Ko: "데이터그램이 코드로 시작하지만 바로 뒤에 줄바꿈이 없습니다. 코드 + b'\\n' + 내용 형식으로 보내세요.", En: "The datagram starts with the code but no newline follows it; send code + b'\\n' + payload."}},
		},
	},
	{
		ID:    TwoConns,
		Title: i18n.T{Ko: "동시에 연결 두 개", En: "Two connections at once"},
		Goal:  i18n.T{Ko: "TCP 연결 두 개를 동시에 열고 두 4-튜플을 비교하세요: 같은 연결인가요?", En: "Open two TCP connections at once and compare their 4-tuples: are they the same connection?"},
		Right: i18n.T{Ko: "두 연결이 동시에 열려 있었습니다: {0}와(과) {1}, 둘 다 서버의 {2}(으)로. 클라이언트 쪽이 달라 4-튜플이 다르므로 서로 다른 연결입니다.", En: "Two connections were open at once: {0} and {1}, both to the server's {2}. Their client ends differ, so their 4-tuples differ: two different connections."},
		Mistakes: []Mistake{
			{"one_after_another", i18n.T{Ko: "{0}의 연결이 닫힌 뒤에 {1}의 연결이 열렸습니다. 두 소켓을 모두 연 다음에 닫으세요.", En: "The connection from {0} closed before the one from {1} opened; open both sockets before closing either."}},
		},
	},
	{
		ID:    LengthPrefix,
		Title: i18n.T{Ko: "길이를 앞에 붙인 메시지", En: "A length-prefixed message"},
		Goal:  i18n.T{Ko: "TCP로 2바이트 빅 엔디언 길이를 보내고, 그 길이만큼의 UTF-8 텍스트를 보내세요.", En: "Over TCP, send a 2-byte big-endian length, then that many bytes of UTF-8 text."},
		Right: i18n.T{Ko: "길이 {0}, 그다음 UTF-8 텍스트 {1}: 받는 쪽은 2바이트를 읽고 정확히 {0}바이트를 더 읽으면 메시지 하나입니다.", En: "Length {0}, then the UTF-8 text {1}: a receiver reads 2 bytes, then exactly {0} more, and has one message."},
		Mistakes: []Mistake{
			{MistakeLittleEndian, i18n.T{Ko: "길이를 리틀 엔디언으로 보냈습니다 ({0}): struct.pack('!H', len(data))로 빅 엔디언으로 보내세요.", En: "The length is little-endian ({0}); send it big-endian: struct.pack('!H', len(data))."}},
			{"counts_characters", i18n.T{Ko: "길이 {0}은(는) 글자 수입니다. 이 텍스트는 UTF-8로 {1}바이트입니다: len(text)가 아니라 len(text.encode())를 보내세요.", En: "The length {0} counts characters; the text is {1} bytes in UTF-8: send len(text.encode()), not len(text)."}},
			{"counts_header", i18n.T{Ko: "길이 {0}은(는) 길이 필드의 2바이트까지 셌습니다. 텍스트의 바이트 수 {1}만 보내세요.", En: "The length {0} counts the 2 bytes of the length too; send the text's byte count alone, {1}."}},
			{"four_bytes", i18n.T{Ko: "길이를 4바이트로 보냈습니다 ('!I'). 이 과제의 길이는 2바이트입니다: struct.pack('!H', len(data)).", En: "The length is 4 bytes ('!I'); this task's length is 2 bytes: struct.pack('!H', len(data))."}},
			{"text_length", i18n.T{Ko: "길이를 숫자 글자로 보냈습니다 ({0}). 2바이트 정수로 패킹하세요: struct.pack('!H', len(data)).", En: "The length was sent as digits ({0}); pack it as a 2-byte integer: struct.pack('!H', len(data))."}},
			{"not_utf8", i18n.T{Ko: "길이 {0}은(는) 맞지만 텍스트가 UTF-8이 아닙니다. text.encode('utf-8')로 인코딩하세요 (cp949나 UTF-16이 아니라).", En: "The length {0} is right, but the text is not UTF-8; encode it with text.encode('utf-8') (not cp949 or UTF-16)."}},
			{"truncated", i18n.T{Ko: "길이는 {0}이라고 했지만, 연결이 닫힐 때까지 {1}바이트만 왔습니다.", En: "The length said {0}, but only {1} bytes came before the connection closed."}},
			{MistakeUDP, i18n.T{Ko: "길이를 붙인 메시지가 UDP로 왔습니다. 데이터그램은 이미 경계를 지킵니다: 길이 접두사는 바이트 스트림인 TCP에 필요합니다. TCP로 보내세요.", En: "The length-prefixed message came over UDP; a datagram keeps its boundaries already: length prefixes are for TCP's byte stream. Send it over TCP."}},
		},
	},
}

// All returns every task, in the order of the lesson.
func All() []Task { return append([]Task(nil), tasks...) }

// Lookup returns the task id names.
func Lookup(id ID) (Task, bool) {
	for _, t := range tasks {
		if t.ID == id {
			return t, true
		}
	}
	return Task{}, false
}

// mistake returns t's mistake id.
func (t Task) mistake(id string) (Mistake, bool) {
	for _, m := range t.Mistakes {
		if m.ID == id {
			return m, true
		}
	}
	return Mistake{}, false
}

// Feedback returns what the verdict says about an attempt at t, its Args
// filled in: the right text, or the mistake's; the zero T for a mistake t
// does not know.
func (t Task) Feedback(v Verdict) (text i18n.T) {
	if v.Right {
		return fill(t.Right, v.Args)
	}
	if m, ok := t.mistake(v.Mistake); ok {
		text = fill(m.Text, v.Args)
	}
	return text
}

// GoalFor returns t's goal in a session whose code is code.
func (t Task) GoalFor(code string) i18n.T {
	if t.ID == Htonl {
		return fill(t.Goal, []string{uintText(uint64(HtonlValue(code)))})
	}
	return t.Goal
}

// fill replaces {0}, {1}, … in both languages of t by args, and chooses
// the Korean particles that follow them (see i18n.Particles).
func fill(t i18n.T, args []string) i18n.T {
	if len(args) == 0 {
		return t
	}
	pairs := make([]string, 0, 2*len(args))
	for i, a := range args {
		pairs = append(pairs, "{"+uintText(uint64(i))+"}", a)
	}
	r := strings.NewReplacer(pairs...)
	return i18n.T{Ko: i18n.Particles(r.Replace(t.Ko)), En: r.Replace(t.En)}
}
