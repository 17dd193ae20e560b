package ui

import (
	"netprimer/app/i18n"
	"netprimer/app/netstat"
	"netprimer/app/ui/kit"
)

// socketRow is a socket line of netstat as the lessons show it: the line,
// its parts, its 4-tuple and what it means. It holds text only, so that
// the parser's types stay out of the page's reflection.
type socketRow struct {
	Line                               int
	Text, Proto, Local, Foreign, State string
	Tuple                              string // as the deck writes it; "" for a socket with no foreign end
	Describe, Role, StateWhy           i18n.T
	_                                  kit.NoCompare
}

func newSocketRow(r netstat.Report, c netstat.Connection) socketRow {
	row := socketRow{Line: c.Line, Text: c.Text, Proto: c.Proto, Local: c.Local.String(), Foreign: c.Foreign.String(),
		State: c.StateText, Describe: r.Describe(c), Role: c.Role().Explain(), StateWhy: c.State.Explain()}
	if t, ok := c.Tuple(); ok {
		row.Tuple = t.String()
	}
	return row
}

// skipRow is a line that is not a socket, and why.
type skipRow struct {
	Line         int
	Text, Reason string
	Why          i18n.T
	_            kit.NoCompare
}

// socketTpl shows a socketRow; skipTpl a skipRow.
var (
	socketTpl = tpl(`
li.socket id=socket-{Line}
  div.line
    small "줄 " "line "
      - =Line
    code =Text
  dl.props
    dt "프로토콜" "protocol"
    dd.proto =Proto
    dt "로컬 주소" "local address"
    dd.local =Local
    dt "외부 주소" "foreign address"
    dd.foreign =Foreign
    - ?State
      dt "상태" "state"
      dd.state title={StateWhy} =State
    dt "4-tuple"
    dd.tuple =Tuple
      span.role ?!Tuple =Role
  p.describe =Describe
`)
	skipTpl = tpl(`
li.skipped data-reason={Reason}
  small "줄 " "line "
    - =Line
  code =Text
  span =Why
`)
)
