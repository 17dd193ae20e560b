package wire

import (
	"encoding/binary"
	"fmt"
	"strconv"
)

// Order is a byte order: how the bytes of a number larger than one byte
// are laid out in memory, from the lowest address up. The zero Order is
// BigEndian, the network byte order.
type Order uint8

const (
	// BigEndian puts the most significant byte first, as people write
	// numbers. It is the network byte order of the Internet protocols
	// (RFC 1700, "Data Notations"; RFC 791 Appendix B).
	BigEndian Order = iota
	// LittleEndian puts the least significant byte first, as x86, most
	// ARM systems and WebAssembly do.
	LittleEndian
)

// NetworkOrder is the byte order of numbers sent on the network.
const NetworkOrder = BigEndian

// String returns "big" or "little", as sys.byteorder names the order.
func (o Order) String() string {
	if o == LittleEndian {
		return "little"
	}
	return "big"
}

// HostOrder returns the byte order of the machine running this code. In
// a browser that is WebAssembly, whose memory is little-endian on every
// machine.
func HostOrder() Order {
	var b [2]byte
	binary.NativeEndian.PutUint16(b[:], 1)
	if b[0] == 1 {
		return LittleEndian
	}
	return BigEndian
}

// Width is the size in bits of the unsigned integers of the byte order
// lesson: 16 for htons and ntohs, 32 for htonl and ntohl.
type Width int

// The widths of the byte order functions.
const (
	W16 Width = 16
	W32 Width = 32
)

// ParseWidth reads the width URL parameter, "16" or "32".
func ParseWidth(s string) (Width, error) {
	switch s {
	case "16":
		return W16, nil
	case "32":
		return W32, nil
	}
	return 0, fmt.Errorf("wire: width %q is neither 16 nor 32", s)
}

// Bytes returns the size in bytes: 2 or 4.
func (w Width) Bytes() int { return int(w) / 8 }

// Max returns the largest value of the width: 65535 or 4294967295.
func (w Width) Max() uint32 { return uint32(1<<w - 1) }

func (w Width) check() {
	if w != W16 && w != W32 {
		panic("wire: width " + strconv.Itoa(int(w)) + " is neither 16 nor 32")
	}
}

// Layout returns the w/8 bytes of v as a machine of order o stores them,
// from the lowest address up. v must fit the width.
func Layout(v uint32, w Width, o Order) []byte {
	w.check()
	b := make([]byte, w.Bytes())
	for i := range b {
		shift := 8 * i // little-endian: byte i holds bits 8i to 8i+7
		if o == BigEndian {
			shift = int(w) - 8 - 8*i
		}
		b[i] = byte(v >> shift)
	}
	return b
}

// Read returns the number that a machine of order o reads from the bytes
// p (2 or 4 of them): what the receiver of the deck's story sees when it
// reads bytes sent in another order without converting them.
func Read(p []byte, o Order) uint32 {
	var v uint32
	for i := range p {
		c := p[i]
		if o == LittleEndian {
			c = p[len(p)-1-i]
		}
		v = v<<8 | uint32(c)
	}
	return v
}

// Swap returns v with the order of its w/8 bytes reversed.
func Swap(v uint32, w Width) uint32 {
	w.check()
	if w == W16 {
		return uint32(swap16(uint16(v)))
	}
	return swap32(v)
}

func swap16(v uint16) uint16 { return v<<8 | v>>8 }

func swap32(v uint32) uint32 {
	return v<<24 | v<<8&0xff0000 | v>>8&0xff00 | v>>24
}

// Transfer follows the deck's story of two hosts: a host of byte order
// from holds v, of width w, and sends the bytes as they lie in its
// memory; a host of byte order to reads them as a number. With convert,
// the sender applies htons (or htonl) first and the receiver ntohs (or
// ntohl) after, as the network byte order asks. It returns the bytes on
// the wire and the number the receiver gets: v with convert, and without
// it v only when the two orders agree (0x1234 sent by a big-endian host
// is 0x3412 to a little-endian one).
func Transfer(v uint32, w Width, from, to Order, convert bool) (wire []byte, got uint32) {
	w.check()
	if !convert {
		wire = Layout(v, w, from)
		return wire, Read(wire, to)
	}
	wire = Layout(v, w, NetworkOrder)
	got = Read(wire, to)
	if to == LittleEndian {
		got = Swap(got, w) // ntohs on a little-endian host
	}
	return wire, got
}
