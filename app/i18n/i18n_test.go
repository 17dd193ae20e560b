package i18n

import (
	"regexp"
	"testing"
)

// hangul matches a Korean syllable.
var hangul = regexp.MustCompile(`[가-힣]`)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Lang
		ok   bool
	}{
		{"ko", Ko, true},
		{"en", En, true},
		{"EN", "", false}, // URLs are case-sensitive; the switch writes lower case
		{"", "", false},
		{"ja", "", false},
	} {
		got, ok := Parse(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("Parse(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	for _, l := range Langs {
		if l.Other().Other() != l || l.Other() == l {
			t.Errorf("%s.Other() = %s: the switch must toggle", l, l.Other())
		}
	}
}

func TestIn(t *testing.T) {
	x := T{Ko: "서브넷 마스크", En: "subnet mask"}
	if x.In(Ko) != x.Ko || x.In(En) != x.En || x.In("") != x.Ko {
		t.Errorf("In picks the wrong language: %q %q %q", x.In(Ko), x.In(En), x.In(""))
	}
}

// TestOffer checks that the switch offers each language in that language:
// Korean in Hangul, English without it.
func TestOffer(t *testing.T) {
	if ko := Ko.Offer(); !hangul.MatchString(ko) || ko == En.Offer() {
		t.Errorf("Ko.Offer() = %q", ko)
	}
	if en := En.Offer(); hangul.MatchString(en) || en == "" {
		t.Errorf("En.Offer() = %q", en)
	}
}
