package practice

import (
	"encoding/json"
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"netprimer/app/i18n"
)

// seedsQuick is how many seeds per level the tests without CPython draw:
// as many as the CPython tests natively, fewer in the browser, where the
// same code runs several times slower.
var seedsQuick = uint32(1000)

func init() {
	if runtime.GOOS == "js" {
		seedsQuick = 300
	}
}

func eachItem(t *testing.T, seeds uint32, f func(it Item)) {
	t.Helper()
	for _, sk := range Skills() {
		for level := MinLevel; level <= MaxLevel; level++ {
			for seed := uint32(0); seed < seeds; seed++ {
				it, err := New(sk.ID, seed, level)
				if err != nil {
					t.Fatal(err)
				}
				f(it)
			}
		}
	}
}

func itemName(it Item) string {
	return fmt.Sprintf("%s seed=%d level=%d %s", it.SkillID(), it.Seed(), it.Level(), it.Given())
}

func bothLanguages(t i18n.T) bool {
	return strings.TrimSpace(t.Ko) != "" && strings.TrimSpace(t.En) != ""
}

func TestSkillsAreTheContract(t *testing.T) {
	// The IDs of issue 12, which the classroom stores.
	want := []string{
		"ipaddress.network", "ipaddress.broadcast", "ipaddress.first_host", "ipaddress.last_host",
		"ipaddress.num_hosts", "ipaddress.num_addresses", "ipaddress.netmask", "ipaddress.prefixlen",
		"ipaddress.hostmask", "ipaddress.contains", "ipaddress.subnets_count", "ipaddress.version",
		"ipaddress.compressed", "ipaddress.exploded",
		"packing.aton_hex", "packing.ntoa", "packing.lenient",
		"byteorder.htons", "byteorder.htonl", "byteorder.memory",
		"ports.service", "ports.port", "connections.same", "network.layer", "sockets.call",
	}
	have := map[string]Skill{}
	for _, s := range Skills() {
		if _, dup := have[s.ID]; dup {
			t.Errorf("skill %s twice", s.ID)
		}
		have[s.ID] = s
	}
	for _, id := range want {
		if _, ok := have[id]; !ok {
			t.Errorf("skill %s is missing", id)
		}
	}
	lessons := map[string]bool{}
	for _, l := range Lessons() {
		if lessons[l.Path] || !bothLanguages(l.Title) || len(l.Skills) == 0 {
			t.Errorf("lesson %s: twice, untitled or empty", l.Path)
		}
		lessons[l.Path] = true
	}
	ident := regexp.MustCompile(`^[a-z]+(\.[a-z_0-9]+)+$`)
	for _, s := range Skills() {
		if !ident.MatchString(s.ID) || !lessons[s.Lesson] || !bothLanguages(s.Title) || s.Question == "" || s.Form.String() == "" {
			t.Errorf("skill %+v is incomplete", s)
		}
		ids := map[string]bool{}
		for _, m := range s.Mistakes {
			if ids[m.ID] || !regexp.MustCompile(`^[a-z0-9_]+$`).MatchString(m.ID) || !bothLanguages(m.Name) {
				t.Errorf("%s: mistake %+v is a duplicate, badly named or unnamed", s.ID, m)
			}
			ids[m.ID] = true
		}
	}
	if _, err := New("ipaddress.nope", 1, 1); err != ErrSkill {
		t.Errorf("New of an unknown skill: %v", err)
	}
	for _, level := range []int{0, 4, -1} {
		if _, err := New("ipaddress.network", 1, level); err != ErrLevel {
			t.Errorf("New at level %d: %v", level, err)
		}
	}
}

// TestItems checks every item's parts: deterministic, its Given naming
// what the question uses, hints and texts in both languages, and the
// right answer, typed as a student would, read as right.
func TestItems(t *testing.T) {
	eachItem(t, seedsQuick, func(it Item) {
		name := itemName(it)
		again, _ := New(it.SkillID(), it.Seed(), it.Level())
		if again.Given() != it.Given() || again.Solution().Answer != it.Solution().Answer ||
			strings.Join(again.Solution().Session, "\n") != strings.Join(it.Solution().Session, "\n") {
			t.Fatalf("%s: a second New gives another item", name)
		}
		var given map[string]any
		if err := json.Unmarshal([]byte(it.Given()), &given); err != nil || len(given) == 0 {
			t.Fatalf("%s: Given is not a JSON object: %v", name, err)
		}
		for k := range given {
			if !regexp.MustCompile(`\b` + k + `\b`).MatchString(it.Question()) {
				t.Errorf("%s: the question %q does not use the given %q", name, it.Question(), k)
			}
		}
		if !bothLanguages(it.Prompt()) || !bothLanguages(it.Solution().Explain) {
			t.Errorf("%s: prompt or explanation without both languages", name)
		}
		if h := it.Hints(); len(h) < 2 || len(h) > 3 {
			t.Errorf("%s: %d hints; want 2 or 3", name, len(h))
		}
		for _, h := range it.Hints() {
			if !bothLanguages(h) {
				t.Errorf("%s: a hint without both languages: %+v", name, h)
			}
		}
		if !strings.HasPrefix(it.Link(), it.Skill().Lesson) {
			t.Errorf("%s: the link %q leads out of the lesson %s", name, it.Link(), it.Skill().Lesson)
		}
		if len(it.s.dropped) > 0 {
			t.Errorf("%s: mistakes whose answer the form cannot read: %v", name, it.s.dropped)
		}
		sol := it.Solution()
		v := it.Check(sol.Typed)
		if v.Outcome != Right || v.Diagnosis != "" || v.Answer != sol.Answer || len(v.Session) == 0 || v.Link != it.Link() || !bothLanguages(v.Explain) {
			t.Errorf("%s: the right answer %q gets %+v", name, sol.Typed, v)
		}
	})
}

// TestMistakes checks every known mistake on every item: its answer
// differs from the right one (or the mistake is not offered for the
// item), that answer is wrong with the mistake's diagnosis (the first
// mistake of that answer), and every mistake is offered for some items.
func TestMistakes(t *testing.T) {
	offered := map[string]int{}
	eachItem(t, seedsQuick, func(it Item) {
		name := itemName(it)
		ids := map[string]bool{}
		for _, m := range it.Skill().Mistakes {
			ids[m.ID] = true
		}
		first := map[string]string{}
		for _, w := range it.s.wrong {
			offered[it.SkillID()+" "+w.id]++
			if !ids[w.id] {
				t.Errorf("%s: offers %s, not a mistake of the skill", name, w.id)
			}
			if w.value == it.s.right.value {
				t.Errorf("%s: mistake %s gives the right answer %s", name, w.id, w.value)
			}
			if _, ok := first[w.value]; !ok {
				first[w.value] = w.id
			}
			if !bothLanguages(w.why) {
				t.Errorf("%s: mistake %s unexplained", name, w.id)
			}
		}
		for _, w := range it.s.wrong {
			v := it.Check(w.typed)
			if v.Outcome != Wrong || v.Diagnosis != first[w.value] || !bothLanguages(v.Mistake) || !bothLanguages(v.Explain) {
				t.Errorf("%s: mistake %s's answer %q gets %s, diagnosis %q", name, w.id, w.typed, v.Outcome, v.Diagnosis)
			}
			if v.Answer != it.s.right.value || len(v.Session) == 0 {
				t.Errorf("%s: a wrong answer's verdict lacks the answer or the session", name)
			}
		}
	})
	for _, sk := range Skills() {
		for _, m := range sk.Mistakes {
			if offered[sk.ID+" "+m.ID] == 0 {
				t.Errorf("%s: mistake %s is offered for no item", sk.ID, m.ID)
			}
		}
	}
}

// fullWidth writes s's ASCII as a Korean IME does in full-width mode.
func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ':
			b.WriteRune('\u3000')
		case r > ' ' && r < 0x7f:
			b.WriteRune(r + 0xfee0)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spellings returns other ways to write the answer typed, each of the
// same value in the form.
func spellings(f Form, typed string) []string {
	out := []string{typed, "  " + typed + " ", "\u3000" + typed + "\u3000", fullWidth(typed)}
	switch f {
	case FormAddress, FormAddressOrError:
		if typed == "OSError" {
			return append(out, "oserror", "error", "예외", "OSError: illegal IP address string passed to inet_aton")
		}
		out = append(out, "'"+typed+"'", `"`+typed+`"`)
		if strings.Contains(typed, ":") {
			out = append(out, strings.ToUpper(typed), "IPv6Address('"+typed+"')")
		} else {
			parts := strings.Split(typed, ".")
			for i, p := range parts {
				parts[i] = strings.Repeat("0", 3-len(p)) + p
			}
			out = append(out, strings.Join(parts, "."), "IPv4Address('"+typed+"')", "ipaddress.IPv4Address('"+typed+"')")
		}
	case FormInteger:
		out = append(out, "0"+typed, "(("+typed+"))", typed+" + 0", "1 * "+typed)
		if typed != "0" && !strings.HasPrefix(typed, "-") {
			out = append(out, "+"+typed)
		}
	case FormHex:
		d := strings.TrimPrefix(typed, "0x")
		out = append(out, d, "0X"+strings.ToUpper(d), "0x00"+d, "'"+typed+"'")
	case FormHexlify:
		out = append(out, "b'"+typed+"'", `b"`+typed+`"`, strings.ToUpper(typed), spaced(typed, " "), spaced(typed, ":"), "0x"+typed, `\x`+spaced(typed, `\x`))
	case FormBytes:
		d := strings.ReplaceAll(typed, " ", "")
		out = append(out, d, "0x"+d, strings.ToUpper(typed), spaced(d, ":"), `\x`+spaced(d, `\x`), "b'"+`\x`+spaced(d, `\x`)+"'")
	case FormBool, FormSame:
		out = append(out, strings.ToLower(typed), strings.ToUpper(typed))
		if typed == "True" {
			out = append(out, "예", "O", "yes", "○")
		} else {
			out = append(out, "아니요", "X", "no", "×")
		}
		if f == FormSame && typed == "True" {
			out = append(out, "same", "같은 연결")
		} else if f == FormSame {
			out = append(out, "different", "다른 연결")
		}
	case FormVersion:
		out = append(out, "IPv"+typed, "v"+typed)
	case FormIPv6Text:
		out = append(out, strings.ToUpper(typed), "'"+typed+"'")
	case FormService:
		out = append(out, strings.ToLower(typed), "'"+strings.ToLower(typed)+"'")
	case FormLayer:
		out = append(out, strings.ToUpper(typed), typed+" layer")
	case FormCall:
		name := strings.TrimSuffix(typed, "()")
		out = append(out, name, "s."+typed, "conn."+name+"(1024)", "data = conn."+name+"(1024)", strings.ToUpper(name))
	}
	return out
}

// spaced puts sep between the byte pairs of hex digits.
func spaced(hex, sep string) string {
	var parts []string
	for i := 0; i+1 < len(hex); i += 2 {
		parts = append(parts, hex[i:i+2])
	}
	return strings.Join(parts, sep)
}

func TestRightSpellings(t *testing.T) {
	eachItem(t, 60, func(it Item) {
		for _, s := range spellings(it.Form(), it.Solution().Typed) {
			if v := it.Check(s); v.Outcome != Right {
				t.Errorf("%s: %q, a spelling of %q, is %s (read %s): %s", itemName(it), s, it.Solution().Typed, v.Outcome, v.Read, v.Explain.En)
			}
		}
	})
}

// notOfForm are answers that are not of each form: unreadable, whatever
// the item.
var notOfForm = map[Form][]string{
	FormAddress:        {"", "   ", "abc", "10.1.2", "10.1.2.3.4", "256.1.1.1", "10.1.2.0/24", "1.2.3.4 5", "2001:db8:::1", "0x7f.1", "１０.１.２"},
	FormAddressOrError: {"", "2001:db8::1", "10.1.2", "127.1", "ValueError", "maybe"},
	FormInteger:        {"", "2^8", "1.5", "abc", "2**-1", "9**9**9", "1,2", "1,2345", "0x", "12abc", "(1", "1)", "--", "2 2", "0b102", "1__0", "4,294,967,29"},
	FormHex:            {"", "0x", "xyz", "0xg1", "-0x1", "12.5", "_12"},
	FormHexlify:        {"", "7f00000", "b'7f0000'x", "b'hello'", "zz", "b'\\x7g'", "b'7f"},
	FormBytes:          {"", "123", "b'\\x1'", "b'é'", "hello", "b'12", "B'''"},
	FormBool:           {"", "maybe", "2", "truth", "TRUEE"},
	FormVersion:        {"", "5", "ipv5", "four"},
	FormSame:           {"", "both", "maybe"},
	FormIPv6Text:       {"", "hello", "1.2.3.4", "2001:db8::g", "fe80::1%eth0"},
	FormService:        {"", "!!", "smtp, http", "25"},
	FormLayer:          {"", "6", "session", "0", "layer"},
	FormCall:           {"", "foo()", "accept(", "print()", "s.bind(", "3"},
}

func TestUnreadable(t *testing.T) {
	byForm := map[Form]Item{}
	for _, sk := range Skills() {
		if _, ok := byForm[sk.Form]; !ok {
			byForm[sk.Form], _ = New(sk.ID, 7, 2)
		}
	}
	for f := FormAddress; f <= FormCall; f++ {
		it, ok := byForm[f]
		if !ok {
			t.Errorf("no skill has form %s", f)
			continue
		}
		cases := append(notOfForm[f], strings.Repeat("1", maxAnswer+1))
		for _, s := range cases {
			v := it.Check(s)
			if v.Outcome != Unreadable || v.Answer != "" || v.Session != nil || v.Diagnosis != "" || !bothLanguages(v.Explain) {
				t.Errorf("%s: %q gets %s (read %s); want unreadable, with no answer given away", f, s, v.Outcome, v.Read)
			}
		}
	}
	if v := (Item{}).Check("1"); v.Outcome != Unreadable || !bothLanguages(v.Explain) {
		t.Errorf("the zero Item checks %+v", v)
	}
}

func TestOutcomeNames(t *testing.T) {
	for o, want := range map[Outcome]string{Right: "right", Wrong: "wrong", Unreadable: "unreadable", 9: "unreadable"} {
		if o.String() != want {
			t.Errorf("%d.String() = %q; want %q", o, o.String(), want)
		}
	}
}

func TestCheckForTheServer(t *testing.T) {
	it, _ := New("ipaddress.broadcast", 42, 2)
	v, err := Check("ipaddress.broadcast", 42, 2, it.Solution().Typed)
	if err != nil || v.Outcome != Right {
		t.Errorf("Check of the right answer: %v %v", v.Outcome, err)
	}
	if _, err := Check("nope", 42, 2, "1"); err != ErrSkill {
		t.Errorf("Check of an unknown skill: %v", err)
	}
}
