package practice

import (
	"strings"
	"testing"
	"time"
)

func sampleProgress() Progress {
	p := Progress{}
	p = p.Record(right(t0)).Record(right(t0.Add(time.Minute)))
	p = p.Record(Attempt{Skill: "packing.ntoa", Level: 3, Outcome: Wrong, At: t0.Add(time.Hour)})
	p = p.Record(Attempt{Skill: "sockets.call", Level: 1, Outcome: Right, At: t0.Add(2 * time.Hour)})
	return p
}

func TestExportRoundTrip(t *testing.T) {
	p := sampleProgress()
	b := p.Export()
	q, err := ParseProgress(b)
	if err != nil {
		t.Fatalf("ParseProgress(Export()) = %v\n%s", err, b)
	}
	if string(q.Export()) != string(b) || q.Len() != 3 {
		t.Errorf("the round trip changed the file:\n%s\n%s", b, q.Export())
	}
	for _, id := range []string{"ipaddress.broadcast", "packing.ntoa", "sockets.call"} {
		if q.Skill(id) != p.Skill(id) {
			t.Errorf("%s: %+v after the round trip; was %+v", id, q.Skill(id), p.Skill(id))
		}
	}
	empty, err := ParseProgress(Progress{}.Export())
	if err != nil || empty.Len() != 0 {
		t.Errorf("the empty progress: %v, %d skills", err, empty.Len())
	}
}

const goodFile = `{"format": "netprimer-practice-progress", "version": 1, "skills": [
 {"id": "ipaddress.broadcast", "level": "familiar", "box": 0, "due": "2026-11-26T09:30:00Z", "right": 1, "wrong": 0, "top": 2, "last": "2026-11-25T09:30:00Z"}]}`

// badFiles are files ParseProgress refuses, each for one reason.
var badFiles = []struct{ why, file string }{
	{"not JSON", `{"format": `},
	{"an array", `[]`},
	{"another format", strings.Replace(goodFile, "netprimer-practice-progress", "other", 1)},
	{"a newer version", strings.Replace(goodFile, `"version": 1`, `"version": 2`, 1)},
	{"version 0", strings.Replace(goodFile, `"version": 1`, `"version": 0`, 1)},
	{"a version as text", strings.Replace(goodFile, `"version": 1`, `"version": "1"`, 1)},
	{"an unknown key", strings.Replace(goodFile, `"version": 1`, `"version": 1, "extra": true`, 1)},
	{"a repeated key", strings.Replace(goodFile, `"version": 1`, `"version": 1, "version": 1`, 1)},
	{"a repeated key in a skill", strings.Replace(goodFile, `"box": 0`, `"box": 0, "box": 5`, 1)},
	{"an unknown skill", strings.Replace(goodFile, "ipaddress.broadcast", "ipaddress.nope", 1)},
	{"a skill twice", strings.Replace(goodFile, `}]}`, `}, {"id": "ipaddress.broadcast", "level": "attempted", "box": 0, "right": 0, "wrong": 1, "top": 0, "last": "2026-11-25T09:30:00Z"}]}`, 1)},
	{"no level", strings.Replace(goodFile, `"familiar"`, `"expert"`, 1)},
	{"not started is no level of the file", strings.Replace(goodFile, `"familiar"`, `"not_started"`, 1)},
	{"a box too large", strings.Replace(goodFile, `"box": 0`, `"box": 6`, 1)},
	{"a negative box", strings.Replace(goodFile, `"box": 0`, `"box": -1`, 1)},
	{"a fractional box", strings.Replace(goodFile, `"box": 0`, `"box": 0.5`, 1)},
	{"a huge count", strings.Replace(goodFile, `"right": 1`, `"right": 1e30`, 1)},
	{"a count too large", strings.Replace(goodFile, `"right": 1`, `"right": 1000001`, 1)},
	{"a negative count", strings.Replace(goodFile, `"wrong": 0`, `"wrong": -3`, 1)},
	{"top past level 3", strings.Replace(goodFile, `"top": 2`, `"top": 4`, 1)},
	{"no due time for a familiar skill", strings.Replace(goodFile, `"due": "2026-11-26T09:30:00Z", `, ``, 1)},
	{"a due time for an attempted skill", strings.Replace(goodFile, `"familiar"`, `"attempted"`, 1)},
	{"a time that is not RFC 3339", strings.Replace(goodFile, `"2026-11-25T09:30:00Z"`, `"yesterday"`, 1)},
	{"a time in the year 1999", strings.Replace(goodFile, `"2026-11-25T09:30:00Z"`, `"1999-12-31T23:59:59Z"`, 1)},
	{"no last time", strings.Replace(goodFile, `, "last": "2026-11-25T09:30:00Z"`, ``, 1)},
	{"a null due time", strings.Replace(goodFile, `"2026-11-26T09:30:00Z"`, `null`, 1)},
	{"text after the object", goodFile + ` {}`},
	{"skills as an object", strings.Replace(strings.Replace(goodFile, `"skills": [`, `"skills": {"a": `, 1), `}]}`, `}}}`, 1)},
	{"too deep", `{"format": "netprimer-practice-progress", "version": 1, "skills": [[[[[]]]]]}`},
	{"too large", `{"format": "` + strings.Repeat("x", MaxProgressBytes) + `"}`},
	{"empty", ``},
}

func TestParseProgress(t *testing.T) {
	p, err := ParseProgress([]byte(goodFile))
	if err != nil {
		t.Fatalf("the good file: %v", err)
	}
	s := p.Skill("ipaddress.broadcast")
	if s.Level != Familiar || !s.Due.Equal(t0.Add(24*time.Hour)) || s.Top != 2 || s.Right != 1 {
		t.Errorf("the good file reads %+v", s)
	}
	// Other offsets and fractions of a second read as the same second in UTC.
	q, err := ParseProgress([]byte(strings.Replace(goodFile, `"2026-11-25T09:30:00Z"`, `"2026-11-25T18:30:00.9+09:00"`, 1)))
	if err != nil || !q.Skill("ipaddress.broadcast").Last.Equal(t0) {
		t.Errorf("a time at +09:00: %v %v", err, q.Skill("ipaddress.broadcast").Last)
	}
	for _, c := range badFiles {
		_, err := ParseProgress([]byte(c.file))
		ie, ok := err.(*ImportError)
		if !ok || !bothLanguages(ie.Msg) {
			t.Errorf("%s: ParseProgress = %v; want an ImportError in both languages", c.why, err)
		}
	}
}

func FuzzParseProgress(f *testing.F) {
	f.Add([]byte(goodFile))
	f.Add(sampleProgress().Export())
	for _, c := range badFiles {
		if len(c.file) < 4096 {
			f.Add([]byte(c.file))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseProgress(data)
		if err != nil {
			if _, ok := err.(*ImportError); !ok {
				t.Fatalf("an error that is no ImportError: %v", err)
			}
			return
		}
		// What is read, written and read again is the same progress.
		q, err := ParseProgress(p.Export())
		if err != nil || string(q.Export()) != string(p.Export()) {
			t.Fatalf("the round trip of %q fails: %v", data, err)
		}
		_ = p.Merge(q).Hub(t0)
	})
}
