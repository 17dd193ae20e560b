package task

import "netprimer/app/api"

// HtonlValue returns the 32-bit value a session's htonl task asks for: the
// same for a code on every machine, different from one session to the
// next, so that each student packs their own. Its 4 bytes are distinct
// and none is zero (each byte order reads differently, and no byte is
// lost in a printout), the first is at least 0x10 (a number of 8 hex
// digits), one at least is not printable ASCII (the bytes are not read as
// text), and neither order of its bytes is an attempt at another task.
func HtonlValue(code string) uint32 {
	// FNV-1a over the code seeds splitmix64 (Steele, Lea and Flood,
	// "Fast splittable pseudorandom number generators", 2014): both are
	// fixed integer arithmetic, so the value never changes.
	h := uint64(14695981039346656037)
	for i := 0; i < len(code); i++ {
		h ^= uint64(code[i])
		h *= 1099511628211
	}
	for {
		h += 0x9e3779b97f4a7c15
		z := h
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		z ^= z >> 31
		if v := uint32(z >> 32); goodHtonl(v) {
			return v
		}
	}
}

func goodHtonl(v uint32) bool {
	b := [4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
	if b[0] < 0x10 || !(b[0] != b[1] && b[0] != b[2] && b[0] != b[3] && b[1] != b[2] && b[1] != b[3] && b[2] != b[3]) {
		return false
	}
	text := true
	for _, c := range b {
		if c == 0 {
			return false
		}
		if c < ' ' || c > '~' {
			text = false
		}
	}
	low, high := v&0xffff, v>>16
	for _, bad := range []uint32{0x04d2, 0xd204} {
		if low == bad || high == bad {
			return false
		}
	}
	if text || v == 0x7247dc5f || v == 0x5fdc4772 {
		return false
	}
	// Neither order of its bytes may read as an attempt at another task.
	le := [4]byte{b[3], b[2], b[1], b[0]}
	for _, p := range [][]byte{b[:], le[:]} {
		for _, check := range []func(input) result{checkHello, checkHtons, checkAton, checkFramed} {
			if check(input{data: p, proto: api.LabTCP, final: true}).level != levelNone {
				return false
			}
		}
	}
	return true
}
