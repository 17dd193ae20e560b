package classroom

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/practice"
)

// Limits of what a teacher and a student send.
const (
	MaxTitle     = 100 // characters
	MaxSkills    = 20
	MaxItems     = 100
	MaxStudentID = 20 // characters
	MaxName      = 40 // characters
	MaxAnswer    = 1000
	MaxAnswerID  = 64
)

// Invalid is a request field that is not valid: Param names it, Msg says
// why in both languages.
type Invalid struct {
	Param string
	Msg   i18n.T
}

func (e *Invalid) Error() string { return e.Param + ": " + e.Msg.En }

func invalid(param, ko, en string) error { return &Invalid{Param: param, Msg: i18n.T{Ko: ko, En: en}} }

// fold writes full-width ASCII (what a Korean IME types in full-width
// mode, U+FF01…U+FF5E) and the ideographic space as ASCII.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// StudentID validates and normalises a student number: full-width
// characters made ASCII, spaces around it dropped, letters upper-case;
// 1 to MaxStudentID digits, letters and hyphens, with a digit.
func StudentID(s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(fold(s)))
	if s == "" {
		return "", invalid("student_id", "학번을 입력하세요.", "Enter your student number.")
	}
	if utf8.RuneCountInString(s) > MaxStudentID {
		return "", invalid("student_id", "학번이 너무 깁니다(20자까지).", "The student number is too long (20 characters at most).")
	}
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z', r == '-':
		default:
			return "", invalid("student_id", "학번에는 숫자와 영문자, 하이픈(-)만 쓸 수 있습니다.", "A student number holds digits, letters and hyphens only.")
		}
	}
	if !digit {
		return "", invalid("student_id", "학번에는 숫자가 있어야 합니다.", "A student number has digits.")
	}
	return s, nil
}

// Name validates and normalises a student's name: spaces around it
// dropped and runs of spaces made one; 1 to MaxName characters, no
// control characters. Markup is allowed: a name is text wherever shown.
func Name(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", invalid("name", "이름에 읽을 수 없는 문자가 있습니다.", "The name has characters that cannot be read.")
	}
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	if s == "" {
		return "", invalid("name", "이름을 입력하세요.", "Enter your name.")
	}
	if utf8.RuneCountInString(s) > MaxName {
		return "", invalid("name", "이름이 너무 깁니다(40자까지).", "The name is too long (40 characters at most).")
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return "", invalid("name", "이름에 쓸 수 없는 문자가 있습니다.", "The name has a character that is not allowed.")
		}
	}
	return s, nil
}

// ValidAssignment checks a new assignment and returns it as stored.
func ValidAssignment(n api.NewAssignment) (Assignment, error) {
	title := strings.Join(strings.Fields(n.Title), " ")
	switch {
	case title == "":
		return Assignment{}, invalid("title", "제목을 입력하세요.", "Enter a title.")
	case utf8.RuneCountInString(title) > MaxTitle || !utf8.ValidString(title):
		return Assignment{}, invalid("title", "제목이 너무 깁니다(100자까지).", "The title is too long (100 characters at most).")
	case len(n.Skills) == 0:
		return Assignment{}, invalid("skills", "기술을 하나 이상 고르세요.", "Choose at least one skill.")
	case len(n.Skills) > MaxSkills:
		return Assignment{}, invalid("skills", "기술은 20개까지 고를 수 있습니다.", "Choose at most 20 skills.")
	case n.Items < 1 || n.Items > MaxItems:
		return Assignment{}, invalid("items", "문제 수는 1에서 100 사이여야 합니다.", "The number of items is from 1 to 100.")
	case n.Level < practice.MinLevel || n.Level > practice.MaxLevel:
		return Assignment{}, invalid("level", "수준은 1, 2, 3 가운데 하나입니다.", "The level is 1, 2 or 3.")
	}
	seen := map[string]bool{}
	for _, id := range n.Skills {
		if _, ok := practice.Lookup(id); !ok {
			return Assignment{}, invalid("skills", "없는 기술입니다: "+clip(id), "No such skill: "+clip(id))
		}
		if seen[id] {
			return Assignment{}, invalid("skills", "같은 기술이 두 번 있습니다: "+id, "A skill is listed twice: "+id)
		}
		seen[id] = true
	}
	a := Assignment{Title: title, Skills: n.Skills, Items: n.Items, Level: n.Level}
	if n.Due != nil {
		a.Due = n.Due.UTC().Truncate(time.Millisecond)
	}
	return a, nil
}

// ValidAnswer checks an answer's ID and size.
func ValidAnswer(a api.Answer) error {
	if a.ID == "" || len(a.ID) > MaxAnswerID {
		return invalid("id", "답의 ID는 1에서 64자입니다.", "An answer's ID has 1 to 64 characters.")
	}
	for _, c := range []byte(a.ID) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return invalid("id", "답의 ID에는 영문자, 숫자, -, _만 쓸 수 있습니다.", "An answer's ID holds letters, digits, - and _ only.")
		}
	}
	if len(a.Answer) > MaxAnswer {
		return invalid("answer", "답이 너무 깁니다.", "The answer is too long.")
	}
	return nil
}

// clip cuts s to 40 bytes for an error message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		return s + "…"
	}
	return s
}
