package guard

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Proxies are the reverse proxies whose word about the client is
// believed, and the one header in which they give it. The zero value
// believes no one: the client is the peer of the connection.
type Proxies struct {
	prefixes []netip.Prefix
	// forwarded: the proxies name the client in Forwarded (RFC 7239);
	// otherwise in X-Forwarded-For.
	forwarded bool
}

// ParseProxies reads a comma-separated list of addresses and prefixes
// ("127.0.0.1, 10.0.0.0/8"). An empty list trusts no proxy. The proxies
// name the client in X-Forwarded-For; WithHeader names another header.
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

// Header names of WithHeader.
const (
	HeaderXForwardedFor = "x-forwarded-for"
	HeaderForwarded     = "forwarded"
)

// WithHeader returns p believing only the header name (any case):
// "x-forwarded-for" (or "", the default) or "forwarded". Whatever a
// client sends in the other header is ignored.
func (p Proxies) WithHeader(name string) (Proxies, error) {
	switch strings.ToLower(name) {
	case "", HeaderXForwardedFor:
		p.forwarded = false
	case HeaderForwarded:
		p.forwarded = true
	default:
		return Proxies{}, fmt.Errorf("proxy header %q: want %s or %s", name, HeaderXForwardedFor, HeaderForwarded)
	}
	return p, nil
}

// Trusted reports whether a is one of the proxies.
func (p Proxies) Trusted(a netip.Addr) bool {
	a = a.Unmap()
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
// is a trusted proxy, the one the proxies name. forwarded tells which.
//
// Each proxy appends the address it took the request from to the header,
// so the header's hops are read from the right: past every trusted proxy,
// the first hop that is not one is the client. Hops further left are what
// the client sent, and are never read. When every hop is a trusted proxy,
// the client is the leftmost. A hop that is no address ("unknown", an
// obfuscated name) ends the walk: the client is the trusted proxy it
// stopped at.
func (p Proxies) Client(r *http.Request) (ap netip.AddrPort, forwarded bool) {
	ap, _, forwarded = p.walk(r)
	return ap, forwarded
}

// Server returns the proxy's receiving end as the Forwarded header's
// by= names it in the client's hop, when the proxies use Forwarded and
// name it.
func (p Proxies) Server(r *http.Request) (netip.AddrPort, bool) {
	_, by, _ := p.walk(r)
	return by, by.IsValid()
}

// Secure reports whether r's client asked over HTTPS: r came over TLS,
// or its peer is a trusted proxy that says so. In Forwarded, that is the
// proto= of the farthest hop the walk of Client believes (the hop in which
// the proxy that took the request from the client names it); otherwise
// the X-Forwarded-Proto the nearest proxy set (its last value). A cookie
// is Secure, and HSTS sent, when this holds.
func (p Proxies) Secure(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	if !p.Trusted(Peer(r).Addr()) {
		return false
	}
	if p.forwarded {
		_, _, _, proto := p.walkProto(r)
		return strings.EqualFold(proto, "https")
	}
	vals := strings.Split(strings.Join(r.Header.Values("X-Forwarded-Proto"), ","), ",")
	return strings.EqualFold(strings.TrimSpace(vals[len(vals)-1]), "https")
}

// hop is one element of the header: the address a proxy took the request
// from, and for Forwarded the address it took it at and the scheme the
// request came in.
type hop struct {
	node, by, proto string
}

func (p Proxies) walk(r *http.Request) (client, by netip.AddrPort, forwarded bool) {
	client, by, forwarded, _ = p.walkProto(r)
	return client, by, forwarded
}

// walkProto is walk that also returns the proto= of the farthest hop it
// read: each hop it reads was added by a proxy it trusts.
func (p Proxies) walkProto(r *http.Request) (client, by netip.AddrPort, forwarded bool, proto string) {
	client = Peer(r)
	if !p.Trusted(client.Addr()) {
		return client, netip.AddrPort{}, false, ""
	}
	var hops []hop
	if p.forwarded {
		hops = forwardedHops(strings.Join(r.Header.Values("Forwarded"), ","))
	} else {
		for _, h := range strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",") {
			if h = strings.TrimSpace(h); h != "" {
				hops = append(hops, hop{node: h})
			}
		}
	}
	for i := len(hops) - 1; i >= 0; i-- {
		if hops[i].proto != "" {
			proto = hops[i].proto
		}
		a, ok := parseNode(hops[i].node)
		if !ok {
			return client, by, forwarded, proto
		}
		client, forwarded = a, true
		by, _ = parseNode(hops[i].by)
		if !p.Trusted(a.Addr()) {
			break
		}
	}
	return client, by, forwarded, proto
}

// forwardedHops splits a Forwarded header into its elements (RFC 7239
// section 4: forwarded-element *( "," forwarded-element ), each pairs
// separated by ";"), reading quoted strings as RFC 9110 section 5.6.4
// does, so that a comma or semicolon inside one splits nothing. An
// element without for= is a hop that names no one.
//
//	for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711"
func forwardedHops(h string) []hop {
	var hops []hop
	var cur hop
	var key, val strings.Builder
	inKey, quoted, escaped := true, false, false
	endPair := func() {
		switch strings.ToLower(strings.TrimSpace(key.String())) {
		case "for":
			cur.node = strings.TrimSpace(val.String())
		case "by":
			cur.by = strings.TrimSpace(val.String())
		case "proto":
			cur.proto = strings.TrimSpace(val.String())
		}
		key.Reset()
		val.Reset()
		inKey = true
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case escaped:
			val.WriteByte(c)
			escaped = false
		case quoted && c == '\\':
			escaped = true
		case c == '"' && !inKey:
			quoted = !quoted
		case quoted:
			val.WriteByte(c)
		case c == '=' && inKey:
			inKey = false
		case c == ';':
			endPair()
		case c == ',':
			endPair()
			hops = append(hops, cur)
			cur = hop{}
		case inKey:
			key.WriteByte(c)
		default:
			val.WriteByte(c)
		}
	}
	endPair()
	if strings.TrimSpace(h) != "" {
		hops = append(hops, cur)
	}
	return hops
}

// parseNode reads an RFC 7239 node: an address with an optional port, an
// IPv6 one in brackets. A port we cannot read is 0 (unknown); a zone is
// dropped (it means nothing on this host).
func parseNode(v string) (netip.AddrPort, bool) {
	if ap, err := netip.ParseAddrPort(v); err == nil {
		return netip.AddrPortFrom(ap.Addr().Unmap().WithZone(""), ap.Port()), true
	}
	if host, _, err := net.SplitHostPort(v); err == nil {
		v = host
	}
	v = strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
	a, err := netip.ParseAddr(v)
	if err != nil {
		return netip.AddrPort{}, false
	}
	return netip.AddrPortFrom(a.Unmap().WithZone(""), 0), true
}
