package ui

import "netprimer/app/concepts"

// feedbackClass is the class of the box showing a verdict: green when
// right, red when wrong, grey when nearly right or unreadable.
func feedbackClass(fb concepts.Feedback) string {
	switch fb.Verdict {
	case concepts.Correct:
		return "ok"
	case concepts.Wrong:
		return "error"
	}
	return "note"
}
