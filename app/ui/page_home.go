package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// homePage is the lesson map: every lesson of the course in order.
type homePage struct {
	app.Compo
	lang i18n.Lang
}

func newHomePage() *homePage { return &homePage{} }

func (p *homePage) OnNav(ctx app.Context) {
	p.lang = pageLang(ctx)
	setPageMeta(ctx, "/", p.lang)
}

func (p *homePage) Render() app.UI {
	lessons := deck.Lessons()[1:]
	return newShell("/", p.lang,
		app.Ol().Class("lesson-map").Body(
			app.Range(lessons).Slice(func(i int) app.UI {
				l := lessons[i]
				return app.Li().Body(
					app.A().Href(l.Path).Body(
						app.Span().Class("num").Text(i+1),
						app.Strong().Text(l.Title.In(p.lang)),
						app.Span().Class("desc").Text(l.Intro.In(p.lang)),
					),
				)
			}),
		),
	)
}
