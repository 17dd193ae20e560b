package guard

import (
	"net/netip"
	"sync"
)

// Conns counts what clients hold at once (connections, sessions), with a
// cap per client and one in all. It is safe for concurrent use; the zero
// value is not usable, make one with NewConns.
type Conns struct {
	perClient, total int

	mu     sync.Mutex
	n      int
	counts map[netip.Prefix]int
}

// NewConns returns a Conns that lets each client hold perClient at once
// and all of them total.
func NewConns(perClient, total int) *Conns {
	return &Conns{perClient: perClient, total: total, counts: map[netip.Prefix]int{}}
}

// Acquire takes one for client a. It reports false, taking nothing, when a
// holds its cap already or the total is reached; otherwise the caller
// gives it back with Release, exactly once.
func (c *Conns) Acquire(a netip.Addr) bool {
	key := Key(a)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= c.total || c.counts[key] >= c.perClient {
		return false
	}
	c.n++
	c.counts[key]++
	return true
}

// Release gives back one that Acquire took for a.
func (c *Conns) Release(a netip.Addr) {
	key := Key(a)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts[key] <= 0 {
		panic("guard: Release without Acquire")
	}
	c.n--
	if c.counts[key]--; c.counts[key] == 0 {
		delete(c.counts, key)
	}
}

// Caps returns the cap per client and the total.
func (c *Conns) Caps() (perClient, total int) { return c.perClient, c.total }

// Held returns how many a holds, and how many all clients hold.
func (c *Conns) Held(a netip.Addr) (client, total int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[Key(a)], c.n
}
