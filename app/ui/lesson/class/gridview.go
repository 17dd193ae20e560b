package class

import (
	"strconv"
	"strings"
)

// gridPage is how many students the teacher's grid shows at a time: a
// projector's screen of rows, and few enough cells to draw in a frame.
const gridPage = 50

// findRows returns the rows whose student number or name holds q, with
// case folded; every row when q is blank.
func findRows(rows []gridRow, q string) []gridRow {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return rows
	}
	out := []gridRow{}
	for _, r := range rows {
		if strings.Contains(r.id, q) || strings.Contains(strings.ToLower(r.name), q) {
			out = append(out, r)
		}
	}
	return out
}

// pageOf returns the page (from 0, brought within the pages there are)
// that shows rows [from, to) of total, size a page, and how many pages
// there are (at least one).
func pageOf(total, page, size int) (from, to, at, pages int) {
	pages = max(1, (total+size-1)/size)
	at = min(max(page, 0), pages-1)
	from = at * size
	return from, min(from+size, total), at, pages
}

// marksHTML returns the cells of a row's marks as markup made only of
// this package's constants: a mark's sign and verdict come from markOf,
// never from the row's own bytes, and an unknown mark is an empty cell.
// sol (api.GridSolutions, "" for none) marks the cells answered after
// the solution was shown: a sign after the mark's, and data-solution.
func marksHTML(marks, sol string) string {
	var b strings.Builder
	b.Grow(len(marks) * 64)
	for n := 0; n < len(marks); n++ {
		sign, verdict := markOf(marks[n])
		after := verdict != "" && n < len(sol) && sol[n] == 's'
		b.WriteString(`<td class="mark `)
		b.WriteString(verdict)
		b.WriteString(`" data-item="`)
		b.WriteString(strconv.Itoa(n + 1))
		b.WriteString(`" data-verdict="`)
		b.WriteString(verdict)
		if after {
			b.WriteString(`" data-solution="true`)
		}
		b.WriteString(`">`)
		b.WriteString(sign)
		if after {
			b.WriteString(solutionSign)
		}
		b.WriteString(`</td>`)
	}
	return b.String()
}

// solutionSign follows the mark of a cell answered after the solution
// was shown (txtLegend says so).
const solutionSign = "ˢ"
