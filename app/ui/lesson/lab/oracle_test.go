//go:build !js

package lab

import (
	"bytes"
	"encoding/hex"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// labOracle reads bytes as the page says it reads them, with CPython:
// struct.unpack in both byte orders, inet_ntoa, and the UTF-8 decoder
// with errors='replace', each answer as Python's repr. It knows nothing
// of the Go code: the expressions are written here again from the page.
const labOracle = `
import socket, struct

def answer(req):
    data = bytes.fromhex(req["hex"])
    out = []
    def at(n):
        return "data" if len(data) == n else "data[:%d]" % n
    if len(data) >= 2:
        out.append(["struct.unpack('!H', %s)" % at(2), repr(struct.unpack('!H', data[:2]))])
        out.append(["struct.unpack('<H', %s)" % at(2), repr(struct.unpack('<H', data[:2]))])
    if len(data) >= 4:
        out.append(["struct.unpack('!I', %s)" % at(4), repr(struct.unpack('!I', data[:4]))])
        out.append(["struct.unpack('<I', %s)" % at(4), repr(struct.unpack('<I', data[:4]))])
        out.append(["socket.inet_ntoa(%s)" % at(4), repr(socket.inet_ntoa(data[:4]))])
    out.append(["data.decode('utf-8', 'replace')", repr(data.decode('utf-8', 'replace'))])
    return out
`

func randomBytes(r *rand.Rand) []byte {
	b := make([]byte, r.IntN(70))
	for i := range b {
		switch r.IntN(4) {
		case 0:
			b[i] = byte(0x80 + r.IntN(0x80)) // high bytes: UTF-8's edges
		case 1:
			b[i] = byte(0x20 + r.IntN(0x5f)) // ASCII
		case 2:
			if i > 0 {
				b[i] = b[i-1] // runs, for the squeeze
			}
		default:
			b[i] = byte(r.IntN(256))
		}
	}
	return b
}

func TestReadingsAgainstCPython(t *testing.T) {
	o := pyoracle.Serve(t, labOracle)
	r := rand.New(rand.NewPCG(14, 2))
	cases := append([][]byte(nil), byteCases...)
	for range 3000 {
		cases = append(cases, randomBytes(r))
	}
	reqs := make([]any, len(cases))
	for i, b := range cases {
		reqs[i] = map[string]string{"hex": hex.EncodeToString(b)}
	}
	got := pyoracle.AskEach[[][2]string](t, o, reqs)
	for i, b := range cases {
		mine := readings(b)
		if len(mine) != len(got[i]) {
			t.Errorf("%x: %d readings; CPython has %d", b, len(mine), len(got[i]))
			continue
		}
		for j, want := range got[i] {
			if mine[j].expr != want[0] || mine[j].val != want[1] {
				t.Errorf("%x: %s = %s; CPython: %s = %s", b, mine[j].expr, mine[j].val, want[0], want[1])
			}
		}
	}
}

// TestHexdumpAgainstHexdumpC checks hexdumpC against the real
// `hexdump -C` (util-linux or BSD), over the cases and random bytes.
func TestHexdumpAgainstHexdumpC(t *testing.T) {
	path, err := exec.LookPath("hexdump")
	if err != nil {
		t.Fatal("hexdump is not installed (Debian: bsdextrautils): the oracle of hexdumpC must run")
	}
	r := rand.New(rand.NewPCG(14, 3))
	cases := append([][]byte(nil), byteCases...)
	for range 200 {
		cases = append(cases, randomBytes(r))
	}
	big := make([]byte, 5000)
	for i := range big {
		big[i] = byte(i / 40)
	}
	cases = append(cases, big)
	for _, b := range cases {
		cmd := exec.Command(path, "-C")
		cmd.Stdin = bytes.NewReader(b)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("hexdump -C: %v", err)
		}
		want := strings.TrimSuffix(string(out), "\n")
		if got := hexdumpC(b); got != want {
			t.Errorf("%x:\n%s\nhexdump -C:\n%s", b, got, want)
		}
	}
}
