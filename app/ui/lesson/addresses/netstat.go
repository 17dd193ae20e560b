package addresses

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// deckUI explains the deck's netstat -a example line by line.
func (p *page) deckUI(l i18n.Lang) app.UI {
	m := &p.deck
	lines := make([]app.UI, len(m.lines))
	for i, x := range m.lines {
		lines[i] = kit.H(l, "button.nsline"+"#"+"nsline-"+strconv.Itoa(i), x.Text).Attr("data-i", i).
			Aria("pressed", i == m.sel).OnClick(p.pickLine)
	}
	return kit.H(l, "section.widget#deck-netstat",
		kit.H(l, "h2", i18n.T{Ko: "netstat -a: 덱의 예를 한 줄씩", En: "netstat -a: the deck's example line by line"}),
		kit.H(l, "p", i18n.T{
			Ko: "netstat은 네트워크 연결을 보여 주는 명령어이고, -a 옵션은 연결을 기다리는 서버 소켓까지 모두 보여 줍니다. 줄을 눌러 무슨 뜻인지 보세요.",
			En: "netstat is the command that shows network connections; its -a option shows every socket, the servers waiting for connections included. Press a line to see what it says.",
		}),
		kit.H(l, "div.nslines", lines).Role("group"),
		kit.H(l, "div.ns-explain",
			kit.H(l, "p.note#nsline-explain", m.lines[m.sel].Explain),
			socketList("", m.socket, l),
		).Aria("live", "polite"),
	)
}

func (p *page) pickLine(ctx app.Context, e app.Event) {
	if i := kit.DataInt(ctx, "i"); i >= 0 && i < len(p.lines) {
		p.deck = deckLinesAt(i, p.lines, p.sockets)
		kit.ReplaceQuery(ctx, p.deck.query())
	}
}

// pasteUI reads what a student pastes from their own netstat -a, of
// Linux, macOS or Windows in English or Korean.
func (p *page) pasteUI(l i18n.Lang) app.UI {
	m := &p.paste
	var result app.UI
	if m.read {
		var truncated, more, skipped app.UI
		var korean string
		if m.korean {
			korean = i18n.T{Ko: " (한국어)", En: " (Korean)"}.In(l)
		}
		if m.truncated {
			truncated = kit.H(l, "p.error#netstat-truncated", i18n.T{Ko: "너무 길어서 앞부분만 읽었습니다.", En: "The paste is too long: only its beginning was read."})
		}
		if m.more() {
			more = kit.H(l, "p.note", i18n.T{Ko: "앞의 200개씩만 보여 줍니다.", En: "Only the first 200 of each are shown."})
		}
		if len(m.skipped) > 0 {
			lines := make([]app.UI, len(m.skipped))
			for i, s := range m.skipped {
				lines[i] = kit.H(l, "li.skipped", kit.H(l, "small", txtLine.In(l)+strconv.Itoa(s.line)), kit.H(l, "code", s.text), kit.H(l, "span", s.why)).
					Attr("data-reason", s.reason)
			}
			skipped = kit.H(l, "details#netstat-skipped",
				kit.H(l, "summary", i18n.T{Ko: "건너뛴 줄", En: "Lines skipped"}),
				kit.H(l, "ol.skipped-lines", lines),
			).Attr("open", kit.Bool(true))
		}
		result = kit.H(l, "div#netstat-result",
			kit.H(l, "p.note#netstat-summary",
				i18n.T{Ko: "형식: ", En: "Format: "}.In(l)+m.format.In(l), korean,
				i18n.T{Ko: " · 소켓 ", En: " · sockets: "}.In(l)+strconv.Itoa(m.found)+
					i18n.T{Ko: " · 건너뛴 줄 ", En: " · lines skipped: "}.In(l)+strconv.Itoa(m.skips)+
					i18n.T{Ko: " · 읽은 줄 ", En: " · lines read: "}.In(l)+strconv.Itoa(m.lines),
			),
			truncated, more,
			socketList("netstat-sockets", m.sockets, l),
			skipped,
		)
	}
	return kit.H(l, "section.widget#netstat",
		kit.H(l, "h2", i18n.T{Ko: "내 컴퓨터의 netstat -a", En: "netstat -a on your computer"}),
		kit.H(l, "p", i18n.T{
			Ko: "터미널(윈도우: 명령 프롬프트)에서 netstat -a (또는 netstat -an)를 실행하고, 출력을 여기에 붙여 넣으세요. 리눅스, macOS, 윈도우(한국어 포함)의 출력을 읽습니다. 붙여 넣은 내용은 이 페이지 안에만 있고 어디에도 보내지 않습니다.",
			En: "Run netstat -a (or netstat -an) in a terminal (Windows: Command Prompt) and paste its output here. Linux, macOS and Windows (Korean included) outputs are read. What you paste stays in this page and is sent nowhere.",
		}),
		kit.H(l, "textarea"+"#"+pasteID).Attr("rows", 8).Attr("spellcheck", "false").Attr("autocomplete", "off").
			Attr("wrap", "off").Aria("label", "netstat -a").Attr("placeholder", "Proto Recv-Q Send-Q Local Address Foreign Address State").
			Attr("disabled", kit.Bool(!p.Live())).OnInput(p.pasted),
		kit.H(l, "div.stepnav",
			kit.H(l, "button.secondary#netstat-deck", i18n.T{Ko: "덱의 예 넣기", En: "Use the deck's example"}).
				Attr("data-act", "deck").OnClick(p.pasted),
			kit.H(l, "button.secondary#netstat-clear", i18n.T{Ko: "지우기", En: "Clear"}).
				Attr("data-act", "clear").OnClick(p.pasted),
		),
		result,
	)
}

const pasteID = "netstat-paste"

var txtLine = i18n.T{Ko: "줄 ", En: "line "}

// pasted reads the box, or puts the deck's example in it, or clears it.
func (p *page) pasted(ctx app.Context, e app.Event) {
	text := ""
	switch kit.Act(ctx) {
	case "deck":
		text = deckExample
	case "clear":
	default:
		p.paste = readPaste(kit.Value(ctx))
		return
	}
	app.Window().GetElementByID(pasteID).Set("value", text)
	p.paste = readPaste(text)
}

// socketList draws sockets, each with its line, its parts, its 4-tuple
// and what it means.
func socketList(id string, rows []socketRow, l i18n.Lang) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		var state []app.UI
		var role app.UI
		if r.state != "" {
			state = []app.UI{
				kit.H(l, "dt", i18n.T{Ko: "상태", En: "state"}),
				kit.H(l, "dd.state", r.state).Title(r.stateWhy.In(l)),
			}
		}
		if r.tuple == "" {
			role = kit.H(l, "span.role", r.role)
		}
		items[i] = kit.H(l, "li.socket"+"#"+"socket-"+strconv.Itoa(r.line),
			kit.H(l, "div.line", kit.H(l, "small", txtLine.In(l)+strconv.Itoa(r.line)), kit.H(l, "code", r.text)).TabIndex(0), // it scrolls
			kit.H(l, "dl.props",
				kit.H(l, "dt", i18n.T{Ko: "프로토콜", En: "protocol"}),
				kit.H(l, "dd.proto", r.proto),
				kit.H(l, "dt", i18n.T{Ko: "로컬 주소", En: "local address"}),
				kit.H(l, "dd.local", r.local),
				kit.H(l, "dt", i18n.T{Ko: "외부 주소", En: "foreign address"}),
				kit.H(l, "dd.foreign", r.foreign),
				state,
				kit.H(l, "dt", "4-tuple"),
				kit.H(l, "dd.tuple", r.tuple, role),
			),
			kit.H(l, "p.describe", r.describe),
		)
	}
	return kit.H(l, "ol.sockets"+"#"+id, items)
}
