package lookup

import (
	"context"
	"net/netip"
	"syscall"
)

// Address families of the C library.
const (
	afUnspec = 0
	afInet   = 2
	afInet6  = 10
)

// family returns the address family of a, as the C library would store
// it: an IPv4-mapped IPv6 address is AF_INET6.
func family(a netip.Addr) int {
	if a.Is4() {
		return afInet
	}
	return afInet6
}

// hostent is a struct hostent as the C library fills it. Names are C
// strings: bytes, not necessarily UTF-8.
type hostent struct {
	name     string
	aliases  []string
	addrtype int
	addrs    []netip.Addr
}

// gaiStatus is getaddrinfo's return value: 0, or an EAI_* code with the
// errno that explains EAI_SYSTEM.
type gaiStatus struct {
	code  int
	errno syscall.Errno
}

// A resolver answers the C library calls that CPython's socket module
// makes for the deck's functions. Implementations: libcResolver (cgo),
// goResolver (the same rules in Go, over the hosts file and DNS) and the
// DNS backend (a chosen DNS server and nothing else).
//
// A call that runs out of ctx's time reports the resolver error the C
// library reports when its DNS server does not answer.
type resolver interface {
	// backend names the resolver in answers ("libc", "go", "dns").
	backend() string
	// hostname is gethostname().
	hostname() (string, error)
	// getaddrinfo(name, NULL, {ai_family: family}) for a name, or for ""
	// getaddrinfo(NULL, "0", {ai_family: family, ai_socktype: SOCK_DGRAM,
	// ai_flags: AI_PASSIVE}); the addresses in the order returned.
	getaddrinfo(ctx context.Context, name string, family int) ([]netip.Addr, gaiStatus)
	// gethostbyname is gethostbyname_r(name): the entry, or nil and
	// h_errno.
	gethostbyname(ctx context.Context, name string) (*hostent, int)
	// gethostbyaddr is gethostbyaddr_r(addr, len, family): the entry, or
	// nil and h_errno.
	gethostbyaddr(ctx context.Context, addr netip.Addr, family int) (*hostent, int)
}
