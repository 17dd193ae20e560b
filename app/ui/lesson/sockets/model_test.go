package sockets

import (
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"netprimer/app/concepts"
)

func TestSequence(t *testing.T) {
	udp := func(q url.Values) sequence {
		return sequenceOf(q, "udp", concepts.Transfers()[1], concepts.UDPSequence())
	}
	w := udp(url.Values{"udp": {"3"}})
	// recvfrom waits: its result shows when it returns, not when it starts.
	if srv := w.rows[2].sides[1]; !srv.acts || !srv.Blocks || srv.Result != "" {
		t.Errorf("step 3: %+v", srv)
	}
	w = udp(url.Values{"udp": {"6"}})
	if srv := w.rows[5].sides[1]; !srv.returns || srv.Result != "b'Hello'" {
		t.Errorf("step 6: %+v", srv)
	}
	if w.rows[4].arrow != "b'Hello' →" || w.count() != "6 / 10" || w.call.Name != "recvfrom()" {
		t.Errorf("arrow %q, count %q, call %q", w.rows[4].arrow, w.count(), w.call.Name)
	}
	w = udp(url.Values{"udp": {"99"}})
	if !w.atEnd() || w.atStart() || len(w.rows) != len(concepts.UDPSequence()) {
		t.Errorf("udp=99: end %v", w.atEnd())
	}
	w = udp(nil)
	if !w.atStart() || len(w.rows) != 0 || w.n != 0 {
		t.Errorf("no parameter: start %v, rows %d", w.atStart(), len(w.rows))
	}
	for _, steps := range [][]concepts.Step{concepts.TCPSequence(), concepts.UDPSequence()} {
		if s := seqSession(steps, len(steps)).String(); strings.Contains(s, "50007") || strings.Contains(s, "localhost") {
			t.Errorf("the one-interpreter session keeps the programs' address:\n%s", s)
		}
	}
}

// TestModelInvariants checks, for every URL a player can be given: the
// sequence is a function of the URL, the URL it writes back opens the same
// sequence, and each player reads only its own parameter.
func TestModelInvariants(t *testing.T) {
	tr := concepts.Transfers()
	players := []struct {
		proto string
		t     concepts.Transfer
		steps []concepts.Step
	}{{"tcp", tr[0], concepts.TCPSequence()}, {"udp", tr[1], concepts.UDPSequence()}}
	for _, p := range players {
		var queries []url.Values
		for n := -2; n <= len(p.steps)+2; n++ {
			queries = append(queries, url.Values{p.proto: {strconv.Itoa(n)}})
		}
		queries = append(queries, nil, url.Values{p.proto: {"x"}}, url.Values{p.proto: {"4", "2"}})
		for _, q := range queries {
			m := sequenceOf(q, p.proto, p.t, p.steps)
			if !reflect.DeepEqual(m, sequenceOf(q, p.proto, p.t, p.steps)) {
				t.Errorf("%s %v: not a function of the URL", p.proto, q)
			}
			if back := sequenceOf(m.query(), p.proto, p.t, p.steps); !reflect.DeepEqual(back, m) {
				t.Errorf("%s %v: step %d writes %v, which opens step %d", p.proto, q, m.n, m.query(), back.n)
			}
			other := url.Values{}
			for k, v := range q {
				other[k] = v
			}
			other.Set(map[string]string{"tcp": "udp", "udp": "tcp"}[p.proto], "3")
			if sequenceOf(other, p.proto, p.t, p.steps).n != m.n {
				t.Errorf("%s %v: the other player's parameter moves this one", p.proto, q)
			}
			if m.n < 0 || m.n > len(p.steps) || len(m.rows) != m.n {
				t.Errorf("%s %v: %d steps done, %d rows", p.proto, q, m.n, len(m.rows))
			}
		}
	}
}
