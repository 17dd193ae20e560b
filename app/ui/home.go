package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// home is the lesson map, the content of /: every lesson of the course in
// order.
type home struct {
	app.Compo
	lang i18n.Lang
}

func newHome() app.Composer { return &home{} }

func (p *home) OnNav(ctx app.Context) { p.lang = kit.PageLang(ctx) }

func (p *home) Render() app.UI {
	lessons := deck.Lessons()[1:]
	items := make([]app.UI, len(lessons))
	for i, l := range lessons {
		items[i] = kit.H("li", "", kit.A("", l.Path,
			kit.H("span", "num", strconv.Itoa(i+1)),
			kit.H("strong", "", l.Title.In(p.lang)),
			kit.H("span", "desc", l.Intro.In(p.lang)),
		))
	}
	return kit.H("ol", "lesson-map", items)
}
