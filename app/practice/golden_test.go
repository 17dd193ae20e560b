package practice

import (
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/items.golden")

// TestItemsStayTheSame pins a few items of every skill: an instructor's
// link (skill, seed, level) must open the same item after any change to
// the code, so a generator that draws differently fails here. Their
// answers are CPython's: TestItemsMatchCPython covers seeds 0 to 999, and
// the other seeds of this file are drawn the same way. A deliberate
// change of items rewrites the file with -update, and says so in its
// commit.
func TestItemsStayTheSame(t *testing.T) {
	var b strings.Builder
	for _, sk := range Skills() {
		for _, seed := range []uint32{0, 1, 2, 12345, 4294967295} {
			for level := MinLevel; level <= MaxLevel; level++ {
				it, _ := New(sk.ID, seed, level)
				b.WriteString(sk.ID + " " + strconv.FormatUint(uint64(seed), 10) + " " + strconv.Itoa(level) + " " + it.Given() + " -> " + it.Solution().Answer + "\n")
			}
		}
	}
	const path = "testdata/items.golden"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(b.String(), "\n")
	for i, w := range strings.Split(string(want), "\n") {
		if i >= len(got) || got[i] != w {
			g := ""
			if i < len(got) {
				g = got[i]
			}
			t.Errorf("item %d changed:\n was %s\n now %s", i+1, w, g)
		}
	}
	if len(got) != len(strings.Split(string(want), "\n")) {
		t.Errorf("%d items; the file has %d", len(got), len(strings.Split(string(want), "\n")))
	}
}
