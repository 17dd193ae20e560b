package deck

import (
	"reflect"
	"strings"
	"testing"
)

func TestSpans(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []Span
	}{
		// plain text stays one span
		{"plain", []Span{{Text: "plain"}}},
		// code keeps its content as it is, even stars
		{"a `x**y` b", []Span{{Text: "a "}, {Text: "x**y", Code: true}, {Text: " b"}}},
		// strong around code
		{"**`socket`** 모듈", []Span{{Text: "socket", Code: true, Strong: true}, {Text: " 모듈"}}},
		// an unclosed marker is text
		{"2 ** 3 and `x", []Span{{Text: "2 ** 3 and `x"}}},
		{"", nil},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := Spans(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Spans(%q) = %+v, want %+v", c.in, got, c.want)
			}
		})
	}
}

func TestItems(t *testing.T) {
	got := Items("a\n  - b\n      - c\n\nd")
	want := []Item{{0, "a"}, {1, "b"}, {2, "c"}, {0, "d"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Items = %+v, want %+v", got, want)
	}
	// an item indented too deep for its place sits one level below the last
	if got := Items("    x"); got[0].Level != 0 {
		t.Errorf("first item at level %d", got[0].Level)
	}
}

// FuzzSpans checks that no text is lost or invented: apart from the
// marker characters, the spans hold the input, in order.
func FuzzSpans(f *testing.F) {
	for _, l := range Lessons() {
		for _, s := range l.Slides {
			for _, b := range s.Blocks {
				f.Add(b.Text.Ko)
				f.Add(b.Text.En)
			}
		}
	}
	f.Add("**a `b` c** `d")
	f.Add("**0****0**0") // two bold runs side by side
	f.Add("0****")       // an empty bold run
	strip := strings.NewReplacer("`", "", "*", "")
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		for _, sp := range Spans(s) {
			if sp.Text == "" && !sp.Code {
				t.Errorf("Spans(%q) has an empty span", s)
			}
			b.WriteString(sp.Text)
		}
		if got, want := strip.Replace(b.String()), strip.Replace(s); got != want {
			t.Errorf("Spans(%q) holds %q", s, b.String())
		}
		for _, it := range Items(s) {
			if it.Level < 0 {
				t.Errorf("negative level in %q", s)
			}
		}
	})
}
