package byteorder

import (
	"strings"

	"netprimer/app/i18n"
)

// Texts of the lesson that its code chooses; the widgets hold the others.
var (
	txtNLabel     = i18n.T{Ko: "정수 a", En: "Integer a"}
	txtWidthLabel = i18n.T{Ko: "크기", En: "Size"}
	txtWidths     = []i18n.T{
		{Ko: "16비트: htons/ntohs, 'H'", En: "16 bits: htons/ntohs, 'H'"},
		{Ko: "32비트: htonl/ntohl, 'I'", En: "32 bits: htonl/ntohl, 'I'"},
	}
	txtWhyInt = i18n.T{
		Ko: "int(text, 0)가 정수로 읽지 못하는 문자열입니다. 예: 1234, 0x1234, 0o2322, 0b10011010010. 0으로 시작하는 10진수(010)는 받지 않습니다.",
		En: "int(text, 0) cannot read this text as an integer. Examples: 1234, 0x1234, 0o2322, 0b10011010010. A decimal number that starts with 0 (010) is refused.",
	}
	txtWhyRange16 = i18n.T{
		Ko: "htons와 ntohs는 2바이트 양의 정수, 곧 0부터 65535(0xffff)까지만 받습니다. 범위를 벗어나면 CPython은 OverflowError를 냅니다.",
		En: "htons and ntohs take a 2-byte positive integer, 0 to 65535 (0xffff). Outside that range CPython raises OverflowError.",
	}
	txtWhyRange32 = i18n.T{
		Ko: "htonl과 ntohl은 4바이트 양의 정수, 곧 0부터 4294967295(0xffffffff)까지만 받습니다. 범위를 벗어나면 CPython은 OverflowError를 냅니다.",
		En: "htonl and ntohl take a 4-byte positive integer, 0 to 4294967295 (0xffffffff). Outside that range CPython raises OverflowError.",
	}
	txtOrderName = []i18n.T{
		{Ko: "빅 엔디언 ('big')", En: "big endian ('big')"},
		{Ko: "리틀 엔디언 ('little')", En: "little endian ('little')"},
	}
)

// Texts that name the conversion functions of the width shown: {hton} and
// {ntoh} stand for htons and ntohs, or htonl and ntohl.
var (
	txtSameOnBig = i18n.T{
		Ko: "빅 엔디언 호스트에서는 호스트 바이트 순서가 곧 네트워크 바이트 순서라서 {hton}은(는) 아무것도 바꾸지 않습니다. 리틀 엔디언 호스트에서는 바이트를 뒤집습니다. 어느 쪽이든 {ntoh}({hton}(a))는 a입니다.",
		En: "On a big-endian host the host byte order is the network byte order, so {hton} changes nothing; on a little-endian host it reverses the bytes. Either way {ntoh}({hton}(a)) is a.",
	}
	txtFix = i18n.T{
		Ko: "4. 해결: 네트워크 바이트 순서(빅 엔디언)로 약속합니다. 보낼 때 {hton}, 받을 때 {ntoh}을(를) 쓰면 호스트 2도 a를 읽습니다.",
		En: "4. The fix: agree on the network byte order (big endian). With {hton} when sending and {ntoh} when receiving, host 2 reads a too.",
	}
)

// withFuncs writes the conversion functions of m's width into t.
func withFuncs(t i18n.T, m *model) i18n.T {
	hton, ntoh := m.funcs()
	r := strings.NewReplacer("{hton}", hton, "{ntoh}", ntoh)
	return i18n.T{Ko: i18n.Particles(r.Replace(t.Ko)), En: r.Replace(t.En)}
}
