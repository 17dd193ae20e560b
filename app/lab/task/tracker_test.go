package task

import (
	"encoding/binary"
	"net/netip"
	"strings"
	"testing"
	"time"

	"netprimer/app/api"
)

// session feeds a Tracker the events of a student's programs, numbering
// them as the server does.
type session struct {
	t   *testing.T
	tr  *Tracker
	seq uint64
}

func newSession(t *testing.T) *session { return &session{t: t, tr: NewTracker("ab12cd")} }

var (
	labTCP = netip.MustParseAddrPort("192.0.2.1:9000")
	labUDP = netip.MustParseAddrPort("192.0.2.1:9000")
)

func client(port uint16) netip.AddrPort {
	return netip.AddrPortFrom(netip.MustParseAddr("198.51.100.7"), port)
}

func (s *session) event(e Event) uint64 {
	s.seq++
	e.Seq = s.seq
	if e.Proto == "" {
		e.Proto = api.LabTCP
	}
	if e.Len == 0 {
		e.Len = len(e.Data)
	}
	s.tr.Observe(e)
	return s.seq
}

func (s *session) connect(conn int, port uint16) uint64 {
	return s.event(Event{Kind: api.LabConnect, Conn: conn, Client: client(port), Server: labTCP})
}

func (s *session) data(conn int, port uint16, data string) uint64 {
	return s.event(Event{Kind: api.LabData, Conn: conn, Client: client(port), Server: labTCP, Data: []byte(data)})
}

func (s *session) close(conn int, port uint16) uint64 {
	return s.event(Event{Kind: api.LabClose, Conn: conn, Client: client(port), Server: labTCP, Reason: api.LabReasonEOF})
}

func (s *session) datagram(port uint16, payload string, reason string) uint64 {
	return s.event(Event{Proto: api.LabUDP, Kind: api.LabDatagram, Client: client(port), Server: labUDP, Data: []byte(payload), Reason: reason})
}

func (s *session) reply(port uint16, payload string) uint64 {
	return s.event(Event{Proto: api.LabUDP, Kind: api.LabReply, Client: client(port), Server: labUDP, Data: []byte(payload)})
}

// want checks a task's status and its latest attempt.
func (s *session) want(id ID, status Status, seq uint64, mistake string) {
	s.t.Helper()
	for _, p := range s.tr.Progress() {
		if p.ID != id {
			continue
		}
		if p.Status != status || p.Last.Seq != seq || p.Last.Mistake != mistake || p.Last.Right != (mistake == "" && seq != 0) {
			s.t.Errorf("%s: %s, latest attempt %+v; want %s at seq %d, mistake %q", id, p.Status, p.Last, status, seq, mistake)
		}
		return
	}
	s.t.Fatalf("no progress of %s", id)
}

func TestTrackerStartsOpen(t *testing.T) {
	s := newSession(t)
	got := s.tr.Progress()
	if len(got) != len(All()) {
		t.Fatalf("%d tasks, want %d", len(got), len(All()))
	}
	for i, p := range got {
		if p.ID != All()[i].ID || p.Status != Open || p.Last.Seq != 0 {
			t.Errorf("task %d: %+v", i, p)
		}
	}
}

func TestTrackerByteOrder(t *testing.T) {
	s := newSession(t)
	s.connect(1, 5000)
	wrong := s.data(1, 5000, "\xd2\x04")
	s.want(Htons, Tried, wrong, MistakeLittleEndian)
	right := s.data(1, 5000, "\x04\xd2")
	s.want(Htons, Done, right, "")
	// A later mistake is the latest attempt; the task stays done.
	again := s.data(1, 5000, "1234")
	s.want(Htons, Done, again, MistakeText)
	// None of it was an attempt at the other tasks.
	s.want(Hello, Open, 0, "")
	s.want(Htonl, Open, 0, "")
	s.want(LengthPrefix, Open, 0, "")
}

// TCP is a byte stream: bytes sent in two pieces may come in two recvs,
// and are judged together.
func TestTrackerStream(t *testing.T) {
	s := newSession(t)
	s.connect(1, 5000)
	s.data(1, 5000, "\x04")
	s.want(Htons, Open, 0, "")
	seq := s.data(1, 5000, "\xd2")
	s.want(Htons, Done, seq, "")
	// After a judged message, the stream starts again: a greeting then
	// a length-prefixed message in three recvs.
	seq = s.data(1, 5000, "hello")
	s.want(Hello, Done, seq, "")
	s.data(1, 5000, "\x00\x05he")
	seq = s.data(1, 5000, "llo")
	s.want(LengthPrefix, Done, seq, "")
}

func TestTrackerClose(t *testing.T) {
	s := newSession(t)
	s.connect(1, 5000)
	s.data(1, 5000, "\x00\x0ahello")
	s.want(LengthPrefix, Open, 0, "")
	seq := s.close(1, 5000)
	s.want(LengthPrefix, Tried, seq, "truncated")
	s.want(Hello, Open, 0, "") // bytes were sent
	s.connect(2, 5001)
	seq = s.close(2, 5001)
	s.want(Hello, Tried, seq, "nothing_sent")
	if len(s.tr.conns) != 0 {
		t.Errorf("%d connections still followed after they closed", len(s.tr.conns))
	}
}

func TestTrackerTwoConns(t *testing.T) {
	s := newSession(t)
	s.connect(1, 5000)
	s.close(1, 5000)
	seq := s.connect(2, 5001)
	s.want(TwoConns, Tried, seq, "one_after_another")
	seq = s.connect(3, 5002)
	s.want(TwoConns, Done, seq, "")
	fb := taskOf("two_conns").Feedback(s.tr.Progress()[index(TwoConns)].Last)
	for _, want := range []string{"('198.51.100.7', 5001)", "('198.51.100.7', 5002)", "('192.0.2.1', 9000)"} {
		if !strings.Contains(fb.En, want) || !strings.Contains(fb.Ko, want) {
			t.Errorf("feedback %+v does not name %s", fb, want)
		}
	}
}

// TestTrackerTwoConnsAccepted checks that two connections are open at
// once when the second was accepted before the first closed, though the
// server read the first's close before the second's code line; and one
// after another when it was accepted after.
func TestTrackerTwoConnsAccepted(t *testing.T) {
	at := func(ms int) time.Time { return time.Date(2026, 12, 4, 10, 0, 0, ms*1e6, time.UTC) }
	for _, c := range []struct {
		accepted, closed int // ms
		right            bool
	}{
		{accepted: 5, closed: 9, right: true},
		{accepted: 9, closed: 5, right: false},
	} {
		s := newSession(t)
		s.event(Event{Kind: api.LabConnect, Conn: 1, Client: client(5000), Server: labTCP, At: at(1), Opened: at(0)})
		s.event(Event{Kind: api.LabClose, Conn: 1, Client: client(5000), Server: labTCP, Reason: api.LabReasonEOF, At: at(c.closed)})
		seq := s.event(Event{Kind: api.LabConnect, Conn: 2, Client: client(5001), Server: labTCP, At: at(10), Opened: at(c.accepted)})
		if c.right {
			s.want(TwoConns, Done, seq, "")
		} else {
			s.want(TwoConns, Tried, seq, "one_after_another")
		}
	}
}

func TestTrackerUDP(t *testing.T) {
	s := newSession(t)
	seq := s.datagram(6000, "", "")
	s.want(UDP, Tried, seq, "empty")
	seq = s.datagram(6000, "ab12cdhello", api.LabReasonNoNewline)
	s.want(UDP, Tried, seq, "no_newline")
	s.want(Hello, Open, 0, "") // a refused datagram is no attempt at the others
	seq = s.datagram(6000, "hello", "")
	s.want(Hello, Tried, seq, MistakeUDP)
	s.want(UDP, Tried, seq-1, "no_newline") // the datagram alone is not the task: its reply is
	seq = s.reply(6000, "hello")
	s.want(UDP, Done, seq, "")
	// The byte-order tasks take a datagram's payload as well.
	seq = s.datagram(6000, "rG\xdc_", "")
	s.want(Aton, Done, seq, "")
}

// Bytes right for one task are not a wrong attempt at another.
func TestTrackerRightOutranks(t *testing.T) {
	s := newSession(t)
	s.connect(1, 5000)
	seq := s.data(1, 5000, "rG\xdc_")
	s.want(Aton, Done, seq, "")
	s.want(Htonl, Open, 0, "") // 4 bytes, yet no "wrong value" of htonl
	v := HtonlValue("ab12cd")
	seq = s.data(1, 5000, string(binary.BigEndian.AppendUint32(nil, v)))
	s.want(Htonl, Done, seq, "")
	seq = s.data(1, 5000, "\x01\x02\x03\x04")
	s.want(Htonl, Done, seq, MistakeWrongValue)
	s.want(Aton, Done, 2, "")
}

// The proofs and feedback of every verdict a session reaches are there.
func TestTrackerFeedback(t *testing.T) {
	s := newSession(t)
	s.connect(1, 5000)
	s.data(1, 5000, "hello")
	s.data(1, 5000, "\xd2\x04")
	for _, p := range s.tr.Progress() {
		if p.Last.Seq == 0 {
			continue
		}
		task, _ := Lookup(p.ID)
		if fb := task.Feedback(p.Last); fb.Ko == "" || fb.En == "" {
			t.Errorf("%s: no feedback for %+v", p.ID, p.Last)
		}
		if task.Python(p.Last) == "" {
			t.Errorf("%s: no Python session for %+v", p.ID, p.Last)
		}
	}
}

// A refused connection (its code without a newline) is no connection of
// the tasks: not one of two at once, not one that sent nothing.
func TestTrackerIgnoresRefused(t *testing.T) {
	s := newSession(t)
	s.connect(1, 5000)
	s.event(Event{Kind: api.LabConnect, Conn: 2, Client: client(5001), Server: labTCP, Reason: api.LabReasonNoNewline})
	s.event(Event{Kind: api.LabClose, Conn: 2, Client: client(5001), Server: labTCP, Reason: api.LabReasonNoNewline})
	s.want(TwoConns, Open, 0, "")
	s.want(Hello, Open, 0, "")
}
