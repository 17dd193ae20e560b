//go:build !js

package network

import (
	"fmt"
	"testing"

	"netprimer/app/concepts"
	"netprimer/internal/pyoracle"
)

// TestSessionsMatchCPython replays in CPython the session of each step of
// the encapsulation.
func TestSessionsMatchCPython(t *testing.T) {
	sessions := map[string]string{}
	for i, w := range concepts.ExamplePacket().Wraps() {
		sessions[fmt.Sprintf("encapsulation step %d", i+1)] = encapSession(i, w.Wire).String()
	}
	if len(sessions) != 5 {
		t.Fatalf("%d steps", len(sessions))
	}
	pyoracle.NewReplayer(t).Check(t, sessions)
}
