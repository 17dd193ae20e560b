package wire

import (
	"fmt"
	"math"
	"strconv"
)

// Pack returns struct.pack(format, x) as CPython 3.11 computes it on a
// host of byte order host, for a format of one unsigned integer code, H
// (2 bytes) or I (4 bytes), after an optional byte order character:
//
//	"!" or ">"  big-endian, the network byte order
//	"<"         little-endian
//	"=", "@" or none  the host's order
//
// Formats outside this set are a Go error, not a Python one.
//
// CPython's struct.error words depend on the host, not only on the
// format: for a byte order that is the host's own, CPython packs with the
// native functions of the "@" formats, which check H differently ("ushort
// format requires 0 <= number <= 65535" where the other order says
// "argument out of range" for a negative x).
func Pack(format string, x Int, host Order) ([]byte, error) {
	order, code, ok := parseFormat(format, host)
	if !ok {
		return nil, fmt.Errorf("wire: struct format %q is not supported", format)
	}
	w := W16
	if code == 'I' {
		w = W32
	}
	native := order == host // CPython swaps the native packers in
	v, err := packCheck(x, code, native)
	if err != nil {
		return nil, err
	}
	return Layout(v, w, order), nil
}

func parseFormat(f string, host Order) (order Order, code byte, ok bool) {
	order = host
	if len(f) == 2 {
		switch f[0] {
		case '!', '>':
			order = BigEndian
		case '<':
			order = LittleEndian
		case '=', '@':
		default:
			return 0, 0, false
		}
		f = f[1:]
	}
	if f != "H" && f != "I" {
		return 0, 0, false
	}
	return order, f[0], true
}

func packCheck(x Int, code byte, native bool) (uint32, error) {
	if code == 'H' && native {
		// np_ushort: the value through a C long, then its own range test.
		v, ok := x.Int64()
		if !ok {
			return 0, pyErr(StructError, "argument out of range")
		}
		if v < 0 || v > math.MaxUint16 {
			return 0, pyErr(StructError, "ushort format requires 0 <= number <= 65535")
		}
		return uint32(v), nil
	}
	// np_uint, bp_uint and lp_uint: the value through a C unsigned long,
	// then the range of the size.
	u, ok := x.Uint64()
	if !ok {
		return 0, pyErr(StructError, "argument out of range")
	}
	max := uint64(math.MaxUint16)
	if code == 'I' {
		max = math.MaxUint32
	}
	if u > max {
		return 0, pyErr(StructError, "'"+string(code)+"' format requires 0 <= number <= "+strconv.FormatUint(max, 10))
	}
	return uint32(u), nil
}
