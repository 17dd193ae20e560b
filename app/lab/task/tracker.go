package task

import (
	"net/netip"
	"strconv"
	"time"

	"netprimer/app/api"
	"netprimer/app/pyrepl"
)

// Status is where a session stands on a task.
type Status string

// Statuses, as the API writes them.
const (
	Open  Status = api.LabTaskOpen  // no attempt yet
	Tried Status = api.LabTaskTried // attempted, not yet right
	Done  Status = api.LabTaskDone  // right once; it stays done
)

// Verdict is what a Tracker made of one attempt.
type Verdict struct {
	Seq     uint64 // the event that made it
	Right   bool
	Mistake string   // the known mistake of a wrong attempt
	Args    []string // what the feedback fills in (Task.Feedback)
	// Data is the attempt's bytes (at most maxProofData), for its
	// Python session (Task.Python).
	Data []byte
}

// Progress is a session's progress on one task: its status, and its
// latest attempt (a zero Seq when there was none).
type Progress struct {
	ID     ID
	Status Status
	Last   Verdict
}

// Event is what a Tracker observes: one event of the session, as the
// server records it (api.LabEvent with the bytes themselves).
type Event struct {
	Seq    uint64
	Proto  string // api.LabTCP or api.LabUDP
	Kind   string // api.LabConnect, …
	Conn   int
	Client netip.AddrPort
	Server netip.AddrPort
	Len    int    // bytes that went over the socket
	Data   []byte // those recorded
	Reason string
	// At is when the server recorded the event; Opened, for a connect,
	// when it accepted the connection, before its code line came. A
	// connection accepted before another's close was open at once with
	// it, whichever of its code line and that close the server read
	// first. Both zero: the events' order alone says.
	At, Opened time.Time
}

// maxStream bounds what a Tracker keeps of a TCP stream to judge: the
// first 4 KB since its last judged message, what the page shows.
const maxStream = 4096

// maxProofData bounds the bytes a verdict keeps for its Python session.
const maxProofData = 256

// Tracker checks a session's tasks live, one event at a time, in the order
// the server recorded them. Its memory is bounded by the connections open
// at once. The zero Tracker is not usable: make one with NewTracker.
type Tracker struct {
	htonl    uint32
	conns    map[int]*stream
	closed   *stream   // the latest connection closed, for TwoConns
	closedAt time.Time // when the server saw it close
	progress []Progress
}

// stream is an open TCP connection as a Tracker follows it.
type stream struct {
	client, server netip.AddrPort
	pending        []byte // bytes since the last judged message, at most maxStream
	chunks         int    // recvs in pending
	sent           int    // bytes after the code line, in all
}

// NewTracker starts the tasks of the session whose code is code.
func NewTracker(code string) *Tracker {
	t := &Tracker{htonl: HtonlValue(code), conns: map[int]*stream{}}
	for _, task := range tasks {
		t.progress = append(t.progress, Progress{ID: task.ID, Status: Open})
	}
	return t
}

// Progress returns the progress of every task, in the order of the lesson.
func (t *Tracker) Progress() []Progress {
	out := make([]Progress, len(t.progress))
	copy(out, t.progress)
	return out
}

// index returns the position of task id in progress.
func index(id ID) int {
	for i, task := range tasks {
		if task.ID == id {
			return i
		}
	}
	panic("task: unknown task " + string(id))
}

// set records v as the latest attempt at task id.
func (t *Tracker) set(id ID, v Verdict) {
	p := &t.progress[index(id)]
	switch {
	case v.Right:
		p.Status = Done
	case p.Status != Done:
		p.Status = Tried
	}
	p.Last = v
}

// byteChecks are the tasks judged on the bytes of a recv, a stream or a
// datagram, each with its check.
func (t *Tracker) byteChecks() []struct {
	id    ID
	check func(input) result
} {
	return []struct {
		id    ID
		check func(input) result
	}{
		{Hello, checkHello},
		{Htons, checkHtons},
		{Aton, checkAton},
		{Htonl, func(in input) result { return checkHtonl(t.htonl, in) }},
		{LengthPrefix, checkFramed},
	}
}

// Observe checks the tasks against e and reports whether any progress
// changed.
func (t *Tracker) Observe(e Event) bool {
	switch e.Kind {
	case api.LabConnect:
		if e.Reason != "" { // refused: the server read no stream of it
			return false
		}
		return t.connect(e)
	case api.LabData:
		s := t.conns[e.Conn]
		if s == nil { // a data event whose connect came before the tracker
			s = &stream{client: e.Client, server: e.Server}
			t.conns[e.Conn] = s
		}
		s.sent += e.Len
		ins := []input{{data: e.Data, proto: api.LabTCP}}
		if s.chunks > 0 && len(s.pending) < maxStream {
			s.pending = appendCapped(s.pending, e.Data, maxStream)
			ins = append(ins, input{data: s.pending, proto: api.LabTCP})
		} else if s.chunks == 0 {
			s.pending = appendCapped(s.pending[:0], e.Data, maxStream)
		}
		s.chunks++
		judged := t.judge(e.Seq, ins)
		if judged >= levelKnown {
			s.pending, s.chunks = s.pending[:0], 0
		}
		return judged > levelNone
	case api.LabClose:
		return t.close(e)
	case api.LabDatagram:
		switch {
		case e.Reason == api.LabReasonNoNewline:
			t.set(UDP, Verdict{Seq: e.Seq, Mistake: "no_newline"})
			return true
		case e.Len == 0:
			t.set(UDP, Verdict{Seq: e.Seq, Mistake: "empty"})
			return true
		}
		return t.judge(e.Seq, []input{{data: e.Data, proto: api.LabUDP}}) > levelNone
	case api.LabReply:
		if e.Reason != "" || e.Len == 0 {
			return false
		}
		t.set(UDP, Verdict{Seq: e.Seq, Right: true, Args: []string{strconv.Itoa(e.Len), tuple(e.Client)}})
		return true
	}
	return false
}

// connect follows a new connection; a second one open at once is the
// TwoConns task.
func (t *Tracker) connect(e Event) bool {
	s := &stream{client: e.Client, server: e.Server}
	var other *stream
	first := 0
	for n, o := range t.conns {
		if other == nil || n < first {
			other, first = o, n
		}
	}
	t.conns[e.Conn] = s
	if other == nil && t.closed != nil && !e.Opened.IsZero() && e.Opened.Before(t.closedAt) {
		other = t.closed // accepted while it was open: its close was read first
	}
	switch {
	case other != nil:
		t.set(TwoConns, Verdict{Seq: e.Seq, Right: true, Args: []string{tuple(other.client), tuple(s.client), tuple(s.server)}})
		return true
	case t.closed != nil:
		t.set(TwoConns, Verdict{Seq: e.Seq, Mistake: "one_after_another", Args: []string{tuple(t.closed.client), tuple(s.client)}})
		return true
	}
	return false
}

// close ends a connection: a message cut short, or no bytes at all, is
// known only now.
func (t *Tracker) close(e Event) bool {
	s := t.conns[e.Conn]
	if s == nil { // refused, or closed already
		return false
	}
	delete(t.conns, e.Conn)
	t.closed, t.closedAt = s, e.At
	changed := false
	if s.chunks > 0 {
		if r := checkFramed(input{data: s.pending, proto: api.LabTCP, final: true}); r.level == levelKnown && r.mistake == "truncated" {
			t.set(LengthPrefix, verdict(e.Seq, r, s.pending))
			changed = true
		}
	}
	if s.sent == 0 && t.progress[index(Hello)].Status != Done {
		t.set(Hello, Verdict{Seq: e.Seq, Mistake: "nothing_sent"})
		changed = true
	}
	return changed
}

// judge checks the inputs (a recv, and its stream when it continues one)
// against every byte task, applies the verdicts of the highest level found
// (the first input's, where both reach it) and returns that level.
func (t *Tracker) judge(seq uint64, ins []input) level {
	type found struct {
		id   ID
		r    result
		data []byte
	}
	var best level
	var all []found
	for _, in := range ins {
		for _, c := range t.byteChecks() {
			r := c.check(in)
			if r.level == levelNone || r.level < best {
				continue
			}
			if r.level > best {
				best, all = r.level, all[:0]
			}
			dup := false
			for _, f := range all {
				dup = dup || f.id == c.id
			}
			if !dup {
				all = append(all, found{c.id, r, in.data})
			}
		}
	}
	for _, f := range all {
		t.set(f.id, verdict(seq, f.r, f.data))
	}
	return best
}

func verdict(seq uint64, r result, data []byte) Verdict {
	return Verdict{
		Seq:     seq,
		Right:   r.level == levelRight,
		Mistake: r.mistake,
		Args:    r.args,
		Data:    append([]byte(nil), data[:min(len(data), maxProofData)]...),
	}
}

func appendCapped(dst, src []byte, max int) []byte {
	return append(dst, src[:min(len(src), max-len(dst))]...)
}

// tuple writes an end of a connection as Python's socket module gives it,
// the deck's (ip, port).
func tuple(ap netip.AddrPort) string {
	return pyrepl.Tuple(pyrepl.Str(ap.Addr().String()), pyrepl.Int(int64(ap.Port())))
}
