// Package i18n holds the languages of the app and its bilingual texts.
// Korean is the course's language and the default; English is one click
// away.
package i18n

// Lang is a language the app speaks. The zero Lang is not a language:
// Parse or Default give a valid one.
type Lang string

// The languages of the app.
const (
	Ko Lang = "ko"
	En Lang = "en"
)

// Default is the language of a visitor who has not chosen one, unless the
// instructor starts the server with another.
const Default = Ko

// Langs lists the languages in the order the switch offers them.
var Langs = [...]Lang{Ko, En}

// Parse returns the language named by s ("ko" or "en").
func Parse(s string) (Lang, bool) {
	switch Lang(s) {
	case Ko, En:
		return Lang(s), true
	}
	return "", false
}

// Other returns the language the switch offers from l.
func (l Lang) Other() Lang {
	if l == En {
		return Ko
	}
	return En
}

// Name returns the language's name written in itself, as a switch shows it.
func (l Lang) Name() string {
	if l == En {
		return "English"
	}
	return "한국어"
}

// Offer returns what the language switch says to offer l, written in l:
// a reader looks for their own language.
func (l Lang) Offer() string {
	if l == En {
		return "Switch to English"
	}
	return "한국어로 보기"
}

// T is a text in both languages. Every T in the app has both; a test reads
// the sources to make sure. In JSON (the lab API's feedback) it is
// {"ko": …, "en": …}.
type T struct {
	Ko string `json:"ko"`
	En string `json:"en"`
}

// In returns the text in language l; Korean for anything but English.
func (t T) In(l Lang) string {
	if l == En {
		return t.En
	}
	return t.Ko
}

// Same is a text that reads the same in both languages, such as a Python
// identifier or a protocol name.
func Same(s string) T { return T{Ko: s, En: s} }
