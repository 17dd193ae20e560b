package netcalc

import "math/big"

// Hosts is the sequence net.hosts() yields, described without building
// it: its length, and any element by index.
//
// Python's rules, which calculators often get wrong:
//   - IPv4 leaves out the network and broadcast addresses, except that a
//     /31 yields both of its addresses (RFC 3021) and a /32 yields its one;
//   - IPv6 leaves out only the first address, the Subnet-Router anycast
//     address (RFC 4291 section 2.6.1), and keeps the last; a /127 yields
//     both addresses (RFC 6164) and a /128 its one.
//
// A /32 or /128 yields the address as it was parsed, so an IPv6 host keeps
// its scope id there and nowhere else.
//
// The zero Hosts is empty.
type Hosts struct {
	net   Network
	first uint128 // the first host's integer
	count uint128 // at least 1 for a valid network; never 2**128
}

// Hosts returns the sequence of net.hosts().
func (n Network) Hosts() Hosts {
	if !n.IsValid() {
		return Hosts{}
	}
	h := Hosts{net: n, first: n.addr.ip}
	switch hostBits := n.HostBits(); {
	case hostBits <= 1:
		h.count = ones(hostBits).addOne()
	case n.addr.v == 4:
		h.first = h.first.addOne()
		h.count = ones(hostBits).subOne() // 2**h - 2
	default:
		h.first = h.first.addOne()
		h.count = ones(hostBits) // 2**h - 1
	}
	return h
}

// Len returns how many addresses hosts() yields.
func (h Hosts) Len() *big.Int { return h.count.big() }

// Len64 returns the length when it fits in a uint64.
func (h Hosts) Len64() (uint64, bool) { return h.count.lo, h.count.isUint64() }

// At returns the i-th address hosts() yields, counting from 0; ok is false
// when i is out of range.
func (h Hosts) At(i *big.Int) (a Addr, ok bool) {
	u, ok := fromBig(i)
	if !ok {
		return Addr{}, false
	}
	return h.at(u)
}

// At64 is At for an index that fits in a uint64.
func (h Hosts) At64(i uint64) (Addr, bool) { return h.at(u64(i)) }

func (h Hosts) at(i uint128) (Addr, bool) {
	if !i.less(h.count) {
		return Addr{}, false
	}
	if h.net.HostBits() == 0 {
		return h.net.addr, true // the parsed address, scope id and all
	}
	return addrOf(h.net.addr.v, h.first.add(i)), true
}

// First returns the first address hosts() yields.
func (h Hosts) First() Addr { a, _ := h.at(uint128{}); return a }

// Last returns the last address hosts() yields.
func (h Hosts) Last() Addr { a, _ := h.at(h.count.subOne()); return a }

// Subnets is the sequence net.subnets(new_prefix=...) yields, without
// building it. The zero Subnets is empty.
type Subnets struct {
	net  Network
	bits int // the new prefix length
}

// Subnets returns the sequence of net.subnets(new_prefix=newPrefix), or
// the ValueError that Python raises when the generator starts. A /32 or
// /128 yields itself whatever newPrefix is, as CPython checks nothing
// else first.
func (n Network) Subnets(newPrefix int) (Subnets, error) {
	if !n.IsValid() {
		return Subnets{}, nil
	}
	if n.HostBits() == 0 {
		return Subnets{net: n, bits: int(n.bits)}, nil
	}
	if newPrefix < int(n.bits) {
		return Subnets{}, valueError("new prefix must be longer")
	}
	if newPrefix > n.MaxBits() {
		// CPython prints the new prefix length, not the difference.
		return Subnets{}, valueError("prefix length diff " + itoa(newPrefix) + " is invalid for netblock " + n.String())
	}
	return Subnets{net: n, bits: newPrefix}, nil
}

// Bits returns the prefix length of every subnet.
func (s Subnets) Bits() int { return s.bits }

// log2Len is the base-2 logarithm of the length.
func (s Subnets) log2Len() int { return s.bits - int(s.net.bits) }

// Len returns how many networks the sequence holds: 2**(new - old).
func (s Subnets) Len() *big.Int {
	if !s.net.IsValid() {
		return new(big.Int)
	}
	return new(big.Int).Lsh(big.NewInt(1), uint(s.log2Len()))
}

// At returns the k-th subnet, counting from 0; ok is false out of range.
func (s Subnets) At(k *big.Int) (Network, bool) {
	u, ok := fromBig(k)
	if !ok {
		return Network{}, false
	}
	return s.at(u)
}

// At64 is At for an index that fits in a uint64.
func (s Subnets) At64(k uint64) (Network, bool) { return s.at(u64(k)) }

func (s Subnets) at(k uint128) (Network, bool) {
	if !s.net.IsValid() || k.bitLen() > s.log2Len() {
		return Network{}, false
	}
	if s.net.HostBits() == 0 {
		return s.net, true // subnets() of a /32 or /128 yields self
	}
	step := uint(s.net.MaxBits() - s.bits)
	a := addrOf(s.net.addr.v, s.net.addr.ip.add(k.shl(step)))
	return Network{addr: a, bits: uint8(s.bits)}, true
}

// Supernet returns net.supernet(): the network one bit shorter, or net
// itself at /0.
func (n Network) Supernet() Network {
	s, _ := n.SupernetTo(int(n.bits) - 1)
	return s
}

// SupernetTo returns net.supernet(new_prefix=newPrefix): the network of
// that shorter prefix holding net, or Python's ValueError. A /0 returns
// itself whatever newPrefix is, as CPython checks that first.
func (n Network) SupernetTo(newPrefix int) (Network, error) {
	if !n.IsValid() || n.bits == 0 {
		return n, nil
	}
	if newPrefix > int(n.bits) {
		return Network{}, valueError("new prefix must be shorter")
	}
	if newPrefix < 0 {
		return Network{}, valueError("current prefixlen is " + itoa(int(n.bits)) +
			", cannot have a prefixlen_diff of " + itoa(int(n.bits)-newPrefix))
	}
	return makeNetwork(n.addr.WithoutZone(), newPrefix), nil
}
