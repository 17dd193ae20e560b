//go:build !js

// Package pyoracle runs CPython as the oracle of differential tests, the
// one way the project's tests ask python3: one process per test answers
// many cases, one JSON value per line (Start, Serve), replays transcripts
// (Replayer), or runs a whole program once (Run).
package pyoracle

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

// Oracle is a running python3 program that reads one JSON request per line
// on stdin and writes one JSON response per line on stdout.
type Oracle struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
	mu  sync.Mutex
}

// Start runs program (Python source) in python3 and stops it when the test
// ends. A missing python3 fails the test with the install hint: a
// differential test that cannot ask its oracle must not pass.
func Start(t testing.TB, program string) *Oracle {
	t.Helper()
	cmd := exec.Command(python3(t), "-X", "utf8", "-c", program)
	cmd.Env = append(cmd.Environ(), pythonEnv...)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting python3: %v", err)
	}
	o := &Oracle{cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<20)}
	t.Cleanup(func() {
		in.Close()
		if err := cmd.Wait(); err != nil {
			t.Errorf("python3 oracle: %v\n%s", err, stderr.String())
		}
	})
	return o
}

// pythonEnv makes every run of python3 alike: UTF-8 on its pipes, and the
// same hash seed (the order of a set it prints).
var pythonEnv = []string{"PYTHONIOENCODING=utf-8", "PYTHONHASHSEED=0"}

// python3 returns the path of python3, or fails the test with the install
// hint: a differential test that cannot ask its oracle must not pass.
func python3(t testing.TB) string {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Fatalf("python3 is the oracle of this test and is missing: install it (apt-get install -y python3): %v", err)
	}
	return path
}

// Ask sends one request and decodes the answer into resp.
func (o *Oracle) Ask(t testing.TB, req, resp any) {
	t.Helper()
	if err := o.AskAll([]any{req}, func(_ int, line []byte) error {
		return json.Unmarshal(line, resp)
	}); err != nil {
		t.Fatal(err)
	}
}

// AskAll sends every request, writing while it reads so that neither pipe
// fills up, and hands each answer line to got in order.
func (o *Oracle) AskAll(reqs []any, got func(i int, line []byte) error) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	werr := make(chan error, 1)
	go func() {
		w := bufio.NewWriter(o.in)
		enc := json.NewEncoder(w)
		for _, r := range reqs {
			if err := enc.Encode(r); err != nil {
				werr <- fmt.Errorf("writing to python3: %w", err)
				return
			}
		}
		werr <- w.Flush()
	}()
	for i := range reqs {
		line, err := o.out.ReadBytes('\n')
		if err != nil {
			return fmt.Errorf("reading answer %d of %d from python3: %w", i+1, len(reqs), err)
		}
		if err := got(i, line); err != nil {
			return fmt.Errorf("answer %d (%s): %w", i+1, strings.TrimSpace(string(line)), err)
		}
	}
	return <-werr
}

// AskEach sends every request and decodes each answer into a T, in order.
func AskEach[T any](t testing.TB, o *Oracle, reqs []any) []T {
	t.Helper()
	out := make([]T, len(reqs))
	if err := o.AskAll(reqs, func(i int, line []byte) error { return json.Unmarshal(line, &out[i]) }); err != nil {
		t.Fatal(err)
	}
	return out
}
