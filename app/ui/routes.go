// Package ui holds the routes of Netprimer and the shell every page
// shares: the navigation in course order, the language switch, the
// update banner, the footer, and the deck's part of each page (the kit's
// frame). Each lesson is a package of app/ui/lesson, drawn with app/ui/kit.
package ui

import (
	"regexp"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/i18n"
	"netprimer/app/ui/lesson/addresses"
	"netprimer/app/ui/lesson/byteorder"
	"netprimer/app/ui/lesson/class"
	"netprimer/app/ui/lesson/ipaddress"
	"netprimer/app/ui/lesson/lab"
	"netprimer/app/ui/lesson/lookups"
	"netprimer/app/ui/lesson/network"
	"netprimer/app/ui/lesson/packing"
	practicepage "netprimer/app/ui/lesson/practice"
	"netprimer/app/ui/lesson/sockets"
)

// lessons maps the routes of the lessons with content of their own to
// their page component; the shell draws it between the lesson's intro
// and its slides. A lesson of the deck not listed here shows its slides.
// TestRoutesAreLessons checks every route against the deck.
var lessons = map[string]func() app.Composer{
	"/":          newHome,
	"/network":   network.New,
	"/addresses": addresses.New,
	"/sockets":   sockets.New,
	"/ipaddress": ipaddress.New,
	"/packing":   packing.New,
	"/byteorder": byteorder.New,
	"/hosts":     lookups.NewHosts,
	"/services":  lookups.NewServices,
}

// A page is a route of the app that is not a lesson of the deck (the
// practice hub, say): its title and intro take the place of the deck's,
// and it has no slides.
type page struct {
	Title, Intro i18n.T
	New          func() app.Composer
}

// pages maps the routes of the pages that are not lessons of the deck.
// TestRoutesAreLessons checks that none of them shadows a lesson.
var pages = map[string]page{
	"/practice":     {Title: txtPracticeTitle, Intro: txtPracticeIntro, New: practicepage.New},
	"/lab":          {Title: lab.Title, Intro: lab.Intro, New: lab.New},
	class.TeachPath: {Title: class.TeachTitle, Intro: class.TeachIntro, New: class.NewTeach},
}

// prefixPages maps a path prefix to the page of every path under it that
// its valid function accepts (/a/CODE): routed by a pattern, not cached
// for offline use (no list of its paths exists), and absent from Paths.
var prefixPages = map[string]struct {
	page
	valid func(path string) bool
}{
	class.StudentDir: {page{Title: class.StudentTitle, Intro: class.StudentIntro, New: class.NewStudent}, func(p string) bool { _, ok := class.CodeOf(p); return ok }},
}

// prefixOf returns the prefix page that path is under, if any: the
// prefix itself is the route the shell and its frame are given.
func prefixOf(path string) (string, bool) {
	for prefix, pp := range prefixPages {
		if path == prefix || strings.HasPrefix(path, prefix) && pp.valid(path) {
			return prefix, true
		}
	}
	return "", false
}

// Register registers a route for every lesson of the deck and every page. The server
// calls it to prerender every page, and the wasm client to run them.
func Register() {
	for _, l := range deck.Lessons() {
		app.Route(l.Path, pageOf(l.Path))
	}
	for _, path := range pagePaths() {
		app.Route(path, pageOf(path))
	}
	for prefix := range prefixPages {
		app.RouteWithRegexp("^"+regexp.QuoteMeta(prefix), pageOf(prefix))
	}
	// Any other address gets the not-found page in the shell; the server
	// sends it with status 404.
	app.RouteWithRegexp("^/", pageOf(NotFoundPath))
}

// bodyOf returns the constructor of what the shell draws at path: the
// lesson's page, the not-found page, or nil for a lesson its slides show.
func bodyOf(path string) func() app.Composer {
	if path == NotFoundPath {
		return newNotFound
	}
	if p, ok := pages[path]; ok {
		return p.New
	}
	if p, ok := prefixPages[path]; ok {
		return p.New
	}
	return lessons[path]
}

// pageOf returns the constructor of the page at path: the shell, which
// makes its body (see shell).
func pageOf(path string) func() app.Composer {
	return func() app.Composer { return &shell{Path: path} }
}

// Paths returns every route of the app: the lessons in course order,
// then the pages.
func Paths() []string {
	var paths []string
	for _, l := range deck.Lessons() {
		paths = append(paths, l.Path)
	}
	return append(paths, pagePaths()...)
}

// pagePaths returns the routes of the pages, sorted.
func pagePaths() []string {
	paths := make([]string, 0, len(pages))
	for path := range pages {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	return paths
}

// Find returns what the frame shows of the route at path: the deck's
// lesson, or a page's title and intro; false for no route.
func Find(path string) (deck.Lesson, bool) {
	if l, ok := deck.Find(path); ok {
		return l, true
	}
	if p, ok := pages[path]; ok {
		return deck.Lesson{Path: path, Title: p.Title, Intro: p.Intro}, true
	}
	if prefix, ok := prefixOf(path); ok {
		p := prefixPages[prefix]
		return deck.Lesson{Path: prefix, Title: p.Title, Intro: p.Intro}, true
	}
	return deck.Lesson{}, false
}
