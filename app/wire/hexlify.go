package wire

import "encoding/hex"

// Hexlify returns binascii.hexlify(p): two lower-case hexadecimal digits
// per byte, as bytes.
func Hexlify(p []byte) []byte {
	b := make([]byte, hex.EncodedLen(len(p)))
	hex.Encode(b, p)
	return b
}
