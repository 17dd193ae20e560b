package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// ipaddressPage is the ipaddress lesson: the address explorer (?addr=),
// the network calculator (?net=, strict=0) and addr in net, each with its
// Python session. The URL holds the whole state (ipaddress_state.go).
type ipaddressPage struct {
	app.Compo
	lang i18n.Lang
	live bool
	q    url.Values
	v    ipView
}

func newIPAddressPage() *ipaddressPage { return &ipaddressPage{} }

// OnNav computes the page from the URL, typing included (replaceQuery);
// the view of the last address reuses what did not change.
func (p *ipaddressPage) OnNav(ctx app.Context) {
	p.lang = kit.PageLang(ctx)
	p.q = ctx.Page().URL().Query()
	p.v = newIPView(p.q, &p.v)
	kit.SyncInput(ctx, "addr-input", p.v.Addr)
	kit.SyncInput(ctx, "net-input", p.v.Net)
}

func (p *ipaddressPage) OnMount(ctx app.Context) { p.live = true }

func (p *ipaddressPage) onAddr(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{qAddr: {ctx.JSSrc().Get("value").String()}})
}

// onNet takes a new network; its lists start again from their first page.
func (p *ipaddressPage) onNet(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{qNet: {ctx.JSSrc().Get("value").String()}, qHosts: nil, qPrefix: nil, qSubnets: nil})
}

// onStrict switches strict=: a new state the student may come back to,
// so it is a new history entry.
func (p *ipaddressPage) onStrict(ctx app.Context, e app.Event) {
	strict := ""
	if !ctx.JSSrc().Get("checked").Bool() {
		strict = "0"
	}
	ctx.Navigate(hrefWith(p.q, qStrict, strict, qHosts, "", qSubnets, ""))
}

// onBit takes a click in the bit grid: bit i moves the prefix.
func (p *ipaddressPage) onBit(ctx app.Context, e app.Event) {
	i, ok := kit.ClickedBit(e, "net-bits")
	if g := p.v.N.Grid; ok && i >= 0 && i < len(g.Bits) {
		ctx.Navigate(hrefWith(p.q, qNet, gridNet(g.Base, kit.PickPrefix(i, g.Prefix), g.Strict), qHosts, "", qPrefix, "", qSubnets, ""))
	}
}

func (p *ipaddressPage) Render() app.UI {
	l, v := p.lang, &p.v
	var cut app.UI
	if v.Cut {
		cut = kit.CutNote(l)
	}
	addr := widget(l, "addr-widget", txtAddrTitle, txtAddrIntro,
		kit.TextField("addr-input", txtAddrLabel.In(l), v.Addr, p.live, p.onAddr),
		exampleLinks(l, "addr-examples", v.AddrExamples),
		addrBody(l, &v.A),
	)
	net := widget(l, "net-widget", txtNetTitle, txtNetIntro,
		kit.TextField("net-input", txtNetLabel.In(l), v.Net, p.live, p.onNet), kit.H(l, "div.field.check",
			app.ElemSelfClosing("input").Attr("type", "checkbox").ID("strict-input").Attr("checked", v.Strict).
				Attr("disabled", !p.live).OnChange(p.onStrict),
			kit.H(l, "label", txtStrictLabel).Attr("for", "strict-input")), exampleLinks(l, "net-examples", v.NetExamples),
		netBody(l, &v.N),
	)
	member := widget(l, "member-widget", txtMemberTitle, txtMemberIntro,
		exampleLinks(l, "member-examples", v.MemberExamples),
		memberBody(l, &v.M),
	)
	return kit.H(l, "div.lesson", cut, addr, net, member).OnClick(p.onBit)
}
