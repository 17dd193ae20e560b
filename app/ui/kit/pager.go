package kit

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Step is one way a pager leads: a link of class Class to Href showing
// Text, with Label in small above it when there is one. A step with no
// Href leads nowhere and is greyed out (see A); Rel names the link's
// relation (prev, next) for browsers and screen readers.
type Step struct {
	Class, ID, Href string
	Label, Text     string
	Rel             string
	_               NoCompare
}

// Pager is the one pager of the app: a nav that moves through pages or
// steps, with the steps back, where the reader is (at; nil for nothing),
// then the steps on. The shell pages through the lessons with it, and the
// lessons through their lists and stories.
func Pager(class, id string, back []Step, at app.UI, on []Step) app.HTMLElem {
	kids := make([]app.UI, 0, len(back)+len(on)+1)
	for _, s := range back {
		kids = append(kids, s.ui())
	}
	if at != nil {
		kids = append(kids, at)
	}
	for _, s := range on {
		kids = append(kids, s.ui())
	}
	return H(noLang, "nav."+class+"#"+id, kids)
}

func (s Step) ui() app.UI {
	var label app.UI
	text := any(s.Text)
	if s.Label != "" {
		label, text = H(noLang, "small", s.Label), H(noLang, "span", s.Text)
	}
	a := A(noLang, s.Class+"#"+s.ID, s.Href, label, text)
	if s.Rel != "" && s.Href != "" {
		a = a.Attr("rel", s.Rel)
	}
	return a
}
