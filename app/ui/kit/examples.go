package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// Link is where a link leads, and its text.
type Link struct {
	Href, Text string
	_          NoCompare
}

// Examples offers inputs to try, one click each: after label, a link a
// text, each opening the lesson on it.
func Examples(l i18n.Lang, id string, label i18n.T, links []Link) app.UI {
	items := make([]app.UI, len(links)+1)
	items[0] = H(l, "span", label)
	for i, x := range links {
		items[i+1] = A(l, "", x.Href, H(l, "code", x.Text))
	}
	return H(l, "p.examples#"+id, items)
}
