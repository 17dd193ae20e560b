// Command wasmsize attributes the code of a wasm binary built without -s
// to Go packages, from its name section, to see what the bytes of
// app.wasm are made of.
//
//	GOOS=js GOARCH=wasm go build -o /tmp/app.wasm ./wasm
//	go run ./internal/cmd/wasmsize /tmp/app.wasm
//	go run ./internal/cmd/wasmsize -funcs netprimer_app_ui_lesson /tmp/app.wasm
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	funcs := flag.String("funcs", "", "also list the largest functions whose names start with this prefix")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-funcs prefix] file.wasm")
		os.Exit(2)
	}
	b, err := os.ReadFile(flag.Arg(0))
	if err == nil {
		err = report(b, *funcs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func report(b []byte, funcs string) error {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return errors.New("not a wasm module")
	}
	r := bytes.NewReader(b[8:])
	var imports int
	var bodies []int
	names := map[int]string{}
	var data int
	for r.Len() > 0 {
		id, _ := r.ReadByte()
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return err
		}
		sec := make([]byte, size)
		if _, err := r.Read(sec); err != nil {
			return err
		}
		s := bytes.NewReader(sec)
		switch id {
		case 2: // imports: functions among them come first in the index space
			n, _ := binary.ReadUvarint(s)
			for i := uint64(0); i < n; i++ {
				skipName(s)
				skipName(s)
				kind, _ := s.ReadByte()
				switch kind {
				case 0:
					binary.ReadUvarint(s)
					imports++
				case 1:
					s.ReadByte()
					skipLimits(s)
				case 2:
					skipLimits(s)
				case 3:
					s.ReadByte()
					s.ReadByte()
				}
			}
		case 10: // code
			n, _ := binary.ReadUvarint(s)
			for i := uint64(0); i < n; i++ {
				sz, _ := binary.ReadUvarint(s)
				bodies = append(bodies, int(sz))
				s.Seek(int64(sz), 1)
			}
		case 11:
			data = int(size)
		case 0:
			name := readName(s)
			if name != "name" {
				continue
			}
			for s.Len() > 0 {
				sub, _ := s.ReadByte()
				sz, _ := binary.ReadUvarint(s)
				if sub != 1 {
					s.Seek(int64(sz), 1)
					continue
				}
				n, _ := binary.ReadUvarint(s)
				for i := uint64(0); i < n; i++ {
					idx, _ := binary.ReadUvarint(s)
					names[int(idx)] = readName(s)
				}
			}
		}
	}
	byPkg := map[string]int{}
	total := 0
	for i, sz := range bodies {
		byPkg[pkgOf(names[imports+i])] += sz
		total += sz
	}
	type row struct {
		pkg  string
		size int
	}
	var rows []row
	for p, s := range byPkg {
		rows = append(rows, row{p, s})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	fmt.Printf("code %d bytes, data %d bytes\n", total, data)
	for _, r := range rows[:min(len(rows), 60)] {
		fmt.Printf("%9d  %s\n", r.size, r.pkg)
	}
	if funcs == "" {
		return nil
	}
	var fns []row
	for i, sz := range bodies {
		if name := names[imports+i]; strings.HasPrefix(name, funcs) {
			fns = append(fns, row{name, sz})
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].size > fns[j].size })
	fmt.Printf("\nfunctions of %s:\n", funcs)
	for _, r := range fns[:min(len(fns), 80)] {
		fmt.Printf("%9d  %s\n", r.size, r.pkg)
	}
	return nil
}

// pkgOf returns the package of a Go symbol name such as
// "netprimer/app/netcalc.ParseAddr" or "strings.(*Builder).Grow".
func pkgOf(name string) string {
	slash := strings.LastIndexByte(name, '/')
	if dot := strings.IndexByte(name[slash+1:], '.'); dot >= 0 {
		return name[:slash+1+dot]
	}
	return name
}

func readName(r *bytes.Reader) string {
	n, _ := binary.ReadUvarint(r)
	b := make([]byte, n)
	r.Read(b)
	return string(b)
}

func skipName(r *bytes.Reader) { n, _ := binary.ReadUvarint(r); r.Seek(int64(n), 1) }

func skipLimits(r *bytes.Reader) {
	flag, _ := r.ReadByte()
	binary.ReadUvarint(r)
	if flag&1 != 0 {
		binary.ReadUvarint(r)
	}
}
