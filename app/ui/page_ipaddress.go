package ui

import (
	"net/url"

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

func (p *ipaddressPage) OnNav(ctx app.Context) {
	p.lang = pageLang(ctx)
	setPageMeta(ctx, ipPath, p.lang)
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
	ctx.Navigate(hrefWith(p.q, qStrict, strict, qHosts, "", qSubnets, ""))
}

func (p *ipaddressPage) Render() app.UI {
	l, v := p.lang, &p.v
	var cut app.UI
	if v.Cut {
		cut = el("p", "note", "cut", txtCut.In(l))
	}
	lesson, _ := deck.Find(ipPath)
	return newShell(ipPath, l,
		cut,
		widget(l, "addr-widget", txtAddrTitle, txtAddrIntro,
			textInput("addr-input", txtAddrLabel.In(l), v.Addr, !p.live, p.onAddr),
			exampleLinks(l, "addr-examples", v.AddrExamples),
			addrBody(l, &v.A),
		),
		widget(l, "net-widget", txtNetTitle, txtNetIntro,
			textInput("net-input", txtNetLabel.In(l), v.Net, !p.live, p.onNet),
			el("div", "field check", "", "",
				app.Input().Type("checkbox").ID("strict-input").Checked(v.Strict).Disabled(!p.live).OnChange(p.onStrict),
				app.Label().For("strict-input").Text(txtStrictLabel.In(l)),
			),
			exampleLinks(l, "net-examples", v.NetExamples),
			netBody(l, &v.N),
		),
		widget(l, "member-widget", txtMemberTitle, txtMemberIntro,
			exampleLinks(l, "member-examples", v.MemberExamples),
			memberBody(l, &v.M),
		),
		newSlides(l, lesson.Slides, false),
	)
}
