// Package netcalc implements the semantics of CPython 3.11's ipaddress
// module for IPv4 and IPv6 addresses and networks: parsing with
// CPython's exact error messages, the str, exploded and packed forms, the
// is_* properties, network arithmetic, hosts() and subnets() without
// building them, and the Python sessions of the /ipaddress lesson.
//
// Addr and Network are immutable values in the manner of net/netip. The
// parsers never fix input silently: ParseNetwork with strict set rejects
// host bits exactly as ipaddress.ip_network does.
package netcalc
