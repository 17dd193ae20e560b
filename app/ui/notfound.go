package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// NotFoundPath is the route of the page shown for an unknown address; the
// server renders it with status 404.
const NotFoundPath = "/404"

// notFound tells the visitor there is no lesson at the address and offers
// the lesson list, in the shell, never a blank page.
type notFound struct {
	app.Compo
	lang i18n.Lang
}

func newNotFound() app.Composer { return &notFound{} }

// OnNav titles the page; the shell's OnNav, which comes first, found no
// lesson to title it with.
func (p *notFound) OnNav(ctx app.Context) {
	p.lang = kit.PageLang(ctx)
	ctx.Page().SetTitle("%s", txtNotFound.In(p.lang))
}

func (p *notFound) Render() app.UI {
	return kit.H(p.lang, "div",
		kit.H(p.lang, "h2", txtNotFound),
		kit.H(p.lang, "p", txtNotFoundBody),
		kit.H(p.lang, "p", kit.A(p.lang, "", "/", txtStart)),
	)
}
