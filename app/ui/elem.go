package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The app draws every element with go-app's generic element, never its
// typed ones (app.Div, app.A, …): each typed element brings its own method
// set into app.wasm, about 10 KB apiece, and the app has a size budget.
// These helpers keep the generic element short to write.

// h returns an element with the given tag, class and children. Children
// may be nil or "" (left out), elements, components, slices of them or
// plain strings (text).
func h(tag, class string, kids ...any) app.HTMLElem {
	e := app.Elem(tag)
	if class != "" {
		e = e.Class(class)
	}
	if len(kids) > 0 {
		e = e.Body(nodes(kids)...)
	}
	return e
}

// anchor returns an a element to href.
func anchor(class, href string, kids ...any) app.HTMLElem {
	return h("a", class, kids...).Attr("href", href)
}

// nodes turns children as h takes them into go-app nodes.
func nodes(kids []any) []app.UI {
	out := make([]app.UI, 0, len(kids))
	for _, k := range kids {
		switch k := k.(type) {
		case nil:
		case string:
			if k != "" {
				out = append(out, app.Text(k))
			}
		case app.UI:
			if k != nil {
				out = append(out, k)
			}
		case []app.UI:
			out = append(out, k...)
		}
	}
	return out
}

// noCompare, as a field, makes a struct incomparable, which spares app.wasm
// the equality function the compiler writes for every comparable type
// (and arrays of them) that reflection or an interface can reach.
type noCompare [0]func()
