package wire

import "netprimer/app/netcalc"

// IPAddress returns repr(ipaddress.ip_address(s)), IPv4Address('…') or
// IPv6Address('…'), or CPython's ValueError when neither accepts s. It
// is here to set inet_aton's lenient reading beside the strict one of
// the ipaddress module, which package netcalc implements: IPv4 is
// exactly four decimal numbers of at most 255 without leading zeros,
// and IPv6 the forms of RFC 4291 section 2.2 with an optional "%scope"
// (RFC 4007 section 11).
func IPAddress(s string) (string, error) {
	a, err := netcalc.ParseAddr(s)
	if err != nil {
		return "", pyErr(ValueError, err.Error())
	}
	return a.Repr(), nil
}
