package qr

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// png writes the code as a PNG, 8 pixels a module with the quiet zone.
func writePNG(t *testing.T, c Code, file string) {
	t.Helper()
	const scale = 8
	n := (c.Size() + 8) * scale
	img := image.NewGray(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			v := color.Gray{255}
			if c.Dark(x/scale-4, y/scale-4) {
				v = color.Gray{0}
			}
			img.SetGray(x, y, v)
		}
	}
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// TestZbarReadsIt encodes texts of every version and has zbarimg (Debian's
// zbar-tools, an independent decoder) read them back.
func TestZbarReadsIt(t *testing.T) {
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Fatal("zbarimg is missing: apt-get install zbar-tools")
	}
	texts := []string{
		"https://netprimer.example.ac.kr/a/7k3m9q",
		"http://127.0.0.1:8000/a/abc123",
		"a",
		"http://192.168.0.10:8000/a/xyz789?lang=ko",
		strings.Repeat("0123456789abcdef", 13)[:200],
		"한국어 링크 https://example.ac.kr/a/q1w2e3",
	}
	for n := 1; n <= 10; n++ {
		// The longest text version n holds at level M.
		texts = append(texts, strings.Repeat("x", versions[n].dataCodewords()-2-min(1, n/10)))
	}
	dir := t.TempDir()
	seen := map[int]bool{}
	for i, text := range texts {
		c, err := Encode(text)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		seen[(c.Size()-17)/4] = true
		file := filepath.Join(dir, "code"+string(rune('a'+i))+".png")
		writePNG(t, c, file)
		out, err := exec.Command(zbar, "--raw", "-q", "-Sdisable", "-Sqrcode.enable", "-Sbinary", file).Output()
		if err != nil {
			t.Errorf("version %d, %q: zbarimg read nothing: %v", (c.Size()-17)/4, text, err)
			continue
		}
		if got := strings.TrimSuffix(string(out), "\n"); got != text {
			t.Errorf("zbarimg read %q, want %q", got, text)
		}
	}
	for n := 1; n <= 10; n++ {
		if !seen[n] {
			t.Errorf("no text of version %d", n)
		}
	}
	if _, err := Encode(strings.Repeat("x", 214)); err != ErrTooLong {
		t.Errorf("214 bytes: %v", err)
	}
}

func TestSVGHoldsOnlyTheCode(t *testing.T) {
	c, _ := Encode("<script>alert(1)</script>")
	svg := c.SVG(4)
	if strings.Contains(svg, "script") || !strings.HasPrefix(svg, "<svg ") || strings.Count(svg, "h1v1h-1z") < c.Size() {
		t.Errorf("SVG: %s", svg[:min(len(svg), 200)])
	}
}
