package lab

import (
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/app/lab/task"
)

var (
	student = netip.MustParseAddrPort("198.51.100.7:50000")
	labEnd  = netip.MustParseAddrPort("192.0.2.1:9000")
)

func testSession(maxEvents, maxBytes int) *session {
	s := newSession(netip.Addr{}, time.Now().Add(time.Hour), maxEvents, maxBytes, nil)
	s.code = "ab12cd"
	s.tracker = task.NewTracker(s.code)
	return s
}

func dataEvent(conn int) api.LabEvent {
	return api.LabEvent{Proto: api.LabTCP, Kind: api.LabData, Conn: conn, Client: endpoint(student), Server: endpoint(labEnd)}
}

// The recorder numbers events from 1, keeps their bytes (in hex in the
// answer) and their time, and answers those after a seq in order.
func TestRecorder(t *testing.T) {
	s := testSession(100, 1<<20)
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))
	for i, data := range []string{"hello", "\x04\xd2", ""} {
		ev := dataEvent(1)
		ev.Len = len(data)
		if !s.record(ev, []byte(data), t0.Add(time.Duration(i)*time.Millisecond)) {
			t.Fatal("a live session refused an event")
		}
	}
	snap := s.after(1)
	if len(snap.events) != 2 || snap.next != 3 || snap.first != 1 || snap.more {
		t.Fatalf("after 1: %d events, next %d, first %d, more %v", len(snap.events), snap.next, snap.first, snap.more)
	}
	ev := snap.events[0]
	if ev.Seq != 2 || ev.Hex != "04d2" || ev.Len != 2 || ev.Client.Port != 50000 || ev.Server.IP != "192.0.2.1" || !ev.Time.Equal(t0.Add(time.Millisecond)) || ev.Time.Location() != time.UTC {
		t.Errorf("event %+v", ev)
	}
	if snap.events[1].Hex != "" || snap.events[1].Len != 0 {
		t.Errorf("an empty recv: %+v", snap.events[1])
	}
	// The tasks were checked as the events came.
	if p := snap.tasks[1]; p.ID != task.Htons || p.Status != task.Done || p.Last.Seq != 2 {
		t.Errorf("htons: %+v", p)
	}
	if snap := s.after(3); len(snap.events) != 0 || snap.next != 3 {
		t.Errorf("after the newest: %+v", snap)
	}
}

// The events kept are capped by number and by bytes, the oldest going
// first; the newest is always kept, and first says where the kept start.
func TestRecorderCaps(t *testing.T) {
	s := testSession(10, 1<<20)
	for range 25 {
		s.record(dataEvent(1), []byte("x"), time.Now())
	}
	snap := s.after(0)
	if len(snap.events) != 10 || snap.first != 16 || snap.events[0].Seq != 16 || snap.next != 25 {
		t.Errorf("count cap: %d events from %d (first %d), next %d", len(snap.events), snap.events[0].Seq, snap.first, snap.next)
	}
	s = testSession(1000, 100)
	for range 7 {
		s.record(dataEvent(1), make([]byte, 30), time.Now())
	}
	snap = s.after(0)
	if len(snap.events) != 3 || snap.first != 5 || s.bytes != 90 {
		t.Errorf("byte cap: %d events from %d, %d bytes", len(snap.events), snap.first, s.bytes)
	}
	s.record(dataEvent(1), make([]byte, 500), time.Now()) // alone over the cap: kept
	if snap := s.after(0); len(snap.events) != 1 || len(snap.events[0].Hex) != 1000 {
		t.Errorf("an event over the byte cap alone: %d events", len(snap.events))
	}
}

// An answer stops at its bounds and says there is more.
func TestRecorderAnswerBounds(t *testing.T) {
	s := testSession(2000, 1<<30)
	for range maxAnswerEvents + 10 {
		s.record(dataEvent(1), []byte("x"), time.Now())
	}
	snap := s.after(0)
	if len(snap.events) != maxAnswerEvents || !snap.more || snap.next != maxAnswerEvents {
		t.Errorf("%d events, more %v, next %d", len(snap.events), snap.more, snap.next)
	}
	s = testSession(100, 1<<30)
	for range 3 {
		s.record(dataEvent(1), make([]byte, maxAnswerBytes/2+1), time.Now())
	}
	if snap := s.after(0); len(snap.events) != 1 || !snap.more {
		t.Errorf("%d events of half the byte bound each, more %v", len(snap.events), snap.more)
	}
}

// Every waiter on a session wakes at its next event, and at its end.
func TestRecorderWaiters(t *testing.T) {
	s := testSession(100, 1<<20)
	var wg sync.WaitGroup
	woke := make(chan uint64, 50)
	for range 50 {
		snap := s.after(0)
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-snap.wait
			woke <- s.after(0).next
		}()
	}
	s.record(dataEvent(1), []byte("x"), time.Now())
	wg.Wait()
	close(woke)
	for next := range woke {
		if next != 1 {
			t.Errorf("a waiter woke to next %d", next)
		}
	}
	snap := s.after(1)
	s.expire()
	select {
	case <-snap.wait:
	case <-time.After(time.Second):
		t.Fatal("expiry did not wake a waiter")
	}
	if !s.after(1).expired || s.record(dataEvent(1), nil, time.Now()) {
		t.Error("an expired session still records")
	}
}

// Codes are random, of the alphabet, and unique among the live and the
// recently expired.
func TestStore(t *testing.T) {
	st := newStore(10, time.Hour)
	now := time.Now()
	seen := map[string]bool{}
	for range 2000 {
		code := newCode()
		if c, ok := api.ParseLabCode(code); !ok || c != code {
			t.Fatalf("code %q", code)
		}
		seen[code] = true
	}
	if len(seen) < 1990 {
		t.Errorf("%d distinct codes of 2000", len(seen))
	}
	s := newSession(netip.Addr{}, now.Add(time.Minute), 10, 100, nil)
	st.add(s)
	if got, state := st.get(s.code, now); got != s || state != stateLive {
		t.Fatalf("the new session: %v %d", got, state)
	}
	if got, state := st.get(strings.ToUpper(s.code), now); got != nil || state != stateUnknown {
		t.Errorf("lookups take canonical codes: %v %d", got, state)
	}
	// Past its expiry, it is expired even before a sweep.
	if got, state := st.get(s.code, now.Add(time.Minute)); got != nil || state != stateExpired {
		t.Errorf("past expiry: %v %d", got, state)
	}
	// Expired codes are forgotten after a while.
	st.sweep(now.Add(2 * time.Hour))
	if _, state := st.get(s.code, now.Add(2*time.Hour)); state != stateUnknown {
		t.Errorf("an old expired code is still remembered: %d", state)
	}
}
