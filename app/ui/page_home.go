package ui

import (
	"strconv"

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
	items := make([]app.UI, len(lessons))
	for i, l := range lessons {
		items[i] = h("li", "", anchor("", l.Path,
			h("span", "num", strconv.Itoa(i+1)),
			h("strong", "", l.Title.In(p.lang)),
			h("span", "desc", l.Intro.In(p.lang)),
		))
	}
	return newShell("/", p.lang, h("ol", "lesson-map", items))
}
