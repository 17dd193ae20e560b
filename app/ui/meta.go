package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// setPageMeta sets the document's language, title and description for the
// lesson at path.
func setPageMeta(ctx app.Context, path string, l i18n.Lang) {
	lesson, _ := deck.Find(path)
	ctx.Page().SetLang(string(l))
	ctx.Page().SetTitle("%s", title(path, lesson.Title, l))
	ctx.Page().SetDescription("%s", lesson.Intro.In(l))
}
