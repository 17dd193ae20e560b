package lookup

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"time"

	"netprimer/app/api"
	"netprimer/app/pyidna"
)

// maxEncodedName is the longest host name, after IDNA encoding and without
// a final dot, that the API passes to a resolver: 253 octets of text (RFC
// 1035 section 2.3.4's 255 octets on the wire). Longer names are wrong
// requests.
const maxEncodedName = 253

// errNameTooLong marks a name that no resolver can answer; the HTTP layer
// turns it into a 400.
var errNameTooLong = errors.New("host name longer than 253 bytes after IDNA encoding")

// outcome is what one call of a socket function did: returned result or
// raised err, with what the API says about how.
type outcome struct {
	result   api.Result
	err      *pyError
	refused  bool   // a reverse lookup refused by policy
	timedOut bool   // the resolver ran out of time
	source   string // the services table that answered
	backend  string // the resolver that answered
}

// pySocket runs the socket module's functions as CPython 3.11's
// Modules/socketmodule.c and Lib/socket.py do, over a resolver that
// stands for the C library.
type pySocket struct {
	res      resolver
	services *servicesDB
	// refusePrivate makes reverse lookups of private addresses answer as
	// if the address had no name (see isPrivate).
	refusePrivate bool
	// allowPrivate are the private prefixes refusePrivate leaves open.
	allowPrivate []netip.Prefix
	now          func() time.Time
}

// call runs c. It returns errNameTooLong instead of an outcome for a
// host name too long to look up.
func (p *pySocket) call(ctx context.Context, c api.Call) (outcome, error) {
	var o outcome
	var err error
	switch c.Func {
	case api.GetHostName:
		o = p.gethostname()
	case api.GetHostByName:
		o, err = p.gethostbyname(ctx, c.Arg)
	case api.GetHostByNameEx:
		o, err = p.gethostbynameEx(ctx, c.Arg)
	case api.GetHostByAddr:
		o, err = p.gethostbyaddr(ctx, c.Arg)
	case api.GetFQDN:
		o, err = p.getfqdn(ctx, c.Arg)
	case api.GetServByName:
		return p.getservbyname(c.Arg, c.Proto, c.HasProto), nil
	case api.GetServByPort:
		return p.getservbyport(c.Arg, c.Proto, c.HasProto), nil
	default:
		return outcome{}, errors.New("lookup: unknown function " + string(c.Func))
	}
	if err != nil {
		return outcome{}, err
	}
	o.backend = p.res.backend()
	o.timedOut = expired(ctx)
	return o, nil
}

// expired reports whether ctx is done or past its deadline: a socket's
// deadline may fire a moment before the context's own timer.
func expired(ctx context.Context) bool {
	if ctx.Err() != nil {
		return true
	}
	d, ok := ctx.Deadline()
	return ok && !time.Now().Before(d)
}

func (p *pySocket) gethostname() outcome {
	name, err := p.res.hostname()
	if err != nil {
		var errno syscall.Errno
		if !errors.As(err, &errno) {
			errno = syscall.EINVAL
		}
		return outcome{err: errnoError(errno)}
	}
	return outcome{result: api.StrResult(name)}
}

// encodeHost is the "et" argument conversion with the "idna" encoding
// that gethostbyname, gethostbyname_ex and gethostbyaddr apply.
func encodeHost(host string) (string, *pyError, error) {
	enc, err := pyidna.Encode(host)
	if err != nil {
		return "", unicodeError(err.Error()), nil
	}
	if len(strings.TrimSuffix(enc, ".")) > maxEncodedName {
		return "", nil, errNameTooLong
	}
	return enc, nil, nil
}

func (p *pySocket) gethostbyname(ctx context.Context, host string) (outcome, error) {
	name, perr, err := encodeHost(host)
	if perr != nil || err != nil {
		return outcome{err: perr}, err
	}
	addr, perr := p.setipaddr(ctx, name, afInet)
	if perr != nil {
		return outcome{err: perr}, nil
	}
	return outcome{result: api.StrResult(inetNtop(addr))}, nil
}

func (p *pySocket) gethostbynameEx(ctx context.Context, host string) (outcome, error) {
	name, perr, err := encodeHost(host)
	if perr != nil || err != nil {
		return outcome{err: perr}, err
	}
	addr, perr := p.setipaddr(ctx, name, afInet)
	if perr != nil {
		return outcome{err: perr}, nil
	}
	h, herrno := p.res.gethostbyname(ctx, name)
	return gethostCommon(h, herrno, family(addr)), nil
}

func (p *pySocket) gethostbyaddr(ctx context.Context, host string) (outcome, error) {
	name, perr, err := encodeHost(host)
	if perr != nil || err != nil {
		return outcome{err: perr}, err
	}
	addr, perr := p.setipaddr(ctx, name, afUnspec)
	if perr != nil {
		return outcome{err: perr}, nil
	}
	if p.refusePrivate && isPrivate(addr) && !p.allowed(addr) {
		return outcome{err: herror(hostNotFound), refused: true}, nil
	}
	h, herrno := p.res.gethostbyaddr(ctx, addr, family(addr))
	return gethostCommon(h, herrno, family(addr)), nil
}

// getfqdn is Lib/socket.py's getfqdn: the first name with a dot among the
// host name and aliases of gethostbyaddr(name), else the host name, or
// name itself when gethostbyaddr raises an OSError.
func (p *pySocket) getfqdn(ctx context.Context, name string) (outcome, error) {
	name = pyStrip(name)
	if name == "" || name == "0.0.0.0" || name == "::" {
		o := p.gethostname()
		if o.err != nil {
			return o, nil
		}
		name, _ = o.result.Str()
	}
	o, err := p.gethostbyaddr(ctx, name)
	if err != nil {
		return o, err
	}
	if o.err != nil {
		if isOSError(o.err) {
			return outcome{result: api.StrResult(name), refused: o.refused}, nil
		}
		return o, nil
	}
	h, _ := o.result.Host()
	for _, n := range append([]string{h.Name}, h.Aliases...) {
		if strings.Contains(n, ".") {
			return outcome{result: api.StrResult(n)}, nil
		}
	}
	return outcome{result: api.StrResult(h.Name)}, nil
}

// isOSError reports whether Python's "except OSError" catches e.
func isOSError(e *pyError) bool {
	switch e.typ {
	case api.TypeUnicodeError, api.TypeOverflowError, "UnicodeDecodeError":
		return false
	}
	return true
}

// setipaddr is socketmodule.c's setipaddr: the wildcard for "", the
// broadcast address for "<broadcast>", numeric addresses without a
// lookup, and getaddrinfo for the rest, whose first address it takes.
func (p *pySocket) setipaddr(ctx context.Context, name string, af int) (netip.Addr, *pyError) {
	if name == "" {
		addrs, st := p.res.getaddrinfo(ctx, "", af)
		if st.code != 0 {
			return netip.Addr{}, gaiError(st.code, st.errno)
		}
		if len(addrs) == 0 {
			return netip.Addr{}, gaiError(eaiNoName, 0)
		}
		if len(addrs) > 1 {
			return netip.Addr{}, osError("wildcard resolved to multiple address")
		}
		return addrs[0], nil
	}
	if name == "255.255.255.255" || name == "<broadcast>" {
		if af != afInet && af != afUnspec {
			return netip.Addr{}, osError("address family mismatched")
		}
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	if af == afUnspec || af == afInet {
		if a, ok := inetPton4(name); ok {
			return a, nil
		}
	}
	if (af == afUnspec || af == afInet6) && !strings.Contains(name, "%") {
		if a, ok := inetPton6(name); ok {
			return a, nil
		}
	}
	addrs, st := p.res.getaddrinfo(ctx, name, af)
	if st.code != 0 {
		return netip.Addr{}, gaiError(st.code, st.errno)
	}
	if len(addrs) == 0 { // no C library answers so; be safe
		return netip.Addr{}, gaiError(eaiNoName, 0)
	}
	return addrs[0], nil
}

// gethostCommon is socketmodule.c's gethost_common: the (hostname,
// aliaslist, ipaddrlist) tuple of an entry, or the herror of a failed
// lookup. Names decode as UTF-8, aliases first.
func gethostCommon(h *hostent, herrno int, af int) outcome {
	if h == nil {
		return outcome{err: herror(herrno)}
	}
	if h.addrtype != af {
		return outcome{err: errnoError(syscall.EAFNOSUPPORT)}
	}
	host := api.Host{Aliases: []string{}, Addrs: []string{}}
	for _, a := range h.aliases {
		if e := decodeUTF8(a); e != nil {
			return outcome{err: e}
		}
		host.Aliases = append(host.Aliases, a)
	}
	for _, a := range h.addrs {
		host.Addrs = append(host.Addrs, inetNtop(a))
	}
	if e := decodeUTF8(h.name); e != nil {
		return outcome{err: e}
	}
	host.Name = h.name
	return outcome{result: api.HostResult(host)}
}

// isPrivate reports whether a reverse lookup of a would tell a class on
// the internet about the server's own network: RFC 1918 and RFC 4193
// addresses, RFC 6598 shared space and link-local ones. Loopback
// addresses are the server's own names, which the lessons show.
func isPrivate(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsPrivate() || a.IsLinkLocalUnicast() || sharedSpace.Contains(a)
}

var sharedSpace = netip.MustParsePrefix("100.64.0.0/10")

// allowed reports whether a is in one of the prefixes left open.
func (p *pySocket) allowed(a netip.Addr) bool {
	a = a.Unmap().WithZone("")
	for _, pre := range p.allowPrivate {
		if pre.Contains(a) {
			return true
		}
	}
	return false
}

// parsePrivatePrefixes reads a comma-separated list of prefixes, or of
// addresses (one address each), every one inside the private ranges
// isPrivate names: a public address is never refused, so naming one is a
// mistake.
func parsePrivatePrefixes(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		var pre netip.Prefix
		var err error
		if strings.Contains(f, "/") {
			pre, err = netip.ParsePrefix(f)
		} else {
			var a netip.Addr
			a, err = netip.ParseAddr(f)
			pre = netip.PrefixFrom(a, a.BitLen())
		}
		if err != nil {
			return nil, err
		}
		pre = netip.PrefixFrom(pre.Addr().Unmap(), pre.Bits()-(pre.Addr().BitLen()-pre.Addr().Unmap().BitLen())).Masked()
		if !isPrivate(pre.Addr()) || !isPrivate(lastAddr(pre)) {
			return nil, fmt.Errorf("%s is not inside the private ranges (RFC 1918, RFC 4193, RFC 6598, link-local): its reverse lookups are never refused", f)
		}
		out = append(out, pre)
	}
	return out, nil
}

// lastAddr returns the last address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

func (p *pySocket) getservbyname(name, proto string, hasProto bool) outcome {
	table, source := p.services.current(p.now())
	if e, ok := table.ByName(name, proto, hasProto); ok {
		return outcome{result: api.IntResult(int(e.Port)), source: source}
	}
	return outcome{err: osError("service/proto not found"), source: source}
}

// getservbyport converts port as PyArg_ParseTuple's "i" does (a C long,
// then an int), checks the range, and looks the port up.
func (p *pySocket) getservbyport(port, proto string, hasProto bool) outcome {
	n, err := strconv.ParseInt(port, 10, 64)
	switch {
	case err != nil:
		return outcome{err: overflowError("Python int too large to convert to C long")}
	case n > math.MaxInt32:
		return outcome{err: overflowError("signed integer is greater than maximum")}
	case n < math.MinInt32:
		return outcome{err: overflowError("signed integer is less than minimum")}
	case n < 0 || n > 0xffff:
		return outcome{err: overflowError("getservbyport: port must be 0-65535.")}
	}
	table, source := p.services.current(p.now())
	e, ok := table.ByPort(uint16(n), proto, hasProto)
	if !ok {
		return outcome{err: osError("port/proto not found"), source: source}
	}
	if perr := decodeUTF8(e.Name); perr != nil {
		return outcome{err: perr, source: source}
	}
	return outcome{result: api.StrResult(e.Name), source: source}
}
