package byteorder

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
	"netprimer/app/wire"
)

// The examples of the lesson: the deck's numbers and the bounds of each
// width, and the deck's story at the step where host 2 reads 0x3412.
var (
	links16 = []kit.Link{
		{Href: "/byteorder?n=1234&width=16", Text: deckN},
		{Href: "/byteorder?n=0x1234&width=16", Text: "0x1234"},
		{Href: "/byteorder?n=0&width=16", Text: "0"},
		{Href: "/byteorder?n=65535&width=16", Text: "65535"},
		{Href: "/byteorder?n=65536&width=16", Text: "65536"},
		{Href: "/byteorder?n=-1&width=16", Text: "-1"},
		{Href: "/byteorder?n=12ab&width=16", Text: "12ab"},
	}
	links32 = []kit.Link{
		{Href: "/byteorder?n=0x12345678&width=32", Text: "0x12345678"},
		{Href: "/byteorder?n=4294967295&width=32", Text: "4294967295"},
		{Href: "/byteorder?n=4294967296&width=32", Text: "4294967296"},
		{Href: "/byteorder?n=-1&width=32", Text: "-1"},
	}
	linksStory = []kit.Link{{Href: "/byteorder?n=0x1234&width=16&step=3", Text: "0x1234"}}
)

// conversions is the widget of the conversion functions: a's text, its
// width, and what htons and ntohs (or htonl and ntohl) give on either
// host.
func (p *page) conversions(l i18n.Lang) app.UI {
	m := &p.m
	var cut, failed, table, note app.UI
	if m.cut {
		cut = kit.CutNote(l)
	}
	if m.err != "" {
		failed = kit.H(l, "div.error#n-error", kit.H(l, "code", m.err), " ", m.why)
	}
	if m.fits() {
		rows := make([]app.UI, len(m.conv))
		for i, r := range m.conv {
			rows[i] = kit.H(l, "tr", kit.H(l, "td", r.call), kit.H(l, "td", r.little), kit.H(l, "td", r.big))
		}
		table = kit.Scroll(l, "div.table-wrap", kit.H(l, "table#conv-table",
			kit.H(l, "thead", kit.H(l, "tr",
				kit.H(l, "th", i18n.T{Ko: "호출", En: "Call"}),
				kit.H(l, "th", i18n.T{Ko: "리틀 엔디언 호스트 (인텔, ARM, WebAssembly)", En: "Little-endian host (Intel, ARM, WebAssembly)"}),
				kit.H(l, "th", i18n.T{Ko: "빅 엔디언 호스트 (모토로라 계열)", En: "Big-endian host (Motorola family)"}),
			)),
			kit.H(l, "tbody", rows),
		))
		note = kit.H(l, "p.note", withFuncs(txtSameOnBig, m))
	}
	return kit.H(l, "section.widget#conv",
		kit.H(l, "h2", i18n.T{Ko: "바이트 순서 변환 함수", En: "Byte order conversion functions"}),
		kit.TextField("n-input", txtNLabel.In(l), m.n, p.Live(), p.onInput),
		kit.H(l, "div.field", kit.H(l, "label", txtWidthLabel).Attr("for", "width-select"), p.widthSelect(l)),
		kit.H(l, "p.hint", i18n.T{
			Ko: "10진수, 0x 16진수, 0o 8진수, 0b 2진수 — Python의 int(text, 0)로 읽습니다.",
			En: "Decimal, 0x hexadecimal, 0o octal, 0b binary — read as Python's int(text, 0).",
		}),
		kit.Examples(l, "examples-16", i18n.T{Ko: "16비트:", En: "16 bits:"}, links16),
		kit.Examples(l, "examples-32", i18n.T{Ko: "32비트:", En: "32 bits:"}, links32),
		cut, failed, table, note,
		kit.NewTranscript("byteorder-session", m.session),
	)
}

// widthSelect is the width selector: 16 or 32 bits, disabled until the
// app runs.
func (p *page) widthSelect(l i18n.Lang) app.UI {
	opts := make([]app.UI, 2)
	for i, w := range []wire.Width{wire.W16, wire.W32} {
		opts[i] = kit.H(l, "option", txtWidths[i]).Attr("value", strconv.Itoa(int(w))).Attr("selected", kit.Bool(w == p.m.w))
	}
	return kit.H(l, "select#width-select", opts).Attr("disabled", kit.Bool(!p.Live())).OnChange(p.onWidth)
}

// memory shows a's bytes as each byte order lays them out, and
// struct.pack in each.
func memory(l i18n.Lang, m *model) app.UI {
	var mem, pack app.UI
	if m.fits() {
		mem = kit.H(l, "div.mem",
			kit.H(l, "div#mem-big",
				kit.H(l, "h2.sub", i18n.T{
					Ko: "빅 엔디언: 큰 자리 바이트가 낮은 주소에. 네트워크 바이트 순서 — struct.pack('!'), '>'",
					En: "Big endian: the most significant byte at the lowest address. The network byte order — struct.pack('!'), '>'",
				}),
				kit.ByteCells("cells-big", m.big, addressOf),
			),
			kit.H(l, "div#mem-little",
				kit.H(l, "h2.sub", i18n.T{
					Ko: "리틀 엔디언: 작은 자리 바이트가 낮은 주소에 — struct.pack('<')",
					En: "Little endian: the least significant byte at the lowest address — struct.pack('<')",
				}),
				kit.ByteCells("cells-little", m.little, addressOf),
			),
		)
	}
	if m.pack != nil {
		items := make([]app.UI, len(m.pack))
		for i, p := range m.pack {
			items[i] = kit.H(l, "div.prop", kit.H(l, "dt", p.expr), kit.H(l, "dd", p.val))
		}
		pack = kit.H(l, "dl.props", items)
	}
	return kit.H(l, "section.widget#memory",
		kit.H(l, "h2", i18n.T{Ko: "메모리 속의 바이트", En: "The bytes in memory"}),
		kit.H(l, "p#host-order", i18n.T{
			Ko: "이 페이지를 실행하는 WebAssembly의 메모리는 어느 기기에서나 리틀 엔디언입니다: ",
			En: "The memory of the WebAssembly running this page is little-endian on every machine: ",
		}, kit.H(l, "strong", txtOrderName[wire.HostOrder()])),
		mem, pack,
		kit.NewTranscript("pack-session", m.packSession),
	)
}

// story is the deck's story of host 1 (big endian) sending a to host 2
// (little endian), up to the step shown, the last step current.
func story(l i18n.Lang, m *model, onStep app.EventHandler) app.UI {
	var steps, stepper, noFit app.UI
	if !m.fits() {
		noFit = kit.H(l, "p.note", i18n.T{
			Ko: "a가 크기에 맞는 0 이상의 정수일 때 보입니다.",
			En: "Shown when a is an integer from 0 up that fits the size.",
		})
	} else {
		read, readOK := m.checked(m.got)
		fixed, fixedOK := m.checked(m.fixed)
		items := []app.UI{
			storyStep(l, m, 1, i18n.T{
				Ko: "1. 호스트 1(빅 엔디언)이 a를 메모리에 저장합니다.",
				En: "1. Host 1 (big endian) stores a in its memory.",
			}, kit.ByteCells("story-cells-1", m.big, addressOf), kit.H(l, "p.value", "→ "+hexDec(m.v))),
			storyStep(l, m, 2, i18n.T{
				Ko: "2. 변환 없이 메모리의 바이트를 낮은 주소부터 그대로 보냅니다.",
				En: "2. It sends the bytes as they lie in memory, lowest address first, unconverted.",
			}, kit.ByteCells("story-cells-2", m.raw, onWire), nil),
			storyStep(l, m, 3, i18n.T{
				Ko: "3. 호스트 2(리틀 엔디언)가 받은 바이트를 자기 순서로 읽습니다.",
				En: "3. Host 2 (little endian) reads the bytes in its own order.",
			}, kit.ByteCells("story-cells-3", m.raw, addressOf), kit.H(l, "p.value."+goodBad(readOK), "→ "+read)),
			storyStep(l, m, 4, withFuncs(txtFix, m), kit.ByteCells("story-cells-4", m.sent, onWire), kit.H(l, "p.value."+goodBad(fixedOK), "→ "+fixed)),
		}
		steps = kit.H(l, "ol.steps", items)
		// Prev and Next are buttons that write the step into the address
		// (every step has its own); at either end a button leads nowhere,
		// and says so, keeping the focus of a student who pressed it.
		stepper = kit.H(l, "nav.stepper",
			stepButton(l, "button.secondary#story-prev", txtPrev, m.step-1, onStep),
			kit.H(l, "span#story-pos", i18n.T{Ko: "단계 ", En: "Step "}, strconv.Itoa(m.step)+" / "+strconv.Itoa(storySteps)).Aria("live", "polite"),
			stepButton(l, "button#story-next", txtNext, m.step+1, onStep),
		).Aria("label", i18n.T{Ko: "이야기의 단계", En: "Steps of the tale"}.In(l))
	}
	return kit.H(l, "section.widget#story",
		kit.H(l, "h2", i18n.T{Ko: "두 호스트 이야기", En: "A tale of two hosts"}),
		kit.H(l, "p", i18n.T{
			Ko: "슬라이드의 예: 호스트 1(빅 엔디언)이 0x1234를 호스트 2(리틀 엔디언)로 보내면, 호스트 2는 0x3412로 읽습니다. 위의 a로 따라가 봅니다.",
			En: "The slides' example: host 1 (big endian) sends 0x1234 to host 2 (little endian), which reads 0x3412. Follow it with the a above.",
		}),
		kit.Examples(l, "story-examples", i18n.T{Ko: "슬라이드의 값으로:", En: "With the slides' value:"}, linksStory),
		noFit, steps, stepper,
	)
}

// stepButton is a button of the story's stepper that goes to step to,
// disabled (aria-disabled, still focusable) when there is no such step.
func stepButton(l i18n.Lang, sel string, label i18n.T, to int, onStep app.EventHandler) app.UI {
	b := kit.H(l, sel, label).Attr("type", "button").Attr("data-step", to).OnClick(onStep)
	if to < 1 || to > storySteps {
		b = b.Aria("disabled", "true")
	}
	return b
}

// storyStep is step i of the story: there once the story has reached it,
// marked when it is the step shown last.
func storyStep(l i18n.Lang, m *model, i int, what i18n.T, cells, value app.UI) app.UI {
	if i > m.step {
		return nil
	}
	class := "li.step"
	if i == m.step {
		class = "li.step.current"
	}
	return kit.H(l, class, kit.H(l, "p", what), cells, value)
}

func goodBad(ok bool) string {
	if ok {
		return "good"
	}
	return "bad"
}

var (
	txtPrev = i18n.T{Ko: "이전", En: "Previous"}
	txtNext = i18n.T{Ko: "다음", En: "Next"}
)
