//go:build !js

package addresses

import (
	"fmt"
	"strings"
	"testing"

	"netprimer/internal/pyoracle"
)

// TestSessionsMatchCPython replays in CPython every session the lesson
// can show: the tuple quiz with any pairs answered, and each row of the
// ports quiz.
func TestSessionsMatchCPython(t *testing.T) {
	sessions := map[string]string{}
	// Every subset of the three pairs, answered either way.
	for mask := 0; mask < 1<<len(tuplePairs); mask++ {
		q := newTuples()
		for k := range q.pairs {
			if mask&(1<<k) != 0 {
				q.answer(k, k%2 == 0)
			}
		}
		sessions[fmt.Sprintf("tuples answered %03b", mask)] = q.py.String()
	}
	for _, askPort := range []bool{false, true} {
		q := newQuiz(askPort)
		for i, r := range q.rows {
			answer := r.PyName
			if askPort {
				answer = fmt.Sprint(r.Port)
			}
			q.answer(i, answer)
			sessions[fmt.Sprintf("ports ask port %v row %d", askPort, r.Port)] = strings.Join(q.rows[i].py, "\n")
		}
	}
	pyoracle.NewReplayer(t).Check(t, sessions)
	if len(sessions) < 8+14 {
		t.Errorf("only %d sessions replayed", len(sessions))
	}
}
