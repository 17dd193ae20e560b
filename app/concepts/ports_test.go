package concepts

import (
	"strings"
	"testing"
)

func TestWellKnownPortsTable(t *testing.T) {
	// The deck's table, row by row.
	want := []struct {
		port  uint16
		label string
	}{{21, "FTP"}, {22, "SSH"}, {23, "Telnet"}, {25, "SMTP (Mail)"}, {80, "HTTP (Web)"}, {110, "POP3 (Mail)"}, {443, "HTTPS (Web)"}}
	rows := WellKnownPorts()
	if len(rows) != len(want) {
		t.Fatalf("%d rows", len(rows))
	}
	keys := map[string]uint16{}
	for i, w := range rows {
		if w.Port != want[i].port || w.Label != want[i].label {
			t.Errorf("row %d: %d %q, the deck has %d %q", i, w.Port, w.Label, want[i].port, want[i].label)
		}
		if w.What.Ko == "" || w.What.En == "" || w.Kind.Ko == "" || w.Kind.En == "" {
			t.Errorf("%s: empty text", w.Service)
		}
		// No answer names two rows.
		for _, k := range append([]string{normalize(w.Service), normalize(w.PyName), normalize(w.Label)}, w.aliases...) {
			if p, ok := keys[k]; ok && p != w.Port {
				t.Errorf("%q names ports %d and %d", k, p, w.Port)
			}
			keys[k] = w.Port
		}
		if fb := CheckService(w.Port, w.Label); fb.Verdict != Correct {
			t.Errorf("the deck's own label %q for %d: %v", w.Label, w.Port, fb.Verdict)
		}
		if fb := CheckPort(w.Service, "0"+itoa(w.Port)); fb.Verdict != Correct {
			t.Errorf("%s: %v", w.Service, fb.Verdict)
		}
	}
}

func itoa(n uint16) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

func TestCheckService(t *testing.T) {
	for _, tc := range []struct {
		port    uint16
		answer  string
		verdict Verdict
		says    string // in the Korean explanation
	}{
		{25, "SMTP", Correct, "25번은 SMTP: 메일을 보냄"},
		{25, "smtp", Correct, ""},        // Python's spelling
		{25, "SMTP (Mail)", Correct, ""}, // the deck's spelling
		{25, " Smtp  ", Correct, ""},     // spaces around
		{25, "simple mail transfer protocol", Correct, ""},
		{80, "www", Correct, ""}, // /etc/services' alias of http
		{110, "pop-3", Correct, ""},
		{23, "텔넷", Correct, ""},
		// Typed in full-width mode (a Korean IME).
		{443, "ｈｔｔｐｓ", Correct, "443번은 HTTPS"},
		{22, "ＳＳＨ", Correct, ""},
		{22, "　ssh　", Correct, ""}, // ideographic spaces around
		// Naming the kind only: close, and both mail protocols are named.
		{25, "Mail", Close, "SMTP 25, POP3 110"},
		{110, "메일", Close, "SMTP 25, POP3 110"},
		{443, "Web", Close, "HTTP 80, HTTPS 443"},
		{22, "원격 접속", Close, "SSH 22, Telnet 23"},
		// Another row of the table: both ports are explained.
		{443, "http", Wrong, "HTTP의 포트는 80번입니다"},
		{25, "POP3", Wrong, "POP3의 포트는 110번입니다"},
		{21, "ssh", Wrong, "21번은 FTP"},
		// Not in the table at all.
		{110, "IMAP", Wrong, "110번은 POP3"},
		{22, "", Invalid, ""},
		{8080, "http", Invalid, "8080"},
	} {
		t.Run(itoa(tc.port)+" "+tc.answer, func(t *testing.T) {
			fb := CheckService(tc.port, tc.answer)
			if fb.Verdict != tc.verdict || !strings.Contains(fb.Explain.Ko, tc.says) || fb.Explain.Ko == "" || fb.Explain.En == "" {
				t.Errorf("%v %q / %q", fb.Verdict, fb.Explain.Ko, fb.Explain.En)
			}
		})
	}
}

func TestCheckPort(t *testing.T) {
	for _, tc := range []struct {
		service string
		answer  string
		verdict Verdict
		says    string
	}{
		{"HTTPS", "443", Correct, "443번은 HTTPS"},
		{"https", " 443 ", Correct, ""},
		{"HTTP (Web)", "80", Correct, ""},
		{"HTTPS", "80", Wrong, "80번은 HTTP입니다"},
		{"SSH", "23", Wrong, "23번은 Telnet입니다"},
		{"SSH", "2222", Wrong, "등록 포트"},
		{"SSH", "59664", Wrong, "동적 포트"},
		{"FTP", "20", Wrong, "21번은 FTP"},
		{"FTP", "twenty-one", Invalid, "0에서 65535"},
		{"FTP", "65536", Invalid, ""},
		{"FTP", "-21", Invalid, ""},
		{"DNS", "53", Invalid, "DNS"},
		// Full-width digits, as int('２２') reads them.
		{"SSH", "２２", Correct, "22번은 SSH"},
		{"HTTPS", "４４３　", Correct, ""},
		{"SSH", "２３", Wrong, "23번은 Telnet입니다"},
	} {
		t.Run(tc.service+" "+tc.answer, func(t *testing.T) {
			fb := CheckPort(tc.service, tc.answer)
			if fb.Verdict != tc.verdict || !strings.Contains(fb.Explain.Ko, tc.says) || fb.Explain.Ko == "" || fb.Explain.En == "" {
				t.Errorf("%v %q / %q", fb.Verdict, fb.Explain.Ko, fb.Explain.En)
			}
		})
	}
}

func TestPortPython(t *testing.T) {
	got := WellKnownPorts()[3].Python()
	want := ">>> import socket\n>>> socket.getservbyport(25)\n'smtp'\n>>> socket.getservbyname('smtp')\n25"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
