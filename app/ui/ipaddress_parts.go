package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// Pieces of the /ipaddress widgets. A go-app element chain compiles to a
// lot of WebAssembly, a few hundred bytes a method call, so the lesson
// draws its elements with h and a, one call each, and draws lists from
// slices of data in one loop.

// widget is a lesson widget: its title, a sentence, then its body.
func widget(l i18n.Lang, id string, title, intro i18n.T, body ...app.UI) app.UI {
	return kit.H(l, "section.widget"+"#"+id, kit.H(l, "h2", title), kit.H(l, "p", intro), kit.H(l, "div", body))

}

// propList draws labels and values; data-py holds a Python expression
// whose str() is the value, so that a test can ask CPython.
func propList(l i18n.Lang, id string, props []prop) app.UI {
	items := make([]app.UI, len(props))
	for i, p := range props {
		items[i] = kit.H(l, "div", kit.H(l, "dt", p.Label), app.Elem("dd").DataSet("py", p.Py).Text(p.Val))

	}
	return kit.H(l, "dl.props"+"#"+id, items)
}

// cellList draws values over their notes, or (as a list) the is_* flags,
// the true ones highlighted.
func cellList(class string, cells []cell) app.UI {
	items := make([]app.UI, len(cells))
	for i, c := range cells {
		if class == "flags" {
			on := "off"
			if c.Sub == "True" {
				on = "on"
			}
			items[i] = kit.H("", "li."+on, c.Top+" "+c.Sub)
		} else {
			items[i] = kit.H("", "div.cell", app.Text(c.Top), kit.H("", "small", c.Sub))
		}
	}
	if class == "flags" {
		return kit.H("", "ul."+class, items)
	}
	return kit.H("", "div."+class, items)
}

// exampleLinks offers inputs to try, one click each.
func exampleLinks(l i18n.Lang, id string, links []link) app.UI {
	items := make([]app.UI, len(links)+1)
	items[0] = kit.H(l, "span", txtExamples)
	for i, x := range links {
		items[i+1] = kit.A(l, "", x.Href, x.Text)
	}
	return kit.H(l, "p.examples"+"#"+id, items)
}

// errorBox explains an exception in the student's language, then shows
// CPython's own words.
func errorBox(l i18n.Lang, id string, p problem, extra app.UI) app.UI {
	return kit.H(l, "div.error"+"#"+id, kit.H(l, "p", p.Why), kit.H(l, "p.pyerr", p.Line), extra)

}

// bitRowList draws addresses bit by bit, one above the other, the network
// part apart from the host part, so that equal bits line up.
func bitRowList(id string, rows []bitRow) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		items[i] = app.Elem("div").Class("bitrow").DataSet("py", r.Py).Body(kit.H("", "code.label", r.Label), kit.H("", "code.v", kit.H("", "span.net", r.Net), kit.H("", "span.host", r.Host)))
	}
	return kit.H("", "div.bitrows"+"#"+id, items)
}

// rowList draws a page of hosts() or subnets(), each row a link when it
// leads somewhere.
func rowList(id string, rows []link) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		if r.Href == "" {
			items[i] = kit.H("", "li", r.Text)
		} else {
			items[i] = kit.H("", "li", kit.A("", "", r.Href, r.Text))
		}
	}
	return kit.H("", "ul.rows"+"#"+id, items)
}

// pagerNav moves through a list by pages.
func pagerNav(l i18n.Lang, id string, p listPage) app.UI {
	return kit.Pager("list-pager", id,
		[]kit.Step{{Class: "first", Href: p.First, Text: "«"}, {Class: "prev", Href: p.Prev, Text: "‹"}},
		kit.H(l, "span.range", p.Range),
		[]kit.Step{{Class: "next", Href: p.Next, Text: "›"}, {Class: "last", Href: p.Last, Text: "»"}})
}
