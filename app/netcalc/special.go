package netcalc

// The is_* properties follow the tables of CPython 3.11.7's ipaddress,
// which follow the IANA special-purpose address registries (RFC 6890) as
// they stood then; later patch releases of 3.11 to 3.13 changed the
// is_private and is_global tables, so only the oracle of the tests decides
// what is right.

type block struct {
	ip   uint128
	bits int
}

func (b block) has(v uint128, maxBits int) bool {
	return v.and(ones(maxBits).xor(ones(maxBits - b.bits))).equal(b.ip)
}

func v4(a, b, c, d byte, bits int) block {
	return block{AddrFrom4([4]byte{a, b, c, d}).ip, bits}
}

func v6(hi uint64, bits int) block { return block{uint128{hi, 0}, bits} }

var (
	// IANA IPv4 Special-Purpose Address Registry entries that 3.11.7
	// treats as private.
	private4 = [...]block{
		v4(0, 0, 0, 0, 8),          // "this network", RFC 791
		v4(10, 0, 0, 0, 8),         // RFC 1918
		v4(127, 0, 0, 0, 8),        // loopback, RFC 1122
		v4(169, 254, 0, 0, 16),     // link local, RFC 3927
		v4(172, 16, 0, 0, 12),      // RFC 1918
		v4(192, 0, 0, 0, 29),       // DS-Lite, RFC 6333
		v4(192, 0, 0, 170, 31),     // NAT64 discovery, RFC 7050
		v4(192, 0, 2, 0, 24),       // TEST-NET-1, RFC 5737
		v4(192, 168, 0, 0, 16),     // RFC 1918
		v4(198, 18, 0, 0, 15),      // benchmarking, RFC 2544
		v4(198, 51, 100, 0, 24),    // TEST-NET-2, RFC 5737
		v4(203, 0, 113, 0, 24),     // TEST-NET-3, RFC 5737
		v4(240, 0, 0, 0, 4),        // reserved, RFC 1112
		v4(255, 255, 255, 255, 32), // limited broadcast, RFC 919
	}
	shared4    = v4(100, 64, 0, 0, 10) // carrier-grade NAT, RFC 6598: neither private nor global
	loopback4  = v4(127, 0, 0, 0, 8)
	linkLocal4 = v4(169, 254, 0, 0, 16)
	multicast4 = v4(224, 0, 0, 0, 4) // RFC 5771
	reserved4  = v4(240, 0, 0, 0, 4)

	private6 = [...]block{
		{u64(1), 128},           // loopback, RFC 4291 section 2.5.3
		{u64(0), 128},           // unspecified, RFC 4291 section 2.5.2
		{u64(0xffff << 32), 96}, // IPv4-mapped, RFC 4291 section 2.5.5.2
		v6(0x0100<<48, 64),      // discard-only, RFC 6666
		v6(0x2001<<48, 23),      // IETF protocol assignments, RFC 2928
		v6(0x2001_0002<<32, 48), // benchmarking, RFC 5180
		v6(0x2001_0db8<<32, 32), // documentation, RFC 3849
		v6(0x2001_0010<<32, 28), // ORCHID, RFC 4843
		v6(0xfc00<<48, 7),       // unique local, RFC 4193
		v6(0xfe80<<48, 10),      // link local, RFC 4291 section 2.5.6
	}
	// Blocks the IPv6 address architecture left unassigned (RFC 4291
	// section 2.4 and the IANA IPv6 address space registry).
	reserved6 = [...]block{
		v6(0x0000<<48, 8), v6(0x0100<<48, 8),
		v6(0x0200<<48, 7), v6(0x0400<<48, 6),
		v6(0x0800<<48, 5), v6(0x1000<<48, 4),
		v6(0x4000<<48, 3), v6(0x6000<<48, 3),
		v6(0x8000<<48, 3), v6(0xa000<<48, 3),
		v6(0xc000<<48, 3), v6(0xe000<<48, 4),
		v6(0xf000<<48, 5), v6(0xf800<<48, 6),
		v6(0xfe00<<48, 9),
	}
	linkLocal6 = v6(0xfe80<<48, 10)
	siteLocal6 = v6(0xfec0<<48, 10) // deprecated by RFC 3879
	multicast6 = v6(0xff00<<48, 8)  // RFC 4291 section 2.7
)

func anyHas(blocks []block, v uint128, maxBits int) bool {
	for _, b := range blocks {
		if b.has(v, maxBits) {
			return true
		}
	}
	return false
}

// IsPrivate reports .is_private. An IPv4-mapped IPv6 address answers for
// its IPv4 address.
func (a Addr) IsPrivate() bool {
	switch a.v {
	case 4:
		return anyHas(private4[:], a.ip, 32)
	case 6:
		if m, ok := a.IPv4Mapped(); ok {
			return m.IsPrivate()
		}
		return anyHas(private6[:], a.ip, 128)
	}
	return false
}

// IsGlobal reports .is_global: not private, and for IPv4 not in the
// shared address space 100.64.0.0/10 either.
func (a Addr) IsGlobal() bool {
	switch a.v {
	case 4:
		return !shared4.has(a.ip, 32) && !a.IsPrivate()
	case 6:
		return !a.IsPrivate()
	}
	return false
}

// IsLoopback reports .is_loopback: 127.0.0.0/8, or exactly ::1.
func (a Addr) IsLoopback() bool {
	switch a.v {
	case 4:
		return loopback4.has(a.ip, 32)
	case 6:
		return a.ip.equal(u64(1))
	}
	return false
}

// IsMulticast reports .is_multicast: 224.0.0.0/4 or ff00::/8.
func (a Addr) IsMulticast() bool {
	switch a.v {
	case 4:
		return multicast4.has(a.ip, 32)
	case 6:
		return multicast6.has(a.ip, 128)
	}
	return false
}

// IsLinkLocal reports .is_link_local: 169.254.0.0/16 or fe80::/10.
func (a Addr) IsLinkLocal() bool {
	switch a.v {
	case 4:
		return linkLocal4.has(a.ip, 32)
	case 6:
		return linkLocal6.has(a.ip, 128)
	}
	return false
}

// IsReserved reports .is_reserved: 240.0.0.0/4, or one of the IPv6 blocks
// left unassigned.
func (a Addr) IsReserved() bool {
	switch a.v {
	case 4:
		return reserved4.has(a.ip, 32)
	case 6:
		return anyHas(reserved6[:], a.ip, 128)
	}
	return false
}

// IsUnspecified reports .is_unspecified: 0.0.0.0 or ::.
func (a Addr) IsUnspecified() bool { return a.v != 0 && a.ip.isZero() }

// IsSiteLocal reports .is_site_local, fec0::/10. IPv4Address has no such
// attribute; it is false for IPv4.
func (a Addr) IsSiteLocal() bool { return a.v == 6 && siteLocal6.has(a.ip, 128) }
