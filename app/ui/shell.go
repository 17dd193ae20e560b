package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// shell is the frame every page shares: the header with the language
// switch, the lessons in course order, the lesson's title and intro, the
// pager to the previous and next lessons, the footer, and the banner that
// offers a reload when a new version of the app has been installed.
type shell struct {
	app.Compo

	Path    string    // route of the page
	Lang    i18n.Lang // language of the page
	Content []app.UI  // the page's own content, below the intro

	lesson     deck.Lesson
	prev, next deck.Lesson
	switchHref string
	visited    string // the path of the last OnNav
	updated    bool
	version    string
}

func newShell(path string, lang i18n.Lang, content ...app.UI) *shell {
	return &shell{Path: path, Lang: lang, Content: content}
}

func (s *shell) OnInit() { s.derive() }

func (s *shell) OnUpdate(ctx app.Context) {
	s.derive()
	s.setSwitchHref(ctx.Page().URL())
}

func (s *shell) derive() {
	s.lesson, _ = deck.Find(s.Path)
	s.prev, _ = deck.Prev(s.Path)
	s.next, _ = deck.Next(s.Path)
}

func (s *shell) OnMount(ctx app.Context) {
	markLive()
	if ctx.AppUpdateAvailable() {
		s.OnAppUpdate(ctx)
	}
	s.version = shortVersion(app.Getenv("GOAPP_VERSION"))
}

// OnNav follows every change of the address, typing included (see
// replaceQuery), so that the language switch keeps the widgets' state.
func (s *shell) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	s.setSwitchHref(u)
	if u.Path != s.visited {
		// An open tab learns of a new deploy only when it asks: moving to
		// another lesson is a good moment.
		s.visited = u.Path
		TryUpdate()
	}
}

func (s *shell) OnAppUpdate(ctx app.Context) {
	checkNewVersion(func(news bool) {
		ctx.Dispatch(func(app.Context) { s.updated = news })
	})
}

// setSwitchHref points the language switch at the same page and state in
// the other language.
func (s *shell) setSwitchHref(u *url.URL) {
	q := u.Query()
	q.Set("lang", string(s.Lang.Other()))
	s.switchHref = s.Path + "?" + q.Encode()
}

func (s *shell) reload(ctx app.Context, e app.Event) {
	ctx.Reload()
}

func (s *shell) Render() app.UI {
	l := s.Lang
	var update, pager, version app.UI
	if s.updated {
		update = h("div", "update", h("span", "", txtUpdate.In(l)),
			h("button", "", txtReload.In(l)).ID("update-reload").OnClick(s.reload),
		).ID("update-banner").Role("status")
	}
	if s.Path != "/" {
		pager = h("nav", "pager", pagerLink("prev", txtPrev, s.prev, l), pagerLink("next", txtNext, s.next, l)).
			Aria("label", txtLessons.In(l))
	}
	if s.version != "" {
		version = h("p", "version", txtVersion.In(l)+" "+s.version)
	}
	return h("div", "shell",
		anchor("skip", "#main", txtSkip.In(l)),
		h("header", "top",
			anchor("brand", "/",
				h("img", "").Attr("src", "/web/icon.svg").Attr("alt", "Netprimer").Attr("width", 28).Attr("height", 28),
				h("span", "", txtBrand.In(l)),
			),
			anchor("lang-switch", s.switchHref, l.Other().Name()).
				ID("lang-switch").Lang(string(l.Other())).Title(l.Other().Offer()),
		),
		update,
		h("nav", "toc", h("ol", "", s.toc())).Aria("label", txtLessons.In(l)),
		h("main", "",
			h("h1", "", s.lesson.Title.In(l)),
			h("p", "intro", s.lesson.Intro.In(l)),
			h("div", "content", s.Content),
			pager,
		).ID("main"),
		h("footer", "foot", h("p", "", txtFooter.In(l)), version),
	)
}

// toc lists the lessons in course order, the current one marked.
func (s *shell) toc() []app.UI {
	lessons := deck.Lessons()
	items := make([]app.UI, len(lessons))
	for i, x := range lessons {
		a := anchor("", x.Path, x.Title.In(s.Lang))
		if x.Path == s.Path {
			a = a.Class("current").Aria("current", "page")
		}
		items[i] = h("li", "", a)
	}
	return items
}

// pagerLink points to the previous or next lesson, if there is one.
func pagerLink(class string, label i18n.T, to deck.Lesson, l i18n.Lang) app.UI {
	if to.Path == "" {
		return nil
	}
	return anchor(class, to.Path, h("small", "", label.In(l)), h("span", "", to.Title.In(l))).Attr("rel", class)
}

func shortVersion(v string) string {
	if len(v) > 12 {
		return v[:12]
	}
	return v
}
