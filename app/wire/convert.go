package wire

import "math"

// Htons returns socket.htons(x) as CPython 3.11 computes it on a host of
// byte order host: x's two bytes swapped on a little-endian host, x
// itself on a big-endian one. It raises OverflowError unless
// 0 <= x <= 65535; the words depend on which check refuses x (see
// toUint16).
func Htons(x Int, host Order) (uint16, error) { return hostShort("htons", x, host) }

// Ntohs returns socket.ntohs(x): the same swap as Htons, which undoes
// itself, with "ntohs" in its messages.
func Ntohs(x Int, host Order) (uint16, error) { return hostShort("ntohs", x, host) }

// Htonl returns socket.htonl(x) as CPython 3.11 computes it on a host of
// byte order host: x's four bytes reversed on a little-endian host, x
// itself on a big-endian one. It raises OverflowError unless
// 0 <= x <= 4294967295.
func Htonl(x Int, host Order) (uint32, error) { return hostLong(x, host) }

// Ntohl returns socket.ntohl(x), the same as Htonl.
func Ntohl(x Int, host Order) (uint32, error) { return hostLong(x, host) }

// Hton returns Htons(x, host) for W16 and Htonl(x, host) for W32.
func Hton(x Int, w Width, host Order) (uint32, error) {
	w.check()
	if w == W16 {
		v, err := Htons(x, host)
		return uint32(v), err
	}
	return Htonl(x, host)
}

// Ntoh returns Ntohs(x, host) for W16 and Ntohl(x, host) for W32.
func Ntoh(x Int, w Width, host Order) (uint32, error) {
	w.check()
	if w == W16 {
		v, err := Ntohs(x, host)
		return uint32(v), err
	}
	return Ntohl(x, host)
}

func hostShort(name string, x Int, host Order) (uint16, error) {
	v, err := toUint16(name, x)
	if err != nil {
		return 0, err
	}
	if host == LittleEndian {
		v = swap16(v)
	}
	return v, nil
}

// toUint16 checks x as CPython 3.11's socket.htons does: it first
// converts x to a C int (PyArg_ParseTuple's "i", through a C long), then
// checks the 16-bit range itself. (3.10 only warned and truncated.)
func toUint16(name string, x Int) (uint16, error) {
	v, ok := x.Int64()
	switch {
	case !ok:
		return 0, pyErr(OverflowError, "Python int too large to convert to C long")
	case v > math.MaxInt32:
		return 0, pyErr(OverflowError, "signed integer is greater than maximum")
	case v < math.MinInt32:
		return 0, pyErr(OverflowError, "signed integer is less than minimum")
	case v < 0:
		return 0, pyErr(OverflowError, name+": can't convert negative Python int to C 16-bit unsigned integer")
	case v > 0xffff:
		return 0, pyErr(OverflowError, name+": Python int too large to convert to C 16-bit unsigned integer")
	}
	return uint16(v), nil
}

func hostLong(x Int, host Order) (uint32, error) {
	v, err := toUint32(x)
	if err != nil {
		return 0, err
	}
	if host == LittleEndian {
		v = swap32(v)
	}
	return v, nil
}

// toUint32 checks x as socket.htonl does: PyLong_AsUnsignedLong, then a
// test that no bit above the 32nd is set (a C unsigned long has 64 bits
// on LP64 Linux).
func toUint32(x Int) (uint32, error) {
	u, ok := x.Uint64()
	switch {
	case x.Sign() < 0:
		return 0, pyErr(OverflowError, "can't convert negative value to unsigned int")
	case !ok:
		return 0, pyErr(OverflowError, "Python int too large to convert to C unsigned long")
	case u > math.MaxUint32:
		return 0, pyErr(OverflowError, "int larger than 32 bits")
	}
	return uint32(u), nil
}
