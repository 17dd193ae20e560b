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
	// nav is the address go-app last navigated to. Typing replaces the
	// address without go-app knowing, and go-app ignores a link to nav.
	nav string
}

func newIPAddressPage() *ipaddressPage { return &ipaddressPage{} }

func (p *ipaddressPage) OnNav(ctx app.Context) {
	p.lang = pageLang(ctx)
	setPageMeta(ctx, ipPath, p.lang)
	p.nav = ctx.Page().URL().String()
	p.q = ctx.Page().URL().Query()
	p.v = newIPView(p.q, nil)
}

func (p *ipaddressPage) OnMount(ctx app.Context) { p.live = true }

func (p *ipaddressPage) onAddr(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	p.q.Set(qAddr, v)
	p.v = newIPView(p.q, &p.v)
	replaceQuery(ctx, url.Values{qAddr: {v}})
}

// onNet takes a new network; its lists start again from their first page.
func (p *ipaddressPage) onNet(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	p.q.Set(qNet, v)
	p.q.Del(qHosts)
	p.q.Del(qPrefix)
	p.q.Del(qSubnets)
	p.v = newIPView(p.q, &p.v)
	replaceQuery(ctx, url.Values{qNet: {v}, qHosts: nil, qPrefix: nil, qSubnets: nil})
}

// onStrict switches strict=: a new state the student may come back to,
// so it is a new history entry.
func (p *ipaddressPage) onStrict(ctx app.Context, e app.Event) {
	strict := ""
	if !ctx.JSSrc().Get("checked").Bool() {
		strict = "0"
	}
	p.follow(ctx, hrefWith(p.q, qStrict, strict, qHosts, "", qSubnets, ""))
}

// onClick takes the clicks in the widgets: a bit of the grid moves the
// prefix, and a link to the address go-app last navigated to (which it
// would ignore) is followed here. go-app follows the other links.
func (p *ipaddressPage) onClick(ctx app.Context, e app.Event) {
	target := e.Get("target")
	if bit := target.Call("closest", "#net-bits .bit"); bit.Truthy() {
		i, err := strconv.Atoi(bit.Get("value").String())
		if g := p.v.N.Grid; err == nil && i >= 0 && i < len(g.Bits) {
			p.follow(ctx, hrefWith(p.q, qNet, gridNet(g.Base, pickPrefix(i, g.Prefix), g.Strict), qHosts, "", qPrefix, "", qSubnets, ""))
		}
		return
	}
	a := target.Call("closest", "a[href]")
	if !a.Truthy() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
		return
	}
	if href := a.Get("href").String(); p.abs(href) == p.nav {
		p.follow(ctx, href)
	}
}

// follow moves to href, a new history entry.
func (p *ipaddressPage) follow(ctx app.Context, href string) {
	href = p.abs(href)
	if href != p.nav {
		ctx.Navigate(href)
		return
	}
	u, _ := url.Parse(href)
	app.Window().Get("history").Call("pushState", nil, "", href)
	p.q = u.Query()
	p.v = newIPView(p.q, &p.v)
	ctx.SetState(stateURL, href)
}

// abs returns href as an absolute address, written as go-app writes it.
func (p *ipaddressPage) abs(href string) string {
	base, err := url.Parse(p.nav)
	ref, err2 := url.Parse(href)
	if err != nil || err2 != nil {
		return href
	}
	return base.ResolveReference(ref).String()
}

func (p *ipaddressPage) Render() app.UI {
	l, v := p.lang, &p.v
	var cut app.UI
	if v.Cut {
		cut = el("p", "note", "cut", txtCut.In(l))
	}
	addr := widget(l, "addr-widget", txtAddrTitle, txtAddrIntro,
		textInput("addr-input", txtAddrLabel.In(l), v.Addr, !p.live, p.onAddr),
		exampleLinks(l, "addr-examples", v.AddrExamples),
		addrBody(l, &v.A),
	)
	net := widget(l, "net-widget", txtNetTitle, txtNetIntro,
		textInput("net-input", txtNetLabel.In(l), v.Net, !p.live, p.onNet),
		el("div", "field check", "", "",
			app.Input().Type("checkbox").ID("strict-input").Checked(v.Strict).Disabled(!p.live).OnChange(p.onStrict),
			app.Label().For("strict-input").Text(txtStrictLabel.In(l)),
		),
		exampleLinks(l, "net-examples", v.NetExamples),
		netBody(l, &v.N),
	)
	member := widget(l, "member-widget", txtMemberTitle, txtMemberIntro,
		exampleLinks(l, "member-examples", v.MemberExamples),
		memberBody(l, &v.M),
	)
	lesson, _ := deck.Find(ipPath)
	return newShell(ipPath, l,
		cut,
		app.Div().OnClick(p.onClick).Body(addr, net, member),
		newSlides(l, lesson.Slides, false),
	)
}
