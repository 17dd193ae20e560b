package netstat

import (
	"bufio"
	"io"
)

// lineReader splits pasted text into lines ended by "\n", "\r\n" or a lone
// "\r", keeping at most MaxLineBytes of each and reading at most
// maxInputBytes in all, so that a paste of any size costs bounded memory
// and time.
type lineReader struct {
	br     io.ByteReader
	buf    []byte
	budget int  // bytes left to read
	skipLF bool // the last line ended with '\r': a '\n' next belongs to it
	err    error
	spent  bool // the budget ran out before the input did
}

// maxInputBytes bounds what Parse reads: every allowed line at full length.
const maxInputBytes = MaxLines * (MaxLineBytes + 2)

// newLineReader reads r byte by byte, through a buffer unless r reads
// bytes itself (a strings.Reader does).
func newLineReader(r io.Reader) *lineReader {
	br, ok := r.(io.ByteReader)
	if !ok {
		br = bufio.NewReader(r)
	}
	return &lineReader{br: br, budget: maxInputBytes}
}

// next returns the next line without its ending and whether it was longer
// than MaxLineBytes; ok is false at the end of the input, at a read error
// (kept in lr.err) and when the budget is spent (lr.spent).
func (lr *lineReader) next() (line []byte, long, ok bool) {
	lr.buf = lr.buf[:0]
	for {
		if lr.budget == 0 {
			if _, err := lr.br.ReadByte(); err == nil {
				lr.spent = true
			}
			return lr.buf, long, ok
		}
		c, err := lr.br.ReadByte()
		if err != nil {
			if err != io.EOF {
				lr.err = err
			}
			return lr.buf, long, ok
		}
		lr.budget--
		if lr.skipLF {
			lr.skipLF = false
			if c == '\n' {
				continue
			}
		}
		ok = true
		switch c {
		case '\n':
			return lr.buf, long, true
		case '\r':
			lr.skipLF = true
			return lr.buf, long, true
		}
		if len(lr.buf) < MaxLineBytes {
			lr.buf = append(lr.buf, c)
		} else {
			long = true
		}
	}
}
