package lab

import (
	"crypto/rand"
	"encoding/hex"
	"net"
	"net/netip"
	"sync"
	"time"

	"netprimer/app/api"
	"netprimer/app/lab/task"
)

// store holds the live sessions, and for a while the codes of expired
// ones, so that a student using one learns that it expired.
type store struct {
	mu        sync.Mutex
	live      map[string]*session
	gone      map[string]time.Time // code → when it expired
	goneOrder []string             // oldest first
	maxGone   int
	keepGone  time.Duration
}

func newStore(maxLive int, keepGone time.Duration) *store {
	return &store{
		live:     map[string]*session{},
		gone:     map[string]time.Time{},
		maxGone:  4 * maxLive,
		keepGone: keepGone,
	}
}

// Session states as a code's reader sees them.
const (
	stateUnknown = iota
	stateLive
	stateExpired
)

// get returns the live session of code, or why there is none. A session
// past its expiry is expired here, even before the sweeper comes by.
func (st *store) get(code string, now time.Time) (*session, int) {
	st.mu.Lock()
	s, ok := st.live[code]
	if ok && !now.Before(s.expires) {
		st.expireLocked(s, now)
		ok = false
	}
	_, gone := st.gone[code]
	st.mu.Unlock()
	switch {
	case ok:
		return s, stateLive
	case gone:
		return nil, stateExpired
	}
	return nil, stateUnknown
}

// add makes a session with a fresh code.
func (st *store) add(s *session) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for {
		s.code = newCode()
		_, live := st.live[s.code]
		_, gone := st.gone[s.code]
		if !live && !gone {
			break
		}
	}
	s.tracker = task.NewTracker(s.code)
	st.live[s.code] = s
}

// sweep expires every session past its time, and forgets expired codes
// kept long enough. It returns the sessions it expired.
func (st *store) sweep(now time.Time) []*session {
	st.mu.Lock()
	defer st.mu.Unlock()
	var out []*session
	for _, s := range st.live {
		if !now.Before(s.expires) {
			st.expireLocked(s, now)
			out = append(out, s)
		}
	}
	for len(st.goneOrder) > 0 && now.Sub(st.gone[st.goneOrder[0]]) > st.keepGone {
		delete(st.gone, st.goneOrder[0])
		st.goneOrder = st.goneOrder[1:]
	}
	return out
}

// closeAll expires every session: the server is stopping.
func (st *store) closeAll(now time.Time) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, s := range st.live {
		st.expireLocked(s, now)
	}
}

func (st *store) expireLocked(s *session, now time.Time) {
	delete(st.live, s.code)
	st.gone[s.code] = now
	st.goneOrder = append(st.goneOrder, s.code)
	for len(st.goneOrder) > st.maxGone {
		delete(st.gone, st.goneOrder[0])
		st.goneOrder = st.goneOrder[1:]
	}
	s.expire()
}

// count returns the number of live sessions.
func (st *store) count() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.live)
}

// newCode returns a random code from crypto/rand: 6 characters of 32,
// 30 bits. A byte maps to a character by its low 5 bits, which keeps the
// choice uniform (256 is a multiple of 32).
func newCode() string {
	var b [api.LabCodeLen]byte
	rand.Read(b[:])
	for i := range b {
		b[i] = api.LabCodeAlphabet[b[i]&31]
	}
	return string(b[:])
}

// session is one lab session: its events, its open connections, and the
// progress of its tasks.
type session struct {
	code    string
	owner   netip.Addr // the client that created it, whose count it is in
	expires time.Time

	// Limits, from the Config.
	maxEvents, maxBytes int

	mu      sync.Mutex
	ring    []record // events kept, oldest at head
	head, n int
	bytes   int    // recorded bytes of the events kept
	seq     uint64 // the newest event's
	notify  chan struct{}
	tracker *task.Tracker
	conns   map[net.Conn]struct{}
	nconn   int // TCP connections numbered so far
	dropped int
	expired bool
	onDone  func() // releases the owner's count, once
}

// record is an event as kept: its bytes, not yet in hex.
type record struct {
	ev   api.LabEvent
	data []byte
}

func newSession(owner netip.Addr, expires time.Time, maxEvents, maxBytes int, onDone func()) *session {
	return &session{
		owner:     owner,
		expires:   expires,
		maxEvents: maxEvents,
		maxBytes:  maxBytes,
		notify:    make(chan struct{}),
		conns:     map[net.Conn]struct{}{},
		onDone:    onDone,
	}
}

// addConn registers a TCP connection that sent the session's code, and
// returns its number; false when the session has expired meanwhile.
func (s *session) addConn(c net.Conn) (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.expired {
		return 0, false
	}
	s.nconn++
	s.conns[c] = struct{}{}
	return s.nconn, true
}

func (s *session) removeConn(c net.Conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
}

// expire ends the session: its connections are closed and its waiters
// woken. It is called once, by the store.
func (s *session) expire() {
	s.mu.Lock()
	if s.expired {
		s.mu.Unlock()
		return
	}
	s.expired = true
	conns := s.conns
	s.conns = nil
	close(s.notify)
	s.mu.Unlock()
	for c := range conns {
		c.Close()
	}
	if s.onDone != nil {
		s.onDone()
	}
}

// record appends an event with the bytes recorded of it (data is copied),
// checks the tasks against it and wakes the waiters. It returns false when
// the session has expired.
func (s *session) record(ev api.LabEvent, data []byte, now time.Time) bool {
	return s.recordOpened(ev, data, now, time.Time{})
}

// recordOpened records ev as record does; opened is when the server
// accepted the connection of a TCP connect (see task.Event).
func (s *session) recordOpened(ev api.LabEvent, data []byte, now, opened time.Time) bool {
	rec := record{ev: ev, data: append([]byte(nil), data...)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.expired {
		return false
	}
	s.seq++
	rec.ev.Seq = s.seq
	rec.ev.Time = now.UTC()
	s.push(rec)
	s.tracker.Observe(task.Event{
		Seq:    rec.ev.Seq,
		Proto:  ev.Proto,
		Kind:   ev.Kind,
		Conn:   ev.Conn,
		Client: endpointAddr(ev.Client),
		Server: endpointAddr(ev.Server),
		Len:    ev.Len,
		Data:   rec.data,
		Reason: ev.Reason,
		At:     now,
		Opened: opened,
	})
	close(s.notify)
	s.notify = make(chan struct{})
	return true
}

// push adds rec to the ring, dropping the oldest events beyond the
// session's caps (the newest is always kept).
func (s *session) push(rec record) {
	for s.n > 0 && (s.n >= s.maxEvents || s.bytes+len(rec.data) > s.maxBytes) {
		s.bytes -= len(s.ring[s.head].data)
		s.ring[s.head] = record{}
		s.head = (s.head + 1) % len(s.ring)
		s.n--
	}
	if s.n == len(s.ring) {
		// Full, under the caps: grow, up to maxEvents.
		grown := make([]record, min(s.maxEvents, max(8, 2*len(s.ring))))
		for i := range s.n {
			grown[i] = s.ring[(s.head+i)%len(s.ring)]
		}
		s.ring, s.head = grown, 0
	}
	s.ring[(s.head+s.n)%len(s.ring)] = rec
	s.n++
	s.bytes += len(rec.data)
}

// drop counts a datagram that named the session and that the byte rate
// cap dropped.
func (s *session) drop() {
	s.mu.Lock()
	s.dropped++
	s.mu.Unlock()
}

// Bounds of one answer of the events poll; More says there is more.
const (
	maxAnswerEvents = 500
	maxAnswerBytes  = 128 << 10
)

// snapshot is what a poll answers, read under the session's lock.
type snapshot struct {
	events  []api.LabEvent
	next    uint64
	first   uint64
	more    bool
	dropped int
	tasks   []task.Progress
	expired bool
	wait    <-chan struct{} // closed at the next event
}

// after returns the events after seq (at most the answer's bounds).
func (s *session) after(seq uint64) snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap := snapshot{next: seq, first: s.seq + 1, dropped: s.dropped, expired: s.expired, wait: s.notify}
	if s.n > 0 {
		snap.first = s.ring[s.head].ev.Seq
	}
	bytes := 0
	for i := range s.n {
		rec := &s.ring[(s.head+i)%len(s.ring)]
		if rec.ev.Seq <= seq {
			continue
		}
		if len(snap.events) == maxAnswerEvents || len(snap.events) > 0 && bytes+len(rec.data) > maxAnswerBytes {
			snap.more = true
			break
		}
		bytes += len(rec.data)
		ev := rec.ev
		ev.Hex = hex.EncodeToString(rec.data)
		snap.events = append(snap.events, ev)
		snap.next = ev.Seq
	}
	snap.tasks = s.tracker.Progress()
	return snap
}

// newest returns the seq of the newest event and the tasks' progress.
func (s *session) newest() (uint64, []task.Progress) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.seq, s.tracker.Progress()
}

func endpoint(ap netip.AddrPort) api.Endpoint {
	return api.Endpoint{IP: ap.Addr().String(), Port: int(ap.Port())}
}

func endpointAddr(e api.Endpoint) netip.AddrPort {
	a, _ := netip.ParseAddr(e.IP)
	return netip.AddrPortFrom(a, uint16(e.Port))
}
