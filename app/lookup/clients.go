package lookup

import (
	"container/list"
	"math"
	"net/netip"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// clientLimiter keeps a token bucket per client address: an IPv4 address,
// or the /64 of an IPv6 one (one host's usual share). It remembers at most
// max clients, forgetting the least recently seen.
type clientLimiter struct {
	rate  rate.Limit
	burst int
	max   int

	mu      sync.Mutex
	clients map[netip.Prefix]*list.Element
	order   *list.List // of *clientBucket, most recent first
}

type clientBucket struct {
	key netip.Prefix
	lim *rate.Limiter
}

func newClientLimiter(perSecond float64, burst, max int) *clientLimiter {
	return &clientLimiter{
		rate:    rate.Limit(perSecond),
		burst:   burst,
		max:     max,
		clients: map[netip.Prefix]*list.Element{},
		order:   list.New(),
	}
}

func clientKey(a netip.Addr) netip.Prefix {
	a = a.Unmap()
	if a.Is4() {
		return netip.PrefixFrom(a, 32)
	}
	p, _ := a.WithZone("").Prefix(64)
	return p
}

// allow takes a token for a request from a at now, or says how long until
// one is there.
func (c *clientLimiter) allow(a netip.Addr, now time.Time) (bool, time.Duration) {
	key := clientKey(a)
	c.mu.Lock()
	defer c.mu.Unlock()
	var b *clientBucket
	if e, ok := c.clients[key]; ok {
		c.order.MoveToFront(e)
		b = e.Value.(*clientBucket)
	} else {
		b = &clientBucket{key: key, lim: rate.NewLimiter(c.rate, c.burst)}
		c.clients[key] = c.order.PushFront(b)
		for c.order.Len() > c.max {
			old := c.order.Remove(c.order.Back()).(*clientBucket)
			delete(c.clients, old.key)
		}
	}
	if b.lim.AllowN(now, 1) {
		return true, 0
	}
	// Time until the bucket holds one token again.
	missing := 1 - b.lim.TokensAt(now)
	wait := time.Duration(math.Ceil(missing / float64(c.rate) * float64(time.Second)))
	return false, wait
}

// size returns the number of clients tracked.
func (c *clientLimiter) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.clients)
}
