package task

import (
	"testing"

	"netprimer/app/api"
)

// BenchmarkObserve checks the tasks against one recv of a connection, as
// the server does for every data event under the session's lock.
func BenchmarkObserve(b *testing.B) {
	tr := NewTracker("ab12cd")
	tr.Observe(Event{Seq: 1, Proto: api.LabTCP, Kind: api.LabConnect, Conn: 1, Client: client(5000), Server: labTCP})
	chunks := [][]byte{[]byte("hello"), {0x04, 0xd2}, []byte("\x00\x06안녕"), make([]byte, 1024)}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		data := chunks[i%len(chunks)]
		tr.Observe(Event{Seq: uint64(i + 2), Proto: api.LabTCP, Kind: api.LabData, Conn: 1, Client: client(5000), Server: labTCP, Len: len(data), Data: data})
	}
}
