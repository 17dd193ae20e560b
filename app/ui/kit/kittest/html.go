// Package kittest helps the lessons' tests read what a widget draws.
package kittest

import (
	"regexp"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// HTML renders u as the server prerenders it, without the indentation
// app.HTMLString adds, and with each tag's attributes sorted (go-app
// writes them in any order), so that tests compare the markup alone.
func HTML(u app.UI) string {
	var b strings.Builder
	for _, line := range strings.Split(app.HTMLString(u), "\n") {
		b.WriteString(strings.TrimSpace(line))
	}
	return tagRE.ReplaceAllStringFunc(b.String(), func(tag string) string {
		m := tagRE.FindStringSubmatch(tag)
		attrs := attrRE.FindAllString(m[2], -1)
		sort.Strings(attrs)
		return "<" + m[1] + strings.Join(append([]string{""}, attrs...), " ") + ">"
	})
}

var (
	tagRE  = regexp.MustCompile(`<([a-z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)>`)
	attrRE = regexp.MustCompile(`[^\s=>]+(?:="[^"]*")?`)
)
