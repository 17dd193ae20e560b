package guard

import (
	"container/list"
	"math"
	"net/netip"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limiter keeps a token bucket per client (see Key). It remembers at most
// max clients, forgetting the least recently seen, so a flood of
// addresses costs bounded memory. It is safe for concurrent use.
type Limiter struct {
	rate  rate.Limit
	burst int
	max   int

	mu      sync.Mutex
	clients map[netip.Prefix]*list.Element
	order   *list.List // of *bucket, most recent first
}

type bucket struct {
	key netip.Prefix
	lim *rate.Limiter
}

// NewLimiter returns a Limiter whose buckets fill at perSecond tokens a
// second and hold at most burst, tracking at most max clients.
func NewLimiter(perSecond float64, burst, max int) *Limiter {
	return &Limiter{
		rate:    rate.Limit(perSecond),
		burst:   burst,
		max:     max,
		clients: map[netip.Prefix]*list.Element{},
		order:   list.New(),
	}
}

// Allow takes a token from a's bucket at now, or says how long until one
// is there.
func (l *Limiter) Allow(a netip.Addr, now time.Time) (bool, time.Duration) {
	return l.AllowN(a, now, 1)
}

// AllowN takes n tokens from a's bucket at now, or takes none and says how
// long until n are there. n larger than the burst is never allowed; the
// wait returned is then the time to a full bucket.
func (l *Limiter) AllowN(a netip.Addr, now time.Time, n int) (bool, time.Duration) {
	key := Key(a)
	l.mu.Lock()
	defer l.mu.Unlock()
	var b *bucket
	if e, ok := l.clients[key]; ok {
		l.order.MoveToFront(e)
		b = e.Value.(*bucket)
	} else {
		b = &bucket{key: key, lim: rate.NewLimiter(l.rate, l.burst)}
		l.clients[key] = l.order.PushFront(b)
		for l.order.Len() > l.max {
			old := l.order.Remove(l.order.Back()).(*bucket)
			delete(l.clients, old.key)
		}
	}
	if b.lim.AllowN(now, n) {
		return true, 0
	}
	want := float64(min(n, l.burst))
	missing := want - b.lim.TokensAt(now)
	wait := time.Duration(math.Ceil(missing / float64(l.rate) * float64(time.Second)))
	return false, wait
}

// Size returns the number of clients tracked.
func (l *Limiter) Size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.clients)
}
