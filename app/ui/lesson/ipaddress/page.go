// Package ipaddress is the lesson /ipaddress: the address explorer
// (?addr=), the network calculator (?net=, strict=0) and addr in net, each
// with its Python session. The URL holds the whole state (model.go).
package ipaddress

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

type page struct {
	app.Compo
	lesson
	v ipView
}

// New returns the lesson's page.
func New() app.Composer { return &page{} }

// OnNav computes the page from the URL, typing included
// (kit.ReplaceQuery);
// the view of the last address reuses what did not change.
func (p *page) OnNav(ctx app.Context) {
	p.v = newIPView(p.Nav(ctx), &p.v)
	kit.SyncInput(ctx, "addr-input", p.v.addr)
	kit.SyncInput(ctx, "net-input", p.v.net)
	kit.SyncInput(ctx, "member-input", p.v.member)
}

func (p *page) onAddr(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{qAddr: {kit.Value(ctx)}})
}

func (p *page) onMember(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{qMember: {kit.Value(ctx)}})
}

// onNet takes a new network; its lists start again from their first page.
func (p *page) onNet(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{qNet: {kit.Value(ctx)}, qHosts: nil, qPrefix: nil, qSubnets: nil})
}

// onStrict switches strict=: a new state the student may come back to,
// so it is a new history entry.
func (p *page) onStrict(ctx app.Context, e app.Event) {
	strict := ""
	if !ctx.JSSrc().Get("checked").Bool() {
		strict = "0"
	}
	ctx.Navigate(hrefWith(p.v.q, qStrict, strict, qHosts, "", qSubnets, ""))
}

// onBit takes a click in the bit grid: bit i moves the prefix.
func (p *page) onBit(ctx app.Context, e app.Event) {
	i, ok := kit.ClickedBit(e, "net-bits")
	if g := p.v.n.grid; ok && i >= 0 && i < len(g.bits) {
		ctx.Navigate(hrefWith(p.v.q, qNet, gridNet(g.base, kit.PickPrefix(i, g.prefix), g.strict), qHosts, "", qPrefix, "", qSubnets, ""))
	}
}

func (p *page) Render() app.UI {
	l, v := p.Lang(), &p.v
	var cut app.UI
	if v.cut {
		cut = kit.CutNote(l)
	}
	addr := widget(l, "addr-widget", txtAddrTitle, txtAddrIntro,
		kit.TextField("addr-input", txtAddrLabel.In(l), v.addr, p.Live(), p.onAddr),
		exampleLinks(l, "addr-examples", v.addrExamples),
		&addrFacts{Lang: l, State: v.a},
	)
	net := widget(l, "net-widget", txtNetTitle, txtNetIntro,
		kit.TextField("net-input", txtNetLabel.In(l), v.net, p.Live(), p.onNet),
		kit.H(l, "div.field.check", p.strictBox(), kit.H(l, "label", txtStrictLabel).Attr("for", "strict-input")),
		exampleLinks(l, "net-examples", v.netExamples),
		netBody(l, &v.n),
	)
	member := widget(l, "member-widget", txtMemberTitle, txtMemberIntro,
		kit.TextField("member-input", txtMemberLabel.In(l), v.member, p.Live(), p.onMember),
		exampleLinks(l, "member-examples", v.memberExamples),
		&memberFacts{Lang: l, State: v.m},
	)
	return kit.H(l, "div.lesson", cut, addr, net, member).OnClick(p.onBit)
}

// strictBox is the strict=True checkbox. The server writes checked as an
// attribute, present or absent; in the browser, go-app sets the box's
// checked property, which a click changes too.
func (p *page) strictBox() app.UI {
	var checked any = p.v.strict
	if app.IsServer {
		checked = kit.Bool(p.v.strict)
	}
	return app.ElemSelfClosing("input").Attr("type", "checkbox").ID("strict-input").Attr("checked", checked).
		Attr("disabled", kit.Bool(!p.Live())).OnChange(p.onStrict)
}
