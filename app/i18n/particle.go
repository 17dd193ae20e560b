package i18n

import (
	"strings"
	"unicode/utf8"
)

// A Korean particle has two forms, one after a final consonant and one
// after a vowel: 을/를, 이/가, 은/는, 과/와, and 으로/로, whose short form
// also follows ㄹ. A text that puts a value of its own before a particle
// writes the pair as a template does, "{1}을(를)", and Particles chooses
// the form once the value is in: "80을", "http를". A student never reads
// "을(를)".

// particlePairs are the pairs Particles resolves: the marker as a template
// writes it, the form after a consonant, the form after a vowel.
var particlePairs = [...]struct{ marker, consonant, vowel string }{
	{"을(를)", "을", "를"},
	{"를(을)", "을", "를"},
	{"이(가)", "이", "가"},
	{"가(이)", "이", "가"},
	{"은(는)", "은", "는"},
	{"는(은)", "은", "는"},
	{"과(와)", "과", "와"},
	{"와(과)", "과", "와"},
	{"(으)로", "으로", "로"},
	{"(이)라", "이라", "라"},
	{"(이)나", "이나", "나"},
}

// Particles returns s with every particle pair ("을(를)", "이(가)", …)
// replaced by the form that the text before it takes. Text without a pair
// is returned as it is.
func Particles(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	for _, p := range particlePairs {
		for {
			i := strings.Index(s, p.marker)
			if i < 0 {
				break
			}
			s = s[:i] + Particle(s[:i], p.consonant, p.vowel) + s[i+len(p.marker):]
		}
	}
	return s
}

// Particle returns the form of a particle that follows word: consonant
// after a final consonant, vowel after a vowel ("으로" takes vowel after ㄹ
// too). The last letter of the word decides, read as a Korean reads it:
// a Hangul syllable by its final consonant, a digit by its Korean name
// (영, 일, 이 … 구: 0, 3 and 6 end in a consonant, 1, 7 and 8 in ㄹ), a
// Latin letter by its name (엘, 엠, 엔 and 알 end in a consonant: l, m, n,
// r). Quotes, brackets and punctuation at the end are read past, so
// "'http'" and "(0, 1)" take the form of their last letter; full-width
// letters and digits read as their ASCII (see Fold).
func Particle(word, consonant, vowel string) string {
	final := finalSound(Fold(word)) // "２４" reads as 24

	if final == soundLieul && consonant == "으로" {
		return vowel
	}
	if final == soundVowel {
		return vowel
	}
	return consonant
}

type sound uint8

const (
	soundVowel sound = iota
	soundConsonant
	soundLieul // ㄹ, which 으로 treats as a vowel
)

// finalSound is the sound the word ends in, read as Particle says; a word
// with nothing to read ends in a vowel.
func finalSound(word string) sound {
	for len(word) > 0 {
		r, n := utf8.DecodeLastRuneInString(word)
		word = word[:len(word)-n]
		switch {
		case r >= 0xac00 && r <= 0xd7a3: // Hangul syllables, Unicode ch. 3.12
			switch (r - 0xac00) % 28 {
			case 0:
				return soundVowel
			case 8:
				return soundLieul
			}
			return soundConsonant
		case r >= '0' && r <= '9':
			switch r {
			case '0', '3', '6':
				return soundConsonant
			case '1', '7', '8':
				return soundLieul
			}
			return soundVowel
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			switch r | 0x20 {
			case 'm', 'n':
				return soundConsonant
			case 'l', 'r':
				return soundLieul
			}
			return soundVowel
		}
	}
	return soundVowel
}
