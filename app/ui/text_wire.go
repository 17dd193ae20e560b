package ui

import "netprimer/app/i18n"

// Texts of the lessons on address packing (/packing) and byte order
// (/byteorder) that their code chooses; the views hold the others.
var (
	txtTry     = i18n.T{Ko: "해 보기:", En: "Try:"}
	txtWhyNull = i18n.T{
		Ko: "문자열에 NUL 문자(\\x00)가 있습니다. C 함수는 그 앞까지만 보게 되므로 CPython이 먼저 거부합니다.",
		En: "The text holds a NUL character (\\x00). The C function would only see the text before it, so CPython refuses it first.",
	}

	txtIPLabel = i18n.T{Ko: "IP 주소 문자열", En: "IP address string"}
	txtWhyAton = i18n.T{
		Ko: "inet_aton이 이 문자열을 IPv4 주소로 읽지 못합니다. 각 부분은 숫자(10진수, 0x 16진수, 0 8진수)여야 하고, 점은 3개까지, 각 부분은 자기가 채우는 비트에 들어가야 하며(a.b.c.d에서는 각각 255 이하), 주소 뒤에는 공백만 올 수 있습니다.",
		En: "inet_aton cannot read this text as an IPv4 address: each part must be a number (decimal, 0x hexadecimal, 0 octal), there are at most three dots, each part must fit the bits it fills (at most 255 each in a.b.c.d), and only whitespace may follow the address.",
	}
	txtWhyAtonV6 = i18n.T{
		Ko: "inet_aton은 IPv4 전용입니다. IPv6 주소는 아래의 inet_pton(AF_INET6)으로 변환합니다.",
		En: "inet_aton handles IPv4 only; convert an IPv6 address with inet_pton(AF_INET6) below.",
	}
	txtWhyPton4 = i18n.T{
		Ko: "AF_INET의 inet_pton은 정확히 a.b.c.d만 받습니다: 10진수 4개(0–255, 앞자리 0 없음), 뒤에 아무것도 없이. inet_aton의 느슨한 형식은 모두 거부합니다.",
		En: "inet_pton with AF_INET accepts exactly a.b.c.d: four decimal numbers (0–255, no leading zeros) and nothing after them. It rejects every lenient form of inet_aton.",
	}
	txtWhyPton6 = i18n.T{
		Ko: "inet_pton(AF_INET6)이 읽지 못합니다: 16비트 16진수 그룹 8개를 콜론으로 나누고, 0 그룹이 이어지면 한 번만 ::로 줄이며, 마지막 32비트는 a.b.c.d로 쓸 수 있습니다(RFC 4291 2.2절). %scope는 받지 않습니다.",
		En: "inet_pton(AF_INET6) cannot read it: eight groups of 16-bit hexadecimal between colons, one run of zero groups shortened to :: at most once, and the last 32 bits may be written a.b.c.d (RFC 4291 section 2.2). It does not take a %scope.",
	}

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

// txtCut is kit.CutNote's text, for the views of /packing and /byteorder,
// which draw their texts as data.
var txtCut = i18n.T{
	Ko: "입력이 너무 길어 처음 5000자만 사용합니다.",
	En: "The input is too long: only its first 5000 characters are used.",
}
