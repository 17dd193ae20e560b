package lookup

import (
	"strconv"
	"strings"
)

// Domain names as glibc's resolver handles them: ns_name_pton and
// ns_name_ntop convert between text and labels (RFC 1035 section 5.1
// escapes), and res_hnok decides what may be a host name.

// namePton is ns_name_pton: text with "\X" and "\DDD" escapes to labels.
// "." is the root (no labels); empty labels elsewhere, labels over 63
// octets and names over 255 octets on the wire are errors.
func namePton(s string) ([][]byte, bool) {
	if s == "." || s == "" {
		return nil, true
	}
	var labels [][]byte
	var cur []byte
	wire := 1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 >= len(s) {
				return nil, false
			}
			if isDigit(s[i+1]) {
				if i+3 >= len(s) || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
					return nil, false
				}
				v, _ := strconv.Atoi(s[i+1 : i+4])
				if v > 255 {
					return nil, false
				}
				cur = append(cur, byte(v))
				i += 3
			} else {
				cur = append(cur, s[i+1])
				i++
			}
		case c == '.':
			if len(cur) == 0 {
				return nil, false
			}
			labels = append(labels, cur)
			wire += 1 + len(cur)
			cur = nil
		default:
			cur = append(cur, c)
		}
		if len(cur) > 63 {
			return nil, false
		}
	}
	if len(cur) > 0 {
		labels = append(labels, cur)
		wire += 1 + len(cur)
	}
	if wire > 255 {
		return nil, false
	}
	return labels, true
}

// nameNtop is ns_name_ntop: labels to text without the final dot, the root
// as ".", special characters escaped with "\" and others outside
// printable ASCII as "\DDD".
func nameNtop(labels [][]byte) string {
	if len(labels) == 0 {
		return "."
	}
	var b strings.Builder
	for i, l := range labels {
		if i > 0 {
			b.WriteByte('.')
		}
		for _, c := range l {
			switch {
			case c == '"' || c == '.' || c == ';' || c == '\\' || c == '(' || c == ')' || c == '@' || c == '$':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c > 0x20 && c < 0x7f:
				b.WriteByte(c)
			default:
				b.WriteByte('\\')
				s := strconv.Itoa(int(c))
				b.WriteString(strings.Repeat("0", 3-len(s)) + s)
			}
		}
	}
	return b.String()
}

// labelsHnok is res_hnok on a name already in labels: [0-9A-Za-z_-]
// only, and no "-" to start the first label.
func labelsHnok(labels [][]byte) bool {
	if len(labels) > 0 && len(labels[0]) > 0 && labels[0][0] == '-' {
		return false
	}
	for _, l := range labels {
		for _, c := range l {
			if !(isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

// resHnok is res_hnok on text: printable ASCII without spaces, a valid
// name, and a host name by labelsHnok.
func resHnok(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	labels, ok := namePton(s)
	return ok && labelsHnok(labels)
}

// miekgName writes labels in the text form github.com/miekg/dns reads,
// fully qualified, escaping every byte that is not a letter, digit, "-"
// or "_".
func miekgName(labels [][]byte) string {
	if len(labels) == 0 {
		return "."
	}
	var b strings.Builder
	for _, l := range labels {
		for _, c := range l {
			if isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '_' {
				b.WriteByte(c)
				continue
			}
			s := strconv.Itoa(int(c))
			b.WriteString("\\" + strings.Repeat("0", 3-len(s)) + s)
		}
		b.WriteByte('.')
	}
	return b.String()
}

// miekgLabels reads a name in github.com/miekg/dns's text form back to
// labels: the same escapes as namePton, with the final dot.
func miekgLabels(s string) ([][]byte, bool) {
	if s == "." || s == "" {
		return nil, true
	}
	// The final dot is never escaped in that form.
	return namePton(strings.TrimSuffix(s, "."))
}
