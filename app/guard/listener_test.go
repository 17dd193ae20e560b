package guard

import (
	"errors"
	"io"
	"net"
	"net/netip"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// conn is a connection from one loopback address (127.0.0.0/8 is all
// loopback, so each address is a client of its own), or the reset that
// ended it while it was being made (on loopback the server's reset can
// come before connect returns).
type conn struct {
	net.Conn
	err error
}

func dialFrom(t *testing.T, from, addr string) conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 5 * time.Second}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		if !errors.Is(err, syscall.ECONNRESET) {
			t.Fatal(err)
		}
		return conn{err: err}
	}
	t.Cleanup(func() { c.Close() })
	return conn{Conn: c}
}

// reset reports whether the server ended c without a word.
func reset(c conn) bool {
	if c.err != nil {
		return true
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err := c.Read(make([]byte, 1))
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}

func TestListenerCaps(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	conns := NewConns(2, 3)
	ln := NewListener(inner, conns)
	defer ln.Close()
	accepted := make(chan net.Conn, 100)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Write([]byte("+"))
			accepted <- c
		}
	}()
	addr := inner.Addr().String()
	greeted := func(c conn) bool {
		if c.err != nil {
			return false
		}
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		b := make([]byte, 1)
		_, err := io.ReadFull(c, b)
		return err == nil && b[0] == '+'
	}
	a1, a2 := dialFrom(t, "127.0.0.1", addr), dialFrom(t, "127.0.0.1", addr)
	if !greeted(a1) || !greeted(a2) {
		t.Fatal("a client under its cap was not served")
	}
	if a3 := dialFrom(t, "127.0.0.1", addr); !reset(a3) {
		t.Error("a client over its cap was served")
	}
	if b1 := dialFrom(t, "127.0.0.2", addr); !greeted(b1) {
		t.Error("another client was refused while the total has room")
	}
	if c1 := dialFrom(t, "127.0.0.3", addr); !reset(c1) {
		t.Error("a client was served past the total")
	}
	if n, total := conns.Held(netip.MustParseAddr("127.0.0.1")); n != 2 || total != 3 {
		t.Errorf("held: %d by the client, %d in all", n, total)
	}
	// Closing gives the share back, once.
	first := <-accepted
	if cw, ok := first.(interface{ CloseWrite() error }); !ok || cw.CloseWrite() != nil {
		t.Error("a connection cannot be half-closed, as net/http does before closing")
	} else if _, err := a1.Read(make([]byte, 1)); err != io.EOF {
		t.Errorf("after the server's half-close the client reads %v, want EOF", err)
	}
	first.Close()
	first.Close()
	if n, total := conns.Held(netip.MustParseAddr("127.0.0.1")); n != 1 || total != 2 {
		t.Errorf("after a close: %d by the client, %d in all", n, total)
	}
	if a4 := dialFrom(t, "127.0.0.1", addr); !greeted(a4) {
		t.Error("a client was refused after one of its connections closed")
	}

	// A flood of refused connections costs no goroutine.
	before := runtime.NumGoroutine()
	for range 300 {
		c := dialFrom(t, "127.0.0.1", addr)
		if !reset(c) {
			t.Fatal("a connection over the cap was served")
		}
		if c.Conn != nil {
			c.Close()
		}
	}
	if after := runtime.NumGoroutine(); after > before+2 {
		t.Errorf("goroutines: %d before the flood, %d after", before, after)
	}
	if ln.Refused() != 302 {
		t.Errorf("%d refused, want 302", ln.Refused())
	}
}
