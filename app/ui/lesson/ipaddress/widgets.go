package ipaddress

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// The bodies of the /ipaddress widgets. Each draws its state. The links
// of every widget keep the whole page's state, so a keystroke in one
// widget changes the others' links too; what a widget shows apart from
// its links (its facts: addrFacts, netGrid, netFacts, memberFacts, the Python
// sessions and the bit grid) is drawn by components of their own, which
// go-app redraws only when their fields change.

// addrFacts shows what ip_address() makes of the input: its properties,
// its is_* flags and the session; or why Python refuses it.
type addrFacts struct {
	app.Compo
	Lang  i18n.Lang
	State addrState
}

func (f *addrFacts) Render() app.UI {
	l, s := f.Lang, &f.State
	shown := errorBox(l, "addr-error", s.err, nil)
	if !s.err.failed() {
		shown = kit.H(l, "div#addr-props", cellList("cells", s.cells), cellList("flags", s.flags))
	}
	return kit.H(l, "div", shown, &kit.Transcript{ID: "addr-session", Lines: s.session})
}

// netBody shows what ip_network() makes of the input: the bit grid
// (netGrid), the properties and a page of hosts() (netFacts), a page of
// subnets(), the supernet and the session; or why Python refuses it, with
// strict=False one click away when only host bits are in the way, and
// then the grid too. The grid comes first in both, so that a keystroke
// from one to the other keeps it and changes only its bits.
func netBody(l i18n.Lang, s *netState) app.UI {
	session := &kit.Transcript{ID: "net-session", Lines: s.session}
	if s.err.failed() {
		var off app.UI
		if s.strictOff != "" {
			off = kit.A(l, "action#strict-off", s.strictOff, txtStrictOff)
		}
		return kit.H(l, "div", s.gridView(l), errorBox(l, "net-error", s.err, off), session)
	}
	var super app.UI
	subnets := errorBox(l, "subnets-error", s.subnets.err, nil)
	if !s.subnets.err.failed() {
		subnets = kit.H(l, "div", rowList("subnets", s.subnets.rows), pagerNav(l, "subnets-pager", s.subnets))
	}
	if s.supernet.href != "" {
		super = kit.H(l, "p", kit.H(l, "code", "net.supernet() → "), kit.A(l, "#supernet", s.supernet.href, s.supernet.text))
	}
	return kit.H(l, "div", s.gridView(l), kit.H(l, "div#net-props",
		s.facts(l),
		pagerNav(l, "hosts-pager", s.hosts), kit.H(l, "h3", txtSubnetsTitle), kit.H(l, "p.prefix-pick", kit.H(l, "code", "net.subnets(new_prefix="), kit.A(l, "fewer", s.fewer, "−"), kit.H(l, "code#new-prefix", strconv.Itoa(s.newPrefix)), kit.A(l, "more", s.more, "+"), kit.H(l, "code", ")")), subnets,
		super), session)
}

// netGrid shows the network's bits, the network part marked, and for
// strict=False what it cleared; for a network with host bits set, the
// address as typed and why strict=True refuses it. It draws an empty div
// for an input that has no bits to show.
type netGrid struct {
	app.Compo
	Lang     i18n.Lang
	Grid     gridState
	Masked   []bitRow
	HostBits bool // the input has host bits set, and strict=True refuses it
}

// gridView is the network's netGrid, in language l.
func (s *netState) gridView(l i18n.Lang) *netGrid {
	return &netGrid{Lang: l, Grid: s.grid, Masked: s.masked, HostBits: s.err.hostBits}
}

func (g *netGrid) Render() app.UI {
	l := g.Lang
	if g.Grid.bits == "" {
		return kit.H(l, "div.net-grid")
	}
	help := txtGridHelp
	if g.HostBits {
		help = txtGridHostBits
	}
	var masked app.UI
	if len(g.Masked) > 0 {
		masked = kit.H(l, "div.note#net-masked", kit.H(l, "p", txtMasked), bitRowList("", g.Masked))
	}
	return kit.H(l, "div.net-grid",
		&kit.BitGrid{ID: "net-bits", Bits: g.Grid.bits, Prefix: g.Grid.prefix, Label: txtGridLabel.In(l), Lang: l},
		kit.H(l, "p.help", help), masked)
}

// netFacts shows what hosts() yields: how many, the first and the last,
// and a page of them.
type netFacts struct {
	app.Compo
	Lang    i18n.Lang
	Summary []prop
	Hosts   []link
}

// facts is the network's netFacts, in language l.
func (s *netState) facts(l i18n.Lang) *netFacts {
	return &netFacts{Lang: l, Summary: s.summary, Hosts: s.hosts.rows}
}

func (f *netFacts) Render() app.UI {
	l := f.Lang
	return kit.H(l, "div.net-facts",
		kit.H(l, "h3", txtHostsTitle), propList(l, "hosts-summary", f.Summary), kit.H(l, "p.help", txtHostsRule), rowList("hosts", f.Hosts))
}

// memberFacts shows addr in net, and why: the address's bits under the
// netmask next to the network address's.
type memberFacts struct {
	app.Compo
	Lang  i18n.Lang
	State memberState
}

func (f *memberFacts) Render() app.UI {
	l, s := f.Lang, &f.State
	class, text := "note", txtMemberBad
	switch {
	case !s.valid:
	case s.in:
		class, text = "ok", s.verdict
	default:
		text = s.verdict
	}
	var rows app.UI
	if len(s.rows) > 0 {
		rows = bitRowList("member-bits", s.rows)
	}
	return kit.H(l, "div", kit.H(l, "p."+class+"#member-verdict", text), rows,
		&kit.Transcript{ID: "member-session", Lines: s.session})
}

// The pieces the widgets are drawn from: each draws a list from a slice
// of the model in one loop.

// widget is a lesson widget: its title, a sentence, then its body.
func widget(l i18n.Lang, id string, title, intro i18n.T, body ...app.UI) app.UI {
	return kit.H(l, "section.widget"+"#"+id, kit.H(l, "h2", title), kit.H(l, "p", intro), kit.H(l, "div", body))

}

// propList draws labels and values; data-py holds a Python expression
// whose str() is the value, so that a test can ask CPython.
func propList(l i18n.Lang, id string, props []prop) app.UI {
	items := make([]app.UI, len(props))
	for i, p := range props {
		items[i] = kit.H(l, "div", kit.H(l, "dt", p.label), app.Elem("dd").DataSet("py", p.py).Text(p.val))

	}
	return kit.H(l, "dl.props"+"#"+id, items)
}

// cellList draws values over their notes, or (as a list) the is_* flags,
// the true ones highlighted.
func cellList(class string, cells []cell) app.UI {
	items := make([]app.UI, len(cells))
	for i, c := range cells {
		if class == "flags" {
			on := "off"
			if c.sub == "True" {
				on = "on"
			}
			items[i] = kit.H("", "li."+on, c.top+" "+c.sub)
		} else {
			items[i] = kit.H("", "div.cell", app.Text(c.top), kit.H("", "small", c.sub))
		}
	}
	if class == "flags" {
		return kit.H("", "ul."+class, items)
	}
	return kit.H("", "div."+class, items)
}

// exampleLinks offers inputs to try, one click each.
func exampleLinks(l i18n.Lang, id string, links []link) app.UI {
	items := make([]app.UI, len(links)+1)
	items[0] = kit.H(l, "span", txtExamples)
	for i, x := range links {
		items[i+1] = kit.A(l, "", x.href, x.text)
	}
	return kit.H(l, "p.examples"+"#"+id, items)
}

// errorBox explains an exception in the student's language, then shows
// CPython's own words.
func errorBox(l i18n.Lang, id string, p problem, extra app.UI) app.UI {
	var hint app.UI
	if p.hint.Ko != "" {
		hint = kit.H(l, "p.hint#"+id+"-hint", p.hint)
	}
	return kit.H(l, "div.error"+"#"+id, kit.H(l, "p", p.why), hint, kit.H(l, "p.pyerr", p.line), extra)

}

// bitRowList draws addresses bit by bit, one above the other, the network
// part apart from the host part, so that equal bits line up.
func bitRowList(id string, rows []bitRow) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		items[i] = app.Elem("div").Class("bitrow").DataSet("py", r.py).Body(kit.H("", "code.label", r.label), kit.H("", "code.v", kit.H("", "span.net", r.net), kit.H("", "span.host", r.host)))
	}
	return kit.H("", "div.bitrows"+"#"+id, items)
}

// rowList draws a page of hosts() or subnets(), each row a link when it
// leads somewhere.
func rowList(id string, rows []link) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		if r.href == "" {
			items[i] = kit.H("", "li", r.text)
		} else {
			items[i] = kit.H("", "li", kit.A("", "", r.href, r.text))
		}
	}
	return kit.H("", "ul.rows"+"#"+id, items)
}

// pagerNav moves through a list by pages.
func pagerNav(l i18n.Lang, id string, p listPage) app.UI {
	return kit.Pager("list-pager", id,
		[]kit.Step{{Class: "first", Href: p.first, Text: "«"}, {Class: "prev", Href: p.prev, Text: "‹"}},
		kit.H(l, "span.range", p.place),
		[]kit.Step{{Class: "next", Href: p.next, Text: "›"}, {Class: "last", Href: p.last, Text: "»"}})
}
