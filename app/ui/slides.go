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
	sections := make([]app.UI, len(s.Slides))
	for i, sl := range s.Slides {
		blocks := make([]app.UI, len(sl.Blocks))
		for j, b := range sl.Blocks {
			blocks[j] = block(b, s.Lang)
		}
		sections[i] = h("section", "slide", h("h2", "", sl.Title.In(s.Lang)), blocks)
	}
	d := h("details", "slides", h("summary", "", txtFromDeck.In(s.Lang)), sections)
	if s.Open {
		// A boolean attribute is on by its presence, whatever its value.
		d = d.Attr("open", true)
	}
	return d
}

func block(b deck.Block, l i18n.Lang) app.UI {
	switch b.Kind {
	case deck.List:
		return list(deck.Items(b.Text.In(l)))
	case deck.Code:
		return h("pre", "deck-code", b.Code)
	case deck.Table:
		head := make([]app.UI, len(b.Head))
		for i, c := range b.Head {
			head[i] = h("th", "", inline(c.In(l)))
		}
		rows := make([]app.UI, len(b.Rows))
		for i, row := range b.Rows {
			cells := make([]app.UI, len(row))
			for j, c := range row {
				cells[j] = h("td", "", inline(c.In(l)))
			}
			rows[i] = h("tr", "", cells)
		}
		return h("div", "table-wrap", h("table", "", h("thead", "", h("tr", "", head)), h("tbody", "", rows)))
	default:
		return h("p", "", inline(b.Text.In(l)))
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
			lis = append(lis, h("li", "", body))
		}
		return h("ul", "", lis)
	}
	return build(0)
}

func inline(s string) []app.UI {
	var out []app.UI
	for _, sp := range deck.Spans(s) {
		var e app.UI = app.Text(sp.Text)
		if sp.Code {
			e = h("code", "", sp.Text)
		}
		if sp.Strong {
			e = h("strong", "", e)
		}
		out = append(out, e)
	}
	return out
}
