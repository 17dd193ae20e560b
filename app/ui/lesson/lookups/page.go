// Package lookups is the two lessons whose answers come from the server:
// /hosts (gethostname, gethostbyname(_ex), gethostbyaddr, getfqdn, and the
// deck's program over HOSTS) and /services (getservbyname, getservbyport,
// the well-known ports and the deck's program that turns ports into URLs).
// They share the client of the lookup API and the way a call is shown.
package lookups

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

// lookupPage is what the two lookup lessons (/hosts, /services) share: the
// lesson's state as it is drawn, the answers, and how a navigation starts.
type lookupPage struct {
	lesson
	look  lookups
	view  lookupLesson
	wrote string // the address the page wrote last, typing (see kit.ReplaceQuery)
}

// The pages mount and navigate as lookup pages.
var (
	_ app.Mounter   = (*hostsPage)(nil)
	_ app.Mounter   = (*servicesPage)(nil)
	_ app.Navigator = (*hostsPage)(nil)
	_ app.Navigator = (*servicesPage)(nil)
)

// nav starts OnNav: false for the address the page's own typing wrote,
// whose state the input handler has already computed.
func (p *lookupPage) nav(ctx app.Context) bool {
	if ctx.Page().URL().String() == p.wrote {
		return false
	}
	p.Nav(ctx)
	return true
}

// render draws the page (app.Compo's Render would make a promoted Render
// ambiguous, so each page calls this one).
func (p *lookupPage) render() app.UI {
	return kit.H(p.Lang(), "div.lesson", p.view.render(p.Lang(), p.Live()))
}
