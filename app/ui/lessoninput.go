package ui

import (
	"strconv"

	"netprimer/app/wire"
)

// What the lessons on packing and byte order share besides their views:
// showing bytes and Python's exceptions.

// byteCells describes the bytes p as rows of cellCols: where each lies,
// placed by where(i), then its value in hexadecimal, decimal and binary.
func byteCells(p []byte, where func(i int) string) []string {
	const digits = "0123456789abcdef"
	cs := make([]string, 0, 4*len(p))
	for i, b := range p {
		bin := strconv.FormatUint(uint64(b)|0x100, 2)[1:] // 8 digits, leading zeros kept
		cs = append(cs, where(i), "0x"+string([]byte{digits[b>>4], digits[b&15]}), strconv.Itoa(int(b)), bin)
	}
	return cs
}

// packedAt places a byte by its index in a bytes object: packed[0] …
func packedAt(i int) string { return "packed[" + strconv.Itoa(i) + "]" }

// memBase is the address the byte order lesson puts its numbers at; any
// address would do, a round one reads best.
const memBase = 0x1000

func addressOf(i int) string { return "0x" + strconv.FormatUint(memBase+uint64(i), 16) }

// pyValue returns repr for a call that succeeded, else the exception as
// the last line of CPython's traceback shows it.
func pyValue(repr string, err error) string {
	if err != nil {
		return err.Error()
	}
	return repr
}

// pyErr returns err, an error of package wire, as a *wire.Error, or nil.
func pyErr(err error) *wire.Error {
	e, _ := err.(*wire.Error)
	return e
}
