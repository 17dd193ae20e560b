package concepts

import "netprimer/app/i18n"

// join puts texts one after the other with a space, in each language.
func join(ts ...i18n.T) i18n.T {
	var out i18n.T
	for _, t := range ts {
		if t.Ko == "" && t.En == "" {
			continue
		}
		if out.Ko != "" {
			out.Ko += " "
			out.En += " "
		}
		out.Ko += t.Ko
		out.En += t.En
	}
	return out
}

// Verdict is how an answer fares. The zero Verdict is Invalid: no answer
// could be read.
type Verdict uint8

const (
	// Invalid is an answer that could not be read (an empty box, a port
	// that is no number, a protocol not in the exercise).
	Invalid Verdict = iota
	Correct
	// Close is an answer that is not wrong but not the one asked for:
	// "Mail" for port 25, whose protocol is SMTP.
	Close
	Wrong
)

// String returns "invalid", "correct", "close" or "wrong".
func (v Verdict) String() string {
	if v > Wrong {
		return "invalid"
	}
	return [...]string{"invalid", "correct", "close", "wrong"}[v]
}

// Feedback is the answer to an answer: the verdict and why.
type Feedback struct {
	Verdict Verdict
	Explain i18n.T
}

// noCompare, as a field, makes a struct incomparable: the lessons' data
// never needs ==, and app.wasm is spared the equality function the
// compiler writes for every comparable type (and every array of one)
// that an interface or reflection can reach.
type noCompare [0]func()
