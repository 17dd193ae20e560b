package lab

import (
	"bytes"
	"cmp"
	"errors"
	"io"
	"net"
	"net/netip"
	"os"
	"time"

	"netprimer/app/api"
)

// readSize is the most one recv of the lab reads: each recv is one data
// event, as the deck's echo server would see it with recv(4096).
const readSize = 4096

// acceptTCP accepts connections while the lab runs. A client at its cap
// (or the lab at its total) is closed at once, with no goroutine.
func (l *Lab) acceptTCP() {
	defer l.wg.Done()
	for {
		c, err := l.tcp.AcceptTCP()
		if err != nil {
			if l.closed() {
				return
			}
			// Out of file descriptors, say: wait rather than spin.
			l.log.Warn("lab: accept", "err", err)
			select {
			case <-l.done:
				return
			case <-time.After(50 * time.Millisecond):
			}
			continue
		}
		accepted := l.now()
		peer := addrPort(c.RemoteAddr())
		if !l.conns.Acquire(peer.Addr()) {
			c.Close()
			l.mu.Lock()
			l.refusedN++
			l.mu.Unlock()
			continue
		}
		if !l.track(c) {
			c.Close()
			l.conns.Release(peer.Addr())
			return
		}
		l.wg.Add(1)
		go l.serveTCP(c, peer, accepted)
	}
}

// track adds c to the connections Close closes; false once closing.
func (l *Lab) track(c net.Conn) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed() {
		return false
	}
	l.open[c] = struct{}{}
	return true
}

func (l *Lab) untrack(c net.Conn) {
	l.mu.Lock()
	delete(l.open, c)
	l.mu.Unlock()
}

// tcpConn is a connection being served.
type tcpConn struct {
	l           *Lab
	c           *net.TCPConn
	client, lab netip.AddrPort
	received    int // bytes read in all, the budget of a refusal
	s           *session
	conn        int // its number in s
	recorded    int // bytes recorded of it
	buf         []byte
	accepted    time.Time // when the lab accepted it
}

func (l *Lab) serveTCP(c *net.TCPConn, peer netip.AddrPort, accepted time.Time) {
	defer l.wg.Done()
	defer l.conns.Release(peer.Addr())
	defer l.untrack(c)
	defer c.Close()
	tc := &tcpConn{l: l, c: c, client: peer, lab: addrPort(c.LocalAddr()), buf: make([]byte, readSize), accepted: accepted}
	rest, ok := tc.codeLine()
	if !ok {
		return
	}
	defer tc.s.removeConn(c)
	if !tc.event(api.LabConnect, nil, 0, "") {
		return
	}
	reason := tc.echo(rest)
	tc.event(api.LabClose, nil, 0, reason)
}

// codeLine reads the first line and finds its session. It returns the
// bytes read after the line; false when the connection is done: it closed
// first, or it was refused (and told why).
func (tc *tcpConn) codeLine() (rest []byte, ok bool) {
	var line []byte
	for {
		deadline := tc.l.now().Add(tc.l.cfg.Idle)
		if tc.liveCode(line) != nil {
			deadline = tc.l.now().Add(tc.l.codeWait)
		}
		tc.c.SetReadDeadline(deadline)
		n, err := tc.c.Read(tc.buf)
		tc.received += n
		data := tc.buf[:n]
		// The line's bytes are charged here, the rest's with its echo.
		i := bytes.IndexByte(data, '\n')
		if n > 0 && !tc.l.charge(tc.client.Addr(), cmp.Or(i+1, n)) {
			return nil, false
		}
		if i >= 0 {
			if len(line)+i > maxLine {
				tc.refuse(refuseTooLong, nil)
				return nil, false
			}
			line = append(line, data[:i]...)
			code, ok := parseCodeLine(line)
			if !ok {
				tc.refuse(refuseNoCode, nil)
				return nil, false
			}
			s, state := tc.l.sessions.get(code, tc.l.now())
			switch state {
			case stateUnknown:
				tc.refuse(refuseUnknown, nil)
				return nil, false
			case stateExpired:
				tc.refuse(refuseExpired, nil)
				return nil, false
			}
			num, ok := s.addConn(tc.c)
			if !ok {
				tc.refuse(refuseExpired, nil)
				return nil, false
			}
			tc.s, tc.conn = s, num
			return data[i+1:], true
		}
		if len(line)+n > maxLine {
			tc.refuse(refuseTooLong, nil)
			return nil, false
		}
		line = append(line, data...)
		if code, ok := codeFirst(line); ok {
			if s, state := tc.l.sessions.get(code, tc.l.now()); state == stateLive {
				tc.refuse(refuseNoNewline, s)
				return nil, false
			}
		}
		if err != nil {
			if s := tc.liveCode(line); s != nil && isTimeout(err) {
				tc.refuse(refuseNoNewline, s)
			}
			return nil, false
		}
	}
}

// liveCode returns the live session whose code the pending line is, with
// nothing after it yet: the newline may still come.
func (tc *tcpConn) liveCode(line []byte) *session {
	code, ok := api.ParseLabCode(string(bytes.TrimLeft(line, " \t")))
	if !ok {
		return nil
	}
	s, _ := tc.l.sessions.get(code, tc.l.now())
	return s
}

// refuse answers a first line that names no live session with one line,
// no longer than what the client sent, and closes. A refusal that names a
// live session s is recorded in it, as a connect and a close that both
// carry the reason.
func (tc *tcpConn) refuse(reason string, s *session) {
	if s != nil {
		if num, ok := s.addConn(tc.c); ok {
			tc.s, tc.conn = s, num
			tc.event(api.LabConnect, nil, 0, reason)
			tc.event(api.LabClose, nil, 0, reason)
			s.removeConn(tc.c)
		}
	}
	tc.c.SetWriteDeadline(tc.l.now().Add(time.Second))
	tc.c.Write(refusal(reason, tc.received))
	// Close only after the client has read the line: closing with its
	// bytes unread would reset the connection and lose the line.
	tc.c.CloseWrite()
	tc.c.SetReadDeadline(tc.l.now().Add(time.Second))
	io.Copy(io.Discard, io.LimitReader(tc.c, 4<<10))
}

// echo records and echoes every recv, the first one's bytes after the
// code line in rest, until the connection ends; it returns why it ended.
func (tc *tcpConn) echo(rest []byte) string {
	if len(rest) > 0 {
		if reason := tc.chunk(rest); reason != "" {
			return reason
		}
	}
	for {
		tc.c.SetReadDeadline(tc.l.now().Add(tc.l.cfg.Idle))
		n, err := tc.c.Read(tc.buf)
		if n > 0 {
			tc.received += n
			if reason := tc.chunk(tc.buf[:n]); reason != "" {
				return reason
			}
		}
		if err != nil {
			return tc.why(err)
		}
	}
}

// chunk records one recv and echoes it once the byte rate allows (until
// then nothing more is read: the sender waits); it returns why the
// connection ended when it did.
func (tc *tcpConn) chunk(data []byte) string {
	keep := min(len(data), max(0, tc.l.cfg.Record-tc.recorded))
	tc.recorded += keep
	if !tc.event(api.LabData, data[:keep], len(data), "") {
		return api.LabReasonExpired
	}
	if !tc.l.charge(tc.client.Addr(), len(data)) {
		return api.LabReasonShutdown
	}
	tc.c.SetWriteDeadline(tc.l.now().Add(tc.l.cfg.Idle))
	if _, err := tc.c.Write(data); err != nil {
		return tc.why(err)
	}
	return ""
}

// why names the reason of a connection's end from its error.
func (tc *tcpConn) why(err error) string {
	switch {
	case tc.l.closed():
		return api.LabReasonShutdown
	case errors.Is(err, io.EOF):
		return api.LabReasonEOF
	case isTimeout(err):
		return api.LabReasonIdle
	case errors.Is(err, net.ErrClosed):
		return api.LabReasonExpired
	}
	return api.LabReasonReset
}

func isTimeout(err error) bool { return errors.Is(err, os.ErrDeadlineExceeded) }

// event records an event of the connection: kind, the recorded bytes of a
// recv of n bytes, a reason. False when the session has expired.
func (tc *tcpConn) event(kind string, data []byte, n int, reason string) bool {
	return tc.s.recordOpened(api.LabEvent{
		Proto:  api.LabTCP,
		Kind:   kind,
		Client: endpoint(tc.client),
		Server: endpoint(tc.lab),
		Len:    n,
		Conn:   tc.conn,
		Cut:    n - len(data),
		Reason: reason,
	}, data, tc.l.now(), tc.accepted)
}
