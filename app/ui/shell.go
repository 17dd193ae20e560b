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
	// Widgets rewrite the query while the student types; the switch must
	// keep what they typed.
	ctx.ObserveState(stateURL, new(string)).OnChange(func() {
		s.setSwitchHref(ctx.Page().URL())
	})
}

func (s *shell) OnNav(ctx app.Context) {
	s.setSwitchHref(ctx.Page().URL())
	// An open tab learns of a new deploy only when it asks: every move
	// inside the app is a good moment.
	TryUpdate()
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
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text(txtSkip.In(l)),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href("/").Body(
				app.Img().Src("/web/icon.svg").Alt("Netprimer").Width(28).Height(28),
				app.Span().Text(txtBrand.In(l)),
			),
			app.A().
				Class("lang-switch").
				ID("lang-switch").
				Href(s.switchHref).
				Lang(string(l.Other())).
				Title(txtSwitchLabel.In(l)).
				Text(l.Other().Name()),
		),
		app.If(s.updated, func() app.UI {
			return app.Div().Class("update").ID("update-banner").Role("status").Body(
				app.Span().Text(txtUpdate.In(l)),
				app.Button().ID("update-reload").Text(txtReload.In(l)).OnClick(s.reload),
			)
		}),
		app.Nav().Class("toc").Aria("label", txtLessons.In(l)).Body(
			app.Ol().Body(
				app.Range(deck.Lessons()).Slice(func(i int) app.UI {
					x := deck.Lessons()[i]
					a := app.A().Href(x.Path).Text(x.Title.In(l))
					if x.Path == s.Path {
						a = a.Aria("current", "page").Class("current")
					}
					return app.Li().Body(a)
				}),
			),
		),
		app.Main().ID("main").Body(
			app.H1().Text(s.lesson.Title.In(l)),
			app.P().Class("intro").Text(s.lesson.Intro.In(l)),
			app.Div().Class("content").Body(s.Content...),
			app.If(s.Path != "/", func() app.UI {
				return app.Nav().Class("pager").Aria("label", txtLessons.In(l)).Body(
					app.If(s.prev.Path != "", func() app.UI {
						return app.A().Class("prev").Rel("prev").Href(s.prev.Path).Body(
							app.Small().Text(txtPrev.In(l)),
							app.Span().Text(s.prev.Title.In(l)),
						)
					}),
					app.If(s.next.Path != "", func() app.UI {
						return app.A().Class("next").Rel("next").Href(s.next.Path).Body(
							app.Small().Text(txtNext.In(l)),
							app.Span().Text(s.next.Title.In(l)),
						)
					}),
				)
			}),
		),
		app.Footer().Class("foot").Body(
			app.P().Text(txtFooter.In(l)),
			app.If(s.version != "", func() app.UI {
				return app.P().Class("version").Text(txtVersion.In(l) + " " + s.version)
			}),
		),
	)
}

func shortVersion(v string) string {
	if len(v) > 12 {
		return v[:12]
	}
	return v
}
