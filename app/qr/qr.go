// Package qr encodes a short text, such as an assignment's link, as a QR
// code (ISO/IEC 18004): byte mode, error correction level M, versions 1
// to 10 (up to 213 bytes), the mask of lowest penalty. It draws the code
// as SVG for the projector. Pure: no I/O.
package qr

import (
	"errors"
	"strconv"
	"strings"
)

// Code is a QR code's modules, row by row; true is dark. The zero Code
// has no modules.
type Code struct {
	size    int
	modules []bool
}

// Size returns the number of modules on a side (21 for version 1).
func (c Code) Size() int { return c.size }

// Dark reports whether the module at column x, row y is dark; outside
// the code (the quiet zone) it is light.
func (c Code) Dark(x, y int) bool {
	if x < 0 || y < 0 || x >= c.size || y >= c.size {
		return false
	}
	return c.modules[y*c.size+x]
}

// ErrTooLong is the error of a text longer than version 10 holds.
var ErrTooLong = errors.New("qr: text longer than 213 bytes")

// version is one version's blocks at level M: each block of group 1 holds
// data1 data codewords, of group 2 data1+1, with ec codewords each.
type version struct {
	blocks1, data1, blocks2, ec int
	align                       []int
}

var versions = [...]version{
	1:  {1, 16, 0, 10, nil},
	2:  {1, 28, 0, 16, []int{6, 18}},
	3:  {1, 44, 0, 26, []int{6, 22}},
	4:  {2, 32, 0, 18, []int{6, 26}},
	5:  {2, 43, 0, 24, []int{6, 30}},
	6:  {4, 27, 0, 16, []int{6, 34}},
	7:  {4, 31, 0, 18, []int{6, 22, 38}},
	8:  {2, 38, 2, 22, []int{6, 24, 42}},
	9:  {3, 36, 2, 22, []int{6, 26, 46}},
	10: {4, 43, 1, 26, []int{6, 28, 50}},
}

func (v version) dataCodewords() int { return v.blocks1*v.data1 + v.blocks2*(v.data1+1) }

// Encode returns the QR code of text in the smallest version that holds it.
func Encode(text string) (Code, error) {
	for n := 1; n < len(versions); n++ {
		v := versions[n]
		countBits := 8
		if n >= 10 {
			countBits = 16
		}
		if 4+countBits+8*len(text) <= 8*v.dataCodewords() {
			return build(n, encodeData(text, countBits, v.dataCodewords())), nil
		}
	}
	return Code{}, ErrTooLong
}

// bits is a bit buffer, most significant bit first.
type bits struct {
	b []byte
	n int
}

func (w *bits) put(v uint, n int) {
	for i := n - 1; i >= 0; i-- {
		if w.n%8 == 0 {
			w.b = append(w.b, 0)
		}
		if v>>uint(i)&1 == 1 {
			w.b[w.n/8] |= 0x80 >> uint(w.n%8)
		}
		w.n++
	}
}

// encodeData writes the byte mode segment, the terminator and the pad
// codewords 0xEC 0x11 (ISO/IEC 18004 §7.4).
func encodeData(text string, countBits, capacity int) []byte {
	var w bits
	w.put(0b0100, 4)
	w.put(uint(len(text)), countBits)
	for i := 0; i < len(text); i++ {
		w.put(uint(text[i]), 8)
	}
	w.put(0, min(4, 8*capacity-w.n))
	for pad := byte(0xEC); len(w.b) < capacity; pad ^= 0xEC ^ 0x11 {
		w.b = append(w.b, pad)
	}
	return w.b
}

// GF(256) with the polynomial x^8+x^4+x^3+x^2+1 (0x11D).
var expTable, logTable = func() (e [512]byte, l [256]byte) {
	x := 1
	for i := 0; i < 255; i++ {
		e[i] = byte(x)
		l[x] = byte(i)
		x <<= 1
		if x&0x100 != 0 {
			x ^= 0x11D
		}
	}
	for i := 255; i < 512; i++ {
		e[i] = e[i-255]
	}
	return
}()

func mul(a, b byte) byte {
	if a == 0 || b == 0 {
		return 0
	}
	return expTable[int(logTable[a])+int(logTable[b])]
}

// ecCodewords returns the Reed-Solomon codewords of data: the remainder
// of data·x^n divided by the generator (x-α^0)…(x-α^(n-1)).
func ecCodewords(data []byte, n int) []byte {
	gen := []byte{1}
	for i := 0; i < n; i++ {
		next := make([]byte, len(gen)+1)
		for j, g := range gen {
			next[j] ^= g
			next[j+1] ^= mul(g, expTable[i])
		}
		gen = next
	}
	rem := make([]byte, n)
	for _, d := range data {
		f := d ^ rem[0]
		copy(rem, rem[1:])
		rem[n-1] = 0
		for j := 0; j < n; j++ {
			rem[j] ^= mul(gen[j+1], f)
		}
	}
	return rem
}

// codewords splits data into the version's blocks, appends each block's
// error correction, and interleaves them (§7.6).
func codewords(v version, data []byte) []byte {
	var blocks, ecs [][]byte
	off := 0
	for i := 0; i < v.blocks1+v.blocks2; i++ {
		n := v.data1
		if i >= v.blocks1 {
			n++
		}
		blocks = append(blocks, data[off:off+n])
		ecs = append(ecs, ecCodewords(data[off:off+n], v.ec))
		off += n
	}
	var out []byte
	for i := 0; i <= v.data1; i++ {
		for _, b := range blocks {
			if i < len(b) {
				out = append(out, b[i])
			}
		}
	}
	for i := 0; i < v.ec; i++ {
		for _, e := range ecs {
			out = append(out, e[i])
		}
	}
	return out
}

// grid is a code being built: its modules and which are function
// patterns, which data and masks leave alone.
type grid struct {
	size     int
	dark, fn []bool
}

func (g *grid) set(x, y int, dark bool) {
	g.dark[y*g.size+x] = dark
	g.fn[y*g.size+x] = true
}

func build(n int, data []byte) Code {
	v := versions[n]
	size := 17 + 4*n
	g := &grid{size: size, dark: make([]bool, size*size), fn: make([]bool, size*size)}
	g.functionPatterns(n, v)
	g.placeData(codewords(v, data))
	best, bestPenalty := -1, 0
	var bestDark []bool
	for mask := 0; mask < 8; mask++ {
		m := &grid{size: size, dark: append([]bool(nil), g.dark...), fn: g.fn}
		m.applyMask(mask)
		m.formatInfo(mask)
		if p := m.penalty(); best < 0 || p < bestPenalty {
			best, bestPenalty, bestDark = mask, p, m.dark
		}
	}
	return Code{size: size, modules: bestDark}
}

func (g *grid) functionPatterns(n int, v version) {
	s := g.size
	for i := 0; i < s; i++ { // timing patterns
		g.set(6, i, i%2 == 0)
		g.set(i, 6, i%2 == 0)
	}
	for _, c := range [][2]int{{3, 3}, {s - 4, 3}, {3, s - 4}} { // finders and separators
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := c[0]+dx, c[1]+dy
				if x < 0 || y < 0 || x >= s || y >= s {
					continue
				}
				d := max(abs(dx), abs(dy))
				g.set(x, y, d != 2 && d != 4)
			}
		}
	}
	last := len(v.align) - 1
	for i, ax := range v.align {
		for j, ay := range v.align {
			if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) {
				continue // the finders' corners
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					g.set(ax+dx, ay+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	g.formatInfo(0) // reserves the format areas; the mask's is written later
	if n >= 7 {
		rem := n
		for i := 0; i < 12; i++ {
			rem = rem<<1 ^ (rem>>11)*0x1F25
		}
		info := n<<12 | rem
		for i := 0; i < 18; i++ {
			dark := info>>uint(i)&1 == 1
			a, b := s-11+i%3, i/3
			g.set(a, b, dark)
			g.set(b, a, dark)
		}
	}
}

// formatInfo writes level M's format bits with the mask (§7.9), and the
// dark module.
func (g *grid) formatInfo(mask int) {
	data := 0b00<<3 | mask // level M is 00
	rem := data
	for i := 0; i < 10; i++ {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	f := (data<<10 | rem) ^ 0x5412
	bit := func(i int) bool { return f>>uint(i)&1 == 1 }
	s := g.size
	for i := 0; i <= 5; i++ {
		g.set(8, i, bit(i))
	}
	g.set(8, 7, bit(6))
	g.set(8, 8, bit(7))
	g.set(7, 8, bit(8))
	for i := 9; i < 15; i++ {
		g.set(14-i, 8, bit(i))
	}
	for i := 0; i < 8; i++ {
		g.set(s-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		g.set(8, s-15+i, bit(i))
	}
	g.set(8, s-8, true)
}

// placeData fills the modules that are not function patterns with the
// codewords' bits, in two-module columns from the bottom right, going up
// and down in turn, skipping the vertical timing pattern (§7.7.3).
func (g *grid) placeData(cw []byte) {
	s := g.size
	i := 0
	for right := s - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		for vert := 0; vert < s; vert++ {
			for j := 0; j < 2; j++ {
				x := right - j
				y := vert
				if (right+1)&2 == 0 {
					y = s - 1 - vert
				}
				if g.fn[y*s+x] {
					continue
				}
				if i < len(cw)*8 {
					g.dark[y*s+x] = cw[i/8]>>uint(7-i%8)&1 == 1
					i++
				}
			}
		}
	}
}

func (g *grid) applyMask(mask int) {
	s := g.size
	for y := 0; y < s; y++ {
		for x := 0; x < s; x++ {
			if g.fn[y*s+x] {
				continue
			}
			var flip bool
			switch mask {
			case 0:
				flip = (x+y)%2 == 0
			case 1:
				flip = y%2 == 0
			case 2:
				flip = x%3 == 0
			case 3:
				flip = (x+y)%3 == 0
			case 4:
				flip = (x/3+y/2)%2 == 0
			case 5:
				flip = x*y%2+x*y%3 == 0
			case 6:
				flip = (x*y%2+x*y%3)%2 == 0
			case 7:
				flip = ((x+y)%2+x*y%3)%2 == 0
			}
			if flip {
				g.dark[y*s+x] = !g.dark[y*s+x]
			}
		}
	}
}

// penalty scores a masked code by the four rules of §7.8.3: runs of one
// colour, 2×2 blocks, finder-like patterns, and the balance of dark.
func (g *grid) penalty() int {
	s := g.size
	at := func(x, y int) bool { return g.dark[y*s+x] }
	p := 0
	for pass := 0; pass < 2; pass++ {
		for a := 0; a < s; a++ {
			run, prev := 0, false
			var line []bool
			for b := 0; b < s; b++ {
				d := at(b, a)
				if pass == 1 {
					d = at(a, b)
				}
				line = append(line, d)
				if b > 0 && d == prev {
					run++
				} else {
					if run >= 5 {
						p += run - 2
					}
					run = 1
				}
				prev = d
			}
			if run >= 5 {
				p += run - 2
			}
			for b := 0; b+11 <= s; b++ {
				if matches(line[b:b+11], "10111010000") || matches(line[b:b+11], "00001011101") {
					p += 40
				}
			}
		}
	}
	dark := 0
	for y := 0; y < s; y++ {
		for x := 0; x < s; x++ {
			if at(x, y) {
				dark++
			}
			if x+1 < s && y+1 < s && at(x, y) == at(x+1, y) && at(x, y) == at(x, y+1) && at(x, y) == at(x+1, y+1) {
				p += 3
			}
		}
	}
	p += abs(dark*20-s*s*10) / (s * s) * 10
	return p
}

func matches(line []bool, pattern string) bool {
	for i, c := range pattern {
		if line[i] != (c == '1') {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// SVG returns the code as an SVG image, scale pixels a module, with the
// quiet zone of four modules: one path of the dark modules, so that it
// holds nothing but numbers.
func (c Code) SVG(scale int) string {
	n := c.size + 8
	var d strings.Builder
	for y := 0; y < c.size; y++ {
		for x := 0; x < c.size; x++ {
			if c.Dark(x, y) {
				d.WriteString("M" + strconv.Itoa(x+4) + " " + strconv.Itoa(y+4) + "h1v1h-1z")
			}
		}
	}
	px := strconv.Itoa(n * scale)
	return `<svg xmlns="http://www.w3.org/2000/svg" width="` + px + `" height="` + px + `" viewBox="0 0 ` + strconv.Itoa(n) + " " + strconv.Itoa(n) +
		`" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="` + d.String() + `"/></svg>`
}
