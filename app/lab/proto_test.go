package lab

import (
	"bytes"
	"strings"
	"testing"

	"netprimer/app/api"
)

func TestParseCodeLine(t *testing.T) {
	for _, c := range []struct {
		line, code string
	}{
		{"ab12cd", "ab12cd"},     // the example
		{"AB12CD", "ab12cd"},     // case does not matter
		{"ab12cd\r", "ab12cd"},   // a "\r\n" line end
		{"  ab12cd\t", "ab12cd"}, // spaces around it
		{"abo2cl", "ab02c1"},     // o, i, l read as the digits they look like
		{"ab12c", ""},            // too short
		{"ab12cde", ""},          // too long
		{"ab12cu", ""},           // u is not in the alphabet
		{"ab 2cd", ""},           // a space inside
		{"GET / HTTP/1.1\r", ""}, // a browser pointed at the lab port
		{"", ""},                 // an empty line
	} {
		code, ok := parseCodeLine([]byte(c.line))
		if code != c.code || ok != (c.code != "") {
			t.Errorf("%q: %q %v, want %q", c.line, code, ok, c.code)
		}
	}
}

func TestParseDatagram(t *testing.T) {
	for _, c := range []struct {
		datagram, code, payload string
		kind                    int
	}{
		{"ab12cd\nhello", "ab12cd", "hello", datagramOK},                // the form
		{"ab12cd\r\n\x04\xd2", "ab12cd", "\x04\xd2", datagramOK},        // CRLF, binary payload
		{"ab12cd\n", "ab12cd", "", datagramOK},                          // no payload
		{"ab12cd\nline\nline", "ab12cd", "line\nline", datagramOK},      // newlines in the payload stay
		{"AB12CDhello", "ab12cd", "hello", datagramNoNewline},           // the newline forgotten
		{"ab12cd", "ab12cd", "", datagramNoNewline},                     // the code alone
		{"hello\nab12cd\n", "", "", datagramNoCode},                     // something before the code
		{"ab12cd hello", "", "", datagramNoCode},                        // a space then no newline
		{strings.Repeat(" ", 70) + "ab12cd\nx", "", "", datagramNoCode}, // a line too long
		{"", "", "", datagramNoCode},                                    // an empty datagram
		{"\xff\xfe\x00", "", "", datagramNoCode},                        // garbage
	} {
		code, payload, kind := parseDatagram([]byte(c.datagram))
		if code != c.code || string(payload) != c.payload || kind != c.kind {
			t.Errorf("%q: %q %q %d, want %q %q %d", c.datagram, code, payload, kind, c.code, c.payload, c.kind)
		}
	}
}

func TestRefusal(t *testing.T) {
	// A 7-byte code line gets a word that says what went wrong.
	for reason, want := range map[string]string{
		refuseNoCode:    "no code",
		refuseUnknown:   "unknown",
		refuseExpired:   "expired",
		refuseNoNewline: "newline",
	} {
		if got := string(refusal(reason, 7)); got != want {
			t.Errorf("%s in 7 bytes: %q, want %q", reason, got, want)
		}
	}
	for reason, text := range refusalText {
		if got := refusal(reason, 1000); string(got) != text || !strings.HasSuffix(text, "\n") {
			t.Errorf("%s: %q", reason, got)
		}
		if len(refusal(reason, 0)) != 0 || len(refusal(reason, 3)) != 3 {
			t.Errorf("%s: not cut to its budget", reason)
		}
	}
}

// FuzzParseDatagram: no datagram panics the parser, and what it finds is
// a canonical code and a tail of the datagram.
func FuzzParseDatagram(f *testing.F) {
	for _, s := range []string{"ab12cd\nhello", "AB12CDhello", "ab12cd", "", "\n", "ab12cd\r\n", "abcdef\n\x00", strings.Repeat("a", 100)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		code, payload, kind := parseDatagram(b)
		switch kind {
		case datagramNoCode:
			if code != "" || payload != nil {
				t.Fatalf("no code, yet %q %q", code, payload)
			}
			return
		case datagramOK, datagramNoNewline:
		default:
			t.Fatalf("kind %d", kind)
		}
		if canon, ok := api.ParseLabCode(code); !ok || canon != code {
			t.Fatalf("code %q is not canonical", code)
		}
		if !bytes.HasSuffix(b, payload) || len(payload) >= len(b) {
			t.Fatalf("payload %q is not a tail of %q", payload, b)
		}
		if kind == datagramOK && bytes.IndexByte(b[:len(b)-len(payload)], '\n') != len(b)-len(payload)-1 {
			t.Fatalf("the payload of %q does not start after the first newline", b)
		}
		if len(refusal(refuseNoNewline, len(b))) > len(b) {
			t.Fatal("a reply longer than the datagram")
		}
	})
}

// FuzzCodeLine: any first line, or start of one, parses without a panic,
// and a code found is canonical.
func FuzzCodeLine(f *testing.F) {
	for _, s := range []string{"ab12cd", " AB12CD\r", "ab12cdx", "abcde", "GET / HTTP/1.1"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, parse := range []func([]byte) (string, bool){parseCodeLine, codeFirst} {
			if code, ok := parse(b); ok {
				if canon, ok := api.ParseLabCode(code); !ok || canon != code {
					t.Fatalf("%q: code %q is not canonical", b, code)
				}
			} else if code != "" {
				t.Fatalf("%q: code %q without ok", b, code)
			}
		}
	})
}
