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

// Render draws the shell. What changes only with the route or the
// language (the header's links, the lessons, the pager, the footer) is
// drawn by components of its own, which go-app leaves as they are while
// their fields stay equal: a keystroke in a lesson navigates, and the
// shell's share of it is then the language switch's address.
func (s *shell) Render() app.UI {
	l := s.frame.Lang
	var update, pager app.UI
	if s.updated {
		update = kit.H(l, "div.update#update-banner", kit.H(l, "span", txtUpdate),
			kit.H(l, "button#update-reload", txtReload).OnClick(s.reload),
		).Role("status")
	}
	if s.frame.Path != "/" {
		pager = &lessonPager{Lang: l, Prev: s.prev.Path, PrevTitle: s.prev.Title, Next: s.next.Path, NextTitle: s.next.Title}
	}
	return kit.H(l, "div.shell",
		kit.A(l, "skip", "#main", txtSkip),
		&topBar{Lang: l, Path: s.frame.Path, Course: s.frame.Course.Name, SwitchHref: s.switchHref},
		update,
		&lessonList{Lang: l, Path: s.frame.Path},
		kit.H(l, "main#main",
			kit.H(l, "h1", s.frame.Heading()),
			kit.H(l, "p.intro", s.frame.Lesson.Intro),
			kit.PracticeLink(l, s.frame.Path),
			kit.H(l, "div.content", s.body, s.frame.Foot(s.body == nil)),
			pager,
		),
		&shellFooter{Lang: l, Course: s.frame.Course, Version: s.version},
	)
}

// topBar is the header: the course's name, the link to the practice hub
// (marked on the practice pages) and the language switch.
type topBar struct {
	app.Compo
	Lang       i18n.Lang
	Path       string // the page's route
	Course     i18n.T // the course's name
	SwitchHref string // the same page and state in the other language
}

func (b *topBar) Render() app.UI {
	l := b.Lang
	practice := kit.A(l, "practice-nav#practice-nav", "/practice", txtPractice)
	if b.Path == "/practice" {
		practice = practice.Aria("current", "page")
	}
	return kit.H(l, "header.top",
		kit.A(l, "brand", "/",
			kit.H(l, "img").Attr("src", "/web/icon.svg").Attr("alt", "Netprimer").Attr("width", 28).Attr("height", 28),
			kit.H(l, "span", b.Course.In(l)),
		),
		practice,
		kit.A(l, "lang-switch#lang-switch", b.SwitchHref, l.Other().Name()).Lang(string(l.Other())).Title(l.Other().Offer()),
	)
}

// lessonList lists the lessons in course order, the current one marked.
type lessonList struct {
	app.Compo
	Lang i18n.Lang
	Path string // the page's route
}

func (t *lessonList) Render() app.UI {
	l, lessons := t.Lang, deck.Lessons()
	items := make([]app.UI, len(lessons))
	for i, x := range lessons {
		a := kit.A(l, "", x.Path, x.Title)
		if x.Path == t.Path {
			a = a.Class("current").Aria("current", "page")
		}
		items[i] = kit.H(l, "li", a)
	}
	return kit.H(l, "nav.toc", kit.H(l, "ol", items)).Aria("label", txtLessons.In(l))
}

// lessonPager is the way to the previous and the next lesson, where
// there is one.
type lessonPager struct {
	app.Compo
	Lang                 i18n.Lang
	Prev, Next           string // their routes; "" for none
	PrevTitle, NextTitle i18n.T
}

func (p *lessonPager) Render() app.UI {
	l := p.Lang
	step := func(rel, label, path string, title i18n.T) []kit.Step {
		if path == "" {
			return nil
		}
		return []kit.Step{{Class: rel, Href: path, Label: label, Text: title.In(l), Rel: rel}}
	}
	return kit.Pager("pager", "", step("prev", txtPrev.In(l), p.Prev, p.PrevTitle), nil, step("next", txtNext.In(l), p.Next, p.NextTitle)).
		Aria("label", txtLessons.In(l))
}

// shellFooter is the footer: the course it serves, and the version.
type shellFooter struct {
	app.Compo
	Lang    i18n.Lang
	Course  course.Course
	Version string
}

func (f *shellFooter) Render() app.UI {
	var version app.UI
	if f.Version != "" {
		version = kit.H(f.Lang, "p.version", txtVersion.In(f.Lang)+" "+f.Version)
	}
	return kit.H(f.Lang, "footer.foot", kit.H(f.Lang, "p", footer(f.Course, f.Lang)), version)
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
