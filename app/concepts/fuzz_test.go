package concepts

import "testing"

// FuzzAnswers types anything into the answer boxes: every checker answers
// with a verdict and an explanation in both languages, and never panics.
func FuzzAnswers(f *testing.F) {
	for _, s := range []string{"SMTP (Mail)", "smtp", "Mail", "443", " 80 ", "TCP", "와이파이", "트랜스포트 계층", "(", "((", "))(", "\x00", "٣"} {
		f.Add(s, uint16(25))
	}
	f.Fuzz(func(t *testing.T, answer string, port uint16) {
		fbs := []Feedback{CheckService(port, answer), CheckPort(answer, answer), CheckPort("SSH", answer)}
		if l, ok := ParseLayer(answer); ok {
			if _, ok := l.Info(); !ok {
				t.Fatalf("ParseLayer(%q) = %v, no layer", answer, l)
			}
			fbs = append(fbs, Check("TCP", l))
		}
		for _, p := range Protocols() {
			fbs = append(fbs, Check(answer, p.Layer))
		}
		for i, fb := range fbs {
			if fb.Verdict > Wrong || fb.Explain.Ko == "" || fb.Explain.En == "" {
				t.Fatalf("feedback %d for %q: %+v", i, answer, fb)
			}
		}
	})
}
