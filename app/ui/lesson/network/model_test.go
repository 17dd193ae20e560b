package network

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"netprimer/app/concepts"
	"netprimer/app/ui/kit"
)

func TestStackSteps(t *testing.T) {
	wraps := concepts.ExamplePacket().Wraps()
	w := stackOf(url.Values{"step": {"3"}}, wraps)
	if w.cur.Layer != concepts.NetworkLayer || w.atTop() || w.atBottom() || w.count() != "3 / 5" {
		t.Errorf("step=3: layer %v, top %v, bottom %v, count %q", w.cur.Layer, w.atTop(), w.atBottom(), w.count())
	}
	// Outside in: IP header, TCP header, the request; the new part first.
	var names []string
	for _, p := range w.parts {
		names = append(names, p.name.En)
	}
	if strings.Join(names, ",") != "IP header,TCP header,HTTP request" || !w.parts[0].isNew {
		t.Errorf("parts %v", w.parts)
	}
	sum := 0
	for _, p := range w.parts {
		sum += p.bytes
	}
	if sum != w.cur.Bytes {
		t.Errorf("the parts make %d bytes, the datagram has %d", sum, w.cur.Bytes)
	}
	// The link layer adds a trailer as well.
	w = stackOf(url.Values{"step": {"4"}}, wraps)
	if last := w.parts[len(w.parts)-1]; last.name.En != "FCS" || last.bytes != 4 {
		t.Errorf("step 4 ends with %+v", last)
	}
	hex := kit.HexRuns(w.cur.Wire, w.cuts, "new", "old")
	if got := hex[len(hex)-1]; got.Class != "new" {
		t.Errorf("step 4: the FCS is not marked new: %+v", got)
	}
	for _, q := range []string{"step=0", "step=x", ""} {
		v, _ := url.ParseQuery(q)
		if w := stackOf(v, wraps); w.step != 0 {
			t.Errorf("%q: step %d", q, w.step)
		}
	}
	if w := stackOf(url.Values{"step": {"77"}}, wraps); !w.atBottom() || w.cur.Layer != concepts.Physical {
		t.Errorf("step=77 is not the last step")
	}
}

func TestPlacement(t *testing.T) {
	w := newPlacement()
	w.place(concepts.Transport)
	if w.last.Explain != txtPickFirst || w.mistakes != 0 {
		t.Fatalf("no protocol chosen: %+v", w.last)
	}
	w.choose("http")
	if w.at != 0 || w.pool[w.at].ID != "http" {
		t.Fatalf("chose http: at %d", w.at)
	}
	w.place(concepts.Transport)
	if w.last.Verdict != concepts.Wrong || w.mistakes != 1 || w.at != 0 {
		t.Errorf("http on transport: %v, wrong %d, at %d", w.last.Verdict, w.mistakes, w.at)
	}
	w.place(concepts.Application)
	if w.last.Verdict != concepts.Correct || w.right() != 1 || w.at != -1 || len(w.zones[0].placed) != 1 {
		t.Errorf("http on application: %v, right %d, at %d", w.last.Verdict, w.right(), w.at)
	}
	// A placed protocol cannot be placed again.
	w.choose("http")
	w.place(concepts.Link)
	if w.mistakes != 1 || w.right() != 1 {
		t.Errorf("placing http twice counted: right %d, wrong %d", w.right(), w.mistakes)
	}
	w.choose("ethernet")
	w.place(concepts.Physical)
	if w.last.Verdict != concepts.Close {
		t.Errorf("ethernet on physical: %v", w.last.Verdict)
	}
	for _, p := range concepts.Protocols() {
		w.choose(p.ID)
		w.place(p.Layer)
	}
	if len(w.pool) != 0 || w.right() != w.of() {
		t.Errorf("all placed: right %d of %d, pool %d", w.right(), w.of(), len(w.pool))
	}
	for i, z := range w.zones {
		if layerAt(i) != z.Layer {
			t.Errorf("zone %d is %v, layerAt says %v", i, z.Layer, layerAt(i))
		}
		for _, p := range z.placed {
			if p.Layer != z.Layer {
				t.Errorf("%s placed on %v", p.ID, z.Layer)
			}
		}
	}
	if layerAt(-1) != 0 || layerAt(5) != 0 {
		t.Error("layerAt outside the zones")
	}
}

func TestPicture(t *testing.T) {
	m := pictureOf(url.Values{"el": {"transfer"}})
	if m.el != 2 || m.class() != "netmap el-transfer" {
		t.Errorf("el=transfer: %+v, class %q", m, m.class())
	}
	if m := pictureOf(url.Values{"el": {"nothing"}}); m.el != -1 || m.class() != "netmap" {
		t.Errorf("el=nothing: %+v", m)
	}
	// A second press puts the picture back; a press outside does too.
	if got := m.press(2); got.el != -1 {
		t.Errorf("pressing the element shown: %+v", got)
	}
	if got := m.press(0); got.el != 0 {
		t.Errorf("pressing address: %+v", got)
	}
	if got := m.press(9); got.el != -1 {
		t.Errorf("pressing nothing: %+v", got)
	}
}

// TestModelInvariants checks, for every URL a widget can be given (its
// values, others, junk): the model is a function of the URL, and the URL
// it writes back opens the same model.
func TestModelInvariants(t *testing.T) {
	wraps := concepts.ExamplePacket().Wraps()
	var queries []url.Values
	for _, el := range append(elementKeys[:], "", "x", "ADDRESS") {
		queries = append(queries, url.Values{"el": {el}})
	}
	for _, step := range []string{"", "0", "1", "2", "3", "4", "5", "6", "-1", "x", "1e1", "99999999999999999999"} {
		queries = append(queries, url.Values{"step": {step}})
	}
	queries = append(queries, nil, url.Values{"el": {"address", "transfer"}, "step": {"3", "1"}})
	for _, q := range queries {
		pic, st := pictureOf(q), stackOf(q, wraps)
		if again := pictureOf(q); again != pic {
			t.Errorf("%v: picture %+v, then %+v", q, pic, again)
		}
		if again := stackOf(q, wraps); !reflect.DeepEqual(again, st) {
			t.Errorf("%v: the stack is not a function of the URL", q)
		}
		if back := pictureOf(pic.query()); back != pic {
			t.Errorf("%v: picture %+v writes %v, which opens %+v", q, pic, pic.query(), back)
		}
		if back := stackOf(st.query(), wraps); !reflect.DeepEqual(back, st) {
			t.Errorf("%v: stack at %d writes %v, which opens step %d", q, st.step, st.query(), back.step)
		}
		if st.step < 0 || st.step >= len(wraps) || pic.el < -1 || pic.el >= len(elementKeys) {
			t.Errorf("%v: out of range: step %d, el %d", q, st.step, pic.el)
		}
	}
}
