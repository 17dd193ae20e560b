package guard

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Proxies are the reverse proxies whose word about the client is believed.
// The zero value believes no one: the client is the peer of the connection.
type Proxies struct {
	prefixes []netip.Prefix
}

// ParseProxies reads a comma-separated list of addresses and prefixes
// ("127.0.0.1, 10.0.0.0/8"). An empty list trusts no proxy.
func ParseProxies(list string) (Proxies, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if strings.Contains(f, "/") {
			p, err := netip.ParsePrefix(f)
			if err != nil {
				return Proxies{}, err
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return Proxies{}, err
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return Proxies{prefixes: out}, nil
}

// Trusted reports whether a is one of the proxies.
func (p Proxies) Trusted(a netip.Addr) bool {
	for _, pre := range p.prefixes {
		if pre.Contains(a) {
			return true
		}
	}
	return false
}

// Peer returns the address of r's connection's other end.
func Peer(r *http.Request) netip.AddrPort {
	peer, _ := netip.ParseAddrPort(r.RemoteAddr)
	return netip.AddrPortFrom(peer.Addr().Unmap(), peer.Port())
}

// Client returns the address of r's client: its peer's, or, when the peer
// is a trusted proxy, the one the proxy names. forwarded tells which.
func (p Proxies) Client(r *http.Request) (ap netip.AddrPort, forwarded bool) {
	peer := Peer(r)
	if !p.Trusted(peer.Addr()) {
		return peer, false
	}
	if fwd, ok := forwardedFor(r.Header); ok {
		return fwd, true
	}
	return peer, false
}

// Server returns the proxy's receiving end as a trusted proxy names it in
// the last Forwarded element's by= parameter, when it does.
func (p Proxies) Server(r *http.Request) (netip.AddrPort, bool) {
	if !p.Trusted(Peer(r).Addr()) {
		return netip.AddrPort{}, false
	}
	return forwardedBy(r.Header)
}

// forwardedFor reads the client's address from the last hop of a
// Forwarded header (RFC 7239 section 5.2: for="[2001:db8::1]:4711") or,
// without one, of X-Forwarded-For. The last hop is the one the trusted
// proxy added; earlier ones are the client's word.
func forwardedFor(h http.Header) (netip.AddrPort, bool) {
	if vs := h.Values("Forwarded"); len(vs) > 0 {
		elems := strings.Split(vs[len(vs)-1], ",")
		for _, pair := range strings.Split(elems[len(elems)-1], ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(pair), "=")
			if !ok || !strings.EqualFold(k, "for") {
				continue
			}
			return parseNode(strings.Trim(v, `"`))
		}
		return netip.AddrPort{}, false
	}
	if vs := h.Values("X-Forwarded-For"); len(vs) > 0 {
		hops := strings.Split(vs[len(vs)-1], ",")
		return parseNode(strings.TrimSpace(hops[len(hops)-1]))
	}
	return netip.AddrPort{}, false
}

// forwardedBy reads the proxy's receiving end from the last Forwarded
// element's by= parameter, when the proxy sends it.
func forwardedBy(h http.Header) (netip.AddrPort, bool) {
	vs := h.Values("Forwarded")
	if len(vs) == 0 {
		return netip.AddrPort{}, false
	}
	elems := strings.Split(vs[len(vs)-1], ",")
	for _, pair := range strings.Split(elems[len(elems)-1], ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if ok && strings.EqualFold(k, "by") {
			return parseNode(strings.Trim(v, `"`))
		}
	}
	return netip.AddrPort{}, false
}

// parseNode reads an RFC 7239 node: an address with an optional port, an
// IPv6 one in brackets. A port we cannot read is 0 (unknown).
func parseNode(v string) (netip.AddrPort, bool) {
	if ap, err := netip.ParseAddrPort(v); err == nil {
		return netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port()), true
	}
	if host, _, err := net.SplitHostPort(v); err == nil {
		v = host
	}
	v = strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
	a, err := netip.ParseAddr(v)
	if err != nil {
		return netip.AddrPort{}, false
	}
	return netip.AddrPortFrom(a.Unmap(), 0), true
}
