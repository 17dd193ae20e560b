// Package lab is the server side of Netprimer's socket lab: TCP and UDP
// listeners that a student's own Python program talks to, the sessions
// that name what they send, the recorder of every connection, recv,
// datagram and reply, the live checks of the lab's tasks (app/lab/task),
// and the HTTP API under /api/v1/lab/ that the /lab page long-polls.
//
// The lab is exposed to a class, and every limit is a flag: connections
// per client at once, a byte rate per client, bytes recorded per
// connection, an idle timeout, sessions that expire, caps on live
// sessions, on events kept and on waiting polls. It never makes an
// outbound connection: it only answers on the sockets that clients
// opened, UDP only to a datagram that carries a live code and never with
// more bytes than the datagram. Nothing a client sends is logged.
//
// Server only: nothing here reaches app.wasm.
package lab

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"strconv"
	"sync"
	"time"

	"netprimer/app/guard"
)

// Config holds the instructor's choices. RegisterFlags binds them to
// command-line flags with DefaultConfig's values as defaults.
type Config struct {
	// Enabled turns the lab on (-lab).
	Enabled bool
	// Addr is where both listeners listen, TCP and UDP on the same port.
	// Empty: the host of the HTTP address, port 9000 (DefaultAddr).
	Addr string

	// Conns bounds one client's TCP connections at once, ConnsTotal
	// everyone's. A class behind one NAT is one client.
	Conns, ConnsTotal int
	// Rate (bytes per second) and Burst bound what one client sends,
	// TCP and UDP together. TCP is read no faster (the sender waits);
	// a datagram over the rate is dropped unanswered.
	Rate  float64
	Burst int
	// Idle closes a connection that sends nothing (or reads nothing of
	// its echo) this long.
	Idle time.Duration

	// TTL is a session's life.
	TTL time.Duration
	// Sessions bounds the live sessions, SessionsPerClient those one
	// client created; SessionRate (per second) and SessionBurst bound how
	// fast a client creates them.
	Sessions, SessionsPerClient int
	SessionRate                 float64
	SessionBurst                int
	// Events and SessionBytes bound what a session keeps (the oldest
	// events go first); Record bounds the bytes recorded of one TCP
	// connection, and of one datagram.
	Events, SessionBytes, Record int

	// Poll is how long the events poll waits for an event; Polls bounds
	// the polls waiting at once, PollsPerClient those of one client.
	Poll                  time.Duration
	Polls, PollsPerClient int
	// APIRate and APIBurst bound one client's requests to the lab API.
	APIRate  float64
	APIBurst int

	// Proxies are the reverse proxies whose word about an HTTP client is
	// believed (the server's -trust-proxy). The sockets' clients are
	// always their peers.
	Proxies guard.Proxies

	codeWait time.Duration // Lab.codeWait when set
}

// DefaultPort is the lab's port when Addr is empty.
const DefaultPort = 9000

// DefaultConfig returns the defaults, chosen for a class of about 100
// students: at most 8 connections at once per client (a class behind one
// NAT shares them: raise -lab-conns for such a class), 30 s idle, 3 h
// sessions, 64 KB recorded per connection.
func DefaultConfig() Config {
	return Config{
		Enabled:           true,
		Conns:             8,
		ConnsTotal:        1000,
		Rate:              128 << 10,
		Burst:             512 << 10,
		Idle:              30 * time.Second,
		TTL:               3 * time.Hour,
		Sessions:          300,
		SessionsPerClient: 150,
		SessionRate:       0.1,
		SessionBurst:      100,
		Events:            1000,
		SessionBytes:      512 << 10,
		Record:            64 << 10,
		Poll:              25 * time.Second,
		Polls:             2000,
		PollsPerClient:    200,
		APIRate:           50,
		APIBurst:          1500,
	}
}

// RegisterFlags defines the lab's flags on fs, to be read into c.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	d := DefaultConfig()
	fs.BoolVar(&c.Enabled, "lab", d.Enabled, "run the socket lab's TCP and UDP listeners and its API")
	fs.StringVar(&c.Addr, "lab-addr", d.Addr, "`host:port` of the lab's TCP and UDP listeners (default: the host of -addr, port 9000)")
	fs.IntVar(&c.Conns, "lab-conns", d.Conns, "lab TCP connections at once per client address")
	fs.IntVar(&c.ConnsTotal, "lab-conns-total", d.ConnsTotal, "lab TCP connections at once in all")
	fs.Float64Var(&c.Rate, "lab-rate", d.Rate, "bytes per second a client address may send to the lab, TCP and UDP together")
	fs.IntVar(&c.Burst, "lab-burst", d.Burst, "bytes a client address may send to the lab at once")
	fs.DurationVar(&c.Idle, "lab-idle", d.Idle, "close a lab connection idle this long")
	fs.DurationVar(&c.TTL, "lab-ttl", d.TTL, "how long a lab session lives")
	fs.IntVar(&c.Sessions, "lab-sessions", d.Sessions, "live lab sessions in all")
	fs.IntVar(&c.SessionsPerClient, "lab-sessions-per-client", d.SessionsPerClient, "live lab sessions one client address created")
	fs.Float64Var(&c.SessionRate, "lab-session-rate", d.SessionRate, "lab sessions per second a client address may create")
	fs.IntVar(&c.SessionBurst, "lab-session-burst", d.SessionBurst, "lab sessions a client address may create at once")
	fs.IntVar(&c.Events, "lab-events", d.Events, "events a lab session keeps (the oldest go first)")
	fs.IntVar(&c.SessionBytes, "lab-session-bytes", d.SessionBytes, "recorded bytes a lab session keeps (the oldest events go first)")
	fs.IntVar(&c.Record, "lab-record", d.Record, "bytes recorded of one lab TCP connection, and of one datagram")
	fs.DurationVar(&c.Poll, "lab-poll", d.Poll, "how long a lab events poll waits for an event")
	fs.IntVar(&c.Polls, "lab-polls", d.Polls, "lab events polls waiting at once in all")
	fs.IntVar(&c.PollsPerClient, "lab-polls-per-client", d.PollsPerClient, "lab events polls waiting at once per client address")
	fs.Float64Var(&c.APIRate, "lab-api-rate", d.APIRate, "lab API requests per second per client address")
	fs.IntVar(&c.APIBurst, "lab-api-burst", d.APIBurst, "lab API requests a client address may make at once")
}

// check refuses limits that cannot work.
func (c Config) check() error {
	for _, v := range []struct {
		name string
		ok   bool
	}{
		{"-lab-conns", c.Conns >= 1}, {"-lab-conns-total", c.ConnsTotal >= 1},
		{"-lab-rate", c.Rate > 0}, {"-lab-burst", c.Burst >= minDatagramCost},
		{"-lab-idle", c.Idle > 0}, {"-lab-ttl", c.TTL > 0},
		{"-lab-sessions", c.Sessions >= 1}, {"-lab-sessions-per-client", c.SessionsPerClient >= 1},
		{"-lab-session-rate", c.SessionRate > 0}, {"-lab-session-burst", c.SessionBurst >= 1},
		{"-lab-events", c.Events >= 1}, {"-lab-record", c.Record >= 0},
		{"-lab-session-bytes", c.SessionBytes >= c.Record},
		{"-lab-poll", c.Poll > 0}, {"-lab-polls", c.Polls >= 1}, {"-lab-polls-per-client", c.PollsPerClient >= 1},
		{"-lab-api-rate", c.APIRate > 0}, {"-lab-api-burst", c.APIBurst >= 1},
	} {
		if !v.ok {
			return fmt.Errorf("lab: %s: out of range (see -h)", v.name)
		}
	}
	return nil
}

// DefaultAddr returns the lab's address for the HTTP server's address
// httpAddr: the same host, port 9000.
func DefaultAddr(httpAddr string) string {
	host, _, err := net.SplitHostPort(httpAddr)
	if err != nil {
		host = ""
	}
	return net.JoinHostPort(host, strconv.Itoa(DefaultPort))
}

// clientsTracked bounds the clients whose buckets are kept.
const clientsTracked = 10000

// Lab is the running lab. Its listeners are open from Listen to Close.
type Lab struct {
	cfg Config
	log *slog.Logger
	now func() time.Time
	// codeWait is how long a connection that sent a live code without
	// a newline is given to send the newline before it hears that it is
	// missing: 2 s, or Config.codeWait (tests).
	codeWait time.Duration

	tcp *net.TCPListener
	udp *net.UDPConn

	sessions *store
	conns    *guard.Conns   // TCP connections
	bytes    *guard.Limiter // bytes in, TCP and UDP
	creates  *guard.Limiter // sessions created
	owned    *guard.Conns   // live sessions per creator
	polls    *guard.Conns   // polls waiting
	requests *guard.Limiter // API requests

	done     chan struct{}
	closing  sync.Once
	wg       sync.WaitGroup
	mu       sync.Mutex
	open     map[net.Conn]struct{} // every TCP connection being served
	refusedN int                   // connections refused at accept (tests, bench)
}

// Listen opens the lab's listeners on cfg.Addr (TCP first; UDP then takes
// the same port, which matters when the port is 0) and starts serving.
// The logger hears about failed accepts; nil discards.
func Listen(cfg Config, logger *slog.Logger) (*Lab, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := cfg.check(); err != nil {
		return nil, err
	}
	l := &Lab{
		cfg:      cfg,
		log:      logger,
		now:      time.Now,
		codeWait: cmp.Or(cfg.codeWait, 2*time.Second),
		sessions: newStore(cfg.Sessions, cfg.TTL),
		conns:    guard.NewConns(cfg.Conns, cfg.ConnsTotal),
		bytes:    guard.NewLimiter(cfg.Rate, cfg.Burst, clientsTracked),
		creates:  guard.NewLimiter(cfg.SessionRate, cfg.SessionBurst, clientsTracked),
		owned:    guard.NewConns(cfg.SessionsPerClient, cfg.Sessions),
		polls:    guard.NewConns(cfg.PollsPerClient, cfg.Polls),
		requests: guard.NewLimiter(cfg.APIRate, cfg.APIBurst, clientsTracked),
		done:     make(chan struct{}),
		open:     map[net.Conn]struct{}{},
	}
	if err := l.listen(cfg.Addr); err != nil {
		return nil, err
	}
	l.wg.Add(3)
	go l.acceptTCP()
	go l.serveUDP()
	go l.sweep()
	return l, nil
}

// listen opens TCP on addr, then UDP on the port TCP got. With port 0 the
// kernel's choice for TCP may be taken for UDP: it tries again.
func (l *Lab) listen(addr string) error {
	for try := 0; ; try++ {
		tcp, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("lab: %w", err)
		}
		tl := tcp.(*net.TCPListener)
		udp, err := net.ListenUDP("udp", net.UDPAddrFromAddrPort(netip.AddrPortFrom(addrPort(tl.Addr()).Addr(), addrPort(tl.Addr()).Port())))
		if err == nil {
			l.tcp, l.udp = tl, udp
			return nil
		}
		tcp.Close()
		if _, port, _ := net.SplitHostPort(addr); port != "0" || try == 4 {
			return fmt.Errorf("lab: udp: %w", err)
		}
	}
}

// TCPAddr and UDPAddr are where the listeners listen.
func (l *Lab) TCPAddr() netip.AddrPort { return addrPort(l.tcp.Addr()) }
func (l *Lab) UDPAddr() netip.AddrPort { return addrPort(l.udp.LocalAddr()) }

// Close stops the lab: the listeners close, every connection closes, the
// sessions end and waiting polls answer at once. It waits for the lab's
// goroutines.
func (l *Lab) Close() error {
	l.closing.Do(func() {
		close(l.done)
		l.tcp.Close()
		l.udp.Close()
		l.mu.Lock()
		for c := range l.open {
			c.Close()
		}
		l.mu.Unlock()
		l.sessions.closeAll(l.now())
	})
	l.wg.Wait()
	return nil
}

func (l *Lab) closed() bool {
	select {
	case <-l.done:
		return true
	default:
		return false
	}
}

// sweep expires sessions on time.
func (l *Lab) sweep() {
	defer l.wg.Done()
	every := min(l.cfg.TTL/4, time.Minute)
	t := time.NewTicker(max(every, time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-l.done:
			return
		case now := <-t.C:
			l.sessions.sweep(now)
		}
	}
}

// newSession creates a session for client, or says why not: the client's
// count or the total of live sessions is reached.
func (l *Lab) newSession(client netip.Addr) (*session, error) {
	if !l.owned.Acquire(client) {
		if _, total := l.owned.Held(client); total >= l.cfg.Sessions {
			return nil, errFull
		}
		return nil, errClientFull
	}
	var once sync.Once
	s := newSession(client, l.now().Add(l.cfg.TTL), l.cfg.Events, l.cfg.SessionBytes, func() {
		once.Do(func() { l.owned.Release(client) })
	})
	l.sessions.add(s)
	return s, nil
}

var (
	errFull       = errors.New("lab: the live sessions are at their cap")
	errClientFull = errors.New("lab: this client's live sessions are at their cap")
)

// charge takes n bytes from a's bucket, waiting for them; false when the
// lab closed meanwhile.
func (l *Lab) charge(a netip.Addr, n int) bool {
	for n > 0 {
		k := min(n, l.cfg.Burst)
		ok, wait := l.bytes.AllowN(a, l.now(), k)
		if ok {
			n -= k
			continue
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-l.done:
			t.Stop()
			return false
		}
	}
	return true
}

// addrPort returns a socket address without the IPv4-in-IPv6 form.
func addrPort(a net.Addr) netip.AddrPort {
	var ap netip.AddrPort
	switch a := a.(type) {
	case *net.TCPAddr:
		ap = a.AddrPort()
	case *net.UDPAddr:
		ap = a.AddrPort()
	}
	return netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())
}
