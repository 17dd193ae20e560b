package practice

import (
	"strconv"
	"strings"
)

// Given is an item's inputs in the order the item names them, as the
// JSON object of the markup's data-given: {"net": "10.1.2.77/23"}. It
// never holds the answer.
type Given struct {
	keys, vals []string // vals are JSON values
}

func (g *Given) str(key, v string) { g.add(key, jsonString(v)) }

func (g *Given) int(key string, v int64) { g.add(key, strconv.FormatInt(v, 10)) }

// strs adds an array of strings.
func (g *Given) strs(key string, vs []string) {
	var b strings.Builder
	b.WriteByte('[')
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(jsonString(v))
	}
	b.WriteByte(']')
	g.add(key, b.String())
}

func (g *Given) add(key, json string) {
	g.keys = append(g.keys, key)
	g.vals = append(g.vals, json)
}

// JSON returns the object, written as Python's json.dumps writes it: ", "
// between members and ": " after keys.
func (g Given) JSON() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range g.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(jsonString(k))
		b.WriteString(": ")
		b.WriteString(g.vals[i])
	}
	b.WriteByte('}')
	return b.String()
}

// jsonString writes s as a JSON string that is also safe inside an HTML
// attribute of either quote: quotes, '<', '>', '&' and control characters
// are \u escapes. Items' inputs are ASCII, but the escaping does not rely
// on that.
func jsonString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r < 0x20 || r == '\'' || r == '<' || r == '>' || r == '&' || r == 0x2028 || r == 0x2029:
			const hex = "0123456789abcdef"
			b.WriteString(`\u`)
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hex[r>>shift&0xf])
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
