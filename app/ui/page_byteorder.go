package ui

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/param"
	"netprimer/app/wire"
)

const byteorderPath = "/byteorder"

// The deck's example of the byte order lesson: a = 1234, then htons.
const (
	deckN     = "1234"
	deckWidth = wire.W16
)

// storySteps is how many steps the story of two hosts has.
const storySteps = 4

// The examples of the byte order lesson: the deck's numbers and the
// bounds of each width, and the deck's story at the step where host 2
// reads 0x3412.
var (
	links16 = []string{
		"/byteorder?n=1234&width=16", deckN,
		"/byteorder?n=0x1234&width=16", "0x1234",
		"/byteorder?n=0&width=16", "0",
		"/byteorder?n=65535&width=16", "65535",
		"/byteorder?n=65536&width=16", "65536",
		"/byteorder?n=-1&width=16", "-1",
		"/byteorder?n=12ab&width=16", "12ab",
	}
	links32 = []string{
		"/byteorder?n=0x12345678&width=32", "0x12345678",
		"/byteorder?n=4294967295&width=32", "4294967295",
		"/byteorder?n=4294967296&width=32", "4294967296",
		"/byteorder?n=-1&width=32", "-1",
	}
	linksStory = []string{"/byteorder?n=0x1234&width=16&step=3", "0x1234"}
)

// byteorderPage is the lesson on byte order: a number (the n parameter)
// of 16 or 32 bits (width) in memory, through htons/ntohs or htonl/ntohl
// and struct.pack, and the deck's story of two hosts, one step at a time
// (step).
type byteorderPage struct {
	app.Compo
	lang i18n.Lang
	live bool
	n    string // the text as the lesson uses it
	w    wire.Width
	step int                 // the story's step shown last, 1 to storySteps
	s    [nByteorderS]string // the view's values
	ws   [nByteorderW]any
	_    [0]func() // not comparable: spares app.wasm an equality function
}

func newByteorderPage() *byteorderPage { return &byteorderPage{} }

func (p *byteorderPage) OnMount(ctx app.Context) { p.live = true }

func (p *byteorderPage) OnNav(ctx app.Context) {
	p.lang = kit.PageLang(ctx)
	q := ctx.Page().URL().Query()
	w, err := wire.ParseWidth(q.Get("width"))
	if err != nil {
		w = deckWidth
	}
	p.n, p.w = param.Get(q, "n", deckN), w
	p.step, err = strconv.Atoi(q.Get("step"))
	if err != nil || p.step < 1 || p.step > storySteps {
		p.step = 1
	}
	p.n, p.s, p.ws = byteorderVals(p.n, p.w, p.step, p.lang)
	kit.SyncInput(ctx, "n-input", p.n)
}

func (p *byteorderPage) onInput(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{"n": {ctx.JSSrc().Get("value").String()}})
}

func (p *byteorderPage) onWidth(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{"width": {ctx.JSSrc().Get("value").String()}})
}

func (p *byteorderPage) Render() app.UI {
	l := p.lang
	return kit.H(l, "div.lesson", render(byteorderView, l, &vals{p.s[:], p.ws[:]},
		kit.TextField("n-input", txtNLabel.In(l), p.n, p.live, p.onInput), kit.H(l, "div.field",
			app.Elem("label").Attr("for", "width-select").Text(txtWidthLabel.In(l)),
			widthSelect(p.w, p.live, p.onWidth, l)),
	))
}

// The values of the byte order lesson's view: strings, then widgets. A
// flag is a string that is set or empty.
const (
	_      = iota
	bCut   // flag: the text was cut to param.Max
	bErr   // int()'s ValueError, or the OverflowError of htons/htonl
	bWhy   // why
	bFits  // flag: a fits the width
	bNoFit // flag: it does not
	bHost  // the byte order of the memory this code runs in
	bPos   // where the story is: "2 / 4"
	bPrev  // the links to the story's previous and next steps
	bPrevClass
	bNext
	bNextClass
	bStep1
	bStep2
	bStep3
	bStep4
	bCur1 // the class of the story's current step
	bCur2
	bCur3
	bCur4
	bHeld // the number host 1 holds
	bRead // the number host 2 reads, unconverted
	bReadClass
	bFixed // the number host 2 reads with htons and ntohs
	bFixedClass
	nByteorderS
)

const (
	_ = iota
	bwField
	bwWidth
	bwLinks16
	bwLinks32
	bwLinksStory
	bwConv
	bwSession
	bwBig
	bwLittle
	bwPack
	bwPackSession
	bwStory1
	bwStory2
	bwStory3
	bwStory4
	nByteorderW
)

// byteorderView is the lesson's page below its title.
var byteorderView = []view{
	{Tag: "section", Class: "widget", ID: "conv", Kids: []view{
		{Tag: "h2", T: i18n.T{Ko: "바이트 순서 변환 함수", En: "Byte order conversion functions"}},
		{W: bwField},
		{W: bwWidth},
		{Tag: "p", Class: "hint", T: i18n.T{
			Ko: "10진수, 0x 16진수, 0o 8진수, 0b 2진수 — Python의 int(text, 0)로 읽습니다.",
			En: "Decimal, 0x hexadecimal, 0o octal, 0b binary — read as Python's int(text, 0).",
		}},
		{W: bwLinks16, Tag: "p", Class: "examples", Row: "a", Cols: codeCol, T: i18n.T{Ko: "16비트:", En: "16 bits:"}},
		{W: bwLinks32, Tag: "p", Class: "examples", Row: "a", Cols: codeCol, T: i18n.T{Ko: "32비트:", En: "32 bits:"}},
		{Tag: "p", Class: "note", If: bCut, T: txtCut},
		{Tag: "div", Class: "error", ID: "n-error", If: bErr, Kids: []view{
			{Tag: "code", S: bErr}, {S: bWhy},
		}},
		{Tag: "div", Class: "table-wrap", If: bFits, Kids: []view{{Tag: "table", ID: "conv-table", Kids: []view{
			{Tag: "thead", Kids: []view{{Tag: "tr", Kids: []view{
				{Tag: "th", T: i18n.T{Ko: "호출", En: "Call"}},
				{Tag: "th", T: i18n.T{Ko: "리틀 엔디언 호스트 (인텔, ARM, WebAssembly)", En: "Little-endian host (Intel, ARM, WebAssembly)"}},
				{Tag: "th", T: i18n.T{Ko: "빅 엔디언 호스트 (모토로라 계열)", En: "Big-endian host (Motorola family)"}},
			}}}},
			{W: bwConv, Tag: "tbody", Row: "tr", Cols: td3Cols},
		}}}},
		{Tag: "p", Class: "note", If: bFits, T: i18n.T{
			Ko: "빅 엔디언 호스트에서는 호스트 바이트 순서가 곧 네트워크 바이트 순서라서 htons가 아무것도 바꾸지 않습니다. 리틀 엔디언 호스트에서는 바이트를 뒤집습니다. 어느 쪽이든 ntohs(htons(a))는 a입니다.",
			En: "On a big-endian host the host byte order is the network byte order, so htons changes nothing; on a little-endian host it reverses the bytes. Either way ntohs(htons(a)) is a.",
		}},
		{W: bwSession, ID: "byteorder-session"},
	}},
	{Tag: "section", Class: "widget", ID: "memory", Kids: []view{
		{Tag: "h2", T: i18n.T{Ko: "메모리 속의 바이트", En: "The bytes in memory"}},
		{Tag: "p", ID: "host-order", T: i18n.T{
			Ko: "이 페이지를 실행하는 WebAssembly의 메모리는 어느 기기에서나 리틀 엔디언입니다: ",
			En: "The memory of the WebAssembly running this page is little-endian on every machine: ",
		}, Kids: []view{{Tag: "strong", S: bHost}}},
		{Tag: "div", Class: "mem", If: bFits, Kids: []view{
			{Tag: "div", ID: "mem-big", Kids: []view{
				{Tag: "h2", Class: "sub", T: i18n.T{
					Ko: "빅 엔디언: 큰 자리 바이트가 낮은 주소에. 네트워크 바이트 순서 — struct.pack('!'), '>'",
					En: "Big endian: the most significant byte at the lowest address. The network byte order — struct.pack('!'), '>'",
				}},
				{W: bwBig, Tag: "div", Class: "cells", Row: "div.cell", Cols: cellCols},
			}},
			{Tag: "div", ID: "mem-little", Kids: []view{
				{Tag: "h2", Class: "sub", T: i18n.T{
					Ko: "리틀 엔디언: 작은 자리 바이트가 낮은 주소에 — struct.pack('<')",
					En: "Little endian: the least significant byte at the lowest address — struct.pack('<')",
				}},
				{W: bwLittle, Tag: "div", Class: "cells", Row: "div.cell", Cols: cellCols},
			}},
		}},
		{W: bwPack, Tag: "dl", Class: "props", Row: "div.prop", Cols: propCols},
		{W: bwPackSession, ID: "pack-session"},
	}},
	{Tag: "section", Class: "widget", ID: "story", Kids: []view{
		{Tag: "h2", T: i18n.T{Ko: "두 호스트 이야기", En: "A tale of two hosts"}},
		{Tag: "p", T: i18n.T{
			Ko: "슬라이드의 예: 호스트 1(빅 엔디언)이 0x1234를 호스트 2(리틀 엔디언)로 보내면, 호스트 2는 0x3412로 읽습니다. 위의 a로 따라가 봅니다.",
			En: "The slides' example: host 1 (big endian) sends 0x1234 to host 2 (little endian), which reads 0x3412. Follow it with the a above.",
		}},
		{W: bwLinksStory, Tag: "p", Class: "examples", Row: "a", Cols: codeCol, T: i18n.T{Ko: "슬라이드의 값으로:", En: "With the slides' value:"}},
		{Tag: "p", Class: "note", If: bNoFit, T: i18n.T{
			Ko: "a가 크기에 맞는 0 이상의 정수일 때 보입니다.",
			En: "Shown when a is an integer from 0 up that fits the size.",
		}},
		{Tag: "ol", Class: "steps", If: bFits, Kids: []view{
			{Tag: "li", Class: "step", If: bStep1, C: bCur1, Kids: []view{
				{Tag: "p", T: i18n.T{
					Ko: "1. 호스트 1(빅 엔디언)이 a를 메모리에 저장합니다.",
					En: "1. Host 1 (big endian) stores a in its memory.",
				}},
				{W: bwStory1, Tag: "div", Class: "cells", ID: "story-cells-1", Row: "div.cell", Cols: cellCols},
				{Tag: "p", Class: "value", T: i18n.Same("→ "), S: bHeld},
			}},
			{Tag: "li", Class: "step", If: bStep2, C: bCur2, Kids: []view{
				{Tag: "p", T: i18n.T{
					Ko: "2. 변환 없이 메모리의 바이트를 낮은 주소부터 그대로 보냅니다.",
					En: "2. It sends the bytes as they lie in memory, lowest address first, unconverted.",
				}},
				{W: bwStory2, Tag: "div", Class: "cells", ID: "story-cells-2", Row: "div.cell", Cols: cellCols},
			}},
			{Tag: "li", Class: "step", If: bStep3, C: bCur3, Kids: []view{
				{Tag: "p", T: i18n.T{
					Ko: "3. 호스트 2(리틀 엔디언)가 받은 바이트를 자기 순서로 읽습니다.",
					En: "3. Host 2 (little endian) reads the bytes in its own order.",
				}},
				{W: bwStory3, Tag: "div", Class: "cells", ID: "story-cells-3", Row: "div.cell", Cols: cellCols},
				{Tag: "p", Class: "value", C: bReadClass, T: i18n.Same("→ "), S: bRead},
			}},
			{Tag: "li", Class: "step", If: bStep4, C: bCur4, Kids: []view{
				{Tag: "p", T: i18n.T{
					Ko: "4. 해결: 네트워크 바이트 순서(빅 엔디언)로 약속합니다. 보낼 때 htons, 받을 때 ntohs를 쓰면 호스트 2도 a를 읽습니다.",
					En: "4. The fix: agree on the network byte order (big endian). With htons when sending and ntohs when receiving, host 2 reads a too.",
				}},
				{W: bwStory4, Tag: "div", Class: "cells", ID: "story-cells-4", Row: "div.cell", Cols: cellCols},
				{Tag: "p", Class: "value", C: bFixedClass, T: i18n.Same("→ "), S: bFixed},
			}},
		}},
		{Tag: "p", Class: "stepper", If: bFits, Kids: []view{
			{Tag: "a", Class: "button secondary", ID: "story-prev", Href: bPrev, C: bPrevClass, T: txtPrev},
			{Tag: "span", ID: "story-pos", T: i18n.T{Ko: "단계 ", En: "Step "}, S: bPos},
			{Tag: "a", Class: "button", ID: "story-next", Href: bNext, C: bNextClass, T: txtNext},
		}},
	}},
}

// widthSelect is the width selector: 16 or 32 bits, disabled until the
// app runs.
func widthSelect(w wire.Width, live bool, h app.EventHandler, l i18n.Lang) app.UI {
	sel := app.Elem("select").ID("width-select").OnChange(h)
	if !live {
		sel = sel.Attr("disabled", true)
	}
	opts := make([]app.UI, 2)
	for i, ow := range []wire.Width{wire.W16, wire.W32} {
		o := app.Elem("option").Attr("value", strconv.Itoa(int(ow)))
		if ow == w {
			o = o.Attr("selected", true)
		}
		opts[i] = o.Text(txtWidths[i].In(l))
	}
	return sel.Body(opts...)
}

// byteorderVals computes the lesson for the number text n, the width w
// (W16 or W32) and the story's step, in language l. It returns the text
// as the lesson uses it (see inputText) and the values of byteorderView.
func byteorderVals(n string, w wire.Width, step int, l i18n.Lang) (_ string, s [nByteorderS]string, ws [nByteorderW]any) {
	n, cut := param.Clean(n)
	s[bCut], s[bHost] = on(cut), txtOrderName[wire.HostOrder()].In(l)
	ws[bwField], ws[bwWidth] = slot(0), slot(1)
	ws[bwLinks16], ws[bwLinks32], ws[bwLinksStory] = links16, links32, linksStory
	ws[bwSession] = wire.ByteOrderSession(n, w)
	ws[bwPackSession] = wire.PackSession(n, w)

	a, err := wire.ParseInt(n)
	if e := pyErr(err); e != nil {
		s[bErr], s[bWhy], s[bNoFit] = e.Error(), " "+txtWhyInt.In(l), "1"
		return n, s, ws
	}
	code := "H"
	if w == wire.W32 {
		code = "I"
	}
	var packs []string
	for _, prefix := range []string{"!", ">", "<", "="} {
		f := prefix + code
		p, err := wire.Pack(f, a, wire.TranscriptHost)
		packs = append(packs, "struct.pack("+pyrepl.Str(f)+", a)", pyValue(pyrepl.Bytes(p), err))
	}
	ws[bwPack] = packs

	v, err := wire.Hton(a, w, wire.BigEndian) // a itself, or htons's OverflowError
	if e := pyErr(err); e != nil {
		why := txtWhyRange16
		if w == wire.W32 {
			why = txtWhyRange32
		}
		s[bErr], s[bWhy], s[bNoFit] = e.Error(), " "+why.In(l), "1"
		return n, s, ws
	}
	s[bFits] = "1"
	hton, ntoh := "socket.htons", "socket.ntohs"
	if w == wire.W32 {
		hton, ntoh = "socket.htonl", "socket.ntohl"
	}
	little, _ := wire.Hton(a, w, wire.LittleEndian) // ntoh is the same swap
	ws[bwConv] = []string{
		hton + "(a)", hexDec(little), hexDec(v),
		ntoh + "(a)", hexDec(little), hexDec(v),
		ntoh + "(" + hton + "(a))", hexDec(v), hexDec(v),
	}
	big := byteCells(wire.Layout(v, w, wire.BigEndian), addressOf)
	ws[bwBig], ws[bwLittle] = big, byteCells(wire.Layout(v, w, wire.LittleEndian), addressOf)

	// The deck's story: a big-endian host sends v to a little-endian
	// one, first as the bytes lie in its memory, then in the network
	// byte order. Steps up to step are shown, the last one current.
	raw, got := wire.Transfer(v, w, wire.BigEndian, wire.LittleEndian, false)
	sent, fixed := wire.Transfer(v, w, wire.BigEndian, wire.LittleEndian, true)
	onWire := func(i int) string { return "#" + strconv.Itoa(i+1) }
	ws[bwStory1], ws[bwStory2] = big, byteCells(raw, onWire)
	ws[bwStory3], ws[bwStory4] = byteCells(raw, addressOf), byteCells(sent, onWire)
	s[bHeld] = hexDec(v)
	s[bRead], s[bReadClass] = checked(got, v)
	s[bFixed], s[bFixedClass] = checked(fixed, v)
	for i := 1; i <= step; i++ {
		s[bStep1+i-1] = "1"
	}
	s[bCur1+step-1] = "current"
	s[bPos] = strconv.Itoa(step) + " / " + strconv.Itoa(storySteps)
	// Prev and Next are links, so that every step has its address; at
	// either end the link has no target, and looks disabled.
	if step > 1 {
		s[bPrev] = stepHref(n, w, step-1, l)
	} else {
		s[bPrevClass] = "disabled"
	}
	if step < storySteps {
		s[bNext] = stepHref(n, w, step+1, l)
	} else {
		s[bNextClass] = "disabled"
	}
	return n, s, ws
}

// stepHref is the address of the story's step for n and w in language
// l.
func stepHref(n string, w wire.Width, step int, l i18n.Lang) string {
	return byteorderPath + "?n=" + url.QueryEscape(n) + "&width=" + strconv.Itoa(int(w)) +
		"&step=" + strconv.Itoa(step) + "&lang=" + string(l)
}

// checked returns got as the story shows a number read, with a mark
// and a class saying whether it is want, the number sent.
func checked(got, want uint32) (string, string) {
	if got == want {
		return hexDec(got) + " ✓", "good"
	}
	return hexDec(got) + " ✗", "bad"
}

// hexDec writes v as hex(v) and in decimal: 0xd204 (53764).
func hexDec(v uint32) string {
	return "0x" + strconv.FormatUint(uint64(v), 16) + " (" + strconv.FormatUint(uint64(v), 10) + ")"
}
