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
// lookups in progress that need the resolver, running or waiting; slots
// bound the resolver calls running at once. A call into the C library cannot be cancelled: when its
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

// admission is one lookup's ticket of the pool, taken when the lookup
// first needs the resolver: a call that never asks DNS (gethostname, the
// services table, a numeric address) takes none, so it never waits behind
// host lookups or gets 503 while DNS is slow. done gives the ticket back.
type admission struct {
	pool          *pool
	held, refused bool
}

type admissionKey struct{}

// withAdmission returns ctx carrying a, for boundedResolver.
func withAdmission(ctx context.Context, a *admission) context.Context {
	return context.WithValue(ctx, admissionKey{}, a)
}

// admit takes ctx's ticket unless it holds one, and reports whether the
// lookup may call the resolver. A context without an admission may.
func admit(ctx context.Context) bool {
	a, ok := ctx.Value(admissionKey{}).(*admission)
	switch {
	case !ok || a.held:
		return true
	case a.refused:
		return false
	case a.pool.admit() != nil:
		a.refused = true
		return false
	}
	a.held = true
	return true
}

func (a *admission) done() {
	if a.held {
		a.pool.release()
		a.held = false
	}
}

// boundedResolver runs another resolver's calls in a pool, each lookup
// admitted once (admission). A call that runs out of time answers as the
// C library does when no DNS server answers: EAI_AGAIN from getaddrinfo,
// TRY_AGAIN from gethostby*_r; so does one refused admission, whose
// request then answers 503.
//
// Calls the C library answers from the name alone, without asking any
// source (see nameOnly), skip both the admission and the slots.
type boundedResolver struct {
	inner resolver
	pool  *pool
}

func (b boundedResolver) backend() string           { return b.inner.backend() }
func (b boundedResolver) hostname() (string, error) { return b.inner.hostname() }

// nameOnly reports whether glibc answers getaddrinfo (gai) or
// gethostbyname_r (!gai) of name in family af from the text alone: the
// wildcard of an empty name, a numeric address (inet_aton's and
// inet_pton's forms), or what __nss_hostname_digits_dots decides of a
// name of digits and dots, which getaddrinfo consults for AF_INET.
func nameOnly(name string, af int, gai bool) bool {
	if gai {
		if name == "" || name == "*" {
			return true
		}
		if _, _, ok := textToBinaryAddress(name, af); ok {
			return true
		}
		if af != afInet {
			return false
		}
	}
	_, _, _, handled := digitsDots(name, afInet)
	return handled
}

func (b boundedResolver) getaddrinfo(ctx context.Context, name string, af int) ([]netip.Addr, gaiStatus) {
	if nameOnly(name, af, true) {
		return b.inner.getaddrinfo(ctx, name, af)
	}
	type answer struct {
		addrs []netip.Addr
		st    gaiStatus
	}
	ch := make(chan answer, 1)
	if !admit(ctx) || !b.pool.run(ctx, func() {
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
	if nameOnly(name, afInet, false) {
		return b.inner.gethostbyname(ctx, name)
	}
	ch := make(chan hostAnswer, 1)
	if !admit(ctx) || !b.pool.run(ctx, func() {
		h, e := b.inner.gethostbyname(ctx, name)
		ch <- hostAnswer{h, e}
	}) {
		return nil, tryAgain
	}
	a := <-ch
	return a.h, a.herrno
}

func (b boundedResolver) gethostbyaddr(ctx context.Context, addr netip.Addr, af int) (*hostent, int) {
	if af == afInet6 && addr == netip.IPv6Unspecified() {
		// Refused before any source is asked.
		return b.inner.gethostbyaddr(ctx, addr, af)
	}
	ch := make(chan hostAnswer, 1)
	if !admit(ctx) || !b.pool.run(ctx, func() {
		h, e := b.inner.gethostbyaddr(ctx, addr, af)
		ch <- hostAnswer{h, e}
	}) {
		return nil, tryAgain
	}
	a := <-ch
	return a.h, a.herrno
}
