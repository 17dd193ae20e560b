package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// NotFoundPath is the route of the page shown for an unknown address; the
// server renders it with status 404.
const NotFoundPath = "/404"

// notFoundPage tells the visitor there is no lesson at the address and
// offers the lesson list, in the shell, never a blank page.
type notFoundPage struct {
	app.Compo
	lang i18n.Lang
}

func (p *notFoundPage) OnNav(ctx app.Context) {
	p.lang = pageLang(ctx)
	ctx.Page().SetLang(string(p.lang))
	ctx.Page().SetTitle("%s", txtNotFound.In(p.lang))
}

func (p *notFoundPage) Render() app.UI {
	return newShell(NotFoundPath, p.lang,
		h("h2", "", txtNotFound.In(p.lang)),
		h("p", "", txtNotFoundBody.In(p.lang)),
		h("p", "", anchor("", "/", txtStart.In(p.lang))),
	)
}
