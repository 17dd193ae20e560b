package kit

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// Lesson is what every lesson's page component keeps besides its own
// state: the page's language, which Nav reads, and whether the app runs
// in the browser (Live), before which an input would lose what is typed,
// and the page's own context (Ctx). A page embeds it; its OnNav starts
// with Nav.
//
// A page embeds it under an unexported name (type lesson = kit.Lesson):
// on every navigation go-app makes the route's components anew and copies
// the new ones' exported fields into those it keeps, which would reset an
// exported Lesson to its zero value.
type Lesson struct {
	lang i18n.Lang
	live bool
	ctx  app.Context
}

// OnMount records that the app runs. A page with an OnMount of its own
// calls this one.
func (b *Lesson) OnMount(ctx app.Context) { b.live, b.ctx = true, ctx }

// Nav reads the page's language (PageLang) and returns the URL's query,
// from which the page computes its model.
func (b *Lesson) Nav(ctx app.Context) url.Values {
	b.lang, b.ctx = PageLang(ctx), ctx
	return ctx.Page().URL().Query()
}

// Ctx is the page's own context, from its mount or its last Nav: what a
// request that an element's event started answers to, since the element
// may be gone by the time the answer comes (a retry button, the join
// form), and the context of a removed element dispatches nothing.
func (b *Lesson) Ctx() app.Context { return b.ctx }

// Lang is the page's language.
func (b *Lesson) Lang() i18n.Lang { return b.lang }

// Live reports whether the app runs in the browser.
func (b *Lesson) Live() bool { return b.live }

// LessonIn returns a Lesson in language l, as Nav leaves it: for a page
// drawn outside the app, by a test.
func LessonIn(l i18n.Lang) Lesson { return Lesson{lang: l} }
