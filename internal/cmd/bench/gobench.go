package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// goBenchmarks runs the benchmarks of the pure packages (time and
// allocations per operation) and adds their lines to the report.
func goBenchmarks(r *report) error {
	var out bytes.Buffer
	for _, args := range [][]string{
		{"-bench=.", "./app/netcalc", "./app/wire", "./app/netstat", "./app/pyrepl", "./app/lab/task"},
		// The practice engine: an item generated and checked, one skill
		// after the other (its per-skill benchmark is for a closer look).
		{"-bench=^Benchmark(Item|Check|Hub)$", "./app/practice"},
	} {
		cmd := exec.Command("go", append([]string{"test", "-run=^$", "-benchmem", "-benchtime=200ms", "-count=1"}, args...)...)
		cmd.Stdout = &out
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go test -bench: %w\n%s", err, out.String())
		}
	}
	r.section("Pure calculations (go test -bench, native)")
	var rows [][]string
	pkg := ""
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "pkg:":
			pkg = strings.TrimPrefix(f[1], "netprimer/app/")
		case strings.HasPrefix(f[0], "Benchmark") && len(f) > 2:
			name := strings.TrimPrefix(f[0], "Benchmark")
			if i := strings.LastIndexByte(name, '-'); i > 0 {
				name = name[:i]
			}
			// Values come before their units; benchmarks may report
			// units of their own between the standard ones.
			unit := map[string]string{}
			for i := 2; i+1 < len(f); i += 2 {
				unit[f[i+1]] = f[i]
			}
			rows = append(rows, []string{pkg, name, unit["ns/op"] + " ns", unit["B/op"] + " B", unit["allocs/op"]})
		}
	}
	table(r, []string{"package", "benchmark", "time/op", "bytes/op", "allocs/op"}, rows)
	return nil
}

// lookups runs the lookup API's load benchmark and adds its report.
func lookups(r *report) error {
	cmd := exec.Command("go", "run", "./internal/cmd/lookupbench")
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("lookupbench: %w", err)
	}
	r.section("Lookup API under load (loopback)")
	fmt.Fprintf(r, "```\n%s```\n", out.String())
	return nil
}

// labs runs the socket lab's benchmark and adds its report.
func labs(r *report) error {
	cmd := exec.Command("go", "run", "./internal/cmd/labbench")
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("labbench: %w", err)
	}
	r.section("Socket lab (loopback)")
	fmt.Fprintf(r, "```\n%s```\n", out.String())
	return nil
}

// classrooms runs the classroom's benchmark and adds its report.
func classrooms(r *report, bin string) error {
	cmd := exec.Command("go", "run", "./internal/cmd/classbench", "-bin", bin)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("classbench: %w", err)
	}
	r.section("Classroom: 500 students answering at once (loopback)")
	fmt.Fprintf(r, "```\n%s```\n", out.String())
	return nil
}
