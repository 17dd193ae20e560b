// Package guard holds what the server's listeners and handlers share to
// protect themselves from their clients: who the client is (its address,
// or behind a trusted reverse proxy the address the proxy names), a token
// bucket per client and a cap on what each client holds at once.
//
// A client is an IPv4 address or the /64 of an IPv6 one (one host's usual
// share). A class behind one NAT is one client: limits are sized for that.
// Server only: nothing here reaches app.wasm.
package guard

import "net/netip"

// Key returns the client a's requests count against: a itself for IPv4
// (an IPv4-mapped IPv6 address counts as its IPv4 address), its /64 for
// IPv6. The zero Addr (a peer without an IP address) is one client.
func Key(a netip.Addr) netip.Prefix {
	if !a.IsValid() {
		return netip.Prefix{}
	}
	a = a.Unmap()
	if a.Is4() {
		return netip.PrefixFrom(a, 32)
	}
	p, _ := a.WithZone("").Prefix(64)
	return p
}
