package lab

import (
	"testing"
	"time"

	"netprimer/app/api"
)

// TestPollBound checks that the page waits for a poll's answer as long
// as the server says it holds one (-lab-poll), and 25 s for a server that
// does not say.
func TestPollBound(t *testing.T) {
	for _, c := range []struct {
		secs float64
		want time.Duration
	}{
		{0, 25 * time.Second},
		{60, time.Minute},
		{0.2, 200 * time.Millisecond},
	} {
		if got := pollBound(api.LabLimits{PollSeconds: c.secs}); got != c.want {
			t.Errorf("poll_seconds %v: the page waits %v, want %v", c.secs, got, c.want)
		}
	}
}
