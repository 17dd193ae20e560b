package task

import (
	"strings"
	"testing"

	"netprimer/app/api"
)

// FuzzTracker feeds a session any bytes, cut into recvs and datagrams at
// any points: no panic, every verdict has its feedback, and a right
// attempt leaves its task done.
func FuzzTracker(f *testing.F) {
	for _, c := range pyCasesBytes() {
		f.Add(c, uint8(1), false)
	}
	f.Add([]byte("\x00\x05hello"), uint8(3), true)
	f.Fuzz(func(t *testing.T, data []byte, cut uint8, udp bool) {
		s := &session{t: t, tr: NewTracker("ab12cd")}
		s.connect(1, 5000)
		step := int(cut%8) + 1
		for i := 0; i < len(data); i += step {
			chunk := string(data[i:min(len(data), i+step)])
			if udp {
				s.datagram(6000, chunk, "")
				s.reply(6000, chunk)
			} else {
				s.data(1, 5000, chunk)
			}
		}
		s.close(1, 5000)
		for _, p := range s.tr.Progress() {
			task, _ := Lookup(p.ID)
			if p.Last.Seq == 0 {
				if p.Status != Open {
					t.Fatalf("%s: %s without an attempt", p.ID, p.Status)
				}
				continue
			}
			fb := task.Feedback(p.Last)
			if fb.Ko == "" || fb.En == "" || strings.Contains(fb.En, "{0}") {
				t.Fatalf("%s: feedback %+v for %+v", p.ID, fb, p.Last)
			}
			if p.Last.Right && p.Status != Done {
				t.Fatalf("%s: right yet %s", p.ID, p.Status)
			}
			task.Python(p.Last)
		}
	})
}

// pyCasesBytes are seeds in the shapes the checks know.
func pyCasesBytes() [][]byte {
	return [][]byte{
		[]byte("hello"), {0x04, 0xd2}, {0xd2, 0x04}, []byte("1234"), {0x72, 0x47, 0xdc, 0x5f},
		[]byte("\x00\x06안녕"), []byte("\x00\x02안녕"), []byte("5hello"), []byte("h\x00i\x00"), []byte(api.LabTCP),
	}
}
