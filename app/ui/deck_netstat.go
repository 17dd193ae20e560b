package ui

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/netstat"
	"netprimer/app/ui/kit"
	"netprimer/app/ui/kit/param"
)

// deckNetstat explains the deck's netstat -a example line by line: the
// student picks a line and reads what it says, with the socket the parser
// finds in it.
//
// URL: line=1…10 (the default is the last line, the one the deck
// explains).
type deckNetstat struct {
	Lines  []concepts.NetstatLine
	Sel    int         // index into Lines
	Socket []socketRow // the socket on the line, if any
	rows   []socketRow // the sockets of the example
}

func (w *deckNetstat) nav(q url.Values) {
	if w.Lines == nil {
		w.Lines = concepts.DeckNetstat()
		var text []string
		for _, l := range w.Lines {
			text = append(text, l.Text)
		}
		r := netstat.ParseString(strings.Join(text, "\n"))
		for _, c := range r.Connections {
			w.rows = append(w.rows, newSocketRow(r, c))
		}
	}
	w.pick(param.Int(q, "line", 1, len(w.Lines), len(w.Lines)) - 1)
}

func (w *deckNetstat) pick(i int) {
	w.Sel, w.Socket = i, nil
	for _, r := range w.rows {
		if r.Line == i+1 {
			w.Socket = []socketRow{r}
		}
	}
}

func (w *deckNetstat) click(ctx app.Context, e app.Event) {
	if i := kit.DataInt(ctx, "i"); i >= 0 && i < len(w.Lines) {
		w.pick(i)
		kit.ReplaceQuery(ctx, url.Values{"line": {strconv.Itoa(i + 1)}})
	}
}

func (w *deckNetstat) render(l i18n.Lang) app.UI {
	return binding{l: l, on: w.click, vals: []any{w, w.Lines[w.Sel].Explain}}.ui(deckNetstatTpl)
}

var deckNetstatTpl = tpl(`
section.widget#deck-netstat
  h2 "netstat -a: 덱의 예를 한 줄씩" "netstat -a: the deck's example line by line"
  p "netstat은 네트워크 연결을 보여 주는 명령어이고, -a 옵션은 연결을 기다리는 서버 소켓까지 모두 보여 줍니다. 줄을 눌러 무슨 뜻인지 보세요." "netstat is the command that shows network connections; its -a option shows every socket, the servers waiting for connections included. Press a line to see what it says."
  div.nslines role=group *$1.Lines@$1.Sel
    button.nsline @click id=nsline-{#} data-i={#} aria-pressed={?} =Text
  div.ns-explain aria-live=polite
    p.note#nsline-explain =$2
    ol.sockets *$1.Socket &1
`, socketTpl)
