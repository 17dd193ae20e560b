package netstat

// Text is a short explanation in Korean and in English. The zero Text has
// no words in either language.
type Text struct {
	Ko, En string
}

// In returns the text in lang, "ko" or "en"; any other lang gets Korean,
// the course's first language.
func (t Text) In(lang string) string {
	if lang == "en" {
		return t.En
	}
	return t.Ko
}
