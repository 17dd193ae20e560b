//go:build cgo && !js

package lookup

/*
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

// CPython gives gethostbyname_r and gethostbyaddr_r a 16384-byte buffer
// and passes one byte less; a longer answer fails the same way here.
enum { np_buflen = 16384 };

// The helpers read h_errno on the thread that made the call, as
// gethost_common does. gethostbyname_r and gethostbyaddr_r do not always
// set it (a name refused before any DNS query leaves it as it was), so
// CPython reports what the thread's earlier lookups left: in a fresh
// interpreter, 0. The helpers start from 0, as a fresh interpreter does.
static struct hostent *np_gethostbyname(const char *name, struct hostent *h, char *buf, int *herr) {
	struct hostent *res = NULL;
	int errnop = 0;
	h_errno = 0;
	gethostbyname_r(name, h, buf, np_buflen - 1, &res, &errnop);
	*herr = h_errno;
	return res;
}

static struct hostent *np_gethostbyaddr(const void *addr, int len, int af, struct hostent *h, char *buf, int *herr) {
	struct hostent *res = NULL;
	int errnop = 0;
	h_errno = 0;
	gethostbyaddr_r(addr, len, af, h, buf, np_buflen - 1, &res, &errnop);
	*herr = h_errno;
	return res;
}

static int np_getaddrinfo(const char *name, int family, struct addrinfo **res, int *err) {
	struct addrinfo hints;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = family;
	int rc;
	if (name == NULL) {
		hints.ai_socktype = SOCK_DGRAM;
		hints.ai_flags = AI_PASSIVE;
		rc = getaddrinfo(NULL, "0", &hints, res);
	} else {
		rc = getaddrinfo(name, NULL, &hints, res);
	}
	*err = errno;
	return rc;
}

static int np_gethostname(char *buf, int len, int *err) {
	int rc = gethostname(buf, len - 1);
	buf[len - 1] = 0;
	*err = errno;
	return rc;
}

static char *np_alias(struct hostent *h, int i) { return h->h_aliases[i]; }
static char *np_addr(struct hostent *h, int i) { return h->h_addr_list[i]; }
*/
import "C"

import (
	"context"
	"net/netip"
	"syscall"
	"unsafe"
)

// libcResolver calls the C library, as CPython does. Its calls cannot be
// cancelled: the service bounds how many run at once.
type libcResolver struct{}

func newLibcResolver() (resolver, bool) { return libcResolver{}, true }

func (libcResolver) backend() string { return BackendLibc }

func (libcResolver) hostname() (string, error) {
	buf := (*C.char)(C.malloc(1024))
	defer C.free(unsafe.Pointer(buf))
	var errno C.int
	if C.np_gethostname(buf, 1024, &errno) < 0 {
		return "", syscall.Errno(errno)
	}
	return C.GoString(buf), nil
}

func (libcResolver) getaddrinfo(ctx context.Context, name string, family int) ([]netip.Addr, gaiStatus) {
	var cname *C.char
	if name != "" {
		cname = C.CString(name)
		defer C.free(unsafe.Pointer(cname))
	}
	var res *C.struct_addrinfo
	var errno C.int
	rc := C.np_getaddrinfo(cname, C.int(family), &res, &errno)
	if rc != 0 {
		return nil, gaiStatus{code: int(rc), errno: syscall.Errno(errno)}
	}
	defer C.freeaddrinfo(res)
	var addrs []netip.Addr
	for ai := res; ai != nil; ai = ai.ai_next {
		switch ai.ai_family {
		case C.AF_INET:
			sin := (*C.struct_sockaddr_in)(unsafe.Pointer(ai.ai_addr))
			addrs = append(addrs, netip.AddrFrom4(*(*[4]byte)(unsafe.Pointer(&sin.sin_addr))))
		case C.AF_INET6:
			sin6 := (*C.struct_sockaddr_in6)(unsafe.Pointer(ai.ai_addr))
			addrs = append(addrs, netip.AddrFrom16(*(*[16]byte)(unsafe.Pointer(&sin6.sin6_addr))))
		}
	}
	return addrs, gaiStatus{}
}

func (libcResolver) gethostbyname(ctx context.Context, name string) (*hostent, int) {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	buf := (*C.char)(C.malloc(C.np_buflen))
	defer C.free(unsafe.Pointer(buf))
	h := (*C.struct_hostent)(C.malloc(C.size_t(unsafe.Sizeof(C.struct_hostent{}))))
	defer C.free(unsafe.Pointer(h))
	var herr C.int
	res := C.np_gethostbyname(cname, h, buf, &herr)
	if res == nil {
		return nil, int(herr)
	}
	return copyHostent(res), 0
}

func (libcResolver) gethostbyaddr(ctx context.Context, addr netip.Addr, family int) (*hostent, int) {
	var b []byte
	if family == afInet {
		a := addr.As4()
		b = a[:]
	} else {
		a := addr.As16()
		b = a[:]
	}
	caddr := C.CBytes(b)
	defer C.free(caddr)
	buf := (*C.char)(C.malloc(C.np_buflen))
	defer C.free(unsafe.Pointer(buf))
	h := (*C.struct_hostent)(C.malloc(C.size_t(unsafe.Sizeof(C.struct_hostent{}))))
	defer C.free(unsafe.Pointer(h))
	var herr C.int
	res := C.np_gethostbyaddr(caddr, C.int(len(b)), C.int(family), h, buf, &herr)
	if res == nil {
		return nil, int(herr)
	}
	return copyHostent(res), 0
}

func copyHostent(h *C.struct_hostent) *hostent {
	e := &hostent{name: C.GoString(h.h_name), addrtype: int(h.h_addrtype)}
	if h.h_aliases != nil {
		for i := 0; ; i++ {
			a := C.np_alias(h, C.int(i))
			if a == nil {
				break
			}
			e.aliases = append(e.aliases, C.GoString(a))
		}
	}
	for i := 0; ; i++ {
		a := C.np_addr(h, C.int(i))
		if a == nil {
			break
		}
		switch h.h_length {
		case 4:
			e.addrs = append(e.addrs, netip.AddrFrom4(*(*[4]byte)(unsafe.Pointer(a))))
		case 16:
			e.addrs = append(e.addrs, netip.AddrFrom16(*(*[16]byte)(unsafe.Pointer(a))))
		}
	}
	return e
}
