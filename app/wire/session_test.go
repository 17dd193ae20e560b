package wire

import (
	"strings"
	"testing"

	"netprimer/app/pyrepl"
)

// The deck's slides, "IP 주소 변환" and "바이트 순서 변환": their programs
// and what CPython printed for them, as the deck shows them.
const (
	deckPackingOutput = `Original: 114.71.220.95
Packed   : b'7247dc5f'
Unpacked: 114.71.220.95`
	deckByteOrder = `>>> a = 1234
>>> hex(a)
'0x4d2'
>>> b = socket.htons(a)
>>> hex(b)
'0xd204'
>>> c = socket.ntohs(b)
>>> hex(c)
'0x4d2'`
)

func TestSessionsReproduceTheDeck(t *testing.T) {
	deck, ok := DeckSession("114.71.220.95")
	if !ok || !strings.HasSuffix(deck.String(), "\n"+deckPackingOutput) {
		t.Errorf("DeckSession does not end with the slide's output:\n%s", deck)
	}
	if s := ByteOrderSession("1234", W16).String(); !strings.Contains(s, deckByteOrder) {
		t.Errorf("ByteOrderSession does not hold the slide's session:\n%s", s)
	}
	// '114.71.220.95' <-> 0x7247DC5F
	if s := PackingSession("114.71.220.95").String(); !strings.Contains(s, "\n'0x7247dc5f'\n") || !strings.Contains(s, "\nb'7247dc5f'\n") {
		t.Errorf("PackingSession does not show 0x7247dc5f:\n%s", s)
	}
	// Host 1 (big-endian) sends 0x1234; host 2 (little-endian) reads 0x3412.
	if s := PackSession("0x1234", W16).String(); !strings.HasSuffix(s, "\n'0x3412'") {
		t.Errorf("PackSession does not end with the story's 0x3412:\n%s", s)
	}
}

// sessionInputs are texts that exercise every branch of the builders.
func sessionInputs() (ips, ns []string) {
	for _, c := range atonCases {
		ips = append(ips, c.in)
	}
	for _, c := range ptonCases {
		ips = append(ips, c.in)
	}
	ips = append(ips, "1.2.3.4 \n>>> x", "\xff", "1.2.3.4 \xff")
	for _, c := range intCases {
		ns = append(ns, c.in)
	}
	for _, c := range orderCases {
		ns = append(ns, c.in)
	}
	return ips, ns
}

func TestSessionShape(t *testing.T) {
	ips, ns := sessionInputs()
	for _, ip := range ips {
		checkShape(t, "PackingSession", ip, PackingSession(ip))
		checkShape(t, "PtonSession", ip, PtonSession(ip))
		if d, ok := DeckSession(ip); ok {
			checkShape(t, "DeckSession", ip, d)
		} else if _, err := ParseAton(ip); err != nil || printable(pyText(ip)) {
			t.Errorf("DeckSession(%+q) gave up on a text it could show", ip)
		}
	}
	for _, n := range ns {
		for _, w := range []Width{W16, W32} {
			checkShape(t, "ByteOrderSession", n, ByteOrderSession(n, w))
			checkShape(t, "PackSession", n, PackSession(n, w))
		}
	}
}

// checkShape checks what any transcript must be: it starts with its
// imports, every output line follows an input line, no output line could
// be read as input, and a traceback is the three lines of the format.
func checkShape(t *testing.T, builder, in string, tr *pyrepl.Transcript) {
	t.Helper()
	lines := tr.Lines()
	if len(lines) == 0 || !strings.HasPrefix(lines[0], ">>> import ") {
		t.Fatalf("%s(%.40q) does not start with an import:\n%s", builder, in, tr)
	}
	for i, l := range lines {
		if strings.ContainsAny(l, "\n\r") {
			t.Errorf("%s(%.40q): line %d holds a line break", builder, in, i)
		}
		if l == "Traceback (most recent call last):" {
			if i+2 >= len(lines) || lines[i+1] != "  ..." || !strings.Contains(lines[i+2], ": ") {
				t.Errorf("%s(%.40q): a broken traceback at line %d", builder, in, i)
			}
		}
	}
}

func TestIsSourceLiteral(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"1234", true},                   // the deck's number
		{"0x1234", true},                 // the story's number
		{"-1", true},                     // a negative literal is an expression, -1
		{"+0o17", true},                  // so is a positive one
		{"1_000", true},                  // underscores
		{" 1", false},                    // whitespace shows int()
		{"1 ", false},                    // on either side
		{"--1", false},                   // int() refuses it, though the source would not
		{"", false},                      // nothing
		{"-", false},                     // a sign alone
		{"\u0661", false},                // Unicode digits are not source
		{strings.Repeat("9", 65), false}, // long: int() from 65 characters on
	} {
		if got := isSourceLiteral(c.in); got != c.want {
			t.Errorf("isSourceLiteral(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
