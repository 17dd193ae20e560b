package ui

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
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
	p.lang = pageLang(ctx)
	setPageMeta(ctx, ipPath, p.lang)
	p.q = ctx.Page().URL().Query()
	p.v = newIPView(p.q, &p.v)
	syncInput(ctx, "addr-input", p.v.Addr)
	syncInput(ctx, "net-input", p.v.Net)
}

func (p *ipaddressPage) OnMount(ctx app.Context) { p.live = true }

func (p *ipaddressPage) onAddr(ctx app.Context, e app.Event) {
	replaceQuery(ctx, url.Values{qAddr: {ctx.JSSrc().Get("value").String()}})
}

// onNet takes a new network; its lists start again from their first page.
func (p *ipaddressPage) onNet(ctx app.Context, e app.Event) {
	replaceQuery(ctx, url.Values{qNet: {ctx.JSSrc().Get("value").String()}, qHosts: nil, qPrefix: nil, qSubnets: nil})
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
	bit := e.Get("target").Call("closest", "#net-bits .bit")
	if !bit.Truthy() {
		return
	}
	i, err := strconv.Atoi(bit.Get("value").String())
	if g := p.v.N.Grid; err == nil && i >= 0 && i < len(g.Bits) {
		ctx.Navigate(hrefWith(p.q, qNet, gridNet(g.Base, pickPrefix(i, g.Prefix), g.Strict), qHosts, "", qPrefix, "", qSubnets, ""))
	}
}

func (p *ipaddressPage) Render() app.UI {
	l, v := p.lang, &p.v
	var cut app.UI
	if v.Cut {
		cut = h("p", "note", txtCut.In(l)).ID("cut")
	}
	addr := widget(l, "addr-widget", txtAddrTitle, txtAddrIntro,
		textField("addr-input", txtAddrLabel.In(l), v.Addr, p.live, p.onAddr),
		exampleLinks(l, "addr-examples", v.AddrExamples),
		addrBody(l, &v.A),
	)
	net := widget(l, "net-widget", txtNetTitle, txtNetIntro,
		textField("net-input", txtNetLabel.In(l), v.Net, p.live, p.onNet), h("div", "field check",
			app.ElemSelfClosing("input").Attr("type", "checkbox").ID("strict-input").Attr("checked", v.Strict).
				Attr("disabled", !p.live).OnChange(p.onStrict),
			h("label", "", txtStrictLabel.In(l)).Attr("for", "strict-input")), exampleLinks(l, "net-examples", v.NetExamples),
		netBody(l, &v.N),
	)
	member := widget(l, "member-widget", txtMemberTitle, txtMemberIntro,
		exampleLinks(l, "member-examples", v.MemberExamples),
		memberBody(l, &v.M),
	)
	lesson, _ := deck.Find(ipPath)
	return newShell(ipPath, l,
		cut,
		h("div", "", addr, net, member).OnClick(p.onBit),
		newSlides(l, lesson.Slides, false),
	)
}
