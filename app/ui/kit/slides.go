package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// Slides shows slides of the deck as text: paragraphs, lists, code and
// tables, in the page's language.
type Slides struct {
	app.Compo

	Lang   i18n.Lang
	Slides []deck.Slide
	Open   bool // shown unfolded; otherwise behind a "From the slides" summary
}

func (s *Slides) Render() app.UI {
	sections := make([]app.UI, len(s.Slides))
	for i, sl := range s.Slides {
		blocks := make([]app.UI, len(sl.Blocks))
		for j, b := range sl.Blocks {
			blocks[j] = block(b, s.Lang)
		}
		sections[i] = H(s.Lang, "section.slide", H(s.Lang, "h2", sl.Title), blocks)
	}
	d := H(s.Lang, "details.slides", H(s.Lang, "summary", txtFromDeck), sections)
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
		return H(noLang, "pre.deck-code", b.Code).TabIndex(0).Lang("en") // see Transcript
	case deck.Table:
		head := make([]app.UI, len(b.Head))
		for i, c := range b.Head {
			head[i] = H(noLang, "th", inline(c.In(l)))
		}
		rows := make([]app.UI, len(b.Rows))
		for i, row := range b.Rows {
			cells := make([]app.UI, len(row))
			for j, c := range row {
				cells[j] = H(noLang, "td", inline(c.In(l)))
			}
			rows[i] = H(noLang, "tr", cells)
		}
		return Scroll(noLang, "div.table-wrap", H(noLang, "table", H(noLang, "thead", H(noLang, "tr", head)), H(noLang, "tbody", rows)))
	default:
		return H(noLang, "p", inline(b.Text.In(l)))
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
			lis = append(lis, H(noLang, "li", body))
		}
		return H(noLang, "ul", lis)
	}
	return build(0)
}

func inline(s string) []app.UI {
	var out []app.UI
	for _, sp := range deck.Spans(s) {
		var e app.UI = app.Text(sp.Text)
		if sp.Code {
			e = H(noLang, "code", sp.Text)
		}
		if sp.Strong {
			e = H(noLang, "strong", e)
		}
		out = append(out, e)
	}
	return out
}
