//go:build !js

package lookup

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"netprimer/app/api"
)

// serviceLines are lines of services files and the entry glibc 2.36 reads
// from each, or nil where it skips the line. TestServicesFileMatchesCPython
// checks them against the C library.
var serviceLines = []struct {
	line string
	want *Servent
}{
	// The usual form, with aliases and a comment.
	{"http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP\n", &Servent{Name: "http", Port: 80, Proto: "tcp", Aliases: []string{"www"}}},
	{"discard 9/udp sink null\n", &Servent{Name: "discard", Port: 9, Proto: "udp", Aliases: []string{"sink", "null"}}},
	// A comment may start anywhere, even inside a field.
	{"ftp 21/tcp#data\n", &Servent{Name: "ftp", Port: 21, Proto: "tcp"}},
	{"ftp#x 21/tcp\n", nil},
	// Blank and comment lines.
	{"\n", nil},
	{"   # indented comment\n", nil},
	// No "/proto": an empty protocol; a bare "/" too.
	{"noproto 77\n", &Servent{Name: "noproto", Port: 77}},
	{"slash 78/\n", &Servent{Name: "slash", Port: 78}},
	// A port that is not a number, or has junk after it, skips the line.
	{"bad x/tcp\n", nil},
	{"bad 80x/tcp\n", nil},
	{"onlyname\n", nil},
	// strtoul in base 0: a sign, hexadecimal and octal are read; values
	// beyond 32 bits are refused (negative ones wrap there), the rest
	// cut to 16 bits by htons.
	{"neg -1/tcp\n", nil},
	{"negzero -0/tcp\n", &Servent{Name: "negzero", Port: 0, Proto: "tcp"}},
	{"plus +80/tcp\n", &Servent{Name: "plus", Port: 80, Proto: "tcp"}},
	{"hex 0x50/tcp\n", &Servent{Name: "hex", Port: 80, Proto: "tcp"}},
	{"octal 0120/tcp\n", &Servent{Name: "octal", Port: 80, Proto: "tcp"}},
	{"notoctal 08/tcp\n", nil},
	{"hexonly 0x/tcp\n", nil},
	{"wrap 70000/tcp\n", &Servent{Name: "wrap", Port: 4464, Proto: "tcp"}},
	{"max32 4294967295/tcp\n", &Servent{Name: "max32", Port: 65535, Proto: "tcp"}},
	{"over32 4294967296/tcp\n", nil},
	{"huge 99999999999999999999999/tcp\n", nil},
	{"zero 0/tcp\n", &Servent{Name: "zero", Port: 0, Proto: "tcp"}},
	// Tabs, carriage returns and vertical tabs are white space.
	{"crlf 81/tcp alias\r\n", &Servent{Name: "crlf", Port: 81, Proto: "tcp", Aliases: []string{"alias"}}},
	{"vt\v82/udp\n", &Servent{Name: "vt", Port: 82, Proto: "udp"}},
	// A NUL ends the line, as in a C string.
	{"nul 83/tcp al\x00ias\n", &Servent{Name: "nul", Port: 83, Proto: "tcp", Aliases: []string{"al"}}},
	// Names are bytes: case and non-ASCII are kept.
	{"Mixed 84/TCP\n", &Servent{Name: "Mixed", Port: 84, Proto: "TCP"}},
	{"caf\xc3\xa9 85/tcp\n", &Servent{Name: "caf\xc3\xa9", Port: 85, Proto: "tcp"}},
	{"latin\xe9 86/tcp\n", &Servent{Name: "latin\xe9", Port: 86, Proto: "tcp"}},
	// Leading white space goes; on a last line without a newline glibc
	// repeats the text's tail where the white space was.
	{"   lead 87/tcp\n", &Servent{Name: "lead", Port: 87, Proto: "tcp"}},
	{"  last 88/tcp", &Servent{Name: "last", Port: 88, Proto: "tcpcp"}},
}

func TestParseServicesLines(t *testing.T) {
	for _, c := range serviceLines {
		t.Run(strings.TrimSpace(c.line), func(t *testing.T) {
			s, skipped, err := ParseServices(strings.NewReader(c.line))
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case c.want == nil && s.Len() != 0:
				t.Errorf("read %+v, want the line skipped", s.entries)
			case c.want != nil && (s.Len() != 1 || !reflect.DeepEqual(s.entries[0], *c.want)):
				t.Errorf("read %+v (skipped %v), want %+v", s.entries, skipped, *c.want)
			}
			for _, e := range skipped {
				if le, ok := e.(*LineError); !ok || le.Line != 1 {
					t.Errorf("skip report %v lacks the line number", e)
				}
			}
		})
	}
}

func TestParseServicesLineNumbers(t *testing.T) {
	_, skipped, err := ParseServices(strings.NewReader("a 1/tcp\n# c\nbad x\nb 2/udp\n"))
	if err != nil || len(skipped) != 1 || skipped[0].(*LineError).Line != 3 {
		t.Errorf("skipped %v, %v; want line 3", skipped, err)
	}
}

func TestLookupFirstMatch(t *testing.T) {
	s, _, _ := ParseServices(strings.NewReader("a 1/tcp x\nb 1/udp\nx 2/udp\na 3/udp\n"))
	for _, c := range []struct {
		name, proto string
		hasProto    bool
		port        uint16
		ok          bool
	}{
		{"a", "", false, 1, true},   // first line of the name
		{"a", "udp", true, 3, true}, // first line of the name and protocol
		{"x", "", false, 1, true},   // an alias on an earlier line wins
		{"x", "udp", true, 2, true},
		{"a", "", true, 0, false}, // an empty protocol matches none
		{"A", "", false, 0, false},
	} {
		e, ok := s.ByName(c.name, c.proto, c.hasProto)
		if ok != c.ok || ok && e.Port != c.port {
			t.Errorf("ByName(%q, %q, %v) = %+v, %v", c.name, c.proto, c.hasProto, e, ok)
		}
	}
	if e, ok := s.ByPort(1, "", false); !ok || e.Name != "a" {
		t.Errorf("ByPort(1) = %+v, %v", e, ok)
	}
	if e, ok := s.ByPort(1, "udp", true); !ok || e.Name != "b" {
		t.Errorf("ByPort(1, udp) = %+v, %v", e, ok)
	}
}

// TestBuiltinServicesIsNetbase checks the table shipped with the server:
// every line parses, and the deck's services are there.
func TestBuiltinServicesIsNetbase(t *testing.T) {
	s, skipped, err := ParseServices(bytes.NewReader(builtinServices))
	if err != nil || len(skipped) != 0 {
		t.Fatalf("%v %v", err, skipped)
	}
	for name, port := range map[string]uint16{"http": 80, "https": 443, "ftp": 21, "smtp": 25, "imap": 143, "imaps": 993, "pop3": 110, "pop3s": 995, "ssh": 22} {
		if e, ok := s.ByName(name, "", false); !ok || e.Port != port {
			t.Errorf("%s: %+v, %v", name, e, ok)
		}
	}
}

// TestServicesSource checks which table answers: the file while it
// exists (read again when it changes), the builtin table when it is gone.
func TestServicesSource(t *testing.T) {
	path := filepath.Join(t.TempDir(), "services")
	var reports []error
	db, err := newServicesDB(path, 0, func(_ string, err error) { reports = append(reports, err) })
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if s, src := db.current(now); src != SourceBuiltin || s.Len() < 100 {
		t.Errorf("missing file: %s with %d entries", src, s.Len())
	}
	os.WriteFile(path, []byte("http 8080/tcp\nbroken line\n"), 0o644)
	if s, src := db.current(now); src != SourceFile || s.Len() != 1 {
		t.Errorf("file: %s with %d entries", src, s.Len())
	}
	if len(reports) != 1 {
		t.Errorf("reports %v, want the broken line", reports)
	}
	os.WriteFile(path, []byte("http 8080/tcp\nhttps 8443/tcp\n"), 0o644)
	os.Chtimes(path, now, now.Add(time.Second))
	if s, _ := db.current(now); s.Len() != 2 {
		t.Errorf("changed file not read again: %d entries", s.Len())
	}
	os.Remove(path)
	if _, src := db.current(now); src != SourceBuiltin {
		t.Errorf("removed file: %s", src)
	}
}

// FuzzParseServices checks that any file parses without panic into
// entries with a name, and that the entries written back in the usual
// form read back the same.
func FuzzParseServices(f *testing.F) {
	for _, c := range serviceLines {
		f.Add(c.line)
	}
	f.Add(string(builtinServices[:2000]))
	f.Fuzz(func(t *testing.T, text string) {
		s, _, err := ParseServices(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, e := range s.entries {
			if e.Name == "" {
				t.Fatalf("entry without a name: %+v", e)
			}
			b.WriteString(e.Name + " " + strconv.Itoa(int(e.Port)) + "/" + e.Proto)
			for _, a := range e.Aliases {
				b.WriteString(" " + a)
			}
			b.WriteString("\n")
		}
		again, skipped, _ := ParseServices(strings.NewReader(b.String()))
		if len(skipped) > 0 || !reflect.DeepEqual(again.entries, s.entries) {
			t.Fatalf("round trip of %q:\n%+v\n%+v (%v)", b.String(), s.entries, again.entries, skipped)
		}
	})
}

// TestServicesFileMatchesCPython binds a services file made of the odd
// lines above over /etc/services for python3, and compares its
// getservbyname and getservbyport with ours on the same file.
func TestServicesFileMatchesCPython(t *testing.T) {
	var b strings.Builder
	for _, c := range serviceLines {
		b.WriteString(c.line)
	}
	content := b.String()
	o := startNSOracle(t, map[string]string{
		"/etc/services":      content,
		"/etc/nsswitch.conf": "services: files\n",
	})
	path := writeTemp(t, "services", content)
	var calls []api.Call
	for _, c := range serviceCalls(t, path) {
		// A Python str holds UTF-8 only; getservbyport(86) reads the
		// Latin-1 name back.
		if utf8.ValidString(c.Arg) {
			calls = append(calls, c)
		}
	}
	for _, n := range []string{"sink", "null", "al", "ias", "tcpcp", "last", "café", "caf\u00e9"} {
		calls = append(calls, api.Call{Func: api.GetServByName, Arg: n, HasArg: true})
	}
	want := askPython(t, o, calls)
	p := newTestSocket(t, stubResolver{}, path)
	compareAll(t, calls, runAll(t, p, calls, time.Second), want)
	t.Logf("%d calls compared", len(calls))
}
