package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Serve serves h on ln with the timeouts of lim until ctx is done, then
// shuts down: it stops accepting, lets the requests in flight finish for
// up to lim.Grace, then closes whatever is still open, and returns nil.
//
// ln is the listener as the caller made it: wrapped in guard.NewListener
// for the connection caps, and, for HTTPS, in a TLS listener on top of
// that (the caps count TCP connections; the handshake has
// lim.HeaderTimeout, as the request's headers do). Every timeout of a
// request is set through http.ResponseController (deadlines), which
// HTTP/2 honours per stream as HTTP/1.1 does per connection.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, lim Limits, log *slog.Logger) error {
	lim = lim.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	draining := make(chan struct{})
	base := context.WithValue(context.Background(), drainingKey{}, (<-chan struct{})(draining))
	hs := &http.Server{
		Handler:           deadlines(h, lim),
		ReadHeaderTimeout: lim.HeaderTimeout,
		IdleTimeout:       lim.IdleTimeout,
		MaxHeaderBytes:    lim.MaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return base },
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", "grace", lim.Grace)
	close(draining)
	grace, cancel := context.WithTimeout(context.Background(), lim.Grace)
	defer cancel()
	start := time.Now()
	if err := hs.Shutdown(grace); err != nil {
		log.Warn("shutdown: closing the connections still open after the grace period", "err", err)
		hs.Close()
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped", "after", time.Since(start).Round(time.Millisecond))
	return nil
}

type drainingKey struct{}

// Draining returns a channel that is closed when the server that serves
// ctx's request starts to shut down: a handler that holds a request (a
// long poll) answers then rather than wait for the grace period to end.
// Outside Serve it is nil, which never fires.
func Draining(ctx context.Context) <-chan struct{} {
	ch, _ := ctx.Value(drainingKey{}).(<-chan struct{})
	return ch
}
