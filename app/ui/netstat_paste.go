package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/netstat"
	"netprimer/app/ui/kit"
)

// netstatPaste reads what a student pastes from their own netstat -a, of
// Linux, macOS or Windows in English or Korean, and shows each socket with
// its 4-tuple, protocol and state; the lines that are not sockets are
// shown with the reason they were skipped. The paste stays in the page:
// it is too long for a URL.
type netstatPaste struct {
	Read      bool // something was pasted
	Format    i18n.T
	Korean    bool
	Count     score // Right: sockets, Wrong: lines skipped, Of: lines read
	Sockets   []socketRow
	Skipped   []skipRow
	Truncated bool // the paste was cut
	More      bool // there are more sockets or skipped lines than shown
	Off       bool // the box waits for the app to start
}

// pasteShown is how many sockets, and how many skipped lines, the page
// shows of a paste: a whole server's netstat is thousands of lines.
const pasteShown = 200

const pasteID = "netstat-paste"

func (w *netstatPaste) event(ctx app.Context, e app.Event) {
	text := ""
	switch kit.Act(ctx) {
	case "deck":
		text = deck.DeckNetstat
	case "clear":
	default:
		w.read(ctx.JSSrc().Get("value").String())
		return
	}
	app.Window().GetElementByID(pasteID).Set("value", text)
	w.read(text)
}

// read parses a paste.
func (w *netstatPaste) read(text string) {
	r := netstat.ParseString(text)
	w.Read, w.Format, w.Korean, w.Truncated = r.Lines > 0, r.Format.Name(), r.Korean, r.Truncated
	w.Count = score{Right: len(r.Connections), Of: r.Lines, Wrong: len(r.Skipped)}
	w.More = len(r.Connections) > pasteShown || len(r.Skipped) > pasteShown
	w.Sockets, w.Skipped = nil, nil
	for _, c := range r.Connections[:min(len(r.Connections), pasteShown)] {
		w.Sockets = append(w.Sockets, newSocketRow(r, c))
	}
	for _, s := range r.Skipped[:min(len(r.Skipped), pasteShown)] {
		w.Skipped = append(w.Skipped, skipRow{Line: s.Line, Text: s.Text, Reason: s.Reason.String(), Why: s.Reason.Explain()})
	}
}

func (w *netstatPaste) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.event, vals: []any{w}}.ui(pasteTpl)
}

var pasteTpl = tpl(`
section.widget#netstat
  h2 "내 컴퓨터의 netstat -a" "netstat -a on your computer"
  p "터미널(윈도우: 명령 프롬프트)에서 netstat -a (또는 netstat -an)를 실행하고, 출력을 여기에 붙여 넣으세요. 리눅스, macOS, 윈도우(한국어 포함)의 출력을 읽습니다. 붙여 넣은 내용은 이 페이지 안에만 있고 어디에도 보내지 않습니다." "Run netstat -a (or netstat -an) in a terminal (Windows: Command Prompt) and paste its output here. Linux, macOS and Windows (Korean included) outputs are read. What you paste stays in this page and is sent nowhere."
  textarea#netstat-paste @input rows=8 spellcheck=false autocomplete=off wrap=off aria-label="netstat -a" placeholder="Proto Recv-Q Send-Q Local Address Foreign Address State" disabled={$1.Off}
  div.stepnav
    button.secondary#netstat-deck @click data-act=deck "덱의 예 넣기" "Use the deck's example"
    button.secondary#netstat-clear @click data-act=clear "지우기" "Clear"
  div#netstat-result ?$1.Read
    p.note#netstat-summary
      - "형식: " "Format: "
      - =$1.Format
      - ?$1.Korean " (한국어)" " (Korean)"
      - " · 소켓 " " · sockets: "
      - =$1.Count.Right
      - " · 건너뛴 줄 " " · lines skipped: "
      - =$1.Count.Wrong
      - " · 읽은 줄 " " · lines read: "
      - =$1.Count.Of
    p.error#netstat-truncated ?$1.Truncated "너무 길어서 앞부분만 읽었습니다." "The paste is too long: only its beginning was read."
    p.note ?$1.More "앞의 200개씩만 보여 줍니다." "Only the first 200 of each are shown."
    ol.sockets#netstat-sockets *$1.Sockets &1
    details#netstat-skipped ?$1.Skipped open=true
      summary "건너뛴 줄" "Lines skipped"
      ol.skipped-lines *$1.Skipped &2
`, socketTpl, skipTpl)
