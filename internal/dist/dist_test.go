//go:build dist

// Package dist checks the release binaries that make dist writes. Run it
// with `make dist-check` (or `make test`), which builds them and passes
// their directory.
package dist

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var dir = flag.String("dir", "", "the directory make dist wrote (make dist-check passes it)")

// binaries are the release's files, with the ELF machine each is for and
// whether it is linked with the C library (cgo).
var binaries = []struct {
	name    string
	machine elf.Machine
	libc    bool
}{
	{"netprimer-linux-amd64", elf.EM_X86_64, true},
	{"netprimer-linux-arm64", elf.EM_AARCH64, false},
}

func TestDist(t *testing.T) {
	if *dir == "" {
		t.Fatal("no -dir: run `make dist-check`, which builds the release and passes its directory")
	}
	sums := readSums(t)
	var names []string
	for name := range sums {
		names = append(names, name)
	}
	slices.Sort(names)
	if want := []string{binaries[0].name, binaries[1].name}; !slices.Equal(names, want) {
		t.Errorf("SHA256SUMS lists %q, want %q", names, want)
	}
	// The embedded app.wasm.br is the one make built.
	wasm, err := os.ReadFile("../../web/app.wasm.br")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range binaries {
		t.Run(b.name, func(t *testing.T) {
			path := filepath.Join(*dir, b.name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != sums[b.name] {
				t.Errorf("its SHA-256 is not the one SHA256SUMS lists")
			}
			f, err := elf.NewFile(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if f.Class != elf.ELFCLASS64 || f.Machine != b.machine || f.OSABI != elf.ELFOSABI_NONE && f.OSABI != elf.ELFOSABI_LINUX {
				t.Errorf("ELF %v %v %v, want ELFCLASS64 %v for Linux", f.Class, f.Machine, f.OSABI, b.machine)
			}
			interp := false
			for _, p := range f.Progs {
				interp = interp || p.Type == elf.PT_INTERP
			}
			libs, _ := f.ImportedLibraries()
			if libc := interp && slices.Contains(libs, "libc.so.6"); libc != b.libc {
				t.Errorf("linked with the C library: %v (interpreter %v, libraries %q), want %v", libc, interp, libs, b.libc)
			}
			if !bytes.Contains(data, wasm[:min(len(wasm), 64<<10)]) {
				t.Error("the web files are not embedded: app.wasm.br is not in it")
			}
		})
	}
}

// readSums reads SHA256SUMS as sha256sum writes it: a hex digest, two
// spaces, a name.
func readSums(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(*dir, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sums := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			t.Fatalf("SHA256SUMS: %q is not a sha256sum line", sc.Text())
		}
		sums[name] = sum
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sums
}
