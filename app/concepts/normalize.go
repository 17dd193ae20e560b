package concepts

import (
	"strings"
	"unicode"
)

// normalize folds an answer for comparison: lower case, without what is in
// parentheses ("SMTP (Mail)" is "smtp"), without spaces, dashes,
// underscores, dots and quotes. It never makes two different answers of an
// exercise equal; the tables' tests check that.
func normalize(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '(' || r == '（':
			depth++
		case r == ')' || r == '）':
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case unicode.IsSpace(r), r == '-', r == '_', r == '.', r == '\'', r == '"', r == '`':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
