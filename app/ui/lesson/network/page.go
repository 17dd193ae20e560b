// Package network is the lesson /network: what a network is and its three
// elements, the five layers with the encapsulation of an HTTP request, the
// exercise placing protocols on layers, and Python's two levels.
package network

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

type page struct {
	app.Compo
	lesson
	wraps []concepts.Wrap // the example packet, layer by layer

	pic   picture
	stack stack
	place placementWidget
}

// New returns the lesson's page. go-app renders it once before OnNav:
// the widgets start in the state of a URL without parameters.
func New() app.Composer {
	p := &page{wraps: concepts.ExamplePacket().Wraps(), pic: pictureOf(nil)}
	p.stack = stackOf(nil, p.wraps)
	p.place.placement = newPlacement()
	return p
}

func (p *page) OnNav(ctx app.Context) {
	q := p.Nav(ctx)
	p.pic, p.stack = pictureOf(q), stackOf(q, p.wraps)
}

func (p *page) OnMount(ctx app.Context) { p.place.mount(ctx) }

func (p *page) OnDismount() { p.place.dismount() }

func (p *page) Render() app.UI {
	l := p.Lang()
	return kit.H(l, "div.lesson", p.picture(l), p.stackUI(l), p.place.render(l), levels(l))
}
