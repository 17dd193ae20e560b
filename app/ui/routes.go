// Package ui holds the routes of Netprimer and the shell every page
// shares: the navigation in course order, the language switch, the
// update banner, the footer, and the deck's part of each page (the kit's
// frame). Each lesson is a package of app/ui/lesson, drawn with app/ui/kit.
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
	"netprimer/app/ui/lesson/addresses"
	"netprimer/app/ui/lesson/byteorder"
	"netprimer/app/ui/lesson/ipaddress"
	"netprimer/app/ui/lesson/lookups"
	"netprimer/app/ui/lesson/network"
	"netprimer/app/ui/lesson/packing"
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

// Register registers a route for every lesson of the deck. The server
// calls it to prerender every page, and the wasm client to run them.
func Register() {
	for _, l := range deck.Lessons() {
		app.Route(l.Path, pageOf(l.Path))
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
	return lessons[path]
}

// pageOf returns the constructor of the page at path: the shell, which
// makes its body (see shell).
func pageOf(path string) func() app.Composer {
	return func() app.Composer { return &shell{Path: path} }
}

// Paths returns every route of the app in course order.
func Paths() []string {
	var paths []string
	for _, l := range deck.Lessons() {
		paths = append(paths, l.Path)
	}
	return paths
}
