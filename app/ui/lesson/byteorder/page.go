// Package byteorder is the lesson /byteorder: a number (the n parameter)
// of 16 or 32 bits (width) in memory, through htons/ntohs or htonl/ntohl
// and struct.pack, and the deck's story of two hosts, one step at a time
// (step).
package byteorder

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

type page struct {
	app.Compo
	lesson
	m model
}

// New returns the lesson's page.
func New() app.Composer { return &page{m: modelOf(nil)} }

func (p *page) OnNav(ctx app.Context) {
	p.m = modelOf(p.Nav(ctx))
	kit.SyncInput(ctx, "n-input", p.m.n)
}

func (p *page) onInput(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{"n": {kit.Value(ctx)}})
}

// onStep takes a press of the story's Prev or Next: the step it leads to,
// if there is one.
func (p *page) onStep(ctx app.Context, e app.Event) {
	if n := kit.DataInt(ctx, "step"); n >= 1 && n <= storySteps {
		kit.ReplaceQuery(ctx, url.Values{"step": {strconv.Itoa(n)}})
	}
}

func (p *page) onWidth(ctx app.Context, e app.Event) {
	kit.ReplaceQuery(ctx, url.Values{"width": {kit.Value(ctx)}})
}

func (p *page) Render() app.UI {
	l := p.Lang()
	return kit.H(l, "div.lesson", p.conversions(l), memory(l, &p.m), story(l, &p.m, p.onStep))
}
