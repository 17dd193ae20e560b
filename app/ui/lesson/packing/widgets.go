package packing

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// The examples of the lesson: the deck's address, each lenient form of
// inet_aton, texts it refuses, and IPv6 for inet_pton.
var (
	atonLinks = []kit.Link{
		{Href: "/packing?ip=114.71.220.95", Text: deckIP},
		{Href: "/packing?ip=127.1", Text: "127.1"},
		{Href: "/packing?ip=1.2.3", Text: "1.2.3"},
		{Href: "/packing?ip=2130706433", Text: "2130706433"},
		{Href: "/packing?ip=0x7f.1", Text: "0x7f.1"},
		{Href: "/packing?ip=010.0.0.1", Text: "010.0.0.1"},
		{Href: "/packing?ip=0177.0.0.1", Text: "0177.0.0.1"},
		{Href: "/packing?ip=1.2.3.4+junk", Text: "1.2.3.4 junk"},
		{Href: "/packing?ip=256.1.1.1", Text: "256.1.1.1"},
		{Href: "/packing?ip=1.2.3.4.5", Text: "1.2.3.4.5"},
	}
	ptonLinks = []kit.Link{
		{Href: "/packing?ip=2001%3Adb8%3A%3A1", Text: "2001:db8::1"},
		{Href: "/packing?ip=%3A%3A1", Text: "::1"},
		{Href: "/packing?ip=%3A%3Affff%3A114.71.220.95", Text: "::ffff:114.71.220.95"},
		{Href: "/packing?ip=fe80%3A%3A1%25eth0", Text: "fe80::1%eth0"},
		{Href: "/packing?ip=1%3A%3A2%3A%3A3", Text: "1::2::3"},
		{Href: "/packing?ip=127.1", Text: "127.1"},
	}
)

// aton is inet_aton's widget: the text read into 4 bytes, the lenient
// forms explained, and ipaddress.ip_address beside it.
func (p *page) aton(l i18n.Lang) app.UI {
	m := &p.m
	var cut, atonErr, atonOK, ipErr app.UI
	if m.cut {
		cut = kit.CutNote(l)
	}
	if !m.atonOK() {
		atonErr = kit.H(l, "div.error#aton-error", kit.H(l, "code", m.atonErr), " ", m.atonWhy)
	} else {
		atonOK = atonRead(l, m)
	}
	atonClass, ipClass := "ok", "ok"
	if !m.atonOK() {
		atonClass = "error"
	}
	if !m.ipAddrOK {
		ipClass = "error"
		ipErr = kit.H(l, "p.note", i18n.T{
			Ko: "ipaddress는 엄격합니다: IPv4는 점으로 나눈 정확히 4개의 10진수(0–255, 앞자리 0 없음), IPv6는 RFC 4291의 형식만 받습니다.",
			En: "ipaddress is strict: IPv4 must be exactly four decimal numbers (0–255, no leading zeros) between dots, IPv6 one of the forms of RFC 4291.",
		})
	}
	var verdict app.UI
	switch {
	case m.atonOK() && m.ipAddrOK:
		verdict = kit.H(l, "p.ok#verdict", i18n.T{Ko: "두 함수가 같은 주소로 읽습니다.", En: "Both read the same address."})
	case m.atonOK():
		verdict = kit.H(l, "p.error#verdict", i18n.T{
			Ko: "inet_aton은 받아들이지만 ip_address는 거부합니다: 두 파서가 같은 문자열을 다르게 읽습니다.",
			En: "inet_aton accepts it but ip_address rejects it: two parsers read the same text differently.",
		})
	case m.ipAddrOK:
		verdict = kit.H(l, "p.note#verdict", i18n.T{Ko: "ip_address는 받아들이지만 inet_aton은 거부합니다.", En: "ip_address accepts it but inet_aton rejects it."})
	default:
		verdict = kit.H(l, "p.note#verdict", i18n.T{Ko: "두 함수 모두 거부합니다.", En: "Both reject it."})
	}
	return kit.H(l, "section.widget#aton",
		kit.H(l, "h2", i18n.T{Ko: "inet_aton(): 문자열 주소 → 4바이트", En: "inet_aton(): string address → 4 bytes"}),
		kit.TextField("ip-input", txtIPLabel.In(l), m.ip, p.Live(), p.onInput),
		kit.Examples(l, "aton-examples", txtTry, atonLinks),
		cut, atonErr, atonOK,
		kit.H(l, "h2.sub", i18n.T{Ko: "ipaddress.ip_address()와 비교", En: "Compared with ipaddress.ip_address()"}),
		kit.H(l, "div.compare",
			kit.H(l, "div.side", kit.H(l, "code", "socket.inet_aton(ip)"), kit.H(l, "p."+atonClass, m.atonSays)),
			kit.H(l, "div.side", kit.H(l, "code", "ipaddress.ip_address(ip)"), kit.H(l, "p."+ipClass, m.ipAddr)),
		),
		verdict, ipErr,
		kit.H(l, "p.note#why-matters", i18n.T{
			Ko: "왜 중요한가: 한 시스템의 두 파서가 같은 문자열을 다르게 읽으면 보안 구멍이 됩니다. 허용 목록이나 SSRF 필터가 '0x7f.1'이나 '0177.0.0.1'을 127.0.0.1(localhost)이 아니라고 보고 통과시켰는데, 실제로 연결하는 코드가 inet_aton처럼 읽으면 127.0.0.1에 닿습니다. 이런 우회가 실제 취약점이 되어 왔고, Python도 3.9.5에서 ipaddress가 앞자리 0을 거부하도록 바꿨습니다(CVE-2021-29921).",
			En: "Why it matters: when two parsers in one system read the same text differently, that is a security hole. An allow-list or an SSRF filter decides that '0x7f.1' or '0177.0.0.1' is not 127.0.0.1 (localhost) and lets it through, while the code that connects reads it as inet_aton does and reaches 127.0.0.1. Such bypasses have been real vulnerabilities, and Python itself changed ipaddress in 3.9.5 to reject leading zeros (CVE-2021-29921).",
		}),
		kit.NewTranscript("packing-session", m.session),
	)
}

// atonRead is what inet_aton read: the address, its form (strict, or
// which lenient forms), its numbers and its bytes.
func atonRead(l i18n.Lang, m *model) app.UI {
	var form, ignored app.UI
	if m.aton.Lenient() {
		var few, hex, oct, ign app.UI
		if m.fewParts() {
			few = kit.H(l, "li", i18n.T{
				Ko: "부분이 4개보다 적습니다. 마지막 부분이 남은 비트를 모두 채웁니다: 127.1은 127.0.0.1, 1.2.3은 1.2.0.3, 수 하나는 32비트 전체입니다.",
				En: "Fewer than four parts: the last part fills all the bits that are left — 127.1 is 127.0.0.1, 1.2.3 is 1.2.0.3, and a single number is all 32 bits.",
			})
		}
		if m.hexPart() {
			hex = kit.H(l, "li", i18n.T{
				Ko: "0x로 시작하는 부분은 16진수입니다: 0x7f는 127입니다.",
				En: "A part that starts with 0x is hexadecimal: 0x7f is 127.",
			})
		}
		if m.octPart() {
			oct = kit.H(l, "li", i18n.T{
				Ko: "0으로 시작하는 부분은 8진수입니다(C의 strtoul 규칙): 010은 8, 0177은 127입니다.",
				En: "A part that starts with 0 is octal (C's strtoul rule): 010 is 8, 0177 is 127.",
			})
		}
		if m.ignored != "" {
			ign = kit.H(l, "li", i18n.T{
				Ko: "공백 뒤의 텍스트는 무시됩니다: glibc는 주소 뒤의 공백에서 읽기를 멈춥니다.",
				En: "Text after whitespace is ignored: glibc stops reading at the whitespace after the address.",
			})
		}
		form = kit.H(l, "div.note.lenient#lenient", kit.H(l, "p", i18n.T{
			Ko: "느슨한 형식입니다 — inet_aton(glibc)만 받아들이고 inet_pton과 ipaddress는 거부합니다:",
			En: "A lenient form — only inet_aton (glibc) accepts it; inet_pton and ipaddress reject it:",
		}), kit.H(l, "ul", few, hex, oct, ign))
	} else {
		form = kit.H(l, "p.ok#strict", i18n.T{
			Ko: "엄격한 형식입니다: inet_pton과 ipaddress도 같은 주소로 읽습니다.",
			En: "The strict form: inet_pton and ipaddress read the same address.",
		})
	}
	if m.ignored != "" {
		ignored = kit.H(l, "p#ignored", i18n.T{Ko: "무시된 텍스트: ", En: "Ignored text: "}, kit.H(l, "code", m.ignored))
	}
	rows := make([]app.UI, len(m.parts))
	for i, r := range m.parts {
		rows[i] = kit.H(l, "tr", kit.H(l, "td", r.text), kit.H(l, "td", r.base), kit.H(l, "td", r.value), kit.H(l, "td", r.bits), kit.H(l, "td", r.bytes))
	}
	return kit.H(l, "div",
		kit.H(l, "p#aton-result", i18n.T{Ko: "inet_aton이 읽은 주소: ", En: "The address inet_aton read: "}, kit.H(l, "code", m.ntoa)),
		form,
		kit.Scroll(l, "div.table-wrap", kit.H(l, "table#parts",
			kit.H(l, "thead", kit.H(l, "tr",
				kit.H(l, "th", i18n.T{Ko: "쓴 그대로", En: "As written"}),
				kit.H(l, "th", i18n.T{Ko: "진법", En: "Base"}),
				kit.H(l, "th", i18n.T{Ko: "값", En: "Value"}),
				kit.H(l, "th", i18n.T{Ko: "채우는 비트", En: "Bits filled"}),
				kit.H(l, "th", i18n.T{Ko: "바이트", En: "Bytes"}),
			)),
			kit.H(l, "tbody", rows),
		)),
		ignored,
		kit.H(l, "p", i18n.T{
			Ko: "packed: 4바이트 bytes 객체 — 네트워크 바이트 순서(빅 엔디언)로, 첫 바이트가 가장 큰 자리입니다.",
			En: "packed: a 4-byte bytes object — in network byte order (big endian), the first byte the most significant.",
		}),
		kit.ByteCells("aton-cells", m.packed, packedAt),
		props(l, m.props),
	)
}

// deckProgram is the slides' inet_aton/inet_ntoa program, run with the
// text.
func deckProgram(l i18n.Lang, m *model) app.UI {
	var deck, note app.UI
	if m.deck != nil {
		deck = kit.NewTranscript("deck-session", m.deck)
	} else {
		note = kit.H(l, "p.note", i18n.T{
			Ko: "이 문자열에는 제어 문자가 있어 print()가 한 줄로 쓰지 않습니다. 위의 세션을 보세요.",
			En: "This text holds a control character, which print() would not write as one line: see the session above.",
		})
	}
	return kit.H(l, "section.widget#deck-program",
		kit.H(l, "h2", i18n.T{Ko: "슬라이드의 프로그램", En: "The program from the slides"}),
		kit.H(l, "p", i18n.T{
			Ko: "강의 슬라이드의 inet_aton/inet_ntoa 프로그램에 위의 주소를 넣어 실행한 결과입니다.",
			En: "The slides' inet_aton/inet_ntoa program, run with the address above.",
		}),
		deck, note,
	)
}

// pton is inet_pton's widget: IPv4 and IPv6, strict.
func pton(l i18n.Lang, m *model) app.UI {
	var result []app.UI
	if m.ptonErr != "" {
		result = []app.UI{kit.H(l, "div.error#pton-error", kit.H(l, "code", m.ptonErr), " ", m.ptonWhy)}
	} else {
		result = []app.UI{kit.ByteCells("pton-cells", m.ptonPacked, packedAt), props(l, m.ptonProps)}
	}
	return kit.H(l, "section.widget#pton",
		kit.H(l, "h2", i18n.T{Ko: "inet_pton() / inet_ntop(): IPv4와 IPv6", En: "inet_pton() / inet_ntop(): IPv4 and IPv6"}),
		kit.H(l, "p", i18n.T{
			Ko: "inet_pton은 주소 체계를 받습니다: AF_INET은 4바이트, AF_INET6은 16바이트. 느슨한 형식은 받지 않습니다. 위의 문자열에 콜론(:)이 있으면 AF_INET6으로 변환합니다.",
			En: "inet_pton takes an address family: AF_INET gives 4 bytes, AF_INET6 16 bytes. It accepts no lenient form. The text above is converted with AF_INET6 if it has a colon (:).",
		}),
		kit.Examples(l, "pton-examples", txtTry, ptonLinks),
		result,
		kit.NewTranscript("pton-session", m.pton),
	)
}

// props draws Python expressions beside their values.
func props(l i18n.Lang, ps []prop) app.UI {
	items := make([]app.UI, len(ps))
	for i, p := range ps {
		items[i] = kit.H(l, "div.prop", kit.H(l, "dt", p.expr), kit.H(l, "dd", p.val))
	}
	return kit.H(l, "dl.props", items)
}
