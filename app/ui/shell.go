package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/course"
	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// lesson is the part of a page every lesson keeps (see kit.Lesson).
type lesson = kit.Lesson

// shell is the frame every page shares: the header with the language
// switch, the lessons in course order, the lesson's title and intro, its
// own content (the body) and its slides, the pager to the previous and
// next lessons, the footer, and the banner that offers a reload when a
// new version of the app has been installed. It is the page's root
// component; the kit's Frame is the part the deck defines.
//
// go-app makes the route's root anew on every navigation, a keystroke's
// included, and keeps the one it has when the new one is of the same type,
// copying in the new one's exported fields. Every page is a shell, so
// Path is its one input: the same Path keeps the shell and its body as
// they are (a keystroke costs no render here), another one makes the body
// of the new route (OnUpdate).
type shell struct {
	app.Compo
	Path string // the page's route

	body       app.UI // the lesson's own component; nil for a lesson its slides show
	bodyPath   string // the route body is of
	frame      kit.Frame
	prev, next deck.Lesson
	switchHref string
	visited    string // the path of the last OnNav
	updated    bool
	version    string
}

func (s *shell) OnInit() { s.makeBody() }

func (s *shell) OnUpdate(ctx app.Context) { s.makeBody() }

// makeBody makes the body of the shell's route, unless it has it.
func (s *shell) makeBody() {
	if s.bodyPath == s.Path && s.bodyPath != "" {
		return
	}
	s.bodyPath, s.body = s.Path, nil
	if newBody := bodyOf(s.Path); newBody != nil {
		s.body = newBody()
	}
}

func (s *shell) OnMount(ctx app.Context) {
	markLive()
	if ctx.AppUpdateAvailable() {
		s.OnAppUpdate(ctx)
	}
	s.version = shortVersion(app.Getenv("GOAPP_VERSION"))
}

// OnNav follows every change of the address, typing included (see
// kit.ReplaceQuery), so that the language switch keeps the widgets'
// state.
func (s *shell) OnNav(ctx app.Context) {
	s.frame.Path = s.Path
	s.frame.Nav(ctx, Find)
	s.prev, _ = deck.Prev(s.frame.Path)
	s.next, _ = deck.Next(s.frame.Path)
	u := ctx.Page().URL()
	s.setSwitchHref(u)
	if u.Path != s.visited {
		// An open tab learns of a new deploy only when it asks: moving to
		// another lesson is a good moment.
		s.visited = u.Path
		TryUpdate()
		if app.IsClient {
			ctx.Defer(showCurrentLesson)
		}
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
	q.Set("lang", string(s.frame.Lang.Other()))
	s.switchHref = s.frame.Path + "?" + q.Encode()
}

func (s *shell) reload(ctx app.Context, e app.Event) {
	ctx.Reload()
}

func (s *shell) Render() app.UI {
	l := s.frame.Lang
	var update, pager, version app.UI
	if s.updated {
		update = kit.H(l, "div.update#update-banner", kit.H(l, "span", txtUpdate),
			kit.H(l, "button#update-reload", txtReload).OnClick(s.reload),
		).Role("status")
	}
	if s.frame.Path != "/" {
		pager = kit.Pager("pager", "", s.step("prev", txtPrev.In(l), s.prev), nil, s.step("next", txtNext.In(l), s.next)).
			Aria("label", txtLessons.In(l))
	}
	if s.version != "" {
		version = kit.H(l, "p.version", txtVersion.In(l)+" "+s.version)
	}
	return kit.H(l, "div.shell",
		kit.A(l, "skip", "#main", txtSkip),
		kit.H(l, "header.top",
			kit.A(l, "brand", "/",
				kit.H(l, "img").Attr("src", "/web/icon.svg").Attr("alt", "Netprimer").Attr("width", 28).Attr("height", 28),
				kit.H(l, "span", s.frame.Course.Name.In(l)),
			),
			s.practiceNav(),
			kit.A(l, "lang-switch#lang-switch", s.switchHref, l.Other().Name()).Lang(string(l.Other())).Title(l.Other().Offer()),
		),
		update,
		kit.H(l, "nav.toc", kit.H(l, "ol", s.toc())).Aria("label", txtLessons.In(l)),
		kit.H(l, "main#main",
			kit.H(l, "h1", s.frame.Heading()),
			kit.H(l, "p.intro", s.frame.Lesson.Intro),
			kit.PracticeLink(l, s.frame.Path),
			kit.H(l, "div.content", s.body, s.frame.Foot(s.body == nil)),
			pager,
		),
		kit.H(l, "footer.foot", kit.H(l, "p", footer(s.frame.Course, l)), version),
	)
}

// practiceNav is the header's link to the practice hub, marked on the
// practice pages.
func (s *shell) practiceNav() app.UI {
	a := kit.A(s.frame.Lang, "practice-nav#practice-nav", "/practice", txtPractice)
	if s.frame.Path == "/practice" {
		a = a.Aria("current", "page")
	}
	return a
}

// toc lists the lessons in course order, the current one marked.
func (s *shell) toc() []app.UI {
	l, lessons := s.frame.Lang, deck.Lessons()
	items := make([]app.UI, len(lessons))
	for i, x := range lessons {
		a := kit.A(l, "", x.Path, x.Title)
		if x.Path == s.frame.Path {
			a = a.Class("current").Aria("current", "page")
		}
		items[i] = kit.H(l, "li", a)
	}
	return items
}

// step is the pager's way to the previous or next lesson, if there is one.
func (s *shell) step(rel, label string, to deck.Lesson) []kit.Step {
	if to.Path == "" {
		return nil
	}
	return []kit.Step{{Class: rel, Href: to.Path, Label: label, Text: to.Title.In(s.frame.Lang), Rel: rel}}
}

// footer is the shell's footer for course c: the deck's course's own, or
// one that names the instructor's course.
func footer(c course.Course, l i18n.Lang) string {
	if c.Name == course.Deck().Name {
		return txtFooter.In(l)
	}
	return strings.Replace(txtFooterCourse.In(l), "{course}", c.Name.In(l), 1)
}

func shortVersion(v string) string {
	if len(v) > 12 {
		return v[:12]
	}
	return v
}
