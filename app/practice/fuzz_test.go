package practice

import (
	"testing"
)

// FuzzForms types anything as an answer of every form: a form never
// panics, and a value it reads reads again as itself (the right answer
// CPython prints is taken as right, and a value stays a value).
func FuzzForms(f *testing.F) {
	for _, cs := range formCases {
		for _, c := range cs {
			f.Add(c.in)
		}
	}
	for _, cs := range notOfForm {
		for _, s := range cs {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		for form := FormAddress; form <= FormCall; form++ {
			v, bad, ok := form.read(text)
			if !ok {
				if !bothLanguages(bad) {
					t.Fatalf("%s.read(%q): unreadable without a message", form, text)
				}
				continue
			}
			if form == FormService && len(v) > 0 && v[0] == '<' {
				continue // a kind of service is read, but is no value to type back
			}
			if again, _, ok := form.read(v); !ok || again != v {
				t.Fatalf("%s.read(%q) = %q, which reads as %q, %v", form, text, v, again, ok)
			}
		}
	})
}

// FuzzCheck answers any item with anything: a verdict always comes,
// consistent with itself.
func FuzzCheck(f *testing.F) {
	f.Add(uint8(0), uint32(7), uint8(1), "10.1.3.255")
	f.Add(uint8(3), uint32(0), uint8(3), "2**9-2")
	f.Add(uint8(20), uint32(4294967295), uint8(2), "b'\\x12'")
	f.Fuzz(func(t *testing.T, skill uint8, seed uint32, level uint8, answer string) {
		sk := registry[int(skill)%len(registry)]
		it, err := New(sk.ID, seed, int(level%3)+1)
		if err != nil {
			t.Fatal(err)
		}
		v := it.Check(answer)
		switch v.Outcome {
		case Unreadable:
			if v.Answer != "" || v.Session != nil || v.Diagnosis != "" {
				t.Fatalf("an unreadable verdict gives the answer away: %+v", v)
			}
		case Right:
			if v.Read != it.Solution().Answer || v.Diagnosis != "" {
				t.Fatalf("right, but read %q for %q", v.Read, it.Solution().Answer)
			}
		case Wrong:
			if v.Read == it.Solution().Answer || v.Answer == "" {
				t.Fatalf("wrong, but read the answer %q", v.Read)
			}
		default:
			t.Fatalf("outcome %d", v.Outcome)
		}
		if !bothLanguages(v.Explain) {
			t.Fatalf("a verdict without an explanation: %+v", v)
		}
	})
}
