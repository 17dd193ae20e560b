// Command classbench measures the classroom on loopback: students
// answering at once, against a real SQLite database in a temporary
// directory, next to a bare net/http handler measured in the same run
// under the same load; and the time to compute and encode the teacher's
// grid. `make bench` runs it.
//
//	go run ./internal/cmd/classbench -students 500
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"sync"
	"time"

	"netprimer/app/api"
	"netprimer/app/classroom"
	"netprimer/internal/classclient"
)

func main() {
	students := flag.Int("students", 500, "students answering at once")
	items := flag.Int("items", 20, "items of the assignment: each student answers each once")
	bin := flag.String("bin", "", "the netprimer binary: also measure the grid in headless Chromium")
	before := flag.String("before", "", "with -bin: another build of netprimer to measure the grid of in the same run, the baseline of the ratio")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the classroom's load to `file`")
	flag.Parse()
	cpuProfile = *profile
	if err := run(*students, *items); err != nil {
		fmt.Fprintln(os.Stderr, "classbench:", err)
		os.Exit(1)
	}
	if *bin != "" {
		var was time.Duration
		if *before != "" {
			d, err := browserGrid("the build before", *before, *students, *items)
			if err != nil {
				fmt.Fprintln(os.Stderr, "classbench:", err)
				os.Exit(1)
			}
			was = d
		}
		d, err := browserGrid("this build", *bin, *students, *items)
		if err != nil {
			fmt.Fprintln(os.Stderr, "classbench:", err)
			os.Exit(1)
		}
		if was > 0 {
			fmt.Printf("the grid's fetch and render: %s against %s before, %.2f×\n", d.Round(time.Millisecond), was.Round(time.Millisecond), float64(d)/float64(was))
		}
	}
}

var cpuProfile string

type result struct {
	n         int
	wall      time.Duration
	latencies []time.Duration
	failed    int
}

func (r result) perSecond() float64 { return float64(r.n) / r.wall.Seconds() }

func (r result) pct(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	return r.latencies[min(len(r.latencies)-1, int(p*float64(len(r.latencies))))]
}

func run(students, items int) error {
	dir, err := os.MkdirTemp("", "classbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	s, err := classroom.Open(filepath.Join(dir, classroom.DBFile), 0)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	now := time.Now()
	a, err := classroom.ValidAssignment(api.NewAssignment{Title: "bench", Skills: []string{"ipaddress.broadcast", "ipaddress.netmask", "byteorder.htons"}, Items: items, Level: 2})
	if err != nil {
		return err
	}
	if a, err = s.Create(ctx, a, now); err != nil {
		return err
	}
	tokens := make([]string, students)
	for i := range tokens {
		if _, tokens[i], err = s.Join(ctx, a.Code, fmt.Sprint(20260000+i), fmt.Sprint("학생 ", i), now); err != nil {
			return err
		}
	}
	cfg := classroom.Config{MaxMB: 1024, JoinRate: 1e6, AnswerRate: 1e6, RequestRate: 1e6}
	class := classroom.NewHandler(s, cfg)
	bare := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"id":"x","item":1,"verdict":"right","diagnosis":"","late":false}`+"\n")
	})
	path := api.StudentPath(a.Code, "answers")
	// A burst: every student sends one answer at the same moment.
	bareBurst, err := load(bare, path, tokens, 1, "bare-burst")
	if err != nil {
		return err
	}
	classBurst, err := load(class, path, tokens, 1, "burst")
	if err != nil {
		return err
	}
	bareRes, err := load(bare, path, tokens, items, "bare")
	if err != nil {
		return err
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		pprof.StartCPUProfile(f)
		defer f.Close()
	}
	classRes, err := load(class, path, tokens, items, "class")
	pprof.StopCPUProfile()
	if err != nil {
		return err
	}
	if classRes.failed+classBurst.failed > 0 {
		return fmt.Errorf("%d answers not acknowledged", classRes.failed+classBurst.failed)
	}
	res, err := s.Results(ctx, a.Code)
	if err != nil {
		return err
	}
	if int(res.Answers) != students*(items+1) {
		return fmt.Errorf("%d answers stored, %d sent", res.Answers, students*(items+1))
	}

	fmt.Printf("%d students on loopback, each answer acknowledged after its commit (WAL, synchronous=FULL); the clients run in the same process:\n\n", students)
	fmt.Printf("%-44s %10s %10s %10s\n", "", "answers/s", "p50", "p99")
	for _, r := range []struct {
		name string
		r    result
	}{
		{"burst, one answer each: bare net/http", bareBurst}, {"burst, one answer each: classroom", classBurst},
		{fmt.Sprintf("%d answers each, at once: bare net/http", items), bareRes}, {fmt.Sprintf("%d answers each, at once: classroom", items), classRes},
	} {
		fmt.Printf("%-44s %10.0f %10s %10s\n", r.name, r.r.perSecond(), r.r.pct(0.5).Round(10*time.Microsecond), r.r.pct(0.99).Round(10*time.Microsecond))
	}
	fmt.Printf("\nsustained: %.1f%% of the bare handler's throughput (goal ≥ 25%%), p99 %s = %.2f× the bare handler's; burst p99 %s = %.2f× the bare handler's (goal ≤ 50 ms)\n",
		100*classRes.perSecond()/bareRes.perSecond(), classRes.pct(0.99).Round(100*time.Microsecond), float64(classRes.pct(0.99))/float64(bareRes.pct(0.99)),
		classBurst.pct(0.99).Round(100*time.Microsecond), float64(classBurst.pct(0.99))/float64(bareBurst.pct(0.99)))

	// The grid: read, computed and encoded as GET …/results does.
	var times []time.Duration
	var size int
	for i := 0; i < 7; i++ {
		t0 := time.Now()
		res, err := s.Results(ctx, a.Code)
		if err != nil {
			return err
		}
		b, _ := json.Marshal(res)
		times = append(times, time.Since(t0))
		size = len(b)
	}
	slices.Sort(times)
	var csv bytes.Buffer
	t0 := time.Now()
	classroom.WriteCSV(&csv, res)
	csvTime := time.Since(t0)
	fmt.Printf("\ngrid of %d students × %d items on the server: results read and encoded in %s (median of 7, %d KB of JSON); CSV written in %s\n",
		students, items, times[len(times)/2].Round(100*time.Microsecond), size/1000, csvTime.Round(100*time.Microsecond))
	return nil
}

// load serves h on loopback and has every student send one answer to each
// item, all students at once, each waiting for the answer before the next.
func load(h http.Handler, path string, tokens []string, items int, tag string) (result, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return result{}, err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: len(tokens), MaxIdleConnsPerHost: len(tokens), MaxConnsPerHost: len(tokens)}, Timeout: 60 * time.Second}
	var mu sync.Mutex
	var res result
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, tok := range tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for n := 1; n <= items; n++ {
				req := classclient.Request("POST", base, path, &http.Cookie{Name: classroom.StudentCookie, Value: tok},
					api.Answer{ID: fmt.Sprintf("%s-%d-%d", tag, i, n), Item: n, Answer: "10.0.0.255"})
				t0 := time.Now()
				r, err := client.Do(req)
				d := time.Since(t0)
				ok := err == nil && r.StatusCode == http.StatusCreated
				if err == nil {
					io.Copy(io.Discard, r.Body)
					r.Body.Close()
				}
				mu.Lock()
				res.latencies = append(res.latencies, d)
				if !ok {
					res.failed++
				}
				mu.Unlock()
			}
		}()
	}
	t0 := time.Now()
	close(start)
	wg.Wait()
	res.wall = time.Since(t0)
	res.n = len(tokens) * items
	slices.Sort(res.latencies)
	return res, nil
}
