package class

import (
	"fmt"
	"strings"
	"testing"
)

func TestFindRows(t *testing.T) {
	rows := parseRows([]string{
		"20260001\tKim Minji\t50\t1\t1\tO.",
		"20260002\t<img src=x>\t0\t1\t0\tX.",
		"20261001\t이서준\t100\t2\t2\tOO",
	}, nil)
	ids := func(rs []gridRow) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.id)
		}
		return strings.Join(s, " ")
	}
	for q, want := range map[string]string{
		"":         "20260001 20260002 20261001",
		"  ":       "20260001 20260002 20261001",
		"2026000":  "20260001 20260002",
		"1001":     "20261001",
		"minji":    "20260001",
		" KIM ":    "20260001",
		"서준":       "20261001",
		"<img":     "20260002",
		"nobody":   "",
		"20269999": "",
	} {
		if got := ids(findRows(rows, q)); got != want {
			t.Errorf("findRows(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestPageOf(t *testing.T) {
	for _, c := range []struct{ total, page, from, to, at, pages int }{
		{0, 0, 0, 0, 0, 1},
		{3, 0, 0, 3, 0, 1},
		{3, 5, 0, 3, 0, 1},
		{500, 0, 0, 100, 0, 5},
		{500, 4, 400, 500, 4, 5},
		{500, 9, 400, 500, 4, 5},
		{500, -1, 0, 100, 0, 5},
		{501, 5, 500, 501, 5, 6},
	} {
		from, to, at, pages := pageOf(c.total, c.page, 100)
		if from != c.from || to != c.to || at != c.at || pages != c.pages {
			t.Errorf("pageOf(%d, %d, 100) = %d, %d, %d, %d; want %d, %d, %d, %d", c.total, c.page, from, to, at, pages, c.from, c.to, c.at, c.pages)
		}
	}
}

func TestMarksHTML(t *testing.T) {
	got := marksHTML("OoXx.", "")
	want := `<td class="mark right" data-item="1" data-verdict="right">O</td>` +
		`<td class="mark right" data-item="2" data-verdict="right">O*</td>` +
		`<td class="mark wrong" data-item="3" data-verdict="wrong">X</td>` +
		`<td class="mark wrong" data-item="4" data-verdict="wrong">X*</td>` +
		`<td class="mark " data-item="5" data-verdict=""></td>`
	if got != want {
		t.Errorf("marksHTML:\n got %s\nwant %s", got, want)
	}
	// A cell answered after the solution: its sign, then solutionSign.
	if got, want := marksHTML("Ox.", "ss."), `<td class="mark right" data-item="1" data-verdict="right" data-solution="true">Oˢ</td>`+
		`<td class="mark wrong" data-item="2" data-verdict="wrong" data-solution="true">X*ˢ</td>`+
		`<td class="mark " data-item="3" data-verdict=""></td>`; got != want {
		t.Errorf("marksHTML after the solution:\n got %s\nwant %s", got, want)
	}
	// No byte of the marks reaches the markup: any other is an empty cell.
	empty := `<td class="mark " data-item="1" data-verdict=""></td>`
	for b := 0; b < 256; b++ {
		if strings.IndexByte("OoXx", byte(b)) >= 0 {
			continue
		}
		if got := marksHTML(string([]byte{byte(b)}), "s"); got != empty {
			t.Errorf("marksHTML(%q) = %s", fmt.Sprint(byte(b)), got)
		}
	}
}
