// Package ui holds the go-app components of Netprimer: the shared shell
// (navigation in course order, the language switch, the update banner, the
// footer), one page per lesson and the widgets the lessons share. Pages
// only arrange what the pure packages compute.
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/deck"
)

// pages maps the routes with their own page component. A lesson not listed
// here shows its slides from the deck.
var pages = map[string]func() app.Composer{
	"/":          func() app.Composer { return newHomePage() },
	"/network":   func() app.Composer { return newNetworkPage() },
	"/addresses": func() app.Composer { return newAddressesPage() },
	"/sockets":   func() app.Composer { return newSocketsPage() },
	"/ipaddress": func() app.Composer { return newIPAddressPage() },
	"/packing":   func() app.Composer { return newPackingPage() },
	"/byteorder": func() app.Composer { return newByteorderPage() },
	"/hosts":     func() app.Composer { return newHostsPage() },
	"/services":  func() app.Composer { return newServicesPage() },
}

// Register registers a route for every lesson of the deck. The server
// calls it to prerender every page, and the wasm client to run them.
func Register() {
	for _, l := range deck.Lessons() {
		newPage, ok := pages[l.Path]
		if !ok {
			newPage = func() app.Composer { return newSlidesPage() }
		}
		app.Route(l.Path, newPage)
	}
	// Any other address gets the not-found page in the shell; the server
	// sends it with status 404.
	app.RouteWithRegexp("^/", func() app.Composer { return &notFoundPage{} })
}

// Paths returns every route of the app in course order.
func Paths() []string {
	var paths []string
	for _, l := range deck.Lessons() {
		paths = append(paths, l.Path)
	}
	return paths
}
