package lab

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"netprimer/app/api"
	"netprimer/app/guard"
)

// testLab runs a lab on a free loopback port with cfg's limits, its API
// on an httptest server whose clients are named by X-Forwarded-For (so
// that a test plays several), and stops both when the test ends.
type testLab struct {
	*Lab
	t   *testing.T
	api *httptest.Server
}

func testConfig() Config {
	cfg := DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.Proxies, _ = guard.ParseProxies("127.0.0.1")
	return cfg
}

func startLab(t *testing.T, cfg Config) *testLab {
	t.Helper()
	l, err := Listen(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(l.Handler())
	t.Cleanup(func() {
		ts.Close()
		l.Close()
	})
	return &testLab{Lab: l, t: t, api: ts}
}

// request sends an API request as client (an address; "" is the
// server's peer, 127.0.0.1) and decodes the JSON answer into v.
func (tl *testLab) request(method, path, client string, v any) *http.Response {
	tl.t.Helper()
	req, err := http.NewRequest(method, tl.api.URL+path, nil)
	if err != nil {
		tl.t.Fatal(err)
	}
	if client != "" {
		req.Header.Set("X-Forwarded-For", client)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		tl.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if ct := res.Header.Get("Content-Type"); method != http.MethodHead && ct != "application/json; charset=utf-8" {
		tl.t.Fatalf("%s %s: Content-Type %q: %s", method, path, ct, body)
	}
	if v != nil && method != http.MethodHead {
		if err := json.Unmarshal(body, v); err != nil {
			tl.t.Fatalf("%s %s: %v: %s", method, path, err, body)
		}
	}
	return res
}

func (tl *testLab) session() api.LabSession {
	tl.t.Helper()
	var s api.LabSession
	if res := tl.request(http.MethodPost, api.LabSessionsPath, "", &s); res.StatusCode != http.StatusCreated {
		tl.t.Fatalf("POST: %s", res.Status)
	}
	return s
}

func (tl *testLab) events(code string, after uint64) api.LabEvents {
	tl.t.Helper()
	var e api.LabEvents
	if res := tl.request(http.MethodGet, api.LabEventsPath(code, after), "", &e); res.StatusCode != http.StatusOK {
		tl.t.Fatalf("events: %s", res.Status)
	}
	return e
}

// eventsUntil polls until the session holds n events.
func (tl *testLab) eventsUntil(code string, n int) []api.LabEvent {
	tl.t.Helper()
	var all []api.LabEvent
	deadline := time.Now().Add(10 * time.Second)
	for len(all) < n {
		if time.Now().After(deadline) {
			tl.t.Fatalf("%d events, want %d: %+v", len(all), n, all)
		}
		var after uint64
		if len(all) > 0 {
			after = all[len(all)-1].Seq
		}
		all = append(all, tl.events(code, after).Events...)
	}
	return all
}

// dial connects to the lab's TCP port from the loopback address from.
func (tl *testLab) dial(from string) *net.TCPConn {
	tl.t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 5 * time.Second}
	c, err := d.Dial("tcp", tl.TCPAddr().String())
	if err != nil {
		tl.t.Fatal(err)
	}
	tl.t.Cleanup(func() { c.Close() })
	return c.(*net.TCPConn)
}

// exchange writes b and reads n bytes back.
func exchange(t *testing.T, c net.Conn, b string, n int) string {
	t.Helper()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Write([]byte(b)); err != nil {
		t.Fatal(err)
	}
	got := make([]byte, n)
	if _, err := io.ReadFull(c, got); err != nil {
		t.Fatalf("reading %d bytes back: %v", n, err)
	}
	return string(got)
}

// readAll reads what the lab sends until it closes.
func readAll(t *testing.T, c net.Conn) string {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b, err := io.ReadAll(c)
	if err != nil && !errors.Is(err, os.ErrDeadlineExceeded) && !strings.Contains(err.Error(), "reset") {
		t.Fatal(err)
	}
	return string(b)
}

func endpointOf(a net.Addr) api.Endpoint { return endpoint(addrPort(a)) }

// A student's TCP program: the code line and a greeting in one send, then
// 1234 in network order. Every recv is an event with the 4-tuple the
// client's socket has, and every byte comes back.
func TestTCPSession(t *testing.T) {
	tl := startLab(t, testConfig())
	s := tl.session()
	if s.TCP != tl.TCPAddr().String() || s.UDP != tl.UDPAddr().String() || s.TCP != s.UDP {
		t.Errorf("session addresses %s %s, lab %s %s", s.TCP, s.UDP, tl.TCPAddr(), tl.UDPAddr())
	}
	if !s.Expires.After(time.Now().Add(2*time.Hour+59*time.Minute)) || len(s.Tasks) != 7 || s.Next != 0 {
		t.Errorf("session %+v", s)
	}
	c := tl.dial("127.0.0.1")
	if got := exchange(t, c, s.Code+"\nhello", 5); got != "hello" {
		t.Errorf("echo %q", got)
	}
	if got := exchange(t, c, "\x04\xd2", 2); got != "\x04\xd2" {
		t.Errorf("echo %q", got)
	}
	c.Close()
	evs := tl.eventsUntil(s.Code, 4)
	client, server := endpointOf(c.LocalAddr()), endpointOf(c.RemoteAddr())
	for i, want := range []struct{ kind, hex, reason string }{
		{api.LabConnect, "", ""},
		{api.LabData, "68656c6c6f", ""},
		{api.LabData, "04d2", ""},
		{api.LabClose, "", api.LabReasonEOF},
	} {
		e := evs[i]
		if e.Seq != uint64(i+1) || e.Proto != api.LabTCP || e.Kind != want.kind || e.Hex != want.hex || e.Len != len(want.hex)/2 ||
			e.Client != client || e.Server != server || e.Conn != 1 || e.Reason != want.reason || e.Cut != 0 {
			t.Errorf("event %d: %+v, want %s %s from %v to %v", i+1, e, want.kind, want.hex, client, server)
		}
	}
	got := tl.events(s.Code, 0)
	if got.Tasks[0].Status != api.LabTaskDone || got.Tasks[1].Status != api.LabTaskDone || got.Tasks[1].Seq != 3 || got.Tasks[1].Python == "" || got.Tasks[1].Feedback == nil {
		t.Errorf("tasks %+v", got.Tasks[:2])
	}
}

// TestTwoConnsAcceptedFirst opens two connections and closes the first
// before the second sends its code line: the server reads that close
// first, but the second was accepted while the first was open, so the two
// were open at once.
func TestTwoConnsAcceptedFirst(t *testing.T) {
	tl := startLab(t, testConfig())
	s := tl.session()
	a := tl.dial("127.0.0.1")
	if got := exchange(t, a, s.Code+"\na", 1); got != "a" {
		t.Fatalf("echo %q", got)
	}
	b := tl.dial("127.0.0.1")
	a.Close()
	tl.eventsUntil(s.Code, 3) // a's connect, data and close
	if got := exchange(t, b, s.Code+"\nb", 1); got != "b" {
		t.Fatalf("echo %q", got)
	}
	evs := tl.eventsUntil(s.Code, 4)
	if evs[2].Kind != api.LabClose || evs[3].Kind != api.LabConnect {
		t.Fatalf("events %+v", evs)
	}
	if task := tl.events(s.Code, 0).Tasks[5]; task.ID != "lab.two_conns" || task.Status != api.LabTaskDone {
		t.Errorf("two connections open at once, the first closed before the second's code: %+v", task)
	}
}

// Refusals: one line, never longer than what the client sent, then the
// connection closes. Only a refusal that names a live session is
// recorded in it.
func TestTCPRefusals(t *testing.T) {
	cfg := testConfig()
	cfg.codeWait = 100 * time.Millisecond
	cfg.Poll = 200 * time.Millisecond // the last poll finds nothing
	tl := startLab(t, cfg)
	live := tl.session()
	old := tl.session()
	tl.sessions.sweep(time.Now()) // nothing yet
	tl.sessions.mu.Lock()
	tl.sessions.expireLocked(tl.sessions.live[old.Code], time.Now())
	tl.sessions.mu.Unlock()
	for _, c := range []struct {
		name, send, reason string
	}{
		{"unknown code", "zzzzzz\n", refuseUnknown},                                 // "unknown"
		{"unknown code, more sent", "zzzzzz\r\nhello there, server", refuseUnknown}, // more of the line
		{"expired code", old.Code + "\n", refuseExpired},                            // "expired"
		{"no code", "hello\n", refuseNoCode},                                        // "no cod"
		{"a browser", "GET / HTTP/1.1\r\nHost: x\r\n\r\n", refuseNoCode},
		{"too long", strings.Repeat("a", 200), refuseTooLong}, // all of it
		{"no newline", strings.ToUpper(live.Code) + "hello", refuseNoNewline},
		{"no newline, waiting", live.Code, refuseNoNewline}, // after codeWait
	} {
		t.Run(c.name, func(t *testing.T) {
			conn := tl.dial("127.0.0.1")
			conn.Write([]byte(c.send))
			got := readAll(t, conn)
			text := refusalText[c.reason]
			if want := text[:min(len(text), len(c.send))]; got != want {
				t.Errorf("reply %q, want %q (sent %d bytes)", got, want, len(c.send))
			}
		})
	}
	// The two refusals of the live session are there, each a connect and
	// a close with the reason; nothing else is.
	evs := tl.eventsUntil(live.Code, 4)
	for i, e := range evs {
		if e.Reason != api.LabReasonNoNewline || e.Kind != []string{api.LabConnect, api.LabClose}[i%2] {
			t.Errorf("event %d: %+v", i+1, e)
		}
	}
	if got := tl.events(live.Code, 4); len(got.Events) != 0 {
		t.Errorf("more events: %+v", got.Events)
	}
}

// TCP is a byte stream: each recv is one event, whatever the sends were.
func TestTCPRecvsAreEvents(t *testing.T) {
	tl := startLab(t, testConfig())
	s := tl.session()
	c := tl.dial("127.0.0.1")
	exchange(t, c, s.Code+"\n", 0)
	for _, chunk := range []string{"ab", "cde", "f"} {
		exchange(t, c, chunk, len(chunk)) // the echo comes back before the next send
	}
	evs := tl.eventsUntil(s.Code, 4)
	var chunks []string
	for _, e := range evs[1:] {
		b, _ := hex.DecodeString(e.Hex)
		chunks = append(chunks, string(b))
	}
	if strings.Join(chunks, "|") != "ab|cde|f" {
		t.Errorf("recvs %q", chunks)
	}
}

// At most Conns connections at once per client: the next one is closed
// at once, while another client is served.
func TestTCPConnsPerClient(t *testing.T) {
	cfg := testConfig()
	cfg.Conns = 3
	tl := startLab(t, cfg)
	s := tl.session()
	var held []*net.TCPConn
	for range 3 {
		c := tl.dial("127.0.0.2")
		exchange(t, c, s.Code+"\nx", 1)
		held = append(held, c)
	}
	over := tl.dial("127.0.0.2")
	over.Write([]byte(s.Code + "\nx"))
	if got := readAll(t, over); got != "" {
		t.Errorf("a fourth connection got %q", got)
	}
	if got := exchange(t, tl.dial("127.0.0.3"), s.Code+"\nother", 5); got != "other" {
		t.Errorf("another client: %q", got)
	}
	held[0].Close()
	deadline := time.Now().Add(5 * time.Second)
	for n, _ := tl.conns.Held(netip.MustParseAddr("127.0.0.2")); n != 2; n, _ = tl.conns.Held(netip.MustParseAddr("127.0.0.2")) {
		if time.Now().After(deadline) {
			t.Fatalf("%d held after a close", n)
		}
		time.Sleep(time.Millisecond)
	}
	if got := exchange(t, tl.dial("127.0.0.2"), s.Code+"\nagain", 5); got != "again" {
		t.Errorf("after a close: %q", got)
	}
}

// A connection that sends nothing for Idle is closed, before or after
// its code.
func TestTCPIdle(t *testing.T) {
	cfg := testConfig()
	cfg.Idle = 150 * time.Millisecond
	tl := startLab(t, cfg)
	s := tl.session()
	silent := tl.dial("127.0.0.1")
	c := tl.dial("127.0.0.1")
	exchange(t, c, s.Code+"\nx", 1)
	if got := readAll(t, c); got != "" {
		t.Errorf("an idle connection got %q", got)
	}
	if got := readAll(t, silent); got != "" {
		t.Errorf("a silent connection got %q", got)
	}
	evs := tl.eventsUntil(s.Code, 3)
	if evs[2].Kind != api.LabClose || evs[2].Reason != api.LabReasonIdle {
		t.Errorf("close %+v", evs[2])
	}
}

// At most Record bytes are recorded of a connection; the rest is echoed
// and counted as cut.
func TestTCPRecordCap(t *testing.T) {
	cfg := testConfig()
	cfg.Record = 10
	tl := startLab(t, cfg)
	s := tl.session()
	c := tl.dial("127.0.0.1")
	exchange(t, c, s.Code+"\n", 0)
	for _, chunk := range []string{"0123456", "789abcdef", "ghij"} {
		if got := exchange(t, c, chunk, len(chunk)); got != chunk {
			t.Errorf("echo %q", got)
		}
	}
	evs := tl.eventsUntil(s.Code, 4)
	var recorded string
	cuts := []int{}
	for _, e := range evs[1:] {
		b, _ := hex.DecodeString(e.Hex)
		recorded += string(b)
		cuts = append(cuts, e.Cut)
		if e.Len != len(b)+e.Cut {
			t.Errorf("len %d, recorded %d, cut %d", e.Len, len(b), e.Cut)
		}
	}
	if recorded != "0123456789" || cuts[0] != 0 || cuts[1] != 6 || cuts[2] != 4 {
		t.Errorf("recorded %q, cuts %v", recorded, cuts)
	}
}

// The byte rate: TCP is read no faster (the echo stops), UDP over it is
// dropped; another client is served all the while.
func TestByteRate(t *testing.T) {
	cfg := testConfig()
	cfg.Rate, cfg.Burst = 0.01, 1000
	tl := startLab(t, cfg)
	s := tl.session()
	c := tl.dial("127.0.0.2")
	exchange(t, c, s.Code+"\n", 0)
	big := strings.Repeat("x", 990)
	if got := exchange(t, c, big, len(big)); got != big {
		t.Fatal("the burst was not echoed")
	}
	c.Write([]byte("more"))
	c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if n, err := c.Read(make([]byte, 10)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("over the rate, the lab still echoed %d bytes (%v)", n, err)
	}
	if got := exchange(t, tl.dial("127.0.0.3"), s.Code+"\nserved", 6); got != "served" {
		t.Errorf("another client: %q", got)
	}
	// UDP: 100-byte datagrams against a 1000-byte burst.
	u := udpFrom(t, "127.0.0.4")
	payload := strings.Repeat("y", 100-len(s.Code)-1)
	replies := 0
	for range 20 {
		u.WriteToUDPAddrPort([]byte(s.Code+"\n"+payload), tl.UDPAddr())
	}
	for {
		wait := 5 * time.Second // for the replies due
		if replies >= 10 {
			wait = 300 * time.Millisecond // for one too many
		}
		u.SetReadDeadline(time.Now().Add(wait))
		if _, _, err := u.ReadFromUDPAddrPort(make([]byte, 200)); err != nil {
			break
		}
		replies++
	}
	if replies != 10 {
		t.Errorf("%d replies to 20 datagrams of 100 bytes with a burst of 1000", replies)
	}
	if d := tl.events(s.Code, 0).Dropped; d != 10 {
		t.Errorf("%d dropped, want 10", d)
	}
}

func udpFrom(t *testing.T, from string) *net.UDPConn {
	t.Helper()
	u, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.ParseIP(from)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { u.Close() })
	return u
}

// UDP: a datagram with a live code gets its payload back, from the lab's
// address; one without gets nothing; no reply is longer than its
// datagram.
func TestUDP(t *testing.T) {
	tl := startLab(t, testConfig())
	s := tl.session()
	u := udpFrom(t, "127.0.0.1")
	// ask waits long for a reply it expects, and shortly for one it
	// does not (a reply that never comes takes the wait).
	ask := func(datagram string) (string, bool) {
		u.WriteToUDPAddrPort([]byte(datagram), tl.UDPAddr())
		wait := 5 * time.Second
		if !strings.HasPrefix(strings.ToLower(datagram), s.Code) {
			wait = 300 * time.Millisecond
		}
		u.SetReadDeadline(time.Now().Add(wait))
		b := make([]byte, 70000)
		n, from, err := u.ReadFromUDPAddrPort(b)
		if err != nil {
			return "", false
		}
		if from != tl.UDPAddr() {
			t.Errorf("a reply from %v", from)
		}
		if n > len(datagram) {
			t.Errorf("a reply of %d bytes to a datagram of %d", n, len(datagram))
		}
		return string(b[:n]), true
	}
	if got, ok := ask(s.Code + "\nhello"); got != "hello" || !ok {
		t.Errorf("reply %q %v", got, ok)
	}
	for _, d := range []string{"zzzzzz\nhello", "hello", "", "\n", strings.Repeat("a", 1000)} {
		if got, ok := ask(d); ok {
			t.Errorf("%q: a reply %q without a live code", d, got)
		}
	}
	if got, ok := ask(s.Code + "hi"); got != "newline " || !ok {
		t.Errorf("no newline: %q", got)
	}
	big := strings.Repeat("z", 60000)
	if got, ok := ask(strings.ToUpper(s.Code) + "\r\n" + big); got != big || !ok {
		t.Errorf("a big datagram: %d bytes back", len(got))
	}
	evs := tl.eventsUntil(s.Code, 6)
	local := endpointOf(u.LocalAddr())
	for i, want := range []struct{ kind, reason string }{
		{api.LabDatagram, ""}, {api.LabReply, ""},
		{api.LabDatagram, api.LabReasonNoNewline}, {api.LabReply, api.LabReasonNoNewline},
		{api.LabDatagram, ""}, {api.LabReply, ""},
	} {
		e := evs[i]
		if e.Proto != api.LabUDP || e.Kind != want.kind || e.Reason != want.reason || e.Client != local || e.Server != endpoint(tl.UDPAddr()) || e.Conn != 0 {
			t.Errorf("event %d: %+v, want %s %q", i+1, e, want.kind, want.reason)
		}
	}
	if evs[0].Hex != "68656c6c6f" || evs[4].Len != 60000 {
		t.Errorf("payloads %q, %d", evs[0].Hex, evs[4].Len)
	}
	if tasks := tl.events(s.Code, 0).Tasks; tasks[4].Status != api.LabTaskDone {
		t.Errorf("udp task %+v", tasks[4])
	}
}

// A session expires after TTL: its connections close, its polls say so,
// and its code is answered "expired".
func TestSessionExpiry(t *testing.T) {
	cfg := testConfig()
	cfg.TTL = 300 * time.Millisecond
	tl := startLab(t, cfg)
	s := tl.session()
	c := tl.dial("127.0.0.1")
	exchange(t, c, s.Code+"\nx", 1)
	var e api.Response
	if res := tl.request(http.MethodGet, api.LabEventsPath(s.Code, 2), "", &e); res.StatusCode != http.StatusNotFound || e.Error.Type != api.TypeExpired {
		t.Errorf("a poll across the expiry: %s %+v", res.Status, e.Error)
	}
	if got := readAll(t, c); got != "" {
		t.Errorf("the connection got %q", got)
	}
	if got := exchange(t, tl.dial("127.0.0.1"), s.Code+"\n", 7); got != "expired" {
		t.Errorf("the expired code: %q", got)
	}
	if n, _ := tl.owned.Held(netip.MustParseAddr("127.0.0.1")); n != 0 {
		t.Errorf("the creator still holds %d sessions", n)
	}
}

// Caps on sessions: per client (429), in all (503), and a creation rate.
func TestSessionCaps(t *testing.T) {
	cfg := testConfig()
	cfg.Sessions, cfg.SessionsPerClient = 3, 2
	tl := startLab(t, cfg)
	status := func(client string) (int, string) {
		var r api.Response
		res := tl.request(http.MethodPost, api.LabSessionsPath, client, &r)
		if r.Error != nil {
			return res.StatusCode, r.Error.Type + " " + res.Header.Get("Retry-After")
		}
		return res.StatusCode, ""
	}
	for i, want := range []struct {
		client string
		status int
		typ    string
	}{
		{"192.0.2.1", 201, ""},
		{"192.0.2.1", 201, ""},
		{"192.0.2.1", 429, "rate_limited 60"},
		{"192.0.2.2", 201, ""},
		{"192.0.2.3", 503, "overloaded 1"},
	} {
		if code, typ := status(want.client); code != want.status || typ != want.typ {
			t.Errorf("POST %d from %s: %d %q, want %d %q", i+1, want.client, code, typ, want.status, want.typ)
		}
	}
	cfg = testConfig()
	cfg.SessionBurst, cfg.SessionRate = 2, 0.001
	tl = startLab(t, cfg)
	status("192.0.2.1")
	status("192.0.2.1")
	if code, typ := status("192.0.2.1"); code != 429 || !strings.HasPrefix(typ, "rate_limited") {
		t.Errorf("over the creation rate: %d %s", code, typ)
	}
	if code, _ := status("192.0.2.2"); code != 201 {
		t.Errorf("another client: %d", code)
	}
}

// The long poll waits for an event; every waiter on a session gets it; a
// client gone mid-wait frees its place; an idle poll ends after Poll with
// nothing; each client has its cap of waiting polls.
func TestLongPoll(t *testing.T) {
	cfg := testConfig()
	cfg.Poll = 30 * time.Second
	cfg.PollsPerClient = 25
	tl := startLab(t, cfg)
	s := tl.session()
	got := make(chan api.LabEvents, 20)
	for range 20 {
		go func() {
			var e api.LabEvents
			tl.request(http.MethodGet, api.LabEventsPath(s.Code, 0), "", &e)
			got <- e
		}()
	}
	waitHeld(t, tl.polls, "127.0.0.1", 20)
	select {
	case e := <-got:
		t.Fatalf("a poll answered with nothing new: %+v", e)
	default:
	}
	c := tl.dial("127.0.0.1")
	exchange(t, c, s.Code+"\n", 0)
	for range 20 {
		if e := <-got; len(e.Events) == 0 || e.Events[0].Kind != api.LabConnect || e.Next != e.Events[len(e.Events)-1].Seq {
			t.Errorf("a waiter got %+v", e)
		}
	}
	waitHeld(t, tl.polls, "127.0.0.1", 0)

	// Gone mid-wait.
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, tl.api.URL+api.LabEventsPath(s.Code, 1), nil)
	done := make(chan struct{})
	go func() {
		http.DefaultClient.Do(req)
		close(done)
	}()
	waitHeld(t, tl.polls, "127.0.0.1", 1)
	cancel()
	<-done
	waitHeld(t, tl.polls, "127.0.0.1", 0)
}

func waitHeld(t *testing.T, c interface {
	Held(netip.Addr) (int, int)
}, client string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		held, _ := c.Held(netip.MustParseAddr(client))
		if held == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s holds %d, want %d", client, held, n)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestLongPollEnds(t *testing.T) {
	cfg := testConfig()
	cfg.Poll = 200 * time.Millisecond
	cfg.PollsPerClient = 1
	l, err := Listen(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	// A server whose write timeout is shorter than the poll: the poll
	// sets its own deadline.
	ts := httptest.NewUnstartedServer(l.Handler())
	ts.Config.WriteTimeout = 50 * time.Millisecond
	ts.Start()
	defer ts.Close()
	tl := &testLab{Lab: l, t: t, api: ts}
	s := tl.session()
	// The session says how long a poll waits, for the page to wait as
	// long for its answer.
	if s.Limits.PollSeconds != 0.2 {
		t.Errorf("the session's poll_seconds: %v, want 0.2", s.Limits.PollSeconds)
	}
	if e := tl.events(s.Code, 0); len(e.Events) != 0 || e.Next != 0 || e.First != 1 {
		t.Errorf("an idle poll: %+v", e)
	}
	// A second poll of the same client while one waits: 429.
	go tl.events(s.Code, 0)
	waitHeld(t, tl.polls, "127.0.0.1", 1)
	var r api.Response
	if res := tl.request(http.MethodGet, api.LabEventsPath(s.Code, 0), "", &r); res.StatusCode != 429 {
		t.Errorf("over the polls per client: %s", res.Status)
	}
	waitHeld(t, tl.polls, "127.0.0.1", 0)
	// Close answers a waiting poll at once.
	res := make(chan api.LabEvents)
	go func() { res <- tl.events(s.Code, 0) }()
	waitHeld(t, tl.polls, "127.0.0.1", 1)
	go l.Close()
	if e := <-res; len(e.Events) != 0 {
		t.Errorf("at close: %+v", e)
	}
}

// Every wrong request gets its status and a JSON error.
func TestAPIErrors(t *testing.T) {
	tl := startLab(t, testConfig())
	s := tl.session()
	for _, c := range []struct {
		method, path string
		status       int
		typ, allow   string
	}{
		{"GET", api.LabSessionsPath, 405, api.TypeMethodNotAllowed, "POST"},
		{"PUT", api.LabSessionPath(s.Code), 405, api.TypeMethodNotAllowed, "GET, HEAD"},
		{"POST", api.LabEventsPath(s.Code, 0), 405, api.TypeMethodNotAllowed, "GET, HEAD"},
		{"POST", api.LabSessionsPath + "?x=1", 400, api.TypeBadRequest, ""},
		{"GET", api.LabSessionPath("abc"), 400, api.TypeBadRequest, ""},
		{"GET", api.LabSessionPath("zzzzzz"), 404, api.TypeNotFound, ""},
		{"GET", api.LabSessionPath(s.Code) + "/events", 400, api.TypeBadRequest, ""},
		{"GET", api.LabSessionPath(s.Code) + "/events?after=-1", 400, api.TypeBadRequest, ""},
		{"GET", api.LabSessionPath(s.Code) + "/events?after=1&x=2", 400, api.TypeBadRequest, ""},
		{"GET", api.LabEventsPath(s.Code, 5), 400, api.TypeBadRequest, ""},
		{"GET", api.LabSessionPath(s.Code) + "?x", 400, api.TypeBadRequest, ""},
		{"GET", api.LabSessionPath(s.Code) + "/other", 404, api.TypeNotFound, ""},
		{"GET", api.LabSessionPath(s.Code) + "/", 404, api.TypeNotFound, ""},
		{"GET", api.LabPrefix + "other", 404, api.TypeNotFound, ""},
		{"GET", api.LabSessionsPath + "x/" + s.Code, 404, api.TypeNotFound, ""},
	} {
		var r api.Response
		res := tl.request(c.method, c.path, "", &r)
		if res.StatusCode != c.status || r.Error == nil || r.Error.Type != c.typ || res.Header.Get("Allow") != c.allow || res.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s %s: %s %+v Allow %q", c.method, c.path, res.Status, r.Error, res.Header.Get("Allow"))
		}
	}
	// The code reads in any case, HEAD answers without waiting.
	var got api.LabSession
	if res := tl.request("GET", api.LabSessionPath(strings.ToUpper(s.Code)), "", &got); res.StatusCode != 200 || got.Code != s.Code {
		t.Errorf("an upper-case code: %s %+v", res.Status, got)
	}
	if res := tl.request("HEAD", api.LabEventsPath(s.Code, 0), "", nil); res.StatusCode != 200 {
		t.Errorf("HEAD: %s", res.Status)
	}
}

// The API's client rate: 429 with Retry-After past the burst.
func TestAPIRate(t *testing.T) {
	cfg := testConfig()
	cfg.APIRate, cfg.APIBurst = 0.01, 3
	tl := startLab(t, cfg)
	s := tl.session()
	for range 2 {
		tl.request("GET", api.LabSessionPath(s.Code), "", nil)
	}
	var r api.Response
	if res := tl.request("GET", api.LabSessionPath(s.Code), "", &r); res.StatusCode != 429 || res.Header.Get("Retry-After") == "" {
		t.Errorf("past the burst: %s", res.Status)
	}
	if res := tl.request("GET", api.LabSessionPath(s.Code), "192.0.2.9", nil); res.StatusCode != 200 {
		t.Errorf("another client: %s", res.Status)
	}
}

// The address a program connects to: the lab's own when it listens on
// one, otherwise the host the browser used, checked.
func TestPublicHost(t *testing.T) {
	cfg := testConfig()
	cfg.Addr = ":0"
	tl := startLab(t, cfg)
	for host, want := range map[string]string{
		"Lab.Example.edu:8080": "lab.example.edu",
		"[2001:db8::1]:8080":   "2001:db8::1",
		"192.0.2.1":            "192.0.2.1",
		"bad_host<script>":     "127.0.0.1",
		"":                     "127.0.0.1",
		"-x.example":           "127.0.0.1",
	} {
		r := httptest.NewRequest("POST", api.LabSessionsPath, nil)
		r.Host = host
		r = r.WithContext(context.WithValue(r.Context(), http.LocalAddrContextKey, &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 8080}))
		if got := tl.publicHost(r); got != want {
			t.Errorf("Host %q: %q, want %q", host, got, want)
		}
	}
}

func TestConfigChecked(t *testing.T) {
	for _, change := range []func(*Config){
		func(c *Config) { c.Conns = 0 },
		func(c *Config) { c.Burst = 10 },
		func(c *Config) { c.SessionBytes = c.Record - 1 },
		func(c *Config) { c.Poll = 0 },
	} {
		cfg := testConfig()
		change(&cfg)
		if l, err := Listen(cfg, nil); err == nil {
			l.Close()
			t.Errorf("%+v accepted", cfg)
		}
	}
	// The defaults the README lists.
	d := DefaultConfig()
	if d.Conns != 8 || d.Idle != 30*time.Second || d.TTL != 3*time.Hour || d.Record != 64<<10 || d.Poll != 25*time.Second || !d.Enabled || d.Addr != "" {
		t.Errorf("defaults %+v", d)
	}
	if got := DefaultAddr("127.0.0.1:8000"); got != "127.0.0.1:9000" {
		t.Errorf("DefaultAddr: %s", got)
	}
	if got := DefaultAddr(":8000"); got != ":9000" {
		t.Errorf("DefaultAddr: %s", got)
	}
	if got := DefaultAddr("[::1]:8000"); got != "[::1]:9000" {
		t.Errorf("DefaultAddr: %s", got)
	}
}

// TestFlagsInREADME: every lab flag is in the README with its default,
// as `-name default`.
func TestFlagsInREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	fs := flag.NewFlagSet("netprimer", flag.ContinueOnError)
	var cfg Config
	cfg.RegisterFlags(fs)
	n := 0
	fs.VisitAll(func(f *flag.Flag) {
		n++
		want := "-" + f.Name + " " + f.DefValue
		if d, err := time.ParseDuration(f.DefValue); err == nil && d >= time.Minute && d%time.Minute == 0 {
			want = "-" + f.Name + " " + strings.TrimSuffix(strings.TrimSuffix(f.DefValue, "0s"), "0m") // 3h0m0s → 3h
		}
		switch f.Name {
		case "lab":
			want = "-lab=false"
		case "lab-addr":
			want = "-lab-addr"
		}
		if !bytes.Contains(readme, []byte(want)) {
			t.Errorf("the README does not give %q", want)
		}
	})
	if n < 15 {
		t.Fatalf("%d flags", n)
	}
}

// A lab listening on every address still reports the address a datagram
// was sent to, and a TCP connection's own: the 4-tuple, not 0.0.0.0.
func TestWildcardAddresses(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "[::]:0"} {
		t.Run(addr, func(t *testing.T) {
			cfg := testConfig()
			cfg.Addr = addr
			tl := startLab(t, cfg)
			s := tl.session()
			port := tl.UDPAddr().Port()
			u := udpFrom(t, "127.0.0.1")
			to := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port)
			u.WriteToUDPAddrPort([]byte(s.Code+"\nhi"), to)
			u.SetReadDeadline(time.Now().Add(5 * time.Second))
			b := make([]byte, 10)
			n, from, err := u.ReadFromUDPAddrPort(b)
			if err != nil || string(b[:n]) != "hi" || netip.AddrPortFrom(from.Addr().Unmap(), from.Port()) != to {
				t.Fatalf("reply %q from %v: %v", b[:n], from, err)
			}
			c, err := net.Dial("tcp", to.String())
			if err != nil {
				t.Fatal(err)
			}
			exchange(t, c, s.Code+"\nx", 1)
			c.Close()
			want := endpoint(to)
			for _, e := range tl.eventsUntil(s.Code, 3) {
				if e.Server != want || e.Client.IP != "127.0.0.1" {
					t.Errorf("%s %s: %v → %v, want the server at %v", e.Proto, e.Kind, e.Client, e.Server, want)
				}
			}
		})
	}
}

// Nothing a client sends reaches the log.
func TestLogsNothingSent(t *testing.T) {
	var logged strings.Builder
	var mu sync.Mutex
	cfg := testConfig()
	l, err := Listen(cfg, slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return logged.Write(p)
	}), &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(l.Handler())
	tl := &testLab{Lab: l, t: t, api: ts}
	s := tl.session()
	const marker = "MARKER-7f3a"
	c := tl.dial("127.0.0.1")
	exchange(t, c, s.Code+"\n"+marker, len(marker))
	bad := tl.dial("127.0.0.1")
	bad.Write([]byte(marker + "\n"))
	readAll(t, bad)
	u := udpFrom(t, "127.0.0.1")
	u.WriteToUDPAddrPort([]byte(s.Code+"\n"+marker), tl.UDPAddr())
	u.WriteToUDPAddrPort([]byte(marker), tl.UDPAddr())
	tl.eventsUntil(s.Code, 4)
	ts.Close()
	l.Close()
	mu.Lock()
	defer mu.Unlock()
	if strings.Contains(logged.String(), marker) {
		t.Errorf("the log holds a client's bytes:\n%s", logged.String())
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// ConnsTotal bounds everyone's connections together.
func TestTCPConnsTotal(t *testing.T) {
	cfg := testConfig()
	cfg.Conns, cfg.ConnsTotal = 3, 4
	tl := startLab(t, cfg)
	s := tl.session()
	for _, from := range []string{"127.0.0.2", "127.0.0.2", "127.0.0.2", "127.0.0.3"} {
		exchange(t, tl.dial(from), s.Code+"\nx", 1)
	}
	over := tl.dial("127.0.0.4")
	over.Write([]byte(s.Code + "\nx"))
	if got := readAll(t, over); got != "" {
		t.Errorf("past the total: %q", got)
	}
}
