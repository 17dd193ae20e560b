package deck

import "strings"

// Span is a run of slide text with one style.
type Span struct {
	Text   string
	Code   bool // `code`
	Strong bool // **strong**
}

// Spans splits slide text into runs: `code` spans (whose content is taken
// as it is) and **strong** spans. A marker without its closing twin is
// text, so no input is ever lost.
//
//	"`inet_aton()`: 문자열 주소를 **4바이트** bytes 객체로 변환"
func Spans(s string) []Span {
	var out []Span
	var text strings.Builder
	strong := false
	flush := func() {
		if text.Len() > 0 {
			out = append(out, Span{Text: text.String(), Strong: strong})
			text.Reset()
		}
	}
	for i := 0; i < len(s); {
		switch {
		case s[i] == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				flush()
				out = append(out, Span{Text: s[i+1 : i+1+j], Code: true, Strong: strong})
				i += j + 2
				continue
			}
		case strings.HasPrefix(s[i:], "**"):
			if strong || closes(s[i+2:]) {
				flush()
				strong = !strong
				i += 2
				continue
			}
		}
		text.WriteByte(s[i])
		i++
	}
	flush()
	return out
}

// closes reports whether s, the text after an opening "**", has a closing
// "**" outside code spans with something before it.
func closes(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				i += j + 1
			}
		case strings.HasPrefix(s[i:], "**"):
			return i > 0
		}
	}
	return false
}

// Item is one item of a bulleted list.
type Item struct {
	Level int // 0 for the outer list, 1 for a list inside an item, …
	Text  string
}

// Items splits list text into its items: one per line, two spaces of
// indent per level, an optional "- " before the text.
//
//	"  - 알려진 포트 번호 well-known ports라고 부름"
func Items(s string) []Item {
	var out []Item
	for _, line := range strings.Split(s, "\n") {
		trimmed := strings.TrimLeft(line, " ")
		if trimmed == "" {
			continue
		}
		level := (len(line) - len(trimmed)) / 2
		// A level deeper than the item before it by more than one would
		// have no list to sit in.
		prev := -1
		if len(out) > 0 {
			prev = out[len(out)-1].Level
		}
		level = min(level, prev+1)
		out = append(out, Item{Level: level, Text: strings.TrimPrefix(trimmed, "- ")})
	}
	return out
}
