package pyidna

import "testing"

// encodeCases were written down from CPython 3.11; TestEncodeMatchesCPython
// checks them against python3 again on every run.
var encodeCases = []struct {
	in, want, err string
}{
	// The example: Hangul becomes Punycode with the ACE prefix.
	{"한국.kr", "xn--3e0b707e.kr", ""},
	// ASCII passes unchanged, upper case too (no nameprep).
	{"LOCALHOST", "LOCALHOST", ""},
	{"localhost.", "localhost.", ""},
	{"", "", ""},
	// Non-ASCII labels are case folded; ASCII ones in the same name not.
	{"Bücher.DE", "xn--bcher-kva.DE", ""},
	// IDNA 2003 maps sharp s to "ss".
	{"ß.de", "ss.de", ""},
	// Emoji were unassigned in Unicode 3.2, which the codec allows.
	{"😀.com", "xn--e28h.com", ""},
	// Fullwidth letters and dots fold to ASCII.
	{"ａｂｃ。com", "abc.com", ""},
	// Empty and long labels.
	{"a..b", "", "label empty or too long"},
	{".", "", "label empty or too long"},
	{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "", "label too long"},
	{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.kr", "", "label empty or too long"},
	{"한국..kr", "", "label empty or too long"},
	// Prohibited and bidi characters.
	{"\u200e한국", "", `Invalid character '\u200e'`},
	{"\u05d0a", "", "Violation of BIDI requirement 2"},
	{"\u05d01", "", "Violation of BIDI requirement 3"},
	// A non-ASCII name may not fake the ACE prefix.
	{"XN--a\u0301", "", "Label starts with ACE prefix"},
	{"xn--abc.한국", "xn--abc.xn--3e0b707e", ""},
}

func TestEncode(t *testing.T) {
	for _, c := range encodeCases {
		t.Run(c.in, func(t *testing.T) {
			got, err := Encode(c.in)
			if c.err != "" {
				e, ok := err.(*Error)
				if !ok || e.Reason != c.err {
					t.Fatalf("Encode(%q) = %q, %v; want UnicodeError %q", c.in, got, err, c.err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("Encode(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
			// Encoding is idempotent on its output.
			if again, err := Encode(got); err != nil || again != got {
				t.Errorf("Encode(%q) = %q, %v; want it unchanged", got, again, err)
			}
		})
	}
}

func TestErrorText(t *testing.T) {
	_, err := Encode("a..b")
	want := "encoding with 'idna' codec failed (UnicodeError: label empty or too long)"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}
