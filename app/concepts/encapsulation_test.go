package concepts

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// The steps fit together: each layer's unit is its header around the
// unit of the layer above, the sizes add up, and the checksums check.
func TestWraps(t *testing.T) {
	ws := ExamplePacket().Wraps()
	want := []Layer{Application, Transport, NetworkLayer, Link, Physical}
	if len(ws) != len(want) {
		t.Fatalf("%d steps", len(ws))
	}
	// Where the unit of the layer above starts in this layer's unit.
	offset := map[Layer]int{Transport: 20, NetworkLayer: 20, Link: 14, Physical: 8}
	for i, w := range ws {
		if w.Layer != want[i] {
			t.Errorf("step %d is %v, want %v", i, w.Layer, want[i])
		}
		if len(w.Wire) != w.Bytes {
			t.Errorf("%v: %d bytes on the wire, Bytes %d", w.Layer, len(w.Wire), w.Bytes)
		}
		if w.Unit.Ko == "" || w.Unit.En == "" || w.Explain.Ko == "" || w.Explain.En == "" || len(w.Header) == 0 {
			t.Errorf("%v: missing text", w.Layer)
		}
		for _, f := range w.Header {
			if f.Name.Ko == "" || f.Name.En == "" || f.Value == "" || (f.Note.Ko == "") != (f.Note.En == "") {
				t.Errorf("%v: field %+v", w.Layer, f)
			}
		}
		if i == 0 {
			if w.HeaderBytes != 0 || string(w.Wire) != HTTPRequest {
				t.Errorf("the application step is the request itself")
			}
			continue
		}
		above := ws[i-1]
		if w.Bytes != above.Bytes+w.HeaderBytes {
			t.Errorf("%v: %d bytes, not %d of header and %d from above", w.Layer, w.Bytes, w.HeaderBytes, above.Bytes)
		}
		o := offset[w.Layer]
		if !bytes.Equal(w.Wire[o:o+above.Bytes], above.Wire) {
			t.Errorf("%v does not hold the %v unit at byte %d", w.Layer, above.Layer, o)
		}
	}
	// A correct Internet checksum sums, with the data it covers, to zero
	// (RFC 1071 §1).
	dgram := ExamplePacket().IPDatagram()
	if c := checksum(dgram[:20]); c != 0 {
		t.Errorf("IP header checksum does not check: %#04x", c)
	}
	seg := ExamplePacket().TCPSegment()
	src, dst := ExamplePacket().SrcIP.As4(), ExamplePacket().DstIP.As4()
	pseudo := append(append(append([]byte{}, src[:]...), dst[:]...), 0, 6, byte(len(seg)>>8), byte(len(seg)))
	if c := checksum(pseudo, seg); c != 0 {
		t.Errorf("TCP checksum does not check: %#04x", c)
	}
	if binary.BigEndian.Uint16(dgram[2:]) != uint16(len(dgram)) {
		t.Error("IP total length")
	}
}

func TestChecksum(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts [][]byte
		want  uint16
	}{
		// RFC 1071 §3's example: the sum of 00 01 f2 03 f4 f5 f6 f7 is ddf2.
		{"rfc 1071", [][]byte{{0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7}}, ^uint16(0xddf2)},
		// An odd byte is padded with zero on the right.
		{"odd", [][]byte{{0x01}}, ^uint16(0x0100)},
		// Splitting the data anywhere changes nothing.
		{"split odd", [][]byte{{0x00, 0x01, 0xf2}, {0x03, 0xf4, 0xf5, 0xf6, 0xf7}}, ^uint16(0xddf2)},
		{"empty", nil, 0xffff},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := checksum(tc.parts...); got != tc.want {
				t.Errorf("got %#04x, want %#04x", got, tc.want)
			}
		})
	}
}
