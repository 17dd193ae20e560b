package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
)

// hardening measures the server's defences of issue 10 against the real
// binary: the cost of making pages inert next to go-app's rendering, the
// size of a page at the URL limit, the time the server takes to close
// what slow clients hold and how another client fares meanwhile (next to
// the same requests without the attack, in the same run), the shutdown
// with stuck connections, and a flood under a low file limit. The
// timeouts are set short, as in the e2e tests; the defaults are in the
// README.
func hardening(r *report, bin string) error {
	r.section("Hardening (issue 10)")
	if err := inertCost(r); err != nil {
		return err
	}
	if err := urlLimit(r, bin); err != nil {
		return err
	}
	if err := slowClients(r, bin); err != nil {
		return err
	}
	if err := shutdownStuck(r, bin); err != nil {
		return err
	}
	if err := fileLimitFlood(r, bin); err != nil {
		return err
	}
	fmt.Fprintf(r, "\nLookups that need no resolver while DNS never answers: see the lookup section (`calls needing no resolver`).\n")
	return nil
}

// inertCost runs app/server's page benchmarks five times, each run all
// three in turn, so that the machine's load falls on each alike.
func inertCost(r *report) error {
	var out bytes.Buffer
	for range 5 {
		cmd := exec.Command("go", "test", "-run=^$", "-bench=^Benchmark(PageGoApp|Page|Inert)$", "-benchmem", "-benchtime=500ms", "-count=1", "./app/server")
		cmd.Stdout, cmd.Stderr = &out, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go test -bench ./app/server: %w\n%s", err, out.String())
		}
	}
	ns := map[string][]float64{}
	speed := map[string][]float64{}
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0][:strings.LastIndexByte(f[0], '-')], "Benchmark")
		for i := 2; i+1 < len(f); i += 2 {
			var v float64
			fmt.Sscan(f[i], &v)
			switch f[i+1] {
			case "ns/op":
				ns[name] = append(ns[name], v)
			case "MB/s":
				speed[name] = append(speed[name], v)
			}
		}
	}
	med := func(v []float64) float64 {
		if len(v) == 0 {
			return 0
		}
		s := slices.Clone(v)
		slices.Sort(s)
		return s[len(s)/2]
	}
	base, page, step := med(ns["PageGoApp"]), med(ns["Page"]), med(ns["Inert"])
	fmt.Fprintf(r, "### Prerendered pages made inert\n\n`/ipaddress` (42 KB), medians of 5 runs of `go test -bench ./app/server`.\n\n")
	table(r, []string{"", "time per page", "ratio"}, [][]string{
		{"go-app's handler alone (baseline)", fmt.Sprintf("%.2f ms", base/1e6), "1.00×"},
		{"the server's page: language, status, security headers, made inert", fmt.Sprintf("%.2f ms", page/1e6), ratio(page, base)},
		{"the inert step alone", fmt.Sprintf("%.2f ms (%.0f MB/s)", step/1e6, med(speed["Inert"])), ratio(step, base)},
	})
	fmt.Fprintf(r, "\nThe first two differ by less than a shared machine's noise; the step's own cost is the third row.\n")
	return nil
}

// urlLimit measures the largest pages a URL at the limit gets, and what a
// longer one gets.
func urlLimit(r *report, bin string) error {
	s, err := serve(bin)
	if err != nil {
		return err
	}
	defer s.stop()
	const limit = 16 << 10
	var rows [][]string
	for _, c := range []struct {
		what, prefix string
		size         int
	}{
		{"`/ipaddress?addr=` at the limit (the lesson cuts it to 5000 characters)", "/ipaddress?addr=", limit},
		{"`/ipaddress?zz=` at the limit (a parameter no lesson reads: every link carries it)", "/ipaddress?zz=", limit},
		{"`/hosts?host=` at the limit", "/hosts?host=", limit},
		{"`/ipaddress?addr=` one byte past the limit", "/ipaddress?addr=", limit + 1},
		{"`/ipaddress?addr=` past `-max-header-bytes` (64 KiB): Go's server answers", "/ipaddress?addr=", 100 << 10},
		{"`/ipaddress?addr=` of 1 MB (issue 10: a 13 MB page)", "/ipaddress?addr=", 1 << 20},
	} {
		target := c.prefix + strings.Repeat("x", c.size-len(c.prefix))
		status, size, err := rawGet(s.url, "127.0.0.1", target)
		if err != nil {
			return fmt.Errorf("%s: %w", c.what, err)
		}
		rows = append(rows, []string{c.what, fmt.Sprint(len(target)), fmt.Sprint(status), kb(size), fmt.Sprintf("%.1f×", float64(size)/float64(len(target)))})
	}
	fmt.Fprintf(r, "\n### A URL at the limit (`-max-url` %d bytes)\n\n", limit)
	table(r, []string{"request", "URL bytes", "status", "answer", "answer / URL"}, rows)
	return nil
}

// rawGet sends GET target from the loopback address from and returns the
// status and the size of the answer's body.
func rawGet(base, from, target string) (int, int, error) {
	c, err := dialFrom(from, strings.TrimPrefix(base, "http://"))
	if err != nil {
		return 0, 0, err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(30 * time.Second))
	go fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", target) // a long target may be refused before it is all sent
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return 0, 0, err
	}
	n, _ := io.Copy(io.Discard, res.Body)
	return res.StatusCode, int(n), nil
}

func dialFrom(from, addr string) (net.Conn, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 5 * time.Second}
	return d.Dial("tcp", addr)
}

// others asks base for a page, a lesson, a file and a lookup from
// 127.0.0.2 for d, each within 2 s, and returns the latencies and the
// failures.
func others(base string, d time.Duration) (lat []time.Duration, failed int) {
	tr := &http.Transport{DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}}).DialContext, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 2 * time.Second}
	paths := []string{"/", "/ipaddress?addr=10.0.0.1", "/healthz", "/web/app.css", "/api/v1/socket/getservbyport?port=80"}
	for i, stop := 0, time.Now().Add(d); time.Now().Before(stop); i++ {
		t0 := time.Now()
		res, err := client.Get(base + paths[i%len(paths)])
		if err == nil {
			_, err = io.Copy(io.Discard, res.Body)
			res.Body.Close()
		}
		if err != nil || res.StatusCode != http.StatusOK {
			failed++
		} else {
			lat = append(lat, time.Since(t0))
		}
		time.Sleep(20 * time.Millisecond)
	}
	return lat, failed
}

// established counts, of conns, those whose server end the kernel still
// has ESTABLISHED (from /proc/net/tcp).
func established(conns []net.Conn) int {
	tcp, err := os.ReadFile("/proc/net/tcp")
	if err != nil {
		return -1
	}
	open := map[string]bool{}
	for _, line := range strings.Split(string(tcp), "\n")[1:] {
		if f := strings.Fields(line); len(f) > 3 && f[3] == "01" {
			open[f[1]+" "+f[2]] = true
		}
	}
	hex := func(a net.Addr) string {
		ap := a.(*net.TCPAddr).AddrPort()
		b := ap.Addr().Unmap().As4()
		return fmt.Sprintf("%02X%02X%02X%02X:%04X", b[3], b[2], b[1], b[0], ap.Port())
	}
	n := 0
	for _, c := range conns {
		if c != nil && open[hex(c.RemoteAddr())+" "+hex(c.LocalAddr())] {
			n++
		}
	}
	return n
}

// closedAfter waits until the server has closed every connection of
// conns, for up to limit, and returns when that was after start.
func closedAfter(conns []net.Conn, start time.Time, limit time.Duration) (time.Duration, bool) {
	for time.Since(start) < limit {
		if established(conns) == 0 {
			return time.Since(start), true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return time.Since(start), false
}

// attack opens, from one address, connections whose request body never
// comes, downloads of app.wasm never read, and more than the cap allows.
func attack(addr string, bodyless, unread, over int) (b, u, o []net.Conn) {
	open := func(head string) net.Conn {
		c, err := dialFrom("127.0.0.3", addr)
		if err != nil {
			return nil // reset as it was made
		}
		if head != "" {
			io.WriteString(c, head)
		}
		return c
	}
	for range bodyless {
		b = append(b, open("POST /api/v1/socket/gethostname HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"))
	}
	for range unread {
		u = append(u, open("GET /web/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n"))
	}
	for range over {
		o = append(o, open(""))
	}
	return
}

func closeAll(cs ...[]net.Conn) {
	for _, list := range cs {
		for _, c := range list {
			if c != nil {
				c.Close()
			}
		}
	}
}

func p(lat []time.Duration, q float64) time.Duration {
	if len(lat) == 0 {
		return 0
	}
	s := slices.Clone(lat)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*q))]
}

// slowClients times the attack of issue 10 from one address, and another
// address's requests without and during it.
func slowClients(r *report, bin string) error {
	const bodyTimeout, stall, idle, perClient = 2 * time.Second, 2 * time.Second, 4 * time.Second, 200
	s, err := serve(bin, "-body-timeout", bodyTimeout.String(), "-write-stall", stall.String(),
		"-idle-timeout", idle.String(), "-conns-per-client", fmt.Sprint(perClient))
	if err != nil {
		return err
	}
	defer s.stop()
	addr := strings.TrimPrefix(s.url, "http://")
	quiet, quietFailed := others(s.url, 3*time.Second)

	start := time.Now()
	type result struct {
		lat    []time.Duration
		failed int
	}
	during := make(chan result, 1)
	go func() {
		lat, failed := others(s.url, 3*time.Second)
		during <- result{lat, failed}
	}()
	b, u, o := attack(addr, 120, 60, 120)
	type closed struct {
		d  time.Duration
		ok bool
	}
	bc, uc := make(chan closed, 1), make(chan closed, 1)
	go func() { d, ok := closedAfter(b, start, 60*time.Second); bc <- closed{d, ok} }()
	go func() { d, ok := closedAfter(u, start, 60*time.Second); uc <- closed{d, ok} }()
	var mu sync.Mutex
	var wg sync.WaitGroup
	refused := 0
	for _, c := range o {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reset := c == nil
			if c != nil {
				c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
				var ne net.Error
				_, err := c.Read(make([]byte, 1))
				reset = err != nil && !(errors.As(err, &ne) && ne.Timeout())
			}
			if reset {
				mu.Lock()
				refused++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	bClosed, uClosed := <-bc, <-uc
	bDone, bOK, uDone, uOK := bClosed.d, bClosed.ok, uClosed.d, uClosed.ok
	att := <-during
	closeAll(b, u, o)

	status := func(d time.Duration, ok bool) string {
		if !ok {
			return "still open after " + ms(d)
		}
		return fmt.Sprintf("%.1f s", d.Seconds())
	}
	fmt.Fprintf(r, "\n### Slow clients (`-body-timeout %s -write-stall %s -idle-timeout %s -conns-per-client %d`)\n\n", bodyTimeout, stall, idle, perClient)
	fmt.Fprintf(r, "One address opens 120 requests whose body never comes, 60 downloads of `app.wasm` (8 MB raw) it never reads and 120 more connections; another address asks for pages, files and a lookup, each within 2 s, for 3 s before the attack and 3 s during it.\n\n")
	table(r, []string{"", "measured", "bound (these flags)", "bound (defaults)"}, [][]string{
		{"bodies never sent: the last closed after", status(bDone, bOK), bodyTimeout.String(), "40 s (issue: 60 s)"},
		{"downloads never read: the last closed after", status(uDone, uOK), max(stall, idle).String(), "2 min (issue: 150 s)"},
		{"connections over the address's cap reset at once", fmt.Sprintf("%d of %d", refused, 300-perClient), "", ""},
	})
	fmt.Fprintln(r)
	table(r, []string{"another address", "answers", "failed", "p50", "p99", "slowest"}, [][]string{
		{"without the attack (baseline)", fmt.Sprint(len(quiet)), fmt.Sprint(quietFailed), msf(p(quiet, .5)), msf(p(quiet, .99)), msf(p(quiet, 1))},
		{"during the attack", fmt.Sprint(len(att.lat)), fmt.Sprint(att.failed), msf(p(att.lat, .5)), msf(p(att.lat, .99)), msf(p(att.lat, 1))},
		{"ratio", "", "", ratio(float64(p(att.lat, .5)), float64(p(quiet, .5))), ratio(float64(p(att.lat, .99)), float64(p(quiet, .99))), ""},
	})
	return nil
}

// shutdownStuck sends SIGTERM to a server with stuck connections open.
func shutdownStuck(r *report, bin string) error {
	const grace = 3 * time.Second
	s, err := serve(bin, "-shutdown-grace", grace.String(), "-body-timeout", "1m", "-write-stall", "1m")
	if err != nil {
		return err
	}
	b, u, o := attack(strings.TrimPrefix(s.url, "http://"), 50, 20, 30)
	defer closeAll(b, u, o)
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	s.cmd.Process.Signal(syscall.SIGTERM)
	err = s.cmd.Wait()
	took := time.Since(start)
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	}
	fmt.Fprintf(r, "\n### SIGTERM with 100 stuck connections open (`-shutdown-grace %s`)\n\n", grace)
	table(r, []string{"", "measured", "bound"}, [][]string{
		{"time from SIGTERM to exit", fmt.Sprintf("%.1f s", took.Seconds()), "the grace period, " + grace.String()},
		{"exit status", fmt.Sprint(code), "0"},
	})
	return nil
}

// fileLimitFlood floods a server whose hard file limit is 512 from 20
// addresses.
func fileLimitFlood(r *report, bin string) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command("sh", "-c", `ulimit -Sn 200 && ulimit -Hn 512 && exec "$0" "$@"`, bin, "-addr", addr)
	var log safeBuffer
	cmd.Stderr = &log
	if err := cmd.Start(); err != nil {
		return err
	}
	s := &served{cmd: cmd, url: "http://" + addr}
	defer s.stop()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(s.url + "/healthz"); err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			return errors.New("the server under a file limit did not start")
		}
	}
	var flood []net.Conn
	refused := 0
	for a := range 20 {
		for range 30 {
			c, err := dialFrom(fmt.Sprintf("127.0.0.%d", 10+a), addr)
			if err != nil {
				refused++
				continue
			}
			flood = append(flood, c)
		}
	}
	time.Sleep(300 * time.Millisecond) // the server accepts (and resets) what waits in its backlog
	held := established(flood)
	refused += len(flood) - held
	closeAll(flood)
	served := false
	for deadline := time.Now().Add(5 * time.Second); !served && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(s.url + "/healthz"); err == nil {
			res.Body.Close()
			served = res.StatusCode == http.StatusOK
		}
	}
	total := "?"
	if i := strings.Index(log.String(), "conns_total="); i >= 0 {
		total = strings.Fields(log.String()[i+len("conns_total="):])[0]
	}
	fmt.Fprintf(r, "\n### A flood under a file limit (soft 200, hard 512)\n\n600 connections from 20 addresses, 30 each (under the per-address cap).\n\n")
	table(r, []string{"", "measured"}, [][]string{
		{"connections allowed in all (the raised limit less the reserve of 128)", total},
		{"held during the flood", fmt.Sprint(held)},
		{"refused", fmt.Sprint(refused)},
		{"\"too many open files\" in the log", fmt.Sprint(strings.Count(log.String(), "too many open files"))},
		{"served once the flood ended", fmt.Sprint(served)},
	})
	return nil
}

// safeBuffer is a bytes.Buffer a process may write while it is read.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
