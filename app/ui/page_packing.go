package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/param"
	"netprimer/app/wire"
)

const packingPath = "/packing"

// deckIP is the address of the deck's slides on packing, the lesson's
// default.
const deckIP = "114.71.220.95"

// The examples of the packing lesson: the deck's address, each lenient
// form of inet_aton, texts it refuses, and IPv6 for inet_pton.
var (
	atonLinks = []string{
		"/packing?ip=114.71.220.95", deckIP,
		"/packing?ip=127.1", "127.1",
		"/packing?ip=1.2.3", "1.2.3",
		"/packing?ip=2130706433", "2130706433",
		"/packing?ip=0x7f.1", "0x7f.1",
		"/packing?ip=010.0.0.1", "010.0.0.1",
		"/packing?ip=0177.0.0.1", "0177.0.0.1",
		"/packing?ip=1.2.3.4+junk", "1.2.3.4 junk",
		"/packing?ip=256.1.1.1", "256.1.1.1",
		"/packing?ip=1.2.3.4.5", "1.2.3.4.5",
	}
	ptonLinks = []string{
		"/packing?ip=2001%3Adb8%3A%3A1", "2001:db8::1",
		"/packing?ip=%3A%3A1", "::1",
		"/packing?ip=%3A%3Affff%3A114.71.220.95", "::ffff:114.71.220.95",
		"/packing?ip=fe80%3A%3A1%25eth0", "fe80::1%eth0",
		"/packing?ip=1%3A%3A2%3A%3A3", "1::2::3",
		"/packing?ip=127.1", "127.1",
	}
)

// packingPage is the lesson on inet_aton, inet_ntoa, inet_pton and
// inet_ntop: one text, the ip parameter, read by each of them and by
// ipaddress.ip_address.
type packingPage struct {
	app.Compo
	lang i18n.Lang
	live bool
	ip   string            // the text as the lesson uses it
	s    [nPackingS]string // the view's values
	w    [nPackingW]any
	_    [0]func() // not comparable: spares app.wasm an equality function
}

func newPackingPage() *packingPage { return &packingPage{} }

func (p *packingPage) OnMount(ctx app.Context) { p.live = true }

func (p *packingPage) OnNav(ctx app.Context) {
	p.lang = kit.PageLang(ctx)
	p.ip, p.s, p.w = packingVals(param.Get(ctx.Page().URL().Query(), "ip", deckIP), p.lang)
	kit.SyncInput(ctx, "ip-input", p.ip)
}

func (p *packingPage) onInput(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{"ip": {ctx.JSSrc().Get("value").String()}})
}

func (p *packingPage) Render() app.UI {
	field := kit.TextField("ip-input", txtIPLabel.In(p.lang), p.ip, p.live, p.onInput)
	return kit.H(p.lang, "div.lesson", render(packingView, p.lang, &vals{p.s[:], p.w[:]}, field))
}

// The values of the packing lesson's view: strings, then widgets. A flag
// is a string that is set or empty.
const (
	_        = iota
	pCut     // flag: the text was cut to param.Max
	pAtonErr // inet_aton's exception
	pAtonWhy // why inet_aton refused the text
	pAtonOK  // flag: inet_aton read an address
	pNtoa    // inet_ntoa(packed)
	pStrict  // flag: the text is the strict form
	pLenient // flag: the text is a lenient form
	pFewParts
	pHexPart
	pOctPart
	pIgnored   // repr of the text inet_aton ignored
	pAtonSays  // inet_aton's bytes, or its exception
	pAtonClass // ok or error
	pIPAddr    // ip_address's repr, or its exception
	pIPAddrCls // ok or error
	pIPAddrErr // flag: ip_address refused the text
	pBoth      // flag: both read it (the verdicts)
	pOnlyAton
	pOnlyIPAddr
	pNeither
	pNoDeck // flag: the deck's program does not apply
	pPtonErr
	pPtonWhy
	nPackingS
)

const (
	_ = iota
	pwField
	pwAtonLinks
	pwParts
	pwAtonCells
	pwAtonProps
	pwPacking
	pwDeck
	pwPtonLinks
	pwPtonCells
	pwPtonProps
	pwPton
	nPackingW
)

// packingView is the lesson's page below its title.
var packingView = []view{
	{Tag: "section", Class: "widget", ID: "aton", Kids: []view{
		{Tag: "h2", T: i18n.T{Ko: "inet_aton(): 문자열 주소 → 4바이트", En: "inet_aton(): string address → 4 bytes"}},
		{W: pwField},
		{W: pwAtonLinks, Tag: "p", Class: "examples", T: txtTry, Row: "a", Cols: codeCol},
		{Tag: "p", Class: "note", If: pCut, T: txtCut},
		{Tag: "div", Class: "error", ID: "aton-error", If: pAtonErr, Kids: []view{
			{Tag: "code", S: pAtonErr}, {S: pAtonWhy},
		}},
		{Tag: "div", If: pAtonOK, Kids: []view{
			{Tag: "p", ID: "aton-result", T: i18n.T{Ko: "inet_aton이 읽은 주소: ", En: "The address inet_aton read: "}, Kids: []view{
				{Tag: "code", S: pNtoa},
			}},
			{Tag: "p", Class: "ok", ID: "strict", If: pStrict, T: i18n.T{
				Ko: "엄격한 형식입니다: inet_pton과 ipaddress도 같은 주소로 읽습니다.",
				En: "The strict form: inet_pton and ipaddress read the same address.",
			}},
			{Tag: "div", Class: "note lenient", ID: "lenient", If: pLenient, Kids: []view{
				{Tag: "p", T: i18n.T{
					Ko: "느슨한 형식입니다 — inet_aton(glibc)만 받아들이고 inet_pton과 ipaddress는 거부합니다:",
					En: "A lenient form — only inet_aton (glibc) accepts it; inet_pton and ipaddress reject it:",
				}},
				{Tag: "ul", Kids: []view{
					{Tag: "li", If: pFewParts, T: i18n.T{
						Ko: "부분이 4개보다 적습니다. 마지막 부분이 남은 비트를 모두 채웁니다: 127.1은 127.0.0.1, 1.2.3은 1.2.0.3, 수 하나는 32비트 전체입니다.",
						En: "Fewer than four parts: the last part fills all the bits that are left — 127.1 is 127.0.0.1, 1.2.3 is 1.2.0.3, and a single number is all 32 bits.",
					}},
					{Tag: "li", If: pHexPart, T: i18n.T{
						Ko: "0x로 시작하는 부분은 16진수입니다: 0x7f는 127입니다.",
						En: "A part that starts with 0x is hexadecimal: 0x7f is 127.",
					}},
					{Tag: "li", If: pOctPart, T: i18n.T{
						Ko: "0으로 시작하는 부분은 8진수입니다(C의 strtoul 규칙): 010은 8, 0177은 127입니다.",
						En: "A part that starts with 0 is octal (C's strtoul rule): 010 is 8, 0177 is 127.",
					}},
					{Tag: "li", If: pIgnored, T: i18n.T{
						Ko: "공백 뒤의 텍스트는 무시됩니다: glibc는 주소 뒤의 공백에서 읽기를 멈춥니다.",
						En: "Text after whitespace is ignored: glibc stops reading at the whitespace after the address.",
					}},
				}},
			}},
			{Tag: "div", Class: "table-wrap", Kids: []view{{Tag: "table", ID: "parts", Kids: []view{
				{Tag: "thead", Kids: []view{{Tag: "tr", Kids: []view{
					{Tag: "th", T: i18n.T{Ko: "쓴 그대로", En: "As written"}},
					{Tag: "th", T: i18n.T{Ko: "진법", En: "Base"}},
					{Tag: "th", T: i18n.T{Ko: "값", En: "Value"}},
					{Tag: "th", T: i18n.T{Ko: "채우는 비트", En: "Bits filled"}},
					{Tag: "th", T: i18n.T{Ko: "바이트", En: "Bytes"}},
				}}}},
				{W: pwParts, Tag: "tbody", Row: "tr", Cols: td5Cols},
			}}}},
			{Tag: "p", ID: "ignored", If: pIgnored, T: i18n.T{Ko: "무시된 텍스트: ", En: "Ignored text: "}, Kids: []view{
				{Tag: "code", S: pIgnored},
			}},
			{Tag: "p", T: i18n.T{
				Ko: "packed: 4바이트 bytes 객체 — 네트워크 바이트 순서(빅 엔디언)로, 첫 바이트가 가장 큰 자리입니다.",
				En: "packed: a 4-byte bytes object — in network byte order (big endian), the first byte the most significant.",
			}},
			{W: pwAtonCells, Tag: "div", Class: "cells", ID: "aton-cells", Row: "div.cell", Cols: cellCols},
			{W: pwAtonProps, Tag: "dl", Class: "props", Row: "div.prop", Cols: propCols},
		}},
		{Tag: "h2", Class: "sub", T: i18n.T{Ko: "ipaddress.ip_address()와 비교", En: "Compared with ipaddress.ip_address()"}},
		{Tag: "div", Class: "compare", Kids: []view{
			{Tag: "div", Class: "side", Kids: []view{
				{Tag: "code", T: i18n.Same("socket.inet_aton(ip)")}, {Tag: "p", C: pAtonClass, S: pAtonSays},
			}},
			{Tag: "div", Class: "side", Kids: []view{
				{Tag: "code", T: i18n.Same("ipaddress.ip_address(ip)")}, {Tag: "p", C: pIPAddrCls, S: pIPAddr},
			}},
		}},
		{Tag: "p", Class: "ok", ID: "verdict", If: pBoth, T: i18n.T{Ko: "두 함수가 같은 주소로 읽습니다.", En: "Both read the same address."}},
		{Tag: "p", Class: "error", ID: "verdict", If: pOnlyAton, T: i18n.T{
			Ko: "inet_aton은 받아들이지만 ip_address는 거부합니다: 두 파서가 같은 문자열을 다르게 읽습니다.",
			En: "inet_aton accepts it but ip_address rejects it: two parsers read the same text differently.",
		}},
		{Tag: "p", Class: "note", ID: "verdict", If: pOnlyIPAddr, T: i18n.T{
			Ko: "ip_address는 받아들이지만 inet_aton은 거부합니다.", En: "ip_address accepts it but inet_aton rejects it.",
		}},
		{Tag: "p", Class: "note", ID: "verdict", If: pNeither, T: i18n.T{Ko: "두 함수 모두 거부합니다.", En: "Both reject it."}},
		{Tag: "p", Class: "note", If: pIPAddrErr, T: i18n.T{
			Ko: "ipaddress는 엄격합니다: IPv4는 점으로 나눈 정확히 4개의 10진수(0–255, 앞자리 0 없음), IPv6는 RFC 4291의 형식만 받습니다.",
			En: "ipaddress is strict: IPv4 must be exactly four decimal numbers (0–255, no leading zeros) between dots, IPv6 one of the forms of RFC 4291.",
		}},
		{Tag: "p", Class: "note", ID: "why-matters", T: i18n.T{
			Ko: "왜 중요한가: 한 시스템의 두 파서가 같은 문자열을 다르게 읽으면 보안 구멍이 됩니다. 허용 목록이나 SSRF 필터가 '0x7f.1'이나 '0177.0.0.1'을 127.0.0.1(localhost)이 아니라고 보고 통과시켰는데, 실제로 연결하는 코드가 inet_aton처럼 읽으면 127.0.0.1에 닿습니다. 이런 우회가 실제 취약점이 되어 왔고, Python도 3.9.5에서 ipaddress가 앞자리 0을 거부하도록 바꿨습니다(CVE-2021-29921).",
			En: "Why it matters: when two parsers in one system read the same text differently, that is a security hole. An allow-list or an SSRF filter decides that '0x7f.1' or '0177.0.0.1' is not 127.0.0.1 (localhost) and lets it through, while the code that connects reads it as inet_aton does and reaches 127.0.0.1. Such bypasses have been real vulnerabilities, and Python itself changed ipaddress in 3.9.5 to reject leading zeros (CVE-2021-29921).",
		}},
		{W: pwPacking, ID: "packing-session"},
	}},
	{Tag: "section", Class: "widget", ID: "deck-program", Kids: []view{
		{Tag: "h2", T: i18n.T{Ko: "슬라이드의 프로그램", En: "The program from the slides"}},
		{Tag: "p", T: i18n.T{
			Ko: "강의 슬라이드의 inet_aton/inet_ntoa 프로그램에 위의 주소를 넣어 실행한 결과입니다.",
			En: "The slides' inet_aton/inet_ntoa program, run with the address above.",
		}},
		{W: pwDeck, ID: "deck-session"},
		{Tag: "p", Class: "note", If: pNoDeck, T: i18n.T{
			Ko: "이 문자열에는 제어 문자가 있어 print()가 한 줄로 쓰지 않습니다. 위의 세션을 보세요.",
			En: "This text holds a control character, which print() would not write as one line: see the session above.",
		}},
	}},
	{Tag: "section", Class: "widget", ID: "pton", Kids: []view{
		{Tag: "h2", T: i18n.T{Ko: "inet_pton() / inet_ntop(): IPv4와 IPv6", En: "inet_pton() / inet_ntop(): IPv4 and IPv6"}},
		{Tag: "p", T: i18n.T{
			Ko: "inet_pton은 주소 체계를 받습니다: AF_INET은 4바이트, AF_INET6은 16바이트. 느슨한 형식은 받지 않습니다. 위의 문자열에 콜론(:)이 있으면 AF_INET6으로 변환합니다.",
			En: "inet_pton takes an address family: AF_INET gives 4 bytes, AF_INET6 16 bytes. It accepts no lenient form. The text above is converted with AF_INET6 if it has a colon (:).",
		}},
		{W: pwPtonLinks, Tag: "p", Class: "examples", T: txtTry, Row: "a", Cols: codeCol},
		{Tag: "div", Class: "error", ID: "pton-error", If: pPtonErr, Kids: []view{
			{Tag: "code", S: pPtonErr}, {S: pPtonWhy},
		}},
		{W: pwPtonCells, Tag: "div", Class: "cells", ID: "pton-cells", Row: "div.cell", Cols: cellCols},
		{W: pwPtonProps, Tag: "dl", Class: "props", Row: "div.prop", Cols: propCols},
		{W: pwPton, ID: "pton-session"},
	}},
}

// packingVals computes the lesson for the text ip in language l: what
// socket.inet_aton, ipaddress.ip_address, the deck's program and
// socket.inet_pton make of it. It returns the text as the lesson uses it
// (see inputText) and the values of packingView.
func packingVals(ip string, l i18n.Lang) (_ string, s [nPackingS]string, w [nPackingW]any) {
	ip, cut := param.Clean(ip)
	s[pCut] = on(cut)
	w[pwField] = slot(0)
	w[pwAtonLinks], w[pwPtonLinks] = atonLinks, ptonLinks

	a, err := wire.ParseAton(ip)
	atonOK := err == nil
	s[pAtonOK], s[pAtonClass] = on(atonOK), "ok"
	if e := pyErr(err); e != nil {
		why := txtWhyAton
		switch {
		case e.Type == wire.ValueError:
			why = txtWhyNull
		case strings.IndexByte(ip, ':') >= 0:
			why = txtWhyAtonV6
		}
		s[pAtonErr], s[pAtonWhy] = e.Error(), " "+why.In(l)
		s[pAtonSays], s[pAtonClass] = e.Error(), "error"
	} else {
		packed := a.Addr[:]
		ntoa, _ := wire.InetNtoa(packed)
		n := wire.IntOf(int64(a.Uint32()))
		s[pNtoa], s[pAtonSays] = ntoa, pyrepl.Bytes(packed)+" ("+ntoa+")"
		s[pStrict], s[pLenient] = on(!a.Lenient()), on(a.Lenient())
		s[pFewParts] = on(a.NParts < 4)
		for _, p := range a.Parts[:a.NParts] {
			s[pHexPart] += on(p.Base == 16)
			s[pOctPart] += on(p.Base == 8)
		}
		if a.Trailing != "" {
			s[pIgnored] = pyrepl.Str(a.Trailing)
		}
		w[pwParts] = partRows(a)
		w[pwAtonCells] = byteCells(packed, packedAt)
		w[pwAtonProps] = []string{
			"binascii.hexlify(packed)", pyrepl.Bytes(wire.Hexlify(packed)),
			"int.from_bytes(packed, 'big')", n.String(),
			"hex(int.from_bytes(packed, 'big'))", pyrepl.Str(n.Hex()),
			"socket.inet_ntoa(packed)", pyrepl.Str(ntoa),
		}
	}

	// ipaddress.ip_address beside inet_aton: the point of the lesson.
	repr, err := wire.IPAddress(ip)
	ipOK := err == nil
	s[pIPAddr], s[pIPAddrCls], s[pIPAddrErr] = pyValue(repr, err), "ok", on(!ipOK)
	if !ipOK {
		s[pIPAddrCls] = "error"
	}
	s[pBoth], s[pOnlyAton] = on(atonOK && ipOK), on(atonOK && !ipOK)
	s[pOnlyIPAddr], s[pNeither] = on(!atonOK && ipOK), on(!atonOK && !ipOK)
	w[pwPacking] = wire.PackingSession(ip)
	if t, ok := wire.DeckSession(ip); ok {
		w[pwDeck] = t
	} else {
		s[pNoDeck] = "1"
	}

	// inet_pton, with the family PtonSession reads from the text:
	// AF_INET6 if it has a colon.
	f := wire.AFInet
	if strings.IndexByte(ip, ':') >= 0 {
		f = wire.AFInet6
	}
	packed, err := wire.InetPton(f, ip)
	if e := pyErr(err); e != nil {
		why := txtWhyPton4
		switch {
		case e.Type == wire.ValueError:
			why = txtWhyNull
		case f == wire.AFInet6:
			why = txtWhyPton6
		}
		s[pPtonErr], s[pPtonWhy] = e.Error(), " "+why.In(l)
	} else {
		ntop, _ := wire.InetNtop(f, packed)
		w[pwPtonCells] = byteCells(packed, packedAt)
		w[pwPtonProps] = []string{
			"len(packed)", strconv.Itoa(len(packed)),
			"binascii.hexlify(packed)", pyrepl.Bytes(wire.Hexlify(packed)),
			"socket.inet_ntop(" + f.String() + ", packed)", pyrepl.Str(ntop),
		}
	}
	w[pwPton] = wire.PtonSession(ip)
	return ip, s, w
}

// partRows lists the numbers of the address as inet_aton read them: as
// written, the base, the value, how many bits of the address it fills,
// and the bytes those bits hold ("1" filling 24 bits is 0.0.1).
func partRows(a wire.Aton) []string {
	var rows []string
	for _, p := range a.Parts[:a.NParts] {
		var bytes []string
		for shift := p.Bits - 8; shift >= 0; shift -= 8 {
			bytes = append(bytes, strconv.Itoa(int(p.Value>>shift&0xff)))
		}
		rows = append(rows, p.Text, strconv.Itoa(p.Base), strconv.FormatUint(uint64(p.Value), 10),
			strconv.Itoa(p.Bits), strings.Join(bytes, "."))
	}
	return rows
}
