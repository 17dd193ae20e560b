package server

import (
	"errors"
	"flag"
	"fmt"
	"time"
)

// Limits bound what one client may ask of the server and hold: the
// length of a request's address, how long its parts may take, the
// connections it may keep. RegisterFlags binds them to command-line flags;
// DefaultLimits are the defaults, chosen for a class of about 100 students
// behind one NAT, which is one client address.
type Limits struct {
	// MaxURL bounds a request's target (path and query), in bytes: past
	// it a page answers 414 with a page that says so, an API call 414
	// in JSON. It holds a lesson's longest input (5000 characters) of
	// ASCII however it is percent-encoded, and bounds what a page echoes
	// of its query.
	MaxURL int
	// MaxHeaderBytes bounds a request's line and headers together.
	MaxHeaderBytes int

	// HeaderTimeout bounds the time to read a request's line and
	// headers (a slowloris client is cut).
	HeaderTimeout time.Duration
	// BodyTimeout bounds the time to read a request's body, from the end
	// of its headers; a request without a body has none to wait for. A
	// handler that reads a longer body extends its own deadline with
	// http.NewResponseController(w).SetReadDeadline.
	BodyTimeout time.Duration
	// WriteStall bounds the time one piece of a response (at most
	// stallChunk bytes) may take to leave, so that a download follows
	// its progress: a phone on slow Wi-Fi finishes app.wasm, a reader
	// that stops reading is cut. There is no deadline between writes: a
	// handler that holds a request (a long poll) needs no hook.
	WriteStall time.Duration
	// IdleTimeout bounds how long a kept-alive connection waits for its
	// next request.
	IdleTimeout time.Duration
	// Grace is how long, after SIGTERM, requests in flight may take to
	// finish; then whatever is still open is closed.
	Grace time.Duration

	// ConnsPerClient bounds the connections one client address (an
	// IPv6 client's /64) holds at once: a class behind one NAT, 100
	// students with a browser's 6 HTTP/1.1 connections each, is 600.
	ConnsPerClient int
	// MaxConns bounds the connections of all clients; 0 takes the
	// process's file limit less FDReserve.
	MaxConns int
	// FDReserve is what the file limit keeps for everything but client
	// connections: resolver sockets, files read, the listeners.
	FDReserve int
}

// DefaultLimits returns the defaults.
func DefaultLimits() Limits {
	return Limits{
		MaxURL:         16 << 10,
		MaxHeaderBytes: 64 << 10,
		HeaderTimeout:  10 * time.Second,
		BodyTimeout:    30 * time.Second,
		WriteStall:     30 * time.Second,
		IdleTimeout:    2 * time.Minute,
		Grace:          10 * time.Second,
		ConnsPerClient: 800,
		MaxConns:       0,
		FDReserve:      128,
	}
}

// RegisterFlags defines the flags of the limits on fs, with
// DefaultLimits' values as defaults, to be read into l.
func (l *Limits) RegisterFlags(fs *flag.FlagSet) {
	d := DefaultLimits()
	fs.IntVar(&l.MaxURL, "max-url", d.MaxURL, "longest request target (path and query) in bytes; longer ones get 414")
	fs.IntVar(&l.MaxHeaderBytes, "max-header-bytes", d.MaxHeaderBytes, "most bytes of a request's line and headers")
	fs.DurationVar(&l.HeaderTimeout, "header-timeout", d.HeaderTimeout, "time limit to read a request's headers")
	fs.DurationVar(&l.BodyTimeout, "body-timeout", d.BodyTimeout, "time limit to read a request's body")
	fs.DurationVar(&l.WriteStall, "write-stall", d.WriteStall, "time limit for each 32 KiB of a response to leave (a download's deadline follows its progress)")
	fs.DurationVar(&l.IdleTimeout, "idle-timeout", d.IdleTimeout, "how long an idle kept-alive connection stays open")
	fs.DurationVar(&l.Grace, "shutdown-grace", d.Grace, "after SIGTERM, how long requests in flight may take before every connection is closed")
	fs.IntVar(&l.ConnsPerClient, "conns-per-client", d.ConnsPerClient, "connections one client address may hold at once (a class behind one NAT is one address)")
	fs.IntVar(&l.MaxConns, "max-conns", d.MaxConns, "connections of all clients at once; 0: the file limit less -fd-reserve, at most 10000")
	fs.IntVar(&l.FDReserve, "fd-reserve", d.FDReserve, "open files kept for all but client connections")
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxURL <= 0 {
		l.MaxURL = d.MaxURL
	}
	if l.MaxHeaderBytes <= 0 {
		l.MaxHeaderBytes = d.MaxHeaderBytes
	}
	for _, f := range []struct{ v, d *time.Duration }{
		{&l.HeaderTimeout, &d.HeaderTimeout}, {&l.BodyTimeout, &d.BodyTimeout}, {&l.WriteStall, &d.WriteStall},
		{&l.IdleTimeout, &d.IdleTimeout}, {&l.Grace, &d.Grace},
	} {
		if *f.v <= 0 {
			*f.v = *f.d
		}
	}
	if l.ConnsPerClient <= 0 {
		l.ConnsPerClient = d.ConnsPerClient
	}
	if l.FDReserve <= 0 {
		l.FDReserve = d.FDReserve
	}
	return l
}

// check reports limits that cannot work together.
func (l Limits) check() error {
	if l.MaxHeaderBytes < l.MaxURL+4<<10 {
		return fmt.Errorf("-max-header-bytes %d leaves no room for headers beside -max-url %d", l.MaxHeaderBytes, l.MaxURL)
	}
	if l.MaxConns < 0 {
		return errors.New("-max-conns must not be negative")
	}
	return nil
}
