// Command lookupbench measures the lookup API over loopback TCP and
// prints a compact report: lookups per second and p50/p99 latency at 50
// and 500 concurrent clients for cached and uncached lookups next to a
// bare net/http handler measured in the same run, the server's goroutines
// and memory while its DNS server never answers, the calls that need no
// resolver while DNS is down next to the same calls while it answers, and
// the share of 429s a single abusive client gets. It runs in well under
// two minutes:
//
//	go run ./internal/cmd/lookupbench
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/miekg/dns"

	"netprimer/app/api"
	"netprimer/app/lookup"
)

func main() {
	phase := flag.Duration("phase", 3*time.Second, "length of each throughput measurement")
	flag.Parse()
	log.SetFlags(0)

	dnsAddr, stopDNS := startDNS()
	defer stopDNS()

	fmt.Printf("lookupbench: GOMAXPROCS=%d, %s per measurement, loopback TCP\n\n", runtime.GOMAXPROCS(0), *phase)
	throughput(*phase, dnsAddr)
	fmt.Println()
	deadResolver()
	fmt.Println()
	noResolver(*phase, dnsAddr)
	fmt.Println()
	abuse(*phase)
}

// result holds one measurement.
type result struct {
	n        int
	codes    map[int]int
	p50, p99 time.Duration
	rate     float64
}

// load runs clients that each send requests one after the other for d,
// with the URLs next gives, and measures them.
func load(base string, clients int, d time.Duration, next func(worker, i int) string) result {
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	var mu sync.Mutex
	var lat []time.Duration
	codes := map[int]int{}
	var wg sync.WaitGroup
	start := time.Now()
	stop := start.Add(d)
	for w := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			myCodes := map[int]int{}
			for i := 0; time.Now().Before(stop); i++ {
				t0 := time.Now()
				resp, err := client.Get(base + next(w, i))
				if err != nil {
					myCodes[-1]++
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				mine = append(mine, time.Since(t0))
				myCodes[resp.StatusCode]++
			}
			mu.Lock()
			lat = append(lat, mine...)
			for k, v := range myCodes {
				codes[k] += v
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	r := result{n: len(lat), codes: codes, rate: float64(len(lat)) / elapsed.Seconds()}
	if len(lat) > 0 {
		r.p50 = lat[len(lat)/2]
		r.p99 = lat[len(lat)*99/100]
	}
	return r
}

func newService(cfg lookup.Config) (*lookup.Service, *httptest.Server) {
	s, err := lookup.New(cfg, nil)
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle(api.Prefix, s.Handler())
	return s, httptest.NewServer(mux)
}

func throughput(d time.Duration, dnsAddr string) {
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		io.WriteString(w, `{"result":"192.0.2.1","backend":"dns","cached":true}`+"\n")
	}))
	defer bare.Close()

	cfg := lookup.DefaultConfig()
	cfg.DNS = dnsAddr
	cfg.Rate, cfg.Burst = 1e9, 1e9 // every client here is 127.0.0.1
	cfg.Queue = 1000
	s, srv := newService(cfg)
	defer srv.Close()
	defer s.Close()

	// Warm the cache with the names the cached runs ask for.
	names := 64
	for i := range names {
		resp, err := http.Get(srv.URL + cachedURL(i))
		if err != nil {
			log.Fatal(err)
		}
		resp.Body.Close()
	}
	var unique atomic.Int64

	fmt.Println("throughput           clients   lookups/s      p50       p99   vs bare   statuses")
	for _, clients := range []int{50, 500} {
		b := load(bare.URL, clients, d, func(w, i int) string { return "/" })
		fmt.Printf("  bare net/http      %5d  %10.0f  %8s  %8s      100%%   %s\n", clients, b.rate, round(b.p50), round(b.p99), codes(b.codes))
		c := load(srv.URL, clients, d, func(w, i int) string { return cachedURL(w*31 + i) })
		fmt.Printf("  cached lookup      %5d  %10.0f  %8s  %8s    %5.0f%%   %s\n", clients, c.rate, round(c.p50), round(c.p99), 100*c.rate/b.rate, codes(c.codes))
		u := load(srv.URL, clients, d, func(w, i int) string {
			return fmt.Sprintf("/api/v1/socket/gethostbyname?host=u%d.bench.test", unique.Add(1))
		})
		fmt.Printf("  uncached (DNS)     %5d  %10.0f  %8s  %8s    %5.0f%%   %s\n", clients, u.rate, round(u.p50), round(u.p99), 100*u.rate/b.rate, codes(u.codes))
	}
}

func cachedURL(i int) string {
	return fmt.Sprintf("/api/v1/socket/gethostbyname?host=c%d.bench.test", i%64)
}

func round(d time.Duration) string {
	switch {
	case d >= time.Millisecond:
		return d.Round(100 * time.Microsecond).String()
	default:
		return d.Round(time.Microsecond).String()
	}
}

func codes(m map[int]int) string {
	var keys []int
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		name := fmt.Sprint(k)
		if k == -1 {
			name = "error"
		}
		parts = append(parts, fmt.Sprintf("%s×%d", name, m[k]))
	}
	return strings.Join(parts, " ")
}

// deadResolver sends distinct lookups to a service whose DNS server never
// answers, from 500 clients for three rounds of the lookup timeout, and
// watches the goroutines inside package lookup and the heap: the pool
// bounds the lookups in flight (32 running, 256 waiting), the rest get
// 503 at once, and everything returns once the clients stop.
func deadResolver() {
	silent, stop := startSilentDNS()
	defer stop()
	cfg := lookup.DefaultConfig()
	cfg.DNS = silent
	cfg.Rate, cfg.Burst = 1e9, 1e9
	cfg.Timeout = 500 * time.Millisecond
	s, srv := newService(cfg)
	defer srv.Close()
	defer s.Close()

	before := snapshot()
	var unique atomic.Int64
	var peak atomic.Int64
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
				if g := int64(lookupGoroutines()); g > peak.Load() {
					peak.Store(g)
				}
			}
		}
	}()
	r := load(srv.URL, 500, 1500*time.Millisecond, func(w, i int) string {
		return fmt.Sprintf("/api/v1/socket/gethostbyname?host=d%d.bench.test", unique.Add(1))
	})
	close(done)
	during := snapshot()
	time.Sleep(time.Second)
	runtime.GC()
	after := snapshot()

	timedOut := 0
	resp, err := http.Get(srv.URL + "/api/v1/socket/gethostbyname?host=probe.bench.test")
	if err == nil {
		var body api.Response
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if body.TimedOut && body.Error != nil && *body.Error.Errno == -3 {
			timedOut = 1
		}
	}
	fmt.Println("dead DNS server      requests      p50       p99   statuses")
	fmt.Printf("  500 clients, 1.5 s  %6d  %8s  %8s   %s\n", r.n, round(r.p50), round(r.p99), codes(r.codes))
	fmt.Printf("  resolver calls in flight: peak %d (bound: -lookup-concurrency 32)\n", peak.Load())
	fmt.Printf("  goroutines in the process: %d before, %d at the end, %d a second later\n", before.goroutines, during.goroutines, after.goroutines)
	fmt.Printf("  heap in use: %.1f MB before, %.1f MB at the end, %.1f MB a second later\n", before.heapMB, during.heapMB, after.heapMB)
	fmt.Printf("  a probe answers gaierror -3 with timed_out: %v\n", timedOut == 1)
}

// noResolverURLs are calls that never ask DNS: the services table,
// gethostname and numeric addresses.
var noResolverURLs = []string{
	"/api/v1/socket/getservbyname?name=http&proto=tcp",
	"/api/v1/socket/getservbyport?port=443",
	"/api/v1/socket/gethostname",
	"/api/v1/socket/gethostbyname?host=127.0.0.1",
	"/api/v1/socket/gethostbyname_ex?host=192.0.2.1",
}

// noResolver measures the calls that need no resolver from 50 clients
// while 300 more clients send host lookups that need DNS: once while the
// DNS server answers, once while it never does (the pool full, the rest
// refused with 503). They must answer as fast either way.
func noResolver(d time.Duration, dnsAddr string) {
	silent, stop := startSilentDNS()
	defer stop()
	measure := func(dns string) result {
		cfg := lookup.DefaultConfig()
		cfg.DNS = dns
		cfg.Rate, cfg.Burst = 1e9, 1e9
		cfg.Timeout = 2 * time.Second
		s, srv := newService(cfg)
		defer srv.Close()
		defer s.Close()
		var unique atomic.Int64
		hold := make(chan result, 1)
		go func() {
			hold <- load(srv.URL, 300, d+time.Second, func(w, i int) string {
				return fmt.Sprintf("/api/v1/socket/gethostbyname?host=h%d.bench.test", unique.Add(1))
			})
		}()
		time.Sleep(500 * time.Millisecond) // the host lookups fill the pool first
		r := load(srv.URL, 50, d, func(w, i int) string { return noResolverURLs[(w+i)%len(noResolverURLs)] })
		<-hold
		return r
	}
	up := measure(dnsAddr)
	down := measure(silent)
	fmt.Println("calls needing no resolver (services, gethostname, numeric), 50 clients, beside 300 clients of host lookups")
	fmt.Println("                       lookups/s      p50       p99   statuses")
	fmt.Printf("  DNS answering       %10.0f  %8s  %8s   %s\n", up.rate, round(up.p50), round(up.p99), codes(up.codes))
	fmt.Printf("  DNS never answering %10.0f  %8s  %8s   %s\n", down.rate, round(down.p50), round(down.p99), codes(down.codes))
	fmt.Printf("  ratio (down / up): %.2f× the rate, %.2f× the p50, %.2f× the p99\n",
		down.rate/up.rate, float64(down.p50)/float64(up.p50), float64(down.p99)/float64(up.p99))
}

// lookupGoroutines counts the goroutines that run resolver calls for
// package lookup's pool: the lookups in flight.
func lookupGoroutines() int {
	buf := make([]byte, 8<<20)
	buf = buf[:runtime.Stack(buf, true)]
	n := 0
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "lookup.(*pool).run.func") {
			n++
		}
	}
	return n
}

type snap struct {
	goroutines int
	heapMB     float64
}

func snapshot() snap {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return snap{runtime.NumGoroutine(), float64(m.HeapInuse) / (1 << 20)}
}

// abuse has one client (one address) send as fast as 50 connections
// allow, against the default limits.
func abuse(d time.Duration) {
	cfg := lookup.DefaultConfig()
	cfg.DNS = "127.0.0.1:9" // never asked: gethostname needs no lookup
	s, srv := newService(cfg)
	defer srv.Close()
	defer s.Close()
	r := load(srv.URL, 50, d, func(w, i int) string { return "/api/v1/socket/gethostname" })
	expected := float64(cfg.Burst) + cfg.Rate*d.Seconds()
	fmt.Println("abuse (one address, 50 connections, default limits)")
	fmt.Printf("  %d requests in %s: %d answered, %d refused with 429 (%.1f%%); the bucket allows %.0f\n",
		r.n, d, r.codes[200], r.codes[429], 100*float64(r.codes[429])/float64(max(r.n, 1)), expected)
}

// startDNS answers A queries for every name with 192.0.2.1, like a
// recursive server with an answer at hand.
func startDNS() (string, func()) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := &dns.Server{PacketConn: pc, Handler: dns.HandlerFunc(func(w dns.ResponseWriter, req *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(req)
		m.RecursionAvailable = true
		if q := req.Question[0]; q.Qtype == dns.TypeA {
			m.Answer = append(m.Answer, &dns.A{Hdr: dns.RR_Header{Name: q.Name, Rrtype: dns.TypeA, Class: dns.ClassINET, Ttl: 60}, A: net.IPv4(192, 0, 2, 1)})
		}
		w.WriteMsg(m)
	})}
	started := make(chan struct{})
	srv.NotifyStartedFunc = func() { close(started) }
	go srv.ActivateAndServe()
	<-started
	return pc.LocalAddr().String(), func() { srv.ShutdownContext(context.Background()) }
}

// startSilentDNS reads queries and never answers.
func startSilentDNS() (string, func()) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		buf := make([]byte, 512)
		for {
			if _, _, err := pc.ReadFrom(buf); err != nil {
				return
			}
		}
	}()
	return pc.LocalAddr().String(), func() { pc.Close() }
}
