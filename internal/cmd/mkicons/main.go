// Command mkicons draws the app icon: web/icon.svg and the PNG forms that
// browsers and the web app manifest need (192 and 512 pixels). The PNGs are
// committed; run it again only when the drawing changes.
//
//	go run ./internal/cmd/mkicons web
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// The drawing on a 100×100 canvas: a rounded square, three nodes and the
// links between them — a network.
var (
	background = color.RGBA{0x1d, 0x4e, 0xd8, 0xff}
	foreground = color.RGBA{0xff, 0xff, 0xff, 0xff}
	nodes      = [][2]float64{{30, 68}, {70, 68}, {50, 32}}
	nodeRadius = 10.0
	linkWidth  = 6.0
	corner     = 22.0
)

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="%[1]g" fill="#1d4ed8"/>
<g stroke="#fff" stroke-width="%[2]g" stroke-linecap="round">
<line x1="%[3]g" y1="%[4]g" x2="%[5]g" y2="%[6]g"/><line x1="%[5]g" y1="%[6]g" x2="%[7]g" y2="%[8]g"/><line x1="%[7]g" y1="%[8]g" x2="%[3]g" y2="%[4]g"/>
</g>
<g fill="#fff"><circle cx="%[3]g" cy="%[4]g" r="%[9]g"/><circle cx="%[5]g" cy="%[6]g" r="%[9]g"/><circle cx="%[7]g" cy="%[8]g" r="%[9]g"/></g>
</svg>
`

func main() {
	dir := "web"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	s := fmt.Sprintf(svg, corner, linkWidth, nodes[0][0], nodes[0][1], nodes[1][0], nodes[1][1], nodes[2][0], nodes[2][1], nodeRadius)
	if err := os.WriteFile(filepath.Join(dir, "icon.svg"), []byte(s), 0o644); err != nil {
		fail(err)
	}
	for _, size := range []int{192, 512} {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("icon-%d.png", size)))
		if err != nil {
			fail(err)
		}
		if err := png.Encode(f, draw(size)); err != nil {
			fail(err)
		}
		if err := f.Close(); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkicons:", err)
	os.Exit(1)
}

// draw renders the icon at size×size with 4×4 samples per pixel.
func draw(size int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	const n = 4
	scale := 100 / float64(size)
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var bg, fg float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					px := (float64(x) + (float64(sx)+0.5)/n) * scale
					py := (float64(y) + (float64(sy)+0.5)/n) * scale
					switch {
					case !inRoundedSquare(px, py):
					case onDrawing(px, py):
						fg++
					default:
						bg++
					}
				}
			}
			total := float64(n * n)
			a := (bg + fg) / total
			if a == 0 {
				continue
			}
			mix := func(b, f uint8) uint8 {
				return uint8(math.Round((float64(b)*bg + float64(f)*fg) / (bg + fg) * a))
			}
			img.SetRGBA(x, y, color.RGBA{mix(background.R, foreground.R), mix(background.G, foreground.G), mix(background.B, foreground.B), uint8(math.Round(a * 255))})
		}
	}
	return img
}

func inRoundedSquare(x, y float64) bool {
	cx := math.Max(corner, math.Min(100-corner, x))
	cy := math.Max(corner, math.Min(100-corner, y))
	return math.Hypot(x-cx, y-cy) <= corner
}

func onDrawing(x, y float64) bool {
	for i, a := range nodes {
		if math.Hypot(x-a[0], y-a[1]) <= nodeRadius {
			return true
		}
		b := nodes[(i+1)%len(nodes)]
		if segmentDistance(x, y, a, b) <= linkWidth/2 {
			return true
		}
	}
	return false
}

func segmentDistance(x, y float64, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := ((x-a[0])*dx + (y-a[1])*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(x-(a[0]+t*dx), y-(a[1]+t*dy))
}
