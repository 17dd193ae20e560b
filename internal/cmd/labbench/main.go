// Command labbench measures the socket lab over loopback and prints a
// compact report, each figure next to a bare Go baseline measured in the
// same run:
//
//   - latency: from a client's byte written on a lab connection to its
//     event in the answer of a long poll that was waiting for it, p50 and
//     p99 (goal: p99 ≤ 50 ms), next to the same path without the lab: a
//     bare TCP read waking a waiting net/http handler through a channel;
//     and the bare TCP echo's round trip;
//
//   - connections per second: clients that each connect, send the code
//     line and a byte, read the echo and close, next to the same loop
//     against a bare TCP echo server.
//
//     go run ./internal/cmd/labbench
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"runtime"
	"slices"
	"sync"
	"time"

	"netprimer/app/api"
	"netprimer/app/lab"
)

func main() {
	rounds := flag.Int("rounds", 1000, "bytes timed from the socket to a waiting poll")
	phase := flag.Duration("phase", 3*time.Second, "length of each connections-per-second measurement")
	flag.Parse()
	log.SetFlags(0)
	fmt.Printf("labbench: GOMAXPROCS=%d, loopback, %d rounds per latency, %s per rate\n\n", runtime.GOMAXPROCS(0), *rounds, *phase)

	l, srv := startLab()
	defer l.Close()
	defer srv.Close()
	bare, bareURL, stopBare := startBare()
	defer stopBare()
	echo, stopEcho := startEcho()
	defer stopEcho()

	fmt.Println("byte to waiting poll                 p50       p99   p99 vs bare")
	b := latency(*rounds, bare, bareURL, "")
	fmt.Printf("  bare: TCP read → net/http   %9s %9s\n", round(b[0]), round(b[1]))
	code, events := newSession(srv.URL)
	c, err := net.Dial("tcp", l.TCPAddr().String())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(c, "%s\n", code)
	m := latency(*rounds, c, srv.URL+events, code)
	fmt.Printf("  lab: recv → event → poll    %9s %9s   %.2f×   (goal p99 ≤ 50ms)\n", round(m[0]), round(m[1]), float64(m[1])/float64(b[1]))
	e := echoRTT(*rounds, echo)
	fmt.Printf("  bare TCP echo round trip    %9s %9s\n", round(e[0]), round(e[1]))
	c.Close()

	fmt.Println()
	fmt.Println("connect, code line, 1 byte echoed, close    clients   conns/s   vs bare")
	for i, clients := range []int{1, 50} {
		bc := connRate(echo, "", 2*i, clients, *phase)
		lc := connRate(l.TCPAddr().String(), code, 2*i+1, clients, *phase)
		fmt.Printf("  bare TCP echo                              %5d %9.0f\n", clients, bc)
		fmt.Printf("  lab                                        %5d %9.0f   %4.0f%%\n", clients, lc, 100*lc/bc)
	}
}

// startLab runs the lab with limits out of the way of one machine's
// clients (the bench is one client, or 50 loopback addresses).
func startLab() (*lab.Lab, *httptest.Server) {
	cfg := lab.DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.Rate, cfg.Burst = 1e12, 1<<30
	cfg.Conns, cfg.ConnsTotal = 1000, 5000
	cfg.APIRate, cfg.APIBurst = 1e9, 1e9
	l, err := lab.Listen(cfg, nil)
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle(api.LabPrefix, l.Handler())
	return l, httptest.NewServer(mux)
}

func newSession(base string) (code, events string) {
	res, err := http.Post(base+api.LabSessionsPath, "", nil)
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()
	var s api.LabSession
	if err := json.NewDecoder(res.Body).Decode(&s); err != nil {
		log.Fatal(err)
	}
	return s.Code, api.LabSessionPath(s.Code) + "/events"
}

// startBare is the baseline of the latency: a TCP connection whose every
// read wakes the net/http handlers waiting on a channel, which answer
// with a sequence number. It returns the client's end of the connection.
func startBare() (net.Conn, string, func()) {
	var mu sync.Mutex
	seq := 0
	wake := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		ch, n := wake, seq
		mu.Unlock()
		var after int
		fmt.Sscan(r.URL.Query().Get("after"), &after)
		if n <= after {
			<-ch
			mu.Lock()
			n = seq
			mu.Unlock()
		}
		fmt.Fprintf(w, `{"next":%d}`, n)
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		buf := make([]byte, 4096)
		for {
			n, err := c.Read(buf)
			if err != nil {
				return
			}
			c.Write(buf[:n])
			mu.Lock()
			seq++
			close(wake)
			wake = make(chan struct{})
			mu.Unlock()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		log.Fatal(err)
	}
	return c, srv.URL + "/", func() { c.Close(); ln.Close(); srv.Close() }
}

// latency writes one byte at a time on c while a poll of url waits for
// it, and returns the p50 and p99 from the write to the poll's answer.
// The echo is read on the side.
func latency(rounds int, c net.Conn, url, code string) [2]time.Duration {
	go io.Copy(io.Discard, c)
	tr := &http.Transport{MaxIdleConnsPerHost: 4}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var after uint64
	ask := func() (uint64, error) {
		res, err := client.Get(fmt.Sprintf("%s?after=%d", url, after))
		if err != nil {
			return 0, err
		}
		defer res.Body.Close()
		var e struct{ Next uint64 }
		err = json.NewDecoder(res.Body).Decode(&e)
		return e.Next, err
	}
	// Start after what is there already: the connect event.
	if code != "" {
		after, _ = ask()
	}
	var lat []time.Duration
	for range rounds {
		got := make(chan uint64, 1)
		go func() {
			n, err := ask()
			if err != nil {
				log.Fatal(err)
			}
			got <- n
		}()
		time.Sleep(2 * time.Millisecond) // the poll is waiting
		t0 := time.Now()
		c.Write([]byte{'x'})
		after = <-got
		lat = append(lat, time.Since(t0))
	}
	return percentiles(lat)
}

func percentiles(lat []time.Duration) [2]time.Duration {
	slices.Sort(lat)
	return [2]time.Duration{lat[len(lat)/2], lat[len(lat)*99/100]}
}

// startEcho is the bare TCP echo server in Go, a goroutine per
// connection.
func startEcho() (string, func()) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				io.Copy(c, c)
			}()
		}
	}()
	return ln.Addr().String(), func() { ln.Close() }
}

func echoRTT(rounds int, addr string) [2]time.Duration {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	b := []byte{'x'}
	var lat []time.Duration
	for range rounds {
		t0 := time.Now()
		c.Write(b)
		io.ReadFull(c, b)
		lat = append(lat, time.Since(t0))
	}
	return percentiles(lat)
}

// connRate runs clients, each from a loopback address of its own in the
// net-th /24 of 127.4.0.0/16, that connect, send the code line (when code
// is given) and a byte, read the byte back and close, for d; it returns
// the connections per second. Each measurement has addresses of its own:
// the ports of a previous one wait out TIME_WAIT.
func connRate(addr, code string, net4, clients int, d time.Duration) float64 {
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	start := time.Now()
	stop := start.Add(d)
	for w := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := netip.AddrFrom4([4]byte{127, 4, byte(net4), byte(w + 1)})
			dialer := net.Dialer{LocalAddr: &net.TCPAddr{IP: from.AsSlice()}, Timeout: 5 * time.Second}
			msg := []byte("x")
			if code != "" {
				msg = []byte(code + "\nx")
			}
			n := 0
			for time.Now().Before(stop) {
				c, err := dialer.Dial("tcp", addr)
				if err != nil {
					continue
				}
				c.Write(msg)
				if _, err := bufio.NewReader(c).ReadByte(); err == nil {
					n++
				}
				c.Close()
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	return float64(total) / time.Since(start).Seconds()
}

func round(d time.Duration) string {
	if d >= time.Millisecond {
		return d.Round(10 * time.Microsecond).String()
	}
	return d.Round(time.Microsecond).String()
}
