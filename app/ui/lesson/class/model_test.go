package class

import (
	"fmt"
	"testing"
	"time"

	"netprimer/app/api"
)

func TestCodeOf(t *testing.T) {
	for path, want := range map[string]string{"/a/7K3M9Q": "7k3m9q", "/a/abcdef": "abcdef", "/a/oil123": "011123"} {
		if got, ok := CodeOf(path); !ok || got != want {
			t.Errorf("CodeOf(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
	for _, bad := range []string{"/a/", "/a/abc", "/a/abcdef/x", "/teach", "/a/abcdeu"} {
		if got, ok := CodeOf(bad); ok {
			t.Errorf("CodeOf(%q) = %q", bad, got)
		}
	}
}

func TestNewAssignment(t *testing.T) {
	loc := time.FixedZone("KST", 9*3600)
	n, bad := newAssignment(" 서브넷 ", []string{"ipaddress.broadcast"}, " 10 ", "2", "2026-12-04T18:00", loc)
	if bad.En != "" || n.Title != "서브넷" || n.Items != 10 || n.Level != 2 || n.Due == nil || !n.Due.Equal(time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("newAssignment: %+v %v", n, bad)
	}
	if n, _ := newAssignment("t", []string{"x"}, "1", "1", "", loc); n.Due != nil {
		t.Error("an empty due time is a due time")
	}
	for _, c := range []struct {
		title, items, level, due string
		skills                   []string
		want                     string
	}{
		{"", "1", "1", "", []string{"x"}, txtNeedTitle.En},
		{"t", "1", "1", "", nil, txtNeedSkill.En},
		{"t", "0", "1", "", []string{"x"}, txtBadItems.En},
		{"t", "ten", "1", "", []string{"x"}, txtBadItems.En},
		{"t", "1", "4", "", []string{"x"}, txtBadLevel.En},
		{"t", "1", "1", "tomorrow", []string{"x"}, txtBadDue.En},
	} {
		if _, bad := newAssignment(c.title, c.skills, c.items, c.level, c.due, loc); bad.En != c.want {
			t.Errorf("%+v: %q, want %q", c, bad.En, c.want)
		}
	}
}

func TestQueueAndReceived(t *testing.T) {
	q := queue{{ID: "a", Item: 1}, {ID: "b", Item: 2}, {ID: "c", Item: 1}}
	if q.pendingOn(1) != 2 || q.without("a").pendingOn(1) != 1 || len(q.without("zz")) != 3 {
		t.Errorf("queue: %v", q)
	}
	rs := merge(nil, api.Received{ID: "a", Item: 1, Verdict: "wrong"})
	rs = merge(rs, api.Received{ID: "a", Item: 1, Verdict: "wrong"})
	rs = merge(rs, api.Received{ID: "b", Item: 1, Verdict: "right"})
	rs = merge(rs, api.Received{ID: "c", Item: 1, Verdict: "unreadable"})
	if n, last := receivedOn(rs, 1); n != 3 || last != "right" {
		t.Errorf("received %d, last %q", n, last)
	}
	cells := []api.Cell{{Verdict: "right"}, {Verdict: "wrong", Late: true}, {}, {Verdict: "right", Late: true}, {Verdict: "wrong"}}
	rows := parseRows([]string{"1\t<b>x</b>\t40\t4\t2\t" + api.GridMarks(cells), "bad row"}, nil)
	if len(rows) != 1 || rows[0].name != "<b>x</b>" || rows[0].score != "40" || rows[0].marks != "Ox.oX" {
		t.Fatalf("rows: %+v", rows)
	}
	// The cells answered after the solution go with their row, by its
	// place in the grid, a row left out or not.
	sol := parseRows([]string{"1\tx\t0\t1\t0\tX.", "bad row", "2\ty\t50\t1\t1\t.O"}, []string{"s.", "..", ".s"})
	if len(sol) != 2 || sol[0].sol != "s." || sol[1].id != "2" || sol[1].sol != ".s" {
		t.Errorf("rows with their solutions: %+v", sol)
	}
	var signs, verdicts []string
	for i := 0; i < len(rows[0].marks); i++ {
		s, v := markOf(rows[0].marks[i])
		signs, verdicts = append(signs, s), append(verdicts, v)
	}
	if fmt.Sprint(signs) != "[O X*  O* X]" || fmt.Sprint(verdicts) != "[right wrong  right wrong]" {
		t.Errorf("marks: %q %q", signs, verdicts)
	}
}

func TestErrorText(t *testing.T) {
	if got := errorText(409, []byte(`{"error":{"type":"closed"},"text":{"ko":"마감","en":"closed"}}`)); got.En != "closed" {
		t.Errorf("the server's text: %v", got)
	}
	if got := errorText(0, nil); got != txtOffline {
		t.Errorf("offline: %v", got)
	}
	if got := errorText(500, []byte("<html>")); got != txtServerError {
		t.Errorf("a body not ours: %v", got)
	}
}

func TestMistakeLine(t *testing.T) {
	got := mistakeLine(3, api.Mistake{Diagnosis: "d", Students: 12})
	if got.Ko != "문제 3: 학생 12명 — " || got.En != "Item 3: 12 students — " {
		t.Errorf("%+v", got)
	}
}
