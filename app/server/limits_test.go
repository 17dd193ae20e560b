package server

import (
	"flag"
	"testing"
	"time"
)

// TestDefaultLimitsMeetTheTargets checks the defaults against issue 10's
// targets; the e2e tests check the mechanisms with short values.
func TestDefaultLimitsMeetTheTargets(t *testing.T) {
	d := DefaultLimits()
	// A request whose headers promise a body that never comes is closed
	// within 60 s: its headers take at most HeaderTimeout, its body at
	// most BodyTimeout.
	if got := d.HeaderTimeout + d.BodyTimeout; got > 60*time.Second {
		t.Errorf("a body never sent is closed after up to %s, want at most 60 s", got)
	}
	// A download never read is closed within 150 s: what does not fit the
	// socket buffers stalls for WriteStall; what fits leaves the
	// connection idle, for IdleTimeout.
	if got := d.HeaderTimeout + max(d.WriteStall, d.IdleTimeout); got > 150*time.Second {
		t.Errorf("a download never read is closed after up to %s, want at most 150 s", got)
	}
	// A phone on slow Wi-Fi finishes app.wasm (1.6 MB brotli, 8 MB raw):
	// no deadline covers a whole response, and the slowest rate that
	// keeps each piece within WriteStall is far below a slow phone's
	// (a 2G link's 20 KB/s).
	if rate := float64(stallChunk) / d.WriteStall.Seconds(); rate > 2000 {
		t.Errorf("a reader slower than %.0f bytes/s is cut", rate)
	}
	// Slowloris is cut at 10 s, as before.
	if d.HeaderTimeout != 10*time.Second {
		t.Errorf("HeaderTimeout %s", d.HeaderTimeout)
	}
	// A class behind one NAT: 100 students × 6 HTTP/1.1 connections.
	if d.ConnsPerClient < 100*6 {
		t.Errorf("ConnsPerClient %d is less than a class of 100 with 6 connections each", d.ConnsPerClient)
	}
	// The whole of a lesson's input (5000 characters of ASCII), however
	// it is percent-encoded, fits in a URL.
	if d.MaxURL < len("/ipaddress?addr=")+3*5000+len("&lang=ko") {
		t.Errorf("MaxURL %d", d.MaxURL)
	}
	if err := d.check(); err != nil {
		t.Error(err)
	}
	// systemd's default stop timeout is 90 s: the grace period ends first.
	if d.Grace >= 90*time.Second {
		t.Errorf("Grace %s", d.Grace)
	}
}

func TestConnBudget(t *testing.T) {
	d := DefaultLimits()
	for _, c := range []struct {
		maxConns int
		fdLimit  uint64
		want     int // -1: an error
	}{
		{0, 512, 512 - 128},
		{0, 1 << 20, maxAutoConns},
		{100, 512, 100},
		{400, 512, -1}, // past the file limit less the reserve
		{0, 128, -1},
		{0, 100, -1},
	} {
		lim := d
		lim.MaxConns = c.maxConns
		got, err := connBudget(lim, c.fdLimit)
		if c.want < 0 && err == nil || c.want >= 0 && (err != nil || got != c.want) {
			t.Errorf("-max-conns %d, file limit %d: %d, %v; want %d", c.maxConns, c.fdLimit, got, err, c.want)
		}
	}
}

func TestLimitsFlags(t *testing.T) {
	var l Limits
	fs := flagSet()
	l.RegisterFlags(fs)
	if err := fs.Parse([]string{"-body-timeout", "2s", "-conns-per-client", "40"}); err != nil {
		t.Fatal(err)
	}
	if l.BodyTimeout != 2*time.Second || l.ConnsPerClient != 40 || l.WriteStall != DefaultLimits().WriteStall || l.MaxURL != DefaultLimits().MaxURL {
		t.Errorf("parsed %+v", l)
	}
	bad := DefaultLimits()
	bad.MaxHeaderBytes = bad.MaxURL
	if bad.check() == nil {
		t.Error("headers with no room beside the URL accepted")
	}
}

func flagSet() *flag.FlagSet { return flag.NewFlagSet("test", flag.ContinueOnError) }
