// Package deck holds the lecture deck of the course "네트워크 프로그래밍"
// (network programming with Python) as data: one Lesson per route of the
// app, each with the deck's own slides in Korean and in English. Lessons
// show these slides as text before and beside their interactive widgets,
// and the server prerenders them.
package deck

import "netprimer/app/i18n"

// Lesson is one route of the app and the slides of the deck it teaches.
type Lesson struct {
	Path   string // route, such as "/ipaddress"
	Title  i18n.T
	Intro  i18n.T // one paragraph: what the student learns here
	Slides []Slide
}

// Slide is one slide of the deck.
type Slide struct {
	Title  i18n.T
	Blocks []Block
}

// Kind says how a Block is shown.
type Kind uint8

// The kinds of Block.
const (
	Para  Kind = iota // a paragraph of Text
	List              // a bulleted list: one item per line of Text, two spaces of indent per level
	Code              // a verbatim program or Python session in Code
	Table             // a table: Head and Rows
)

// Block is a part of a slide. Text may use `code` and **strong** spans.
type Block struct {
	Kind Kind
	Text i18n.T
	Code string
	Head []i18n.T
	Rows [][]i18n.T
}

// P returns a paragraph.
func P(ko, en string) Block { return Block{Kind: Para, Text: i18n.T{Ko: ko, En: en}} }

// L returns a bulleted list, one item per line.
func L(ko, en string) Block { return Block{Kind: List, Text: i18n.T{Ko: ko, En: en}} }

// C returns a code block shown the same in both languages.
func C(src string) Block { return Block{Kind: Code, Code: src} }

// Tab returns a table.
func Tab(head []i18n.T, rows ...[]i18n.T) Block {
	return Block{Kind: Table, Head: head, Rows: rows}
}

// Lessons returns the lessons in course order, the home page first.
func Lessons() []Lesson { return lessons }

// Find returns the lesson served at path.
func Find(path string) (Lesson, bool) {
	for _, l := range lessons {
		if l.Path == path {
			return l, true
		}
	}
	return Lesson{}, false
}

// Next returns the lesson after the one at path in course order.
func Next(path string) (Lesson, bool) { return step(path, 1) }

// Prev returns the lesson before the one at path in course order, never
// the home page.
func Prev(path string) (Lesson, bool) { return step(path, -1) }

func step(path string, d int) (Lesson, bool) {
	for i, l := range lessons {
		if l.Path == path {
			j := i + d
			if j < 1 || j >= len(lessons) {
				return Lesson{}, false
			}
			return lessons[j], true
		}
	}
	return Lesson{}, false
}
