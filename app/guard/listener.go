package guard

import (
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
)

// Listener accepts connections for as long as each one's client holds one
// of conns (see Conns) for its peer address: a connection holds it until it
// is closed. A connection whose client is at its cap, or that finds the
// total reached, is reset as soon as it is accepted, in Accept's own loop:
// a flood of connections costs no goroutine and no file beyond that moment.
// Any listener may be wrapped: the HTTP server's, a lab's; TLS goes on top.
type Listener struct {
	net.Listener
	conns   *Conns
	refused atomic.Int64
}

// NewListener returns ln whose connections hold conns.
func NewListener(ln net.Listener, conns *Conns) *Listener {
	return &Listener{Listener: ln, conns: conns}
}

// Accept returns the next connection whose client is within its caps.
func (l *Listener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		a := peerAddr(c)
		if l.conns.Acquire(a) {
			return &heldConn{Conn: c, release: func() { l.conns.Release(a) }}, nil
		}
		l.refused.Add(1)
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetLinger(0) // a reset: no FIN_WAIT, no TIME_WAIT to keep
		}
		c.Close()
	}
}

// Refused returns how many connections Accept has reset.
func (l *Listener) Refused() int64 { return l.refused.Load() }

// peerAddr is the address of c's other end; an address that is not IP
// (a Unix socket) is the zero Addr, one client.
func peerAddr(c net.Conn) netip.Addr {
	if ta, ok := c.RemoteAddr().(*net.TCPAddr); ok {
		return ta.AddrPort().Addr().Unmap()
	}
	return netip.Addr{}
}

// heldConn gives its client's share back when it is closed, once.
type heldConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *heldConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

// CloseWrite half-closes a TCP connection, as net/http does before it
// closes one whose request it did not read to the end, so that the client
// reads the answer before any reset.
func (c *heldConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}
