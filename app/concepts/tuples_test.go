package concepts

import (
	"slices"
	"strings"
	"testing"
)

func TestDeckQuestion(t *testing.T) {
	// The deck's three examples differ pairwise: 1-2 in the client's port,
	// 1-3 in its IP, 2-3 in both.
	for _, tc := range []struct {
		i, j   int
		differ []Part
	}{
		{0, 1, []Part{PortA}},
		{0, 2, []Part{HostA}},
		{1, 2, []Part{HostA, PortA}},
	} {
		c := Compare(DeckConns()[tc.i], DeckConns()[tc.j])
		if c.Same || !slices.Equal(c.Differ, tc.differ) || len(c.Unknown) != 0 {
			t.Errorf("예%d, 예%d: %+v", tc.i+1, tc.j+1, c)
		}
		if fb := CheckSame(tc.i, tc.j, false); fb.Verdict != Correct {
			t.Errorf("answering different for 예%d, 예%d: %v", tc.i+1, tc.j+1, fb.Verdict)
		}
		fb := CheckSame(tc.i, tc.j, true)
		if fb.Verdict != Wrong || !strings.Contains(fb.Explain.Ko, tc.differ[0].Name().Ko) {
			t.Errorf("answering same for 예%d, 예%d: %v %q", tc.i+1, tc.j+1, fb.Verdict, fb.Explain.Ko)
		}
	}
	if fb := CheckSame(1, 1, true); fb.Verdict != Correct {
		t.Errorf("an example and itself: %v", fb.Verdict)
	}
	if fb := CheckSame(0, 3, true); fb.Verdict != Invalid {
		t.Errorf("예4: %v", fb.Verdict)
	}
	if got := DeckConns()[0].String(); got != "(114.71.220.95, 59664), (www.python.org, 80)" {
		t.Errorf("the deck writes the pair as %q", got)
	}
	for _, s := range []string{"59664", "59665", "114.71.220.96", "다른 연결"} {
		if !strings.Contains(DeckAnswer.Ko, s) {
			t.Errorf("the answer does not mention %s", s)
		}
	}
}

func TestCompare(t *testing.T) {
	conn := func(s string) Conn {
		c, ok := ParseConn(s)
		if !ok {
			t.Fatalf("ParseConn(%q)", s)
		}
		return c
	}
	for _, tc := range []struct {
		name    string
		a, b    string
		same    bool
		swapped bool
		differ  []Part
		unknown []Part
	}{
		{"equal", "(114.71.220.95, 59664), (www.python.org, 80)", "(114.71.220.95, 59664), (www.python.org, 80)", true, false, nil, nil},
		// Host names compare without case or a final dot.
		{"name case", "(114.71.220.95, 59664), (www.python.org, 80)", "(114.71.220.95, 59664), (WWW.Python.org., 80)", true, false, nil, nil},
		// IPv6 addresses compare by value.
		{"ipv6 spelling", "(::1, 50000), (::1, 80)", "(0:0:0:0:0:0:0:1, 50000), (::1, 80)", true, false, nil, nil},
		// netstat on the server lists the same connection the other way round.
		{"other end", "(114.71.220.46, 22), (114.71.220.95, 59664)", "(114.71.220.95, 59664), (114.71.220.46, 22)", true, true, nil, nil},
		{"server port", "(114.71.220.95, 59664), (www.python.org, 80)", "(114.71.220.95, 59664), (www.python.org, 443)", false, false, []Part{PortB}, nil},
		{"server host", "(114.71.220.95, 59664), (www.python.org, 80)", "(114.71.220.95, 59664), (docs.python.org, 80)", false, false, []Part{HostB}, nil},
		{"all four", "(192.0.2.1, 1), (192.0.2.2, 2)", "(198.51.100.1, 3), (198.51.100.2, 4)", false, false, []Part{HostA, PortA, HostB, PortB}, nil},
		// A name against an address: only a lookup can tell.
		{"name and address", "(114.71.220.95, 59664), (www.python.org, 80)", "(114.71.220.95, 59664), (198.51.100.80, 80)", false, false, nil, []Part{HostB}},
		{"name, address and port", "(114.71.220.95, 59664), (www.python.org, 80)", "(114.71.220.95, 59665), (198.51.100.80, 80)", false, false, []Part{PortA}, []Part{HostB}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Compare(conn(tc.a), conn(tc.b))
			if c.Same != tc.same || c.Swapped != tc.swapped || !slices.Equal(c.Differ, tc.differ) || !slices.Equal(c.Unknown, tc.unknown) {
				t.Errorf("got %+v", c)
			}
			if c.Explain.Ko == "" || c.Explain.En == "" {
				t.Error("no explanation")
			}
			if len(tc.unknown) > 0 && !strings.Contains(c.Explain.Ko, "gethostbyname") {
				t.Errorf("the explanation does not point to the lookup: %q", c.Explain.Ko)
			}
			// Comparing is symmetric.
			d := Compare(conn(tc.b), conn(tc.a))
			if d.Same != c.Same || !slices.Equal(d.Differ, c.Differ) || !slices.Equal(d.Unknown, c.Unknown) {
				t.Errorf("not symmetric: %+v", d)
			}
		})
	}
}

var parseConnCases = []struct {
	in   string
	ok   bool
	want string // Conn.String()
}{
	{"(114.71.220.95, 59664), (www.python.org, 80)", true, "(114.71.220.95, 59664), (www.python.org, 80)"},
	{"((114.71.220.95, 59664), (www.python.org, 80))", true, "(114.71.220.95, 59664), (www.python.org, 80)"},
	{"(('114.71.220.95', 59664), ('www.python.org', 80))", true, "(114.71.220.95, 59664), (www.python.org, 80)"},
	{"  (114.71.220.95,59664),(www.python.org,80)\n", true, "(114.71.220.95, 59664), (www.python.org, 80)"},
	{"(('::1', 50007), ('fe80::1%eth0', 80))", true, "(::1, 50007), (fe80::1%eth0, 80)"},
	{"(localhost, 0), (a, 65535)", true, "(localhost, 0), (a, 65535)"},
	{"(114.71.220.95, 65536), (www.python.org, 80)", false, ""},         // port past 16 bits
	{"(114.71.220.95, -1), (www.python.org, 80)", false, ""},            // negative port
	{"(114.71.220.095, 59664), (www.python.org, 80)", false, ""},        // dotted digits that are no address
	{"(114.71.220.95, 59664)", false, ""},                               // one node
	{"(114.71.220.95, 59664), (www.python.org, 80), (a, 1)", false, ""}, // three
	{"(-bad-, 1), (a, 2)", false, ""},                                   // a label starting with a hyphen
	{"(under_score, 1), (a, 2)", false, ""},
	{"(114.71.220.95, ssh), (www.python.org, 80)", false, ""}, // names are for getservbyname
	{"", false, ""},
}

func TestParseConn(t *testing.T) {
	for _, tc := range parseConnCases {
		t.Run(tc.in, func(t *testing.T) {
			c, ok := ParseConn(tc.in)
			if ok != tc.ok || ok && c.String() != tc.want {
				t.Errorf("ParseConn = %v, %v", c, ok)
			}
		})
	}
}

// FuzzParseConn: ParseConn never panics, and what it reads writes back to
// text that reads the same.
func FuzzParseConn(f *testing.F) {
	for _, tc := range parseConnCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := ParseConn(s)
		if !ok {
			return
		}
		back, ok := ParseConn(c.String())
		if !ok || back != c {
			t.Fatalf("%q reads as %v, which reads back as %v, %v", s, c, back, ok)
		}
		if cmp := Compare(c, c); !cmp.Same || cmp.Swapped && c.A != c.B {
			t.Fatalf("%v differs from itself: %+v", c, cmp)
		}
	})
}

// TestCompareTexts reads the feedback as a student does: the Korean
// particle chosen for the part named (포트 번호가, not 포트 번호이(가)), and
// English sentences after "No.".
func TestCompareTexts(t *testing.T) {
	fb := CheckSame(0, 1, true)
	if ko := fb.Explain.Ko; !strings.Contains(ko, PortA.Name().Ko+"가 다릅니다") || strings.Contains(ko, "(가)") {
		t.Errorf("Korean: %q", ko)
	}
	if en := fb.Explain.En; !strings.HasPrefix(en, "No. These are different connections: the ") {
		t.Errorf("English: %q", en)
	}
	fb = CheckSame(0, 2, true)
	if ko := fb.Explain.Ko; !strings.Contains(ko, HostA.Name().Ko+"가 다릅니다") { // IP: 아이피, a vowel
		t.Errorf("Korean: %q", ko)
	}
	if c := Compare(DeckConns()[0], DeckConns()[0]); !strings.HasPrefix(c.Explain.En, "It is the same connection:") {
		t.Errorf("English: %q", c.Explain.En)
	}
}
