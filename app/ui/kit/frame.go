package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/course"
	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// Frame is the part of a page that the deck and the instructor define,
// for the shell to write once for every page: the page's language, the
// course, the document's language, title and description, and the
// lesson's slides at the foot. The lessons draw only what is their own.
type Frame struct {
	Path   string        // the page's route
	Lang   i18n.Lang     // the page's language, from the last Nav
	Lesson deck.Lesson   // the deck's lesson at Path; the zero Lesson for none
	Course course.Course // the instructor's course (Course), from the last Nav
}

// Nav reads the page's language (PageLang) and writes the document's
// language, title and description for the lesson at f.Path, when they
// change: a keystroke navigates too. find gives the lesson at a path (the
// deck's, or a page's that is not in the deck).
func (f *Frame) Nav(ctx app.Context, find func(path string) (deck.Lesson, bool)) {
	l := PageLang(ctx)
	if l == f.Lang && f.Lesson.Path == f.Path && f.Path != "" {
		return
	}
	f.Lang = l
	f.Lesson, _ = find(f.Path)
	f.Course = Course()
	ctx.Page().SetLang(string(f.Lang))
	ctx.Page().SetTitle("%s", f.Title())
	ctx.Page().SetDescription("%s", f.Lesson.Intro.In(f.Lang))
}

// Title is the page's title: the lesson's and the course's names; the
// course's alone on the lesson map, whose title the deck's course names.
func (f *Frame) Title() string {
	name := f.Course.Name.In(f.Lang)
	if f.Path == "/" {
		return name
	}
	return f.Lesson.Title.In(f.Lang) + " · " + name
}

// Heading is the page's first heading: the lesson's title, or on the
// lesson map the course's name.
func (f *Frame) Heading() string {
	if f.Path == "/" {
		return f.Course.Name.In(f.Lang)
	}
	return f.Lesson.Title.In(f.Lang)
}

// Foot returns the lesson's slides, or nil when the deck has none for
// it: unfolded when they are all the page shows, otherwise behind a "From
// the slides" summary.
func (f *Frame) Foot(open bool) app.UI {
	if len(f.Lesson.Slides) == 0 {
		return nil
	}
	return &Slides{Lang: f.Lang, Slides: f.Lesson.Slides, Open: open}
}
