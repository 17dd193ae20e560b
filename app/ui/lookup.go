package ui

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/ui/kit"
)

// failKind says why a call of the lookup API has no Python outcome.
type failKind int

const (
	failNone        failKind = iota
	failUnreachable          // no answer: offline, or the server is stopped
	failRateLimited          // 429: this client asked too often
	failOverloaded           // 503: too many lookups waiting on the server
	failRefused              // 400, or refused here before asking: a wrong request
	failOther                // any other answer: an old server, a proxy in the way
)

// lookupAnswer is what became of one call: CPython's outcome on the
// server's host, or why there is none.
type lookupAnswer struct {
	Resp   api.Response // the outcome, when Fail is failNone
	Fail   failKind
	Detail string // Retry-After seconds (429, 503), the reason (400), the status (other)
}

// decodeAnswer reads what the server answered for one call.
func decodeAnswer(r kit.FetchResult) lookupAnswer {
	if !r.Reachable() {
		return lookupAnswer{Fail: failUnreachable, Detail: r.Err}
	}
	var resp api.Response
	err := json.Unmarshal(r.Body, &resp)
	switch {
	case r.Status == 200 && err == nil && isOutcome(resp):
		return lookupAnswer{Resp: resp}
	case r.Status == 429:
		return lookupAnswer{Fail: failRateLimited, Detail: r.RetryAfter}
	case r.Status == 503:
		return lookupAnswer{Fail: failOverloaded, Detail: r.RetryAfter}
	case r.Status == 400 && err == nil && resp.Error != nil:
		return lookupAnswer{Fail: failRefused, Detail: resp.Error.Message}
	}
	return lookupAnswer{Fail: failOther, Detail: "HTTP " + strconv.Itoa(r.Status)}
}

// isOutcome reports whether r is a Python outcome: a value returned or an
// exception raised, never both.
func isOutcome(r api.Response) bool {
	if r.Error != nil {
		return r.Result.IsZero() && r.Error.IsPython()
	}
	return !r.Result.IsZero()
}

// refusal returns the answer to a call the API would refuse, found without
// asking: the server must not spend a request on it.
func refusal(c api.Call) (lookupAnswer, bool) {
	err := c.Validate()
	if err == nil {
		return lookupAnswer{}, false
	}
	// Validate's errors are RequestErrors; errors.As would link reflection.
	if re, ok := err.(*api.RequestError); ok {
		return lookupAnswer{Fail: failRefused, Detail: re.Problem}, true
	}
	return lookupAnswer{Fail: failRefused, Detail: err.Error()}, true
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
	seq      int
	done     map[string]api.Response // Python outcomes, by call URL
	failed   map[string]lookupAnswer // the last failure, by call URL
	inflight map[string]bool
}

// get returns what is known of c; ok is false while it is pending.
func (l *lookups) get(c api.Call) (a lookupAnswer, ok bool) {
	if a, bad := refusal(c); bad {
		return a, true
	}
	u := c.URL()
	if r, ok := l.done[u]; ok {
		return lookupAnswer{Resp: r}, true
	}
	a, ok = l.failed[u]
	return a, ok
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
			if a := decodeAnswer(r); a.Fail == failNone {
				l.done[u] = a.Resp
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
