//go:build !js

package sockets

import (
	"fmt"
	"testing"

	"netprimer/app/concepts"
	"netprimer/internal/pyoracle"
)

// TestSessionsMatchCPython replays in CPython every prefix of the TCP and
// UDP sequences, typed into one interpreter.
func TestSessionsMatchCPython(t *testing.T) {
	sessions := map[string]string{}
	for name, steps := range map[string][]concepts.Step{"tcp": concepts.TCPSequence(), "udp": concepts.UDPSequence()} {
		for n := 0; n <= len(steps); n++ {
			sessions[fmt.Sprintf("%s after %d steps", name, n)] = seqSession(steps, n).String()
		}
	}
	pyoracle.NewReplayer(t).Check(t, sessions)
	if len(sessions) < 20+11 {
		t.Errorf("only %d sessions replayed", len(sessions))
	}
}
