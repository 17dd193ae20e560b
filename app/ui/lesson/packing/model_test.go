package packing

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"netprimer/app/ui/kit"
)

// TestExampleLinks checks the example links, written out so that
// app.wasm has no code to build them: each opens the text it shows.
func TestExampleLinks(t *testing.T) {
	for _, x := range allLinks() {
		u, err := url.Parse(x.Href)
		if err != nil || u.Path != "/packing" || u.Query().Get("ip") != x.Text {
			t.Errorf("link %q shows %q", x.Href, x.Text)
		}
		if m := modelOf(u.Query()); m.ip != x.Text {
			t.Errorf("link %q opens %q", x.Href, m.ip)
		}
	}
}

// TestModelInvariants checks, for every text of the oracle's cases and
// the example links: the model is a function of the URL, and the URL it
// writes back opens the same model (but for the note of a text cut, which
// the URL then holds as cut).
func TestModelInvariants(t *testing.T) {
	queries := []url.Values{nil, {"ip": {""}}, {"ip": {"a", "b"}}, {"ip": {strings.Repeat("1", 6000)}}}
	for _, x := range allLinks() {
		queries = append(queries, url.Values{"ip": {x.Text}})
	}
	for _, ip := range []string{"127.1", "0x7f.1", "1.2.3.4 junk", "256.1.1.1", "::1", "1.2.3.4\x00", "\xff", "fe80::1%eth0"} {
		queries = append(queries, url.Values{"ip": {ip}, "lang": {"en"}})
	}
	for _, q := range queries {
		m := modelOf(q)
		if !reflect.DeepEqual(m, modelOf(q)) {
			t.Errorf("%v: the model is not a function of the URL", q)
		}
		back := modelOf(m.query())
		back.cut = m.cut
		if !reflect.DeepEqual(back, m) {
			t.Errorf("%.60v: the model writes %.60v, which opens another", q, m.query())
		}
		if m.atonOK() == (m.atonErr != "") || (m.packed == nil) == m.atonOK() || (m.ptonErr == "") == (m.ptonPacked == nil) {
			t.Errorf("%.60v: inet_aton ok %v with error %q; inet_pton error %q with %d bytes", q, m.atonOK(), m.atonErr, m.ptonErr, len(m.ptonPacked))
		}
	}
}

func allLinks() []kit.Link { return append(append([]kit.Link(nil), atonLinks...), ptonLinks...) }
