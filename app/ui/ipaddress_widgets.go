package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// The bodies of the /ipaddress widgets. Each draws its state; the Python
// sessions and the bit grid are components of their own, redrawn only
// when they change.

// addrBody shows what ip_address() makes of the input: its properties,
// its is_* flags and the session; or why Python refuses it.
func addrBody(l i18n.Lang, s *addrState) app.UI {
	shown := errorBox(l, "addr-error", s.Err, nil)
	if !s.Err.failed() {
		shown = kit.H(l, "div#addr-props", cellList("cells", s.Cells), cellList("flags", s.Flags))
	}
	return kit.H(l, "div", shown, &kit.Transcript{ID: "addr-session", Lines: s.Session})
}

// netBody shows what ip_network() makes of the input: the bit grid, the
// properties, a page of hosts(), a page of subnets(), the supernet and the
// session; or why Python refuses it, with strict=False one click away
// when only host bits are in the way.
func netBody(l i18n.Lang, s *netState) app.UI {
	session := &kit.Transcript{ID: "net-session", Lines: s.Session}
	if s.Err.failed() {
		var off app.UI
		if s.StrictOff != "" {
			off = kit.A(l, "action#strict-off", s.StrictOff, txtStrictOff)
		}
		return kit.H(l, "div", errorBox(l, "net-error", s.Err, off), session)
	}
	var masked, super app.UI
	if len(s.Masked) > 0 {
		masked = kit.H(l, "div.note#net-masked", kit.H(l, "p", txtMasked), bitRowList("", s.Masked))
	}
	subnets := errorBox(l, "subnets-error", s.Subnets.Err, nil)
	if !s.Subnets.Err.failed() {
		subnets = kit.H(l, "div", rowList("subnets", s.Subnets.Rows), pagerNav(l, "subnets-pager", s.Subnets))
	}
	if s.Supernet.Href != "" {
		super = kit.H(l, "p", kit.H(l, "code", "net.supernet() → "), kit.A(l, "#supernet", s.Supernet.Href, s.Supernet.Text))
	}
	return kit.H(l, "div", kit.H(l, "div#net-props",
		masked,
		&kit.BitGrid{ID: "net-bits", Bits: s.Grid.Bits, Prefix: s.Grid.Prefix, Label: txtGridLabel.In(l)}, kit.H(l, "p.help", txtGridHelp), kit.H(l, "h3", txtHostsTitle), propList(l, "hosts-summary", s.Summary), kit.H(l, "p.help", txtHostsRule), rowList("hosts", s.Hosts.Rows),
		pagerNav(l, "hosts-pager", s.Hosts), kit.H(l, "h3", txtSubnetsTitle), kit.H(l, "p.prefix-pick", kit.H(l, "code", "net.subnets(new_prefix="), kit.A(l, "fewer", s.Fewer, "−"), kit.H(l, "code#new-prefix", strconv.Itoa(s.NewPrefix)), kit.A(l, "more", s.More, "+"), kit.H(l, "code", ")")), subnets,
		super), session)

}

// memberBody shows addr in net, and why: the address's bits under the
// netmask next to the network address's.
func memberBody(l i18n.Lang, s *memberState) app.UI {
	class, text := "note", txtMemberBad
	switch {
	case !s.Valid:
	case s.In:
		class, text = "ok", s.Verdict
	default:
		text = s.Verdict
	}
	var rows app.UI
	if len(s.Rows) > 0 {
		rows = bitRowList("member-bits", s.Rows)
	}
	return kit.H(l, "div", kit.H(l, "p."+class+"#member-verdict", text), rows,
		&kit.Transcript{ID: "member-session", Lines: s.Session})

}
