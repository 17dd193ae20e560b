package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/ui/kit"
)

// NotFoundPath is the route of the page shown for an unknown address; the
// server renders it with status 404.
const NotFoundPath = "/404"

// notFound tells the visitor there is no lesson at the address and offers
// the lesson list, in the shell, never a blank page.
type notFound struct {
	app.Compo
	lesson
}

func newNotFound() app.Composer { return &notFound{} }

// OnNav titles the page; the shell's OnNav, which comes first, found no
// lesson to title it with.
func (p *notFound) OnNav(ctx app.Context) {
	p.Nav(ctx)
	ctx.Page().SetTitle("%s", txtNotFound.In(p.Lang()))
}

func (p *notFound) Render() app.UI {
	l := p.Lang()
	return kit.H(l, "div", kit.H(l, "h2", txtNotFound), kit.H(l, "p", txtNotFoundBody), kit.H(l, "p", kit.A(l, "", "/", txtStart)))
}
