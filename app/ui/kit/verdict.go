package kit

import "netprimer/app/concepts"

// VerdictClass is the class of the box showing a verdict: green when
// right, red when wrong, grey when nearly right or unreadable.
func VerdictClass(v concepts.Verdict) string {
	switch v {
	case concepts.Correct:
		return "ok"
	case concepts.Wrong:
		return "error"
	}
	return "note"
}
