package lookup

import (
	"context"
	"net"
	"net/netip"
	"os"
	"strings"
	"syscall"
)

// This file models glibc 2.36's host lookups in Go: getaddrinfo
// (sysdeps/posix/getaddrinfo.c), gethostbyname_r and gethostbyaddr_r
// (nss/getXXbyYY_r.c, nss/digits_dots.c) over the NSS modules of
// "hosts: files dns". The DNS backend uses it with the dns module alone;
// servers built without cgo use it with both.

// nssStatus is an NSS module's answer (nss.h).
type nssStatus int

const (
	nssTryAgain nssStatus = -2
	nssUnavail  nssStatus = -1
	nssNotFound nssStatus = 0
	nssSuccess  nssStatus = 1
)

// lookupState is the thread state a lookup leaves behind: the global
// h_errno, which CPython reads after gethostbyname_r and gethostbyaddr_r,
// and errno. A lesson's call runs in a fresh interpreter, so each starts
// from zero.
type lookupState struct {
	hErrno int
	errno  syscall.Errno
}

// nssModule is one source of "hosts:" in nsswitch.conf.
type nssModule interface {
	// gethostbyname3 is _nss_*_gethostbyname3_r(name, af): an entry, or
	// the status and *h_errnop.
	gethostbyname3(ctx context.Context, st *lookupState, name string, af int) (*hostent, nssStatus, int)
	// gethostbyname4 is _nss_*_gethostbyname4_r(name): the addresses of
	// both families for getaddrinfo(AF_UNSPEC).
	gethostbyname4(ctx context.Context, st *lookupState, name string) ([]netip.Addr, nssStatus, int)
	// gethostbyaddr is _nss_*_gethostbyaddr2_r(addr, af).
	gethostbyaddr(ctx context.Context, st *lookupState, addr netip.Addr, af int) (*hostent, nssStatus, int)
}

// nssResolver is the C library's resolver as glibc implements it, over
// modules tried in order with nsswitch.conf's default actions (return on
// success, continue otherwise).
type nssResolver struct {
	name       string
	modules    []nssModule
	hostnameFn func() (string, error)
	// sort orders getaddrinfo's addresses (RFC 6724 as glibc does it).
	sort func([]netip.Addr) []netip.Addr
}

func (r *nssResolver) backend() string { return r.name }

func (r *nssResolver) hostname() (string, error) { return r.hostnameFn() }

// osHostname is gethostname(2) as Go reads it.
func osHostname() (string, error) { return os.Hostname() }

func (r *nssResolver) getaddrinfo(ctx context.Context, name string, af int) ([]netip.Addr, gaiStatus) {
	var st lookupState
	if name == "*" {
		// getaddrinfo("*", NULL) is getaddrinfo(NULL, NULL).
		return nil, gaiStatus{code: eaiNoName}
	}
	if name == "" {
		// AI_PASSIVE with no name: the wildcard of each family asked
		// for, IPv6 first (get_local_addresses).
		if af == afInet {
			return []netip.Addr{netip.IPv4Unspecified()}, gaiStatus{}
		}
		return r.sorted([]netip.Addr{netip.IPv6Unspecified(), netip.IPv4Unspecified()}), gaiStatus{}
	}
	if addrs, code, ok := textToBinaryAddress(name, af); ok {
		return addrs, gaiStatus{code: code}
	}
	if af == afInet {
		return r.trySimpleGethostbyname(ctx, &st, name)
	}
	return r.getNSSAddresses(ctx, &st, name)
}

func (r *nssResolver) sorted(addrs []netip.Addr) []netip.Addr {
	if r.sort == nil || len(addrs) < 2 {
		return addrs
	}
	return r.sort(addrs)
}

// textToBinaryAddress is getaddrinfo's numeric test: inet_aton's forms
// for IPv4, inet_pton's for IPv6 with an optional "%scope". ok reports
// whether the name was numeric (with an error code, maybe).
func textToBinaryAddress(name string, af int) (addrs []netip.Addr, code int, ok bool) {
	if a, isV4 := inetAtonExact(name); isV4 {
		if af == afUnspec || af == afInet {
			return []netip.Addr{a}, 0, true
		}
		return nil, eaiAddrFamily, true
	}
	text, scope, hasScope := strings.Cut(name, "%")
	a, isV6 := inetPton6(text)
	if !isV6 {
		return nil, 0, false
	}
	switch {
	case af == afUnspec || af == afInet6:
	case af == afInet && a.Is4In6():
		a = a.Unmap()
	default:
		return nil, eaiAddrFamily, true
	}
	if hasScope && !validScope(a, scope) {
		return nil, eaiNoName, true
	}
	return []netip.Addr{a}, 0, true
}

// validScope is glibc's __inet6_scopeid_pton: an interface name for
// link-local addresses, else a decimal number of 32 bits.
func validScope(a netip.Addr, scope string) bool {
	b := a.As16()
	linkLocal := a.Is6() && (b[0] == 0xfe && b[1]&0xc0 == 0x80 || b[0] == 0xff && (b[1]&0x0f == 1 || b[1]&0x0f == 2))
	if linkLocal && scope != "" {
		if _, ok := interfaceIndex(scope); ok {
			return true
		}
	}
	if scope == "" || scope[0] < '0' || scope[0] > '9' {
		return false
	}
	var n uint64
	for i := 0; i < len(scope); i++ {
		c := scope[i]
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + uint64(c-'0')
		if n > 0xffffffff {
			return false
		}
	}
	return true
}

// trySimpleGethostbyname is getaddrinfo's path for AF_INET:
// gethostbyname2_r(name, AF_INET), with its result mapped to EAI codes.
func (r *nssResolver) trySimpleGethostbyname(ctx context.Context, st *lookupState, name string) ([]netip.Addr, gaiStatus) {
	// getaddrinfo passes &h_errno: the lookup's h_errno is the global.
	h, status, herr := r.gethostbyname2(ctx, st, name, afInet)
	st.hErrno = herr
	if status == nssSuccess {
		return h.addrs, gaiStatus{}
	}
	if rc := nssReturn(status, herr, st.errno); rc == 0 {
		if herr == noData {
			return nil, gaiStatus{code: eaiNoData}
		}
		return nil, gaiStatus{code: eaiNoName}
	}
	switch herr {
	case netdbInternal:
		return nil, gaiStatus{code: eaiSystem, errno: st.errno}
	case tryAgain:
		return nil, gaiStatus{code: eaiAgain}
	}
	return nil, gaiStatus{code: eaiNoData}
}

// nssReturn is the value getXXbyYY_r returns: 0 when the modules found
// the name or said it does not exist, an errno otherwise.
func nssReturn(status nssStatus, herr int, errno syscall.Errno) syscall.Errno {
	switch {
	case status == nssSuccess || status == nssNotFound:
		return 0
	case status == nssTryAgain && herr != netdbInternal:
		return syscall.EAGAIN
	}
	return errno
}

// getNSSAddresses is getaddrinfo's path for AF_UNSPEC: each module's
// gethostbyname4_r until one succeeds.
func (r *nssResolver) getNSSAddresses(ctx context.Context, st *lookupState, name string) ([]netip.Addr, gaiStatus) {
	status := nssUnavail
	noAddrs := 0 // 0, 1 (the name exists without addresses) or EAI_AGAIN
	for _, m := range r.modules {
		addrs, s, herr := m.gethostbyname4(ctx, st, name)
		st.hErrno = herr
		status = s
		if s == nssSuccess {
			return r.sorted(addrs), gaiStatus{}
		}
		switch herr {
		case tryAgain:
			noAddrs = eaiAgain
		case noData:
			noAddrs = 1
		default:
			noAddrs = 0
		}
	}
	if (status == nssTryAgain || status == nssUnavail) && st.hErrno == netdbInternal {
		return nil, gaiStatus{code: eaiSystem, errno: st.errno}
	}
	switch noAddrs {
	case eaiAgain:
		return nil, gaiStatus{code: eaiAgain}
	case 1:
		return nil, gaiStatus{code: eaiNoData}
	}
	return nil, gaiStatus{code: eaiNoName}
}

// gethostbyname2 is gethostbyname2_r(name, af): digits and dots first,
// then the modules. It returns the last module's status and *h_errnop.
func (r *nssResolver) gethostbyname2(ctx context.Context, st *lookupState, name string, af int) (*hostent, nssStatus, int) {
	if h, status, herr, handled := digitsDots(name, af); handled {
		return h, status, herr
	}
	status, herr := nssUnavail, noRecovery
	for _, m := range r.modules {
		var h *hostent
		h, status, herr = m.gethostbyname3(ctx, st, name, af)
		if status == nssSuccess {
			return h, status, herr
		}
	}
	return nil, status, herr
}

func (r *nssResolver) gethostbyname(ctx context.Context, name string) (*hostent, int) {
	st := lookupState{}
	h, status, _ := r.gethostbyname2(ctx, &st, name, afInet)
	if status == nssSuccess {
		return h, 0
	}
	// CPython reads the global h_errno, which only the DNS module sets.
	return nil, st.hErrno
}

func (r *nssResolver) gethostbyaddr(ctx context.Context, addr netip.Addr, af int) (*hostent, int) {
	st := lookupState{}
	if af == afInet6 && addr == netip.IPv6Unspecified() {
		// gethostbyaddr_r refuses "::" before asking any module, and
		// sets only *h_errnop.
		return nil, st.hErrno
	}
	for _, m := range r.modules {
		h, status, _ := m.gethostbyaddr(ctx, &st, addr, af)
		if status == nssSuccess {
			return h, 0
		}
	}
	return nil, st.hErrno
}

// digitsDots is glibc's __nss_hostname_digits_dots for gethostbyname*_r:
// a name of digits and dots is an address (inet_aton's forms) or no host
// at all; an IPv6 literal cannot be an AF_INET host.
func digitsDots(name string, af int) (h *hostent, status nssStatus, herr int, handled bool) {
	if name == "" || !(isDigit(name[0]) || hexDigit(name[0]) >= 0 || name[0] == ':') {
		return nil, 0, 0, false
	}
	if isDigit(name[0]) {
		allDigitsDots := true
		for i := 0; i < len(name); i++ {
			if !isDigit(name[i]) && name[i] != '.' {
				allDigitsDots = false
				break
			}
		}
		if allDigitsDots && name[len(name)-1] != '.' {
			if af == afInet {
				if a, ok := inetAtonExact(name); ok {
					return &hostent{name: name, addrtype: afInet, addrs: []netip.Addr{a}}, nssSuccess, netdbSuccess, true
				}
			} else if a, ok := inetPton6(name); ok {
				return &hostent{name: name, addrtype: afInet6, addrs: []netip.Addr{a}}, nssSuccess, netdbSuccess, true
			}
			return nil, nssNotFound, hostNotFound, true
		}
	}
	if hexDigit(name[0]) >= 0 && strings.Contains(name, ":") || name[0] == ':' {
		if af == afInet {
			return nil, nssNotFound, hostNotFound, true
		}
		for i := 0; i < len(name); i++ {
			if hexDigit(name[i]) < 0 && name[i] != ':' && name[i] != '.' {
				return nil, 0, 0, false
			}
		}
		if name[len(name)-1] == '.' {
			return nil, 0, 0, false
		}
		if a, ok := inetPton6(name); ok {
			return &hostent{name: name, addrtype: afInet6, addrs: []netip.Addr{a}}, nssSuccess, netdbSuccess, true
		}
		return nil, nssNotFound, hostNotFound, true
	}
	return nil, 0, 0, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// interfaceIndex is if_nametoindex.
func interfaceIndex(name string) (int, bool) {
	ifi, err := net.InterfaceByName(name)
	if err != nil {
		return 0, false
	}
	return ifi.Index, true
}
