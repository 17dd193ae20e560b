// Package packing is the lesson /packing: one text, the ip parameter, read
// by inet_aton, inet_ntoa, inet_pton and inet_ntop, and by
// ipaddress.ip_address beside them.
package packing

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

type page struct {
	app.Compo
	lesson
	m model
}

// New returns the lesson's page.
func New() app.Composer { return &page{m: modelOf(nil)} }

func (p *page) OnNav(ctx app.Context) {
	p.m = modelOf(p.Nav(ctx))
	kit.SyncInput(ctx, "ip-input", p.m.ip)
}

func (p *page) onInput(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, model{ip: kit.Value(ctx)}.query())
}

func (p *page) Render() app.UI {
	l := p.Lang()
	return kit.H(l, "div.lesson", p.aton(l), deckProgram(l, &p.m), pton(l, &p.m))
}
