//go:build !js

package practice

import (
	"encoding/json"
	"strconv"
	"testing"

	"netprimer/internal/pyoracle"
)

// rngProgram is the item generator's random source written again in
// Python from its description in rand.go: FNV-1a over the skill ID, a
// zero byte, the seed's four bytes and the level's byte; splitmix64; and
// remainders with the biased draws drawn again.
const rngProgram = `
import json, sys
M = (1 << 64) - 1

def fnv(h, data):
    for b in data:
        h = ((h ^ b) * 1099511628211) & M
    return h

def mix(z):
    z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M
    z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M
    return z ^ (z >> 31)

class RNG:
    def __init__(self, skill, seed, level):
        h = fnv(14695981039346656037, skill.encode() + b"\0" + seed.to_bytes(4, "big") + bytes([level]))
        self.s = h
    def next(self):
        self.s = (self.s + 0x9e3779b97f4a7c15) & M
        return mix(self.s)
    def intn(self, n):
        threshold = (1 << 64) % n
        while True:
            x = self.next()
            if x >= threshold:
                return x % n

def seed_of(parts):
    h = 14695981039346656037
    for p in parts:
        h = fnv(h, p.encode() + b"\0")
    return mix(h) >> 32

for line in sys.stdin:
    req = json.loads(line)
    if "parts" in req:
        print(json.dumps(seed_of(req["parts"])), flush=True)
        continue
    r = RNG(req["skill"], req["seed"], req["level"])
    out = [str(r.next()) for _ in range(4)] + [r.intn(n) for n in req["ns"]]
    print(json.dumps(out), flush=True)
`

// TestRNGMatchesItsDescription checks the generator's draws, and
// SeedOf, against a Python implementation written from their
// documentation: the same description gives the same items anywhere.
func TestRNGMatchesItsDescription(t *testing.T) {
	o := pyoracle.Start(t, rngProgram)
	ns := []int{1, 2, 3, 7, 10, 255, 256, 1000, 65536, 1 << 40, 3<<61 + 1}
	type rngReq struct {
		Skill string `json:"skill"`
		Seed  uint32 `json:"seed"`
		Level int    `json:"level"`
		NS    []int  `json:"ns"`
	}
	cases := []rngReq{
		{"ipaddress.broadcast", 0, 1, ns}, {"ipaddress.broadcast", 1, 1, ns}, {"ipaddress.broadcast", 0, 2, ns},
		{"packing.lenient", 4294967295, 3, ns}, {"", 0, 0, ns}, {"ports.service", 123456789, 2, ns},
	}
	var reqs []any
	for _, c := range cases {
		reqs = append(reqs, c)
	}
	seedParts := [][]string{{}, {""}, {"A1B2", "20231234", "1"}, {"A1B2", "20231234", "2"}, {"학번", "김민준"}}
	for _, p := range seedParts {
		reqs = append(reqs, map[string]any{"parts": p})
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		if i >= len(cases) {
			var want uint32
			if err := json.Unmarshal(line, &want); err != nil {
				return err
			}
			if got := SeedOf(seedParts[i-len(cases)]...); got != want {
				t.Errorf("SeedOf(%q) = %d; Python says %d", seedParts[i-len(cases)], got, want)
			}
			return nil
		}
		var want []json.RawMessage
		if err := json.Unmarshal(line, &want); err != nil {
			return err
		}
		c := cases[i]
		r := newRNG(c.Skill, c.Seed, c.Level)
		var got []string
		for range 4 {
			got = append(got, strconv.Quote(strconv.FormatUint(r.next(), 10)))
		}
		for _, n := range c.NS {
			v, _ := json.Marshal(r.intn(n))
			got = append(got, string(v))
		}
		for j := range want {
			if string(want[j]) != got[j] {
				t.Errorf("%+v: draw %d is %s; Python says %s", c, j, got[j], want[j])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
