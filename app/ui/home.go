package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/ui/kit"
)

// home is the lesson map, the content of /: every lesson of the course in
// order.
type home struct {
	app.Compo
	lesson
}

func newHome() app.Composer { return &home{} }

func (p *home) OnNav(ctx app.Context) { p.Nav(ctx) }

func (p *home) Render() app.UI {
	lessons := deck.Lessons()[1:]
	items := make([]app.UI, len(lessons))
	l := p.Lang()
	for i, x := range lessons {
		items[i] = kit.H(l, "li", kit.A(l, "", x.Path,
			kit.H(l, "span.num", strconv.Itoa(i+1)),
			kit.H(l, "strong", x.Title),
			kit.H(l, "span.desc", x.Intro),
		))
	}
	return kit.H(l, "ol.lesson-map", items)
}
