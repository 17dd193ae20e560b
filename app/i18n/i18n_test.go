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

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"192.168.0.1", "192.168.0.1"},                   // ASCII stays as it is
		{"１９２．１６８．０．１", "192.168.0.1"},                   // full-width digits and dots
		{"０ｘＤ２０４", "0xD204"},                             // full-width letters keep their case
		{"\u3000255.255.254.0\u3000", " 255.255.254.0 "}, // the ideographic space
		{"ｂ＇７ｆ０００００１＇", "b'7f000001'"},                   // full-width quotes
		{"예", "예"},               // Hangul is not a full-width form
		{"ｱ", "ｱ"},               // half-width katakana (U+FF71) stays
		{"\uff5f", "\uff5f"},     // U+FF5F, past the ASCII forms, stays
		{"\xef\xbc", "\xef\xbc"}, // a cut UTF-8 sequence stays
		{"a\xff１", "a\xff1"},     // invalid UTF-8 is kept, the rest folded
		{"", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = Fold("10.1.2.77/23") }); n != 0 {
		t.Errorf("Fold of ASCII allocates %v times; want 0", n)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"１９２．１６８．０．１", "０ｘＤ２０４", "\u3000", "a\xff１", "예"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if Fold(got) != got {
			t.Fatalf("Fold(%q) = %q, which folds again", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("Fold(%q) = %q is longer", s, got)
		}
	})
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
