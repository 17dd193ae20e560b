package lookups

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"netprimer/app/api"
	"netprimer/app/deck"
	"netprimer/app/i18n"
)

// deckCode returns the code blocks of the deck's lesson at path, joined.
func deckCode(t *testing.T, path string) string {
	t.Helper()
	l, ok := deck.Find(path)
	if !ok {
		t.Fatalf("no lesson %s in the deck", path)
	}
	var b strings.Builder
	for _, s := range l.Slides {
		for _, x := range s.Blocks {
			if x.Kind == deck.Code {
				b.WriteString(x.Code + "\n")
			}
		}
	}
	return b.String()
}

// TestRecordedAnswersAreTheDecks: every recorded answer is the deck's,
// word for word: the call as typed, then what CPython printed on the
// lecturer's PC; and the programs' outputs as the slides show them.
func TestRecordedAnswersAreTheDecks(t *testing.T) {
	for _, c := range []struct {
		path   string
		calls  []recordedCall
		output string
	}{
		{"/hosts", recordedHosts, recordedHostsOutput},
		{"/services", recordedServices, recordedPortsOutput},
	} {
		code := deckCode(t, c.path)
		for _, r := range c.calls {
			if err := r.call.Validate(); err != nil {
				t.Errorf("%s: %v", r.call.Expr(), err)
			}
			lines := recordedOf(c.calls, r.call)
			if len(lines) != 3 || lines[0] != ">>> import socket" || lines[1] != ">>> "+r.call.Expr() || lines[2] != r.repr {
				t.Errorf("%s: session %q", r.call.Expr(), lines)
			}
			said := ">>> " + r.call.Expr() + "\n" + r.repr + "\n"
			if r.call.Func == api.GetHostName {
				said = ">>> name = socket.gethostname()\n>>> name\n" + r.repr + "\n"
			}
			if !strings.Contains(code, said) {
				t.Errorf("the deck's %s does not say %q", c.path, said)
			}
		}
		if !strings.Contains(code, c.output+"\n") {
			t.Errorf("the deck's %s does not print %q", c.path, c.output)
		}
	}
	if recordedOf(recordedHosts, hostCall(api.GetHostByAddr, "homepage.sch.ac.kr")) != nil {
		t.Error("a call the deck did not make has a recorded answer")
	}
	if !strings.Contains(recordedHostsOutput, "iot : [Errno 11001] getaddrinfo failed") {
		t.Error("the recorded HOSTS output lacks Windows' error")
	}
}

// TestDeckLinks: each of the deck's calls is one link away, and the link
// opens the lesson on that call (its argument first, the other hosts
// kept).
func TestDeckLinks(t *testing.T) {
	hosts := api.DeckHosts()
	links := deckHostLinks(hosts)
	if len(links) != len(recordedHosts)-1 { // gethostname takes no argument
		t.Fatalf("%d links for the deck's host calls", len(links))
	}
	for i, x := range links {
		r := recordedHosts[i+1]
		u, err := url.Parse(x.Href)
		if err != nil || u.Path != "/hosts" {
			t.Fatalf("link %q", x.Href)
		}
		m := hostsOf(u.Query(), hosts)
		if m.hosts[0] != r.call.Arg || x.Text != r.call.Expr() {
			t.Errorf("link %q (%s) opens on %q", x.Href, x.Text, m.hosts[0])
		}
		for _, h := range hosts {
			if !slices.Contains(m.hosts, h) {
				t.Errorf("link %q leaves %q out of HOSTS", x.Href, h)
			}
		}
	}
	in := servicesIn{name: "smtp", port: "22", proto: "udp"}
	for i, x := range deckServiceLinks(in) {
		r := recordedServices[i]
		u, _ := url.Parse(x.Href)
		m := servicesOf(u.Query())
		if u.Path != "/services" || m.proto != "" || x.Text != r.call.Expr() {
			t.Errorf("link %q: %+v", x.Href, m)
		}
		got := m.port
		if r.call.Func == api.GetServByName {
			got = m.name
		}
		if got != r.call.Arg {
			t.Errorf("link %q opens %s on %q", x.Href, r.call.Func, got)
		}
	}
}

// TestIMAP2Note: the note on imap2 comes with this server's output for
// port 143 only.
func TestIMAP2Note(t *testing.T) {
	if !deckIMAP("  80 http://example.co.kr/\n 143 imap2://example.co.kr/") {
		t.Error("imap2 not seen")
	}
	if deckIMAP(recordedPortsOutput) {
		t.Error("the deck's own output has no imap2")
	}
}

// TestDeckExplain: where the server's DNS denies a name the lecturer's PC
// found, the lesson says the name exists and the server's DNS fails; a
// name the deck did not find keeps the plain explanation.
func TestDeckExplain(t *testing.T) {
	nx := api.Response{Error: &api.Error{Type: api.TypeGaierror, Errno: errno(-2), Message: "[Errno -2] Name or service not known"}}
	noName := api.Response{Error: &api.Error{Type: api.TypeHerror, Errno: errno(1), Message: "[Errno 1] Unknown host"}}
	for _, c := range []struct {
		call api.Call
		r    api.Response
		deck bool
	}{
		{hostCall(api.GetHostByName, "www.sch.ac.kr"), nx, true},
		{hostCall(api.GetHostByNameEx, "homepage.sch.ac.kr"), nx, true},
		{hostCall(api.GetHostByAddr, "220.69.189.98"), noName, true},
		{hostCall(api.GetHostByName, "iot"), nx, false}, // the deck did not find it either
		{hostCall(api.GetHostByName, "nx.np.test"), nx, false},
		{hostCall(api.GetHostByAddr, "220.69.189.98"), api.Response{Error: noName.Error, Refused: true}, false},
	} {
		got := deckExplain(c.call, c.r, explainAnswer(c.r, i18n.En), i18n.En)
		if (got == txtDeckFound.En) != c.deck {
			t.Errorf("%s: %q", c.call.Expr(), got)
		}
	}
}
