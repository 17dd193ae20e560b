// Command precompress writes the brotli (.br) and gzip (.gz) forms of the
// files it is given, at their best compression, so that the server sends
// app.wasm compressed without compressing it per request.
//
//	go run ./internal/cmd/precompress web/app.wasm
package main

import (
	"fmt"
	"os"

	"netprimer/internal/compress"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress file...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		raw, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
		br, gz, err := compress.Both(raw)
		if err == nil {
			err = os.WriteFile(name+".br", br, 0o644)
		}
		if err == nil {
			err = os.WriteFile(name+".gz", gz, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d bytes, brotli %d, gzip %d\n", name, len(raw), len(br), len(gz))
	}
}
