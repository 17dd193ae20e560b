package packing

import "netprimer/app/i18n"

// Texts of the lesson that its code chooses; the widgets hold the others.
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
)
