package ui

import (
	"strconv"
	"strings"

	"netprimer/app/i18n"
)

// tpl reads a template: one element a line, children indented by two
// spaces under their parent. A line is the element's head, then its
// tokens in any order:
//
//	tag.class.class#id   the element; "-" for none (its content alone)
//	"text" "text"        its text, Korean then English; one text for both
//	=ref                 a value as text, or the elements it holds
//	?ref, ?!ref          there only when the value is set, or not set
//	*ref, *ref@sel       the children once for each item of a slice
//	@event               the event that goes to the view's handler
//	name=value           an attribute; name="a value {ref}" with refs
//	&1, &2 …             the template given as part 1, 2 … as a child
//
// The refs are those of el. Templates are written by hand in the source:
// TestTemplates parses each one and checks its texts and tokens.
func tpl(src string, parts ...*el) *el {
	e, _ := parseTpl(src, parts...)
	return e
}

// parseTpl reads a template, and returns the first token it could not
// read as an error; the element is complete but for that token.
func parseTpl(src string, parts ...*el) (*el, error) {
	root := &el{}
	stack := []*el{root}
	var bad error
	for _, line := range strings.Split(src, "\n") {
		text := strings.TrimLeft(line, " ")
		if text == "" {
			continue
		}
		depth := (len(line)-len(text))/2 + 1
		if depth > len(stack) {
			depth = len(stack)
		}
		e, err := parseLine(text, parts)
		if err != nil && bad == nil {
			bad = err
		}
		parent := stack[depth-1]
		parent.Kids = append(parent.Kids, e)
		stack = append(stack[:depth], e)
	}
	if len(root.Kids) == 1 {
		return root.Kids[0], bad
	}
	return root, bad
}

func parseLine(line string, parts []*el) (*el, error) {
	toks := tokens(line)
	e := &el{}
	head := toks[0]
	if head != "-" {
		head, e.ID, _ = strings.Cut(head, "#")
		e.Tag, e.Class, _ = strings.Cut(head, ".")
		e.Class = strings.ReplaceAll(e.Class, ".", " ")
	}
	var texts []string
	var bad error
	for _, t := range toks[1:] {
		switch t[0] {
		case '"':
			s, err := strconv.Unquote(t)
			if err != nil && bad == nil {
				bad = err
			}
			texts = append(texts, s)
		case '=':
			e.V = t[1:]
		case '?':
			e.If = t[1:]
		case '*':
			e.Rows, e.Sel, _ = strings.Cut(t[1:], "@")
		case '@':
			e.On = t[1:]
		case '&':
			n, err := strconv.Atoi(t[1:])
			if err != nil || n < 1 || n > len(parts) {
				if bad == nil {
					bad = strconv.ErrRange
				}
				continue
			}
			e.Kids = append(e.Kids, parts[n-1])
		default:
			name, val, ok := strings.Cut(t, "=")
			if strings.HasPrefix(val, `"`) {
				v, err := strconv.Unquote(val)
				if err != nil && bad == nil {
					bad = err
				}
				val = v
			}
			switch {
			case !ok:
				if bad == nil {
					bad = strconv.ErrSyntax
				}
			case name == "class":
				e.Class = strings.TrimSpace(e.Class + " " + val)
			case name == "id":
				e.ID = val
			default:
				e.Attr = append(e.Attr, name, val)
			}
		}
	}
	switch len(texts) {
	case 1:
		e.T = i18n.Same(texts[0])
	case 2:
		e.T = i18n.T{Ko: texts[0], En: texts[1]}
	}
	return e, bad
}

// tokens splits a line at spaces outside double quotes.
func tokens(line string) []string {
	var toks []string
	start, quoted := -1, false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case c == ' ' && !quoted:
			if start >= 0 {
				toks = append(toks, line[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, line[start:])
	}
	return toks
}
