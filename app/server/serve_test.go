package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// serveForTest runs Serve on a loopback listener with lim until the test
// ends; stop shuts it down and returns Serve's error.
func serveForTest(t *testing.T, h http.Handler, lim Limits) (url string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, h, lim, nil) }()
	var stopped bool
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		return <-done
	}
	t.Cleanup(func() { stop() })
	return "http://" + ln.Addr().String(), stop
}

// TestLongPollNeedsNoHook: a handler that holds its request for longer
// than the stall window, then answers, is answered; so is one that reads
// its body slowly.
func TestLongPollNeedsNoHook(t *testing.T) {
	lim := Limits{WriteStall: 300 * time.Millisecond, BodyTimeout: 300 * time.Millisecond}
	url, _ := serveForTest(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Second)
		io.WriteString(w, "news")
	}), lim)
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || string(b) != "news" {
		t.Errorf("the long poll's answer: %q, %v", b, err)
	}
}

// TestStalledReaderIsCut: a response to a client that stops reading
// fails within the stall window, whatever its size.
func TestStalledReaderIsCut(t *testing.T) {
	failed := make(chan time.Duration, 1)
	lim := Limits{WriteStall: 300 * time.Millisecond}
	url, _ := serveForTest(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat("x", 1<<20))
		start := time.Now()
		for range 1 << 10 { // 1 GB: more than any socket buffer
			if _, err := w.Write(chunk); err != nil {
				failed <- time.Since(start)
				return
			}
		}
		failed <- -1
	}), lim)
	c, err := net.Dial("tcp", strings.TrimPrefix(url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	select {
	case d := <-failed:
		if d < 0 {
			t.Error("1 GB went to a client that reads nothing")
		}
	case <-time.After(30 * time.Second):
		t.Error("the response to a stalled client did not fail")
	}
}

// TestOwnWriteDeadline: a handler's own deadline replaces the stall
// window (http.ResponseController reaches the stall writer).
func TestOwnWriteDeadline(t *testing.T) {
	got := make(chan error, 1)
	lim := Limits{WriteStall: time.Hour}
	url, _ := serveForTest(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		if err := rc.SetWriteDeadline(time.Now().Add(-time.Second)); err != nil {
			got <- err
			return
		}
		_, err := w.Write([]byte(strings.Repeat("x", 1<<20)))
		got <- err
	}), lim)
	res, err := http.Get(url)
	if err == nil {
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}
	if err := <-got; err == nil {
		t.Error("a write past the handler's own deadline went through")
	}
}

// TestDrainingEndsALongPoll: on shutdown a handler that holds its
// request learns of it and answers, and Serve returns nil.
func TestDrainingEndsALongPoll(t *testing.T) {
	started := make(chan struct{})
	url, stop := serveForTest(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		select {
		case <-Draining(r.Context()):
			io.WriteString(w, "bye")
		case <-time.After(time.Minute):
			io.WriteString(w, "late")
		}
	}), Limits{Grace: 30 * time.Second})
	answer := make(chan string, 1)
	go func() {
		res, err := http.Get(url)
		if err != nil {
			answer <- err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		answer <- string(b)
	}()
	<-started
	start := time.Now()
	if err := stop(); err != nil {
		t.Errorf("Serve: %v", err)
	}
	if a := <-answer; a != "bye" {
		t.Errorf("the long poll answered %q", a)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("shutdown took %s: the long poll held it", d)
	}
	if Draining(context.Background()) != nil {
		t.Error("Draining outside Serve is not nil")
	}
}
