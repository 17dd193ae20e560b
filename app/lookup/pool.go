package lookup

import (
	"context"
	"errors"
	"net/netip"
)

// errOverloaded means that too many lookups are waiting already: the
// server answers 503.
var errOverloaded = errors.New("lookup: overloaded")

// pool bounds the lookups of a service. Admission (tickets) bounds the
// requests in progress, running or waiting; slots bound the resolver calls
// running at once. A call into the C library cannot be cancelled: when its
// request runs out of time the call keeps its slot until the C library
// returns, so a resolver that never answers holds at most len(slots)
// goroutines, and the requests after them wait in line, then time out.
type pool struct {
	tickets chan struct{}
	slots   chan struct{}
}

func newPool(concurrency, queue int) *pool {
	return &pool{
		tickets: make(chan struct{}, concurrency+queue),
		slots:   make(chan struct{}, concurrency),
	}
}

// admit takes a ticket for one request, or reports errOverloaded; the
// caller returns the ticket with release.
func (p *pool) admit() error {
	select {
	case p.tickets <- struct{}{}:
		return nil
	default:
		return errOverloaded
	}
}

func (p *pool) release() { <-p.tickets }

// run calls fn in a slot and waits for it until ctx is done. It reports
// false when ctx ended first, before or during fn; fn then finishes on its
// own and frees its slot.
func (p *pool) run(ctx context.Context, fn func()) bool {
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return false
	}
	done := make(chan struct{})
	go func() {
		defer func() { <-p.slots }()
		fn()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}

// inUse returns the slots taken, for tests and figures.
func (p *pool) inUse() int { return len(p.slots) }

// boundedResolver runs another resolver's calls in a pool. A call that
// runs out of time answers as the C library does when no DNS server
// answers: EAI_AGAIN from getaddrinfo, TRY_AGAIN from gethostby*_r.
type boundedResolver struct {
	inner resolver
	pool  *pool
}

func (b boundedResolver) backend() string           { return b.inner.backend() }
func (b boundedResolver) hostname() (string, error) { return b.inner.hostname() }

func (b boundedResolver) getaddrinfo(ctx context.Context, name string, af int) ([]netip.Addr, gaiStatus) {
	type answer struct {
		addrs []netip.Addr
		st    gaiStatus
	}
	ch := make(chan answer, 1)
	if !b.pool.run(ctx, func() {
		a, st := b.inner.getaddrinfo(ctx, name, af)
		ch <- answer{a, st}
	}) {
		return nil, gaiStatus{code: eaiAgain}
	}
	a := <-ch
	return a.addrs, a.st
}

type hostAnswer struct {
	h      *hostent
	herrno int
}

func (b boundedResolver) gethostbyname(ctx context.Context, name string) (*hostent, int) {
	ch := make(chan hostAnswer, 1)
	if !b.pool.run(ctx, func() {
		h, e := b.inner.gethostbyname(ctx, name)
		ch <- hostAnswer{h, e}
	}) {
		return nil, tryAgain
	}
	a := <-ch
	return a.h, a.herrno
}

func (b boundedResolver) gethostbyaddr(ctx context.Context, addr netip.Addr, af int) (*hostent, int) {
	ch := make(chan hostAnswer, 1)
	if !b.pool.run(ctx, func() {
		h, e := b.inner.gethostbyaddr(ctx, addr, af)
		ch <- hostAnswer{h, e}
	}) {
		return nil, tryAgain
	}
	a := <-ch
	return a.h, a.herrno
}
