package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"netprimer/internal/compress"
)

// Budget of the whole app (issue: the foundation).
const (
	budgetRaw    = 8_000_000
	budgetBrotli = 1_600_000
)

// sizes builds the bare go-app app into helloDir, next to copies of the
// app's style sheets and icons so that the same binary can serve it, and
// reports both wasm files raw, brotli and gzip. The hello app is built
// as the Makefile builds app.wasm, inlining off in the same packages.
func sizes(r *report, helloDir string, noinline []string) error {
	if err := os.MkdirAll(helloDir, 0o755); err != nil {
		return err
	}
	hello := filepath.Join(helloDir, "app.wasm")
	args := []string{"build", "-trimpath", "-ldflags=-s -w"}
	for _, p := range noinline {
		args = append(args, "-gcflags="+p+"=-l")
	}
	cmd := exec.Command("go", append(args, "-o", hello, "./internal/bench/hello")...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building the hello app: %w", err)
	}
	entries, err := os.ReadDir("web")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".css" || filepath.Ext(e.Name()) == ".png" || filepath.Ext(e.Name()) == ".svg" {
			b, err := os.ReadFile(filepath.Join("web", e.Name()))
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(helloDir, e.Name()), b, 0o644); err != nil {
				return err
			}
		}
	}
	type wasm struct{ raw, br, gz int }
	measure := func(path string, write bool) (wasm, error) {
		raw, err := os.ReadFile(path)
		if err != nil {
			return wasm{}, err
		}
		br, gz, err := compress.Both(raw)
		if err != nil {
			return wasm{}, err
		}
		if write {
			if err := os.WriteFile(path+".br", br, 0o644); err != nil {
				return wasm{}, err
			}
			if err := os.WriteFile(path+".gz", gz, 0o644); err != nil {
				return wasm{}, err
			}
		}
		return wasm{len(raw), len(br), len(gz)}, nil
	}
	h, err := measure(hello, true)
	if err != nil {
		return err
	}
	a, err := measure(filepath.Join("web", "app.wasm"), false)
	if err != nil {
		return fmt.Errorf("%w (run make build first)", err)
	}
	verdict := func(n, budget int) string {
		if n <= budget {
			return fmt.Sprintf("within %s", kb(budget))
		}
		return fmt.Sprintf("**over %s**", kb(budget))
	}
	r.section("app.wasm size")
	table(r, []string{"", "raw", "brotli", "gzip"}, [][]string{
		{"bare go-app hello (baseline)", kb(h.raw), kb(h.br), kb(h.gz)},
		{"Netprimer app.wasm", kb(a.raw), kb(a.br), kb(a.gz)},
		{"ratio to baseline", ratio(float64(a.raw), float64(h.raw)), ratio(float64(a.br), float64(h.br)), ratio(float64(a.gz), float64(h.gz))},
		{"Netprimer beyond go-app", kb(a.raw - h.raw), kb(a.br - h.br), kb(a.gz - h.gz)},
		{"budget (whole app)", verdict(a.raw, budgetRaw), verdict(a.br, budgetBrotli), "—"},
	})
	return nil
}
