package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// slidesPage is a lesson shown as the deck's slides, as text.
type slidesPage struct {
	app.Compo
	path   string
	lang   i18n.Lang
	lesson deck.Lesson
}

func newSlidesPage() *slidesPage { return &slidesPage{} }

// OnNav takes the lesson from the address: go-app keeps this component when
// the student moves between two lessons shown as slides.
func (p *slidesPage) OnNav(ctx app.Context) {
	p.path = ctx.Page().URL().Path
	p.lesson, _ = deck.Find(p.path)
	p.lang = pageLang(ctx)
	setPageMeta(ctx, p.path, p.lang)
}

func (p *slidesPage) Render() app.UI {
	return newShell(p.path, p.lang, newSlides(p.lang, p.lesson.Slides, true))
}
