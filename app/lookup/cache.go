package lookup

import (
	"container/list"
	"strconv"
	"sync"
	"time"

	"netprimer/app/api"
)

// cache keeps recent answers for a time, and lets concurrent requests for
// the same call share one lookup. Temporary failures are not kept: a
// resolver that comes back is asked again.
type cache struct {
	max int
	ttl time.Duration

	mu       sync.Mutex
	entries  map[string]*list.Element
	order    *list.List // of *cacheEntry, most recent first
	inflight map[string]*flight
}

type cacheEntry struct {
	key     string
	resp    api.Response
	body    []byte // resp as served from the cache, encoded once
	expires time.Time
}

type flight struct {
	done chan struct{}
	resp api.Response
	err  error
}

func newCache(max int, ttl time.Duration) *cache {
	return &cache{max: max, ttl: ttl, entries: map[string]*list.Element{}, order: list.New(), inflight: map[string]*flight{}}
}

func cacheKey(c api.Call) string {
	return string(c.Func) + "\x00" + strconv.FormatBool(c.HasArg) + c.Arg + "\x00" + strconv.FormatBool(c.HasProto) + c.Proto
}

// do returns the cached answer for key, or the answer of a lookup already
// running for it, or runs lookup. cached tells which; body is the cached
// answer's JSON when there is one.
func (c *cache) do(key string, now time.Time, lookup func() (api.Response, error)) (resp api.Response, cached bool, body []byte, err error) {
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		ent := e.Value.(*cacheEntry)
		if now.Before(ent.expires) {
			c.order.MoveToFront(e)
			c.mu.Unlock()
			return ent.resp, true, ent.body, nil
		}
		c.order.Remove(e)
		delete(c.entries, key)
	}
	if f, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		<-f.done
		return f.resp, true, nil, f.err
	}
	f := &flight{done: make(chan struct{})}
	c.inflight[key] = f
	c.mu.Unlock()

	f.resp, f.err = lookup()
	var enc []byte
	if f.err == nil && keepable(f.resp) && c.max > 0 {
		hit := f.resp
		hit.Cached = true
		enc = encodeBody(hit)
	}

	c.mu.Lock()
	delete(c.inflight, key)
	if enc != nil {
		c.entries[key] = c.order.PushFront(&cacheEntry{key: key, resp: f.resp, body: enc, expires: now.Add(c.ttl)})
		for c.order.Len() > c.max {
			old := c.order.Remove(c.order.Back()).(*cacheEntry)
			delete(c.entries, old.key)
		}
	}
	c.mu.Unlock()
	close(f.done)
	return f.resp, false, nil, f.err
}

// keepable reports whether an answer may be reused: not one that a
// resolver's temporary failure caused.
func keepable(r api.Response) bool {
	if r.TimedOut {
		return false
	}
	if e := r.Error; e != nil && e.Errno != nil {
		switch {
		case e.Type == api.TypeGaierror && *e.Errno == eaiAgain,
			e.Type == api.TypeHerror && *e.Errno == tryAgain:
			return false
		}
	}
	return true
}

func (c *cache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
