package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// Pieces of the /ipaddress widgets. A go-app element chain compiles to a
// lot of WebAssembly, a few hundred bytes a method call, so the lesson
// draws its elements with h and a, one call each, and draws lists from
// slices of data in one loop.

// a returns a link; with no href, the text greyed out.
func a(class, id, href, text string) app.UI {
	if href == "" {
		return h("span", class+" off", text).ID(id)
	}
	return anchor(class, href, text).ID(id)
}

// widget is a lesson widget: its title, a sentence, then its body.
func widget(l i18n.Lang, id string, title, intro i18n.T, body ...app.UI) app.UI {
	return h("section", "widget", h("h2", "", title.In(l)), h("p", "", intro.In(l)), h("div", "", body)).ID(id)

}

// propList draws labels and values; data-py holds a Python expression
// whose str() is the value, so that a test can ask CPython.
func propList(l i18n.Lang, id string, props []prop) app.UI {
	items := make([]app.UI, len(props))
	for i, p := range props {
		items[i] = h("div", "", h("dt", "", p.Label.In(l)), app.Elem("dd").DataSet("py", p.Py).Text(p.Val))

	}
	return h("dl", "props", items).ID(id)
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
			items[i] = h("li", on, c.Top+" "+c.Sub)
		} else {
			items[i] = h("div", "cell", app.Text(c.Top), h("small", "", c.Sub))
		}
	}
	if class == "flags" {
		return h("ul", class, items)
	}
	return h("div", class, items)
}

// exampleLinks offers inputs to try, one click each.
func exampleLinks(l i18n.Lang, id string, links []link) app.UI {
	items := make([]app.UI, len(links)+1)
	items[0] = h("span", "", txtExamples.In(l))
	for i, x := range links {
		items[i+1] = a("", "", x.Href, x.Text)
	}
	return h("p", "examples", items).ID(id)
}

// errorBox explains an exception in the student's language, then shows
// CPython's own words.
func errorBox(l i18n.Lang, id string, p problem, extra app.UI) app.UI {
	return h("div", "error", h("p", "", p.Why.In(l)), h("p", "pyerr", p.Line), extra).ID(id)

}

// bitRowList draws addresses bit by bit, one above the other, the network
// part apart from the host part, so that equal bits line up.
func bitRowList(id string, rows []bitRow) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		items[i] = app.Elem("div").Class("bitrow").DataSet("py", r.Py).Body(h("code", "label", r.Label), h("code", "v", h("span", "net", r.Net), h("span", "host", r.Host)))
	}
	return h("div", "bitrows", items).ID(id)
}

// rowList draws a page of hosts() or subnets(), each row a link when it
// leads somewhere.
func rowList(id string, rows []link) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		if r.Href == "" {
			items[i] = h("li", "", r.Text)
		} else {
			items[i] = h("li", "", a("", "", r.Href, r.Text))
		}
	}
	return h("ul", "rows", items).ID(id)
}

// pagerNav moves through a list by pages.
func pagerNav(l i18n.Lang, id string, p listPage) app.UI {
	return h("nav", "list-pager",
		a("first", "", p.First, "«"),
		a("prev", "", p.Prev, "‹"), h("span", "range", p.Range.In(l)), a("next", "", p.Next, "›"),
		a("last", "", p.Last, "»")).ID(id)

}
