package pyidna

import (
	"strings"

	"netprimer/app/pyrepl"
)

// nameprep prepares one label as RFC 3491 says and as CPython's
// encodings.idna.nameprep does it, for query strings (unassigned code
// points allowed): map (table B.1 to nothing, B.2 case folding), NFKC,
// prohibit (tables C.1.2, C.2.2, C.3 to C.9), then check bidi (RFC 3454
// section 6).
func nameprep(label []rune) ([]rune, error) {
	mapped := make([]rune, 0, len(label))
	for _, r := range label {
		if inSpans(mapToNothing[:], r) {
			continue
		}
		if to, ok := lookup(caseFold[:], r); ok {
			mapped = append(mapped, []rune(to)...)
			continue
		}
		mapped = append(mapped, r)
	}
	out := nfkc(mapped)
	for _, r := range out {
		if inSpans(prohibited[:], r) {
			return nil, reason("Invalid character " + pyrepl.Str(string(r)))
		}
	}
	anyRandAL := false
	for _, r := range out {
		if inSpans(randAL[:], r) {
			anyRandAL = true
			break
		}
	}
	if anyRandAL {
		for _, r := range out {
			if inSpans(leftToRight[:], r) {
				return nil, reason("Violation of BIDI requirement 2")
			}
		}
		if !inSpans(randAL[:], out[0]) || !inSpans(randAL[:], out[len(out)-1]) {
			return nil, reason("Violation of BIDI requirement 3")
		}
	}
	return out, nil
}

func isASCII(s []rune) bool {
	for _, r := range s {
		if r >= 0x80 {
			return false
		}
	}
	return true
}

// toASCII returns encodings.idna.ToASCII(label) (RFC 3490 section 4.1
// with AllowUnassigned set and UseSTD3ASCIIRules clear): the label
// itself when it is ASCII, else "xn--" and the Punycode of its nameprep.
func toASCII(label []rune) (string, error) {
	// Step 1: an ASCII label skips to step 8.
	if isASCII(label) {
		return checkSize(string(label))
	}
	// Step 2.
	label, err := nameprep(label)
	if err != nil {
		return "", err
	}
	// Step 4.
	if isASCII(label) {
		return checkSize(string(label))
	}
	// Step 5.
	if strings.HasPrefix(string(label), "xn--") {
		return "", reason("Label starts with ACE prefix")
	}
	// Steps 6 and 7.
	return checkSize("xn--" + punycode(label))
}

// checkSize is step 8: 1 to 63 octets (RFC 1034 section 3.1).
func checkSize(label string) (string, error) {
	if len(label) > 0 && len(label) < 64 {
		return label, nil
	}
	return "", reason("label empty or too long")
}
