//go:build !js

package ui

import (
	"fmt"
	"strings"
	"testing"

	"netprimer/app/concepts"
	"netprimer/app/ui/kit"
	"netprimer/internal/pyoracle"
)

// TestConceptSessionsMatchCPython replays in CPython every session the
// lessons /network, /addresses and /sockets can show: each step of the
// encapsulation, every prefix of the TCP and UDP sequences, the tuple quiz
// with any pairs answered, and each row of the ports quiz.
func TestConceptSessionsMatchCPython(t *testing.T) {
	sessions := map[string]string{}

	wraps := concepts.ExamplePacket().Wraps()
	for i, w := range wraps {
		sessions[fmt.Sprintf("encapsulation step %d", i+1)] = encapSession(i, w.Wire).String()
	}

	for name, steps := range map[string][]concepts.Step{"tcp": concepts.TCPSequence(), "udp": concepts.UDPSequence()} {
		for n := 0; n <= len(steps); n++ {
			sessions[fmt.Sprintf("%s after %d steps", name, n)] = seqSession(steps, n).String()
		}
	}

	// Every subset of the three pairs, answered either way.
	for mask := 0; mask < 1<<len(tuplePairs); mask++ {
		var q tupleQuiz
		q.reset()
		for k := range q.Pairs {
			if mask&(1<<k) != 0 {
				q.Pairs[k].Answered = true
			}
		}
		q.derive()
		sessions[fmt.Sprintf("tuples answered %03b", mask)] = strings.Join(q.Py.(*kit.Transcript).Lines, "\n")
	}

	for _, askPort := range []bool{false, true} {
		var q portsQuiz
		q.reset(askPort)
		for i, r := range q.Rows {
			answer := r.PyName
			if askPort {
				answer = fmt.Sprint(r.Port)
			}
			q.answer(i, answer)
			sessions[fmt.Sprintf("ports ask port %v row %d", askPort, r.Port)] = strings.Join(q.Rows[i].Py.(*kit.Transcript).Lines, "\n")
		}
	}

	pyoracle.NewReplayer(t).Check(t, sessions)
	if len(sessions) < 5+20+11+8+14 {
		t.Errorf("only %d sessions replayed", len(sessions))
	}
}
