// Command bench measures Netprimer and writes the report of `make bench`:
// the size of app.wasm raw and on the wire next to a bare go-app "hello"
// built in the same run, the time from navigation to the wasm-rendered
// page in headless Chromium (first and repeat visit, next to the hello app
// served by the same binary), the keystroke in /ipaddress and the answer's
// verdict in /practice next to the hello app's input echo (practice.go),
// the benchmarks of the pure packages, the
// lookup API under load next to a bare net/http handler, the server's
// defences against slow and hostile clients (hardening.go), and the
// socket lab's latency and connection rate next to bare Go TCP, and the
// classroom's answers under load next to a bare net/http handler.
// Figures are medians, and ratios against the baseline of the same run:
// the machines are shared and noisy.
//
//	go run ./internal/cmd/bench -bin bin/netprimer -out bench-out
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	bin := flag.String("bin", "bin/netprimer", "the netprimer binary to measure")
	out := flag.String("out", "bench-out", "directory of the report")
	runs := flag.Int("runs", 5, "page loads per measurement")
	noinline := flag.String("noinline", "", "space-separated packages app.wasm is built with inlining off in (the Makefile's WASM_NOINLINE)")
	only := flag.String("only", "", "comma-separated sections to measure besides size, which builds the baseline: load, typing, practice, go, lookup, hardening, lab, classroom; all when empty")
	flag.Parse()
	if err := run(*bin, *out, *runs, strings.Fields(*noinline), *only); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// report collects the sections of the report in order.
type report struct{ bytes.Buffer }

func (r *report) section(title string) { fmt.Fprintf(r, "\n## %s\n\n", title) }

func run(bin, outDir string, runs int, noinline []string, only string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "netprimer-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	var r report
	fmt.Fprintf(&r, "# Netprimer benchmark report\n\n%s, %d page loads per figure (medians).\n", time.Now().UTC().Format("2006-01-02 15:04 MST"), runs)

	// The size section builds the hello baseline the page sections serve.
	helloDir := filepath.Join(work, "hello-web")
	sections := []struct {
		name string
		do   func() error
	}{
		{"size", func() error { return sizes(&r, helloDir, noinline) }},
		{"load", func() error { return loads(&r, bin, helloDir, runs) }},
		{"typing", func() error { return typing(&r, bin, helloDir, runs) }},
		{"practice", func() error { return practiceSubmits(&r, bin, helloDir, runs) }},
		{"go", func() error { return goBenchmarks(&r) }},
		{"lookup", func() error { return lookups(&r) }},
		{"hardening", func() error { return hardening(&r, bin) }},
		{"lab", func() error { return labs(&r) }},
		{"classroom", func() error { return classrooms(&r, bin) }},
	}
	want := strings.Split(only, ",")
	for i, s := range sections {
		if only != "" && i > 0 && !slices.Contains(want, s.name) {
			continue
		}
		if err := s.do(); err != nil {
			return err
		}
	}

	path := filepath.Join(outDir, "report.md")
	if err := os.WriteFile(path, r.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Print(r.String())
	fmt.Fprintln(os.Stderr, "bench: report written to", path)
	return nil
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }

func ratio(a, b float64) string { return fmt.Sprintf("%.2f×", a/b) }

func table(r *report, head []string, rows [][]string) {
	fmt.Fprintf(r, "| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat(" --- |", len(head)))
	for _, row := range rows {
		fmt.Fprintf(r, "| %s |\n", strings.Join(row, " | "))
	}
}
