package netcalc

// Format returns format(a, spec) for the presentation types that
// ipaddress adds (Python 3.9+): "b" binary, "x"/"X" hex, "n" (binary for
// IPv4, hex for IPv6), each optionally preceded by "#" (0b/0x/0X prefix)
// and "_" (a "_" every four digits), zero-padded to the full width of the
// address; "" and "s" give str(a). ok is false for other specs, which
// Python hands to str or object formatting.
func (a Addr) Format(spec string) (s string, ok bool) {
	if spec == "" || spec == "s" {
		return a.String(), a.IsValid()
	}
	if !a.IsValid() {
		return "", false
	}
	alt, group := false, false
	if len(spec) > 0 && spec[0] == '#' {
		alt, spec = true, spec[1:]
	}
	if len(spec) > 0 && spec[0] == '_' {
		group, spec = true, spec[1:]
	}
	if len(spec) != 1 {
		return "", false
	}
	base := spec[0]
	if base == 'n' {
		base = 'b'
		if a.v == 6 {
			base = 'x'
		}
	}
	var shift uint
	switch base {
	case 'b':
		shift = 1
	case 'x', 'X':
		shift = 4
	default:
		return "", false
	}
	digits := a.BitLen() / int(shift)
	b := make([]byte, 0, 2+digits+digits/4)
	if alt {
		b = append(b, '0', 'b')
		if base != 'b' {
			b[1] = base
		}
	}
	const lower, upper = "0123456789abcdef", "0123456789ABCDEF"
	hex := lower
	if base == 'X' {
		hex = upper
	}
	for i := digits - 1; i >= 0; i-- {
		b = append(b, hex[a.ip.shr(uint(i)*shift).lo&(1<<shift-1)])
		if group && i > 0 && i%4 == 0 {
			b = append(b, '_')
		}
	}
	return string(b), true
}
