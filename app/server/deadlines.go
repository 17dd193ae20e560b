package server

import (
	"net/http"
	"time"
)

// stallChunk is the most of a response one write deadline covers: each
// piece of it must leave within Limits.WriteStall.
const stallChunk = 32 << 10

// deadlines sets each request's deadlines on its connection, through
// http.ResponseController, so that they work the same over HTTP/1.1 and
// HTTP/2 and whatever the listener (TLS included):
//
//   - a request with a body must send it within Limits.BodyTimeout (once
//     the body is read to its end, net/http clears the deadline); a
//     request without one has none to wait for;
//   - a response's deadline follows its progress: each piece of at most
//     stallChunk bytes must leave within Limits.WriteStall, so a slow
//     reader finishes any download and one that stops reading is cut.
//     Between writes there is no deadline: a handler that holds a request
//     (a long poll) needs nothing. A handler that sets its own write
//     deadline (http.NewResponseController(w).SetWriteDeadline) keeps it
//     for the rest of its response.
func deadlines(next http.Handler, lim Limits) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		if r.Body != nil && r.Body != http.NoBody && r.ContentLength != 0 {
			rc.SetReadDeadline(time.Now().Add(lim.BodyTimeout))
		}
		sw := &stallWriter{ResponseWriter: w, rc: rc, stall: lim.WriteStall}
		next.ServeHTTP(sw, r)
		// What the handler left buffered leaves after it returns.
		sw.extend()
	})
}

// stallWriter extends the write deadline before each piece of a response.
type stallWriter struct {
	http.ResponseWriter
	rc    *http.ResponseController // of the writer below
	stall time.Duration
	own   bool // the handler set a deadline of its own
}

func (s *stallWriter) extend() {
	if !s.own {
		s.rc.SetWriteDeadline(time.Now().Add(s.stall))
	}
}

func (s *stallWriter) WriteHeader(code int) {
	s.extend()
	s.ResponseWriter.WriteHeader(code)
}

func (s *stallWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		piece := p[:min(len(p), stallChunk)]
		s.extend()
		m, err := s.ResponseWriter.Write(piece)
		n += m
		if err != nil {
			return n, err
		}
		p = p[len(piece):]
	}
	return n, nil
}

// FlushError lets http.ResponseController flush through the writer.
func (s *stallWriter) FlushError() error {
	s.extend()
	return s.rc.Flush()
}

// SetWriteDeadline is a handler's own deadline: it replaces the stall
// window for the rest of the response.
func (s *stallWriter) SetWriteDeadline(t time.Time) error {
	s.own = true
	return s.rc.SetWriteDeadline(t)
}

// Unwrap lets http.ResponseController reach the connection.
func (s *stallWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }
