package lab

import (
	"io"
	"net"
	"net/http"
	"net/netip"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"netprimer/app/api"
)

// Load tests over loopback, bounded in time: 127.0.0.0/8 gives every
// simulated client an address of its own. They check what holds under
// load (limits, answers, goroutines and memory afterwards); speed is for
// `make bench`.

// loopback returns the i-th client address, 127.1.x.y.
func loopback(i int) string {
	return netip.AddrFrom4([4]byte{127, 1, byte(i / 250), byte(i%250 + 1)}).String()
}

// goroutines returns the number of goroutines once idle HTTP
// connections are closed.
func goroutines() int {
	http.DefaultClient.CloseIdleConnections()
	time.Sleep(50 * time.Millisecond)
	return runtime.NumGoroutine()
}

// settle waits until the goroutines are at most want, and returns their
// number.
func settle(want int) int {
	deadline := time.Now().Add(10 * time.Second)
	for {
		http.DefaultClient.CloseIdleConnections()
		runtime.GC()
		n := runtime.NumGoroutine()
		if n <= want || time.Now().After(deadline) {
			return n
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func heap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// 500 clients hold a connection each at once; each is recorded and
// echoed, and when they are gone the lab holds nothing more than before.
func TestLoad500Connections(t *testing.T) {
	cfg := testConfig()
	cfg.Events = 5000
	tl := startLab(t, cfg)
	s := tl.session()
	baseline, before := goroutines(), heap()

	const clients = 500
	conns := make([]net.Conn, clients)
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(loopback(i))}, Timeout: 10 * time.Second}
			c, err := d.Dial("tcp", tl.TCPAddr().String())
			if err != nil {
				errs <- err
				return
			}
			conns[i] = c
			c.SetDeadline(time.Now().Add(20 * time.Second))
			if _, err := c.Write([]byte(s.Code + "\nhello")); err != nil {
				errs <- err
				return
			}
			if _, err := io.ReadFull(c, make([]byte, 5)); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if _, total := tl.conns.Held(netip.Addr{}); total != clients {
		t.Errorf("%d connections held, want %d", total, clients)
	}
	for _, c := range conns {
		c.Close()
	}
	evs := tl.eventsUntil(s.Code, 3*clients)
	kinds := map[string]int{}
	ports := map[api.Endpoint]bool{}
	for _, e := range evs {
		kinds[e.Kind]++
		ports[e.Client] = true
	}
	if kinds[api.LabConnect] != clients || kinds[api.LabData] != clients || kinds[api.LabClose] != clients || len(ports) != clients {
		t.Errorf("events %v from %d clients", kinds, len(ports))
	}
	if tasks := tl.events(s.Code, 0).Tasks; tasks[0].Status != api.LabTaskDone || tasks[5].Status != api.LabTaskDone {
		t.Errorf("hello and two_conns: %+v %+v", tasks[0], tasks[5])
	}
	// The session ends: the lab is back where it was.
	tl.sessions.sweep(time.Now().Add(cfg.TTL))
	if n := settle(baseline); n > baseline {
		t.Errorf("%d goroutines after the load, %d before", n, baseline)
	}
	if after := heap(); after > before+4<<20 {
		t.Errorf("heap %d KB after the load, %d KB before", after>>10, before>>10)
	}
}

// One source floods TCP connects and UDP datagrams: it is cut at its
// limits, while another source is served as usual, and datagrams without
// a live code get nothing.
func TestLoadFlood(t *testing.T) {
	cfg := testConfig()
	cfg.Rate, cfg.Burst = 64<<10, 64<<10 // 1000 datagrams of 64 bytes at once, then 1000 a second
	cfg.Events = 100
	tl := startLab(t, cfg)
	s := tl.session()
	baseline := goroutines()
	flooder, other := netip.MustParseAddr("127.2.0.1"), "127.2.0.2"

	var wg sync.WaitGroup
	// TCP: connect as fast as it goes, and keep every connection open.
	var held []net.Conn
	var heldMu sync.Mutex
	wg.Add(1)
	go func() {
		defer wg.Done()
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: flooder.AsSlice()}, Timeout: 5 * time.Second}
		for i := 0; i < 300; i++ {
			c, err := d.Dial("tcp", tl.TCPAddr().String())
			if err != nil {
				continue
			}
			c.Write([]byte(s.Code + "\n"))
			heldMu.Lock()
			held = append(held, c)
			heldMu.Unlock()
		}
	}()
	// UDP: 5000 datagrams of 64 bytes with the live code, as fast as it goes.
	u := udpFrom(t, flooder.String())
	// The replies, and when the last came: the lab answers from its
	// socket's buffer after the flood's last send, and its rate keeps
	// refilling until it has answered the last one.
	type count struct {
		n    int
		last time.Time
	}
	replies := make(chan count)
	go func() {
		var c count
		b := make([]byte, 100)
		for {
			u.SetReadDeadline(time.Now().Add(time.Second))
			if _, _, err := u.ReadFromUDPAddrPort(b); err != nil {
				replies <- c
				return
			}
			c.n, c.last = c.n+1, time.Now()
		}
	}()
	start := time.Now()
	dgram := []byte(s.Code + "\n" + strings.Repeat("f", 64-len(s.Code)-1))
	for i := range 5000 {
		u.WriteToUDPAddrPort(dgram, tl.UDPAddr())
		if i%50 == 0 {
			time.Sleep(time.Millisecond) // within the sockets' buffers: the lab drops, not the kernel
		}
	}
	flood := time.Since(start)
	// Datagrams without a live code, from a third source: no reply.
	silent := udpFrom(t, "127.2.0.3")
	for i := range 1000 {
		silent.WriteToUDPAddrPort([]byte([]string{"zzzzzz\nx", "hello", "", s.Code + " x"}[i%4]), tl.UDPAddr())
	}
	// Meanwhile the other source is served.
	if got := exchange(t, tl.dial(other), s.Code+"\nserved", 6); got != "served" {
		t.Errorf("TCP of the other source: %q", got)
	}
	// UDP promises no delivery: while the flood fills the socket's buffer
	// the kernel may drop the other source's datagram before the lab
	// sees it, so it tries again, as a client of UDP would; the lab must
	// answer one of the tries.
	ou := udpFrom(t, other)
	b := make([]byte, 10)
	var n int
	var err error
	for try := 0; try < 5; try++ {
		ou.WriteToUDPAddrPort([]byte(s.Code+"\nalso"), tl.UDPAddr())
		ou.SetReadDeadline(time.Now().Add(time.Second))
		if n, _, err = ou.ReadFromUDPAddrPort(b); err == nil {
			break
		}
	}
	if err != nil || string(b[:n]) != "also" {
		t.Errorf("UDP of the other source, 5 tries: %q %v", b[:n], err)
	}
	wg.Wait()
	c := <-replies
	got := c.n
	// The burst, and what the rate refilled until the last reply.
	answering := c.last.Sub(start)
	if most := 1000 + int(answering.Seconds()*1000) + 50; got > most || got < 500 {
		t.Errorf("%d replies to 5000 datagrams sent in %v, the last after %v: want at most %d", got, flood, answering, most)
	}
	if d := tl.events(s.Code, 0).Dropped; d == 0 {
		t.Errorf("no datagram dropped by the rate, %d answered of 5000", got)
	}
	silent.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if n, _, err := silent.ReadFromUDPAddrPort(b); err == nil {
		t.Errorf("a datagram without a live code got a reply of %d bytes", n)
	}
	if n, _ := tl.conns.Held(flooder); n != cfg.Conns {
		t.Errorf("the flooder holds %d connections, want its cap %d", n, cfg.Conns)
	}
	tl.mu.Lock()
	refused := tl.refusedN
	tl.mu.Unlock()
	if refused < 300-cfg.Conns {
		t.Errorf("%d connections refused of 300", refused)
	}
	for _, c := range held {
		c.Close()
	}
	tl.sessions.sweep(time.Now().Add(cfg.TTL))
	if n := settle(baseline); n > baseline {
		t.Errorf("%d goroutines after the flood, %d before", n, baseline)
	}
}
