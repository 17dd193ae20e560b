package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// Pieces of the /ipaddress widgets. A go-app element chain compiles to a
// lot of WebAssembly, a few hundred bytes a method call, so the lesson
// draws its elements with el and a, one call each, and draws lists from
// slices of data in one loop.

// el returns the element tag with a class and an id (each left out when
// empty) holding text, or else body.
func el(tag, class, id, text string, body ...app.UI) app.UI {
	e := app.Elem(tag)
	if class != "" {
		e = e.Class(class)
	}
	if id != "" {
		e = e.ID(id)
	}
	if text != "" {
		return e.Text(text)
	}
	return e.Body(body...)
}

// a returns a link; with no href, the text greyed out.
func a(class, id, href, text string) app.UI {
	if href == "" {
		return el("span", class+" off", id, text)
	}
	return app.A().Class(class).ID(id).Href(href).Text(text)
}

// widget is a lesson widget: its title, a sentence, then its body.
func widget(l i18n.Lang, id string, title, intro i18n.T, body ...app.UI) app.UI {
	return el("section", "widget", id, "",
		el("h2", "", "", title.In(l)),
		el("p", "", "", intro.In(l)),
		el("div", "", "", "", body...),
	)
}

// textInput is a text field for an address or a network: no spelling
// help, at most maxInput characters, disabled until the app runs.
func textInput(id, label, value string, disabled bool, h app.EventHandler) app.UI {
	return el("div", "field", "", "",
		app.Label().For(id).Text(label),
		app.Input().Type("text").ID(id).Value(value).MaxLength(maxInput).
			AutoComplete(false).Spellcheck(false).Attr("autocapitalize", "off").
			Disabled(disabled).OnInput(h),
	)
}

// propList draws labels and values; data-py holds a Python expression
// whose str() is the value, so that a test can ask CPython.
func propList(l i18n.Lang, id string, props []prop) app.UI {
	items := make([]app.UI, len(props))
	for i, p := range props {
		items[i] = el("div", "", "", "",
			el("dt", "", "", p.Label.In(l)),
			app.Elem("dd").DataSet("py", p.Py).Text(p.Val),
		)
	}
	return el("dl", "props", id, "", items...)
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
			items[i] = el("li", on, "", c.Top+" "+c.Sub)
		} else {
			items[i] = el("div", "cell", "", "", app.Text(c.Top), el("small", "", "", c.Sub))
		}
	}
	if class == "flags" {
		return el("ul", class, "", "", items...)
	}
	return el("div", class, "", "", items...)
}

// exampleLinks offers inputs to try, one click each.
func exampleLinks(l i18n.Lang, id string, links []link) app.UI {
	items := make([]app.UI, len(links)+1)
	items[0] = el("span", "", "", txtExamples.In(l))
	for i, x := range links {
		items[i+1] = a("", "", x.Href, x.Text)
	}
	return el("p", "examples", id, "", items...)
}

// errorBox explains an exception in the student's language, then shows
// CPython's own words.
func errorBox(l i18n.Lang, id string, p problem, extra app.UI) app.UI {
	return el("div", "error", id, "",
		el("p", "", "", p.Why.In(l)),
		el("p", "pyerr", "", p.Line),
		extra,
	)
}

// bitRowList draws addresses bit by bit, one above the other, the network
// part apart from the host part, so that equal bits line up.
func bitRowList(id string, rows []bitRow) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		items[i] = app.Elem("div").Class("bitrow").DataSet("py", r.Py).Body(
			el("code", "label", "", r.Label),
			el("code", "v", "", "", el("span", "net", "", r.Net), el("span", "host", "", r.Host)),
		)
	}
	return el("div", "bitrows", id, "", items...)
}

// rowList draws a page of hosts() or subnets(), each row a link when it
// leads somewhere.
func rowList(id string, rows []link) app.UI {
	items := make([]app.UI, len(rows))
	for i, r := range rows {
		if r.Href == "" {
			items[i] = el("li", "", "", r.Text)
		} else {
			items[i] = el("li", "", "", "", a("", "", r.Href, r.Text))
		}
	}
	return el("ul", "rows", id, "", items...)
}

// pagerNav moves through a list by pages.
func pagerNav(l i18n.Lang, id string, p listPage) app.UI {
	return el("nav", "list-pager", id, "",
		a("first", "", p.First, "«"),
		a("prev", "", p.Prev, "‹"),
		el("span", "range", "", p.Range.In(l)),
		a("next", "", p.Next, "›"),
		a("last", "", p.Last, "»"),
	)
}
