package lookups

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/ui/kit"
)

// decodeAnswer reads what the server answered for one call.
func decodeAnswer(r kit.FetchResult) lookupAnswer {
	if !r.Reachable() {
		return lookupAnswer{fail: failUnreachable, detail: r.Err}
	}
	var resp api.Response
	err := json.Unmarshal(r.Body, &resp)
	switch {
	case r.Status == 200 && err == nil && isOutcome(resp):
		return lookupAnswer{resp: resp}
	case r.Status == 429:
		return lookupAnswer{fail: failRateLimited, detail: r.RetryAfter}
	case r.Status == 503:
		return lookupAnswer{fail: failOverloaded, detail: r.RetryAfter}
	case r.Status == 400 && err == nil && resp.Error != nil:
		return lookupAnswer{fail: failRefused, detail: resp.Error.Message}
	}
	return lookupAnswer{fail: failOther, detail: "HTTP " + strconv.Itoa(r.Status)}
}

// lookupDebounce is how long typing must pause before a lesson asks the
// server: the rate limit is per client address, and a class may share one.
const lookupDebounce = 300 * time.Millisecond

// lookupMaxKept bounds the answers a lesson keeps; past it, they are
// asked again.
const lookupMaxKept = 512

// lookups asks the server for the calls a lesson shows, one request per
// distinct call, and keeps the answers by call. An answer is filed under
// the call it answers, so one that arrives late is never shown for another
// input; the sequence number lets only the last keystroke's timer ask.
type lookups struct {
	answers
	seq      int
	inflight map[string]bool
}

// ask sends a request for every call without an answer (again for those
// that failed), and calls changed after each answer. It runs on the client
// only: the server's prerender shows the lesson looking up.
func (l *lookups) ask(ctx app.Context, calls []api.Call, changed func(app.Context)) {
	if !app.IsClient {
		return
	}
	if l.done == nil || len(l.done) > lookupMaxKept {
		l.done, l.failed, l.inflight = map[string]api.Response{}, map[string]lookupAnswer{}, map[string]bool{}
	}
	for _, c := range calls {
		u := c.URL()
		if _, bad := refusal(c); bad || l.inflight[u] {
			continue
		}
		if _, ok := l.done[u]; ok {
			continue
		}
		delete(l.failed, u)
		l.inflight[u] = true
		kit.GetJSON(ctx, u, func(ctx app.Context, r kit.FetchResult) {
			delete(l.inflight, u)
			if a := decodeAnswer(r); a.fail == failNone {
				l.done[u] = a.resp
			} else {
				l.failed[u] = a
			}
			changed(ctx)
		})
	}
}

// askLater asks for calls() once the student has stopped typing for
// lookupDebounce; each keystroke cancels the timers before it.
func (l *lookups) askLater(ctx app.Context, calls func() []api.Call, changed func(app.Context)) {
	l.seq++
	seq := l.seq
	ctx.After(lookupDebounce, func(ctx app.Context) {
		if seq == l.seq {
			l.ask(ctx, calls(), changed)
		}
	})
}
