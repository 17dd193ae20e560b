package concepts

import (
	"os"
	"slices"
	"strings"
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/netstat"
)

// Every text of the package has both languages.
func TestTextsHaveBothLanguages(t *testing.T) {
	texts := []i18n.T{Network, SenderReceiver, DeckQuestion, DeckAnswer}
	for _, e := range Elements() {
		texts = append(texts, e.Name, e.Need, e.Course)
	}
	for _, l := range Levels() {
		texts = append(texts, l.Name, l.What)
		texts = append(texts, l.Examples...)
	}
	texts = append(texts, Addressing()...)
	texts = append(texts, SocketIdeas()...)
	for _, tr := range Transfers() {
		texts = append(texts, tr.Name, tr.How)
	}
	for _, m := range Modules() {
		texts = append(texts, m.What)
	}
	for _, l := range DeckNetstat() {
		texts = append(texts, l.Explain)
	}
	for p := HostA; p <= PortB; p++ {
		texts = append(texts, p.Name())
	}
	for i, x := range texts {
		if x.Ko == "" || x.En == "" || x.In("en") != x.En || x.In("ko") != x.Ko || x.In("fr") != x.Ko {
			t.Errorf("text %d: %+v", i, x)
		}
	}
	if len(Elements()) != 3 || len(Levels()) != 2 || len(Transfers()) != 2 {
		t.Error("the deck has three elements, two levels, two transfers")
	}
	for v := Invalid; v <= Wrong+1; v++ {
		if v.String() == "" {
			t.Errorf("verdict %d has no name", v)
		}
	}
}

// The routes of the lessons, from the contract (docs/CONTRACT.md).
var routes = []string{"/", "/network", "/addresses", "/sockets", "/ipaddress", "/packing", "/byteorder", "/hosts", "/services"}

func TestModules(t *testing.T) {
	var names []string
	for _, m := range Modules() {
		names = append(names, m.Name)
		for _, r := range m.Routes {
			if !slices.Contains(routes, r) {
				t.Errorf("%s: no lesson %s", m.Name, r)
			}
		}
		if !strings.HasPrefix(m.Doc, "https://docs.python.org/3.11/library/"+m.Name+".html") {
			t.Errorf("%s: doc %s", m.Name, m.Doc)
		}
	}
	// The deck's table, in its order.
	if want := []string{"ipaddress", "socket", "select", "selectors", "socketserver", "asyncio", "urllib", "http"}; !slices.Equal(names, want) {
		t.Errorf("modules %v", names)
	}
}

// The deck's netstat example is the netstat package's fixture, line for
// line, and each explanation agrees with what the parser finds there.
func TestDeckNetstat(t *testing.T) {
	b, err := os.ReadFile("../netstat/testdata/deck.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range DeckNetstat() {
		lines = append(lines, l.Text)
	}
	text := strings.Join(lines, "\n") + "\n"
	if text != string(b) {
		t.Fatalf("DeckNetstat is not the deck's output:\n%s", text)
	}
	rep := netstat.ParseString(text)
	for _, c := range rep.Connections {
		ex := DeckNetstat()[c.Line-1].Explain
		role := map[netstat.Role]string{netstat.RoleListening: "기다립니다", netstat.RoleConnected: "접속하였음"}[c.Role()]
		if !strings.Contains(ex.Ko, role) && !strings.Contains(ex.Ko, "X11") {
			t.Errorf("line %d is %v, but the explanation says %q", c.Line, c.Role(), ex.Ko)
		}
		if tuple, ok := c.Tuple(); ok && !strings.Contains(ex.Ko, tuple.String()) {
			t.Errorf("line %d: the explanation lacks the 4-tuple %s", c.Line, tuple)
		}
		if d := rep.Describe(c); c.Role() == netstat.RoleConnected && !strings.HasPrefix(ex.Ko, d.Ko) {
			t.Errorf("line %d: %q does not start with the parser's %q", c.Line, ex.Ko, d.Ko)
		}
	}
}
