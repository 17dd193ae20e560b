package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// slides shows slides of the deck as text: paragraphs, lists, code and
// tables, in the page's language.
type slides struct {
	app.Compo

	Lang   i18n.Lang
	Slides []deck.Slide
	Open   bool // shown unfolded; otherwise behind a "From the slides" summary
}

func newSlides(l i18n.Lang, s []deck.Slide, open bool) *slides {
	return &slides{Lang: l, Slides: s, Open: open}
}

func (s *slides) Render() app.UI {
	return app.Details().Class("slides").Open(s.Open).Body(
		app.Summary().Text(txtFromDeck.In(s.Lang)),
		app.Range(s.Slides).Slice(func(i int) app.UI {
			sl := s.Slides[i]
			return app.Section().Class("slide").Body(
				app.H2().Text(sl.Title.In(s.Lang)),
				app.Range(sl.Blocks).Slice(func(j int) app.UI {
					return block(sl.Blocks[j], s.Lang)
				}),
			)
		}),
	)
}

func block(b deck.Block, l i18n.Lang) app.UI {
	switch b.Kind {
	case deck.List:
		return list(deck.Items(b.Text.In(l)))
	case deck.Code:
		return app.Pre().Class("deck-code").Text(b.Code)
	case deck.Table:
		return app.Div().Class("table-wrap").Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Range(b.Head).Slice(func(i int) app.UI {
						return app.Th().Body(inline(b.Head[i].In(l))...)
					}),
				)),
				app.TBody().Body(
					app.Range(b.Rows).Slice(func(i int) app.UI {
						row := b.Rows[i]
						return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
							return app.Td().Body(inline(row[j].In(l))...)
						}))
					}),
				),
			),
		)
	default:
		return app.P().Body(inline(b.Text.In(l))...)
	}
}

// list nests items into ul elements by their level.
func list(items []deck.Item) app.UI {
	var build func(level int) app.UI
	i := 0
	build = func(level int) app.UI {
		var lis []app.UI
		for i < len(items) && items[i].Level >= level {
			it := items[i]
			i++
			body := inline(it.Text)
			if i < len(items) && items[i].Level > level {
				body = append(body, build(level+1))
			}
			lis = append(lis, app.Li().Body(body...))
		}
		return app.Ul().Body(lis...)
	}
	return build(0)
}

func inline(s string) []app.UI {
	var out []app.UI
	for _, sp := range deck.Spans(s) {
		var e app.UI = app.Text(sp.Text)
		if sp.Code {
			e = app.Code().Text(sp.Text)
		}
		if sp.Strong {
			e = app.Strong().Body(e)
		}
		out = append(out, e)
	}
	return out
}
