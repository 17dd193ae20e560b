package netstat

import (
	"testing"

	"netprimer/app/i18n"
)

func TestParsePort(t *testing.T) {
	for _, tc := range []struct {
		in     string
		ok     bool
		num    uint16
		hasNum bool
		name   bool
	}{
		{"22", true, 22, true, false},
		{"0", true, 0, true, false},
		{"65535", true, 65535, true, false},
		{"65536", false, 0, false, false}, // past the 16 bits of a port
		{"0080", true, 80, true, false},   // leading zeros are still a number
		{"*", true, 0, false, false},
		{"ssh", true, 22, true, true},    // a name of the deck's table gets its number
		{"HTTPS", true, 443, true, true}, // in any case
		{"domain", true, 53, true, true}, // in the deck's netstat output
		{"ipp", true, 631, true, true},   // in the deck's netstat output
		{"microsoft-ds", true, 0, false, true},
		{"x11-ssh_1+", true, 0, false, true},
		{"", false, 0, false, false},
		{"2.3", false, 0, false, false},
		{"a:b", false, 0, false, false},
		{"-1", true, 0, false, true}, // a name of dashes and digits: odd, but a name
		{"포트", false, 0, false, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			p, ok := parsePort(tc.in)
			if ok != tc.ok || p.Num != tc.num || p.HasNum != tc.hasNum || ok && p.IsName() != tc.name {
				t.Errorf("parsePort(%q) = %+v, %v", tc.in, p, ok)
			}
			if ok && p.String() != tc.in {
				t.Errorf("String %q", p.String())
			}
		})
	}
}

func TestEndpoint(t *testing.T) {
	for _, tc := range []struct {
		in      string
		f       Format
		ok      bool
		str     string // String()
		deck    string // Deck()
		peer    bool
		anyHost bool
	}{
		{"114.71.220.95:59664", FormatLinux, true, "114.71.220.95:59664", "(114.71.220.95, 59664)", true, false},
		{"114.71.220.46:ssh", FormatLinux, true, "114.71.220.46:ssh", "(114.71.220.46, 22)", true, false},
		{"localhost:ipp", FormatLinux, true, "localhost:ipp", "(localhost, 631)", true, false},
		{"*:*", FormatLinux, true, "*:*", "(*, *)", false, true},
		{"0.0.0.0:*", FormatLinux, true, "0.0.0.0:*", "(0.0.0.0, *)", false, true},
		{"[::]:*", FormatLinux, true, "[::]:*", "(::, *)", false, true},
		{":::22", FormatLinux, true, "[::]:22", "(::, 22)", true, true},
		{"[::]:0", FormatWindows, true, "[::]:0", "(::, 0)", false, true},
		{"DESKTOP-C119NVN:0", FormatWindows, true, "DESKTOP-C119NVN:0", "(DESKTOP-C119NVN, 0)", false, false},
		{"[fe80::1%7]:49671", FormatWindows, true, "[fe80::1%7]:49671", "(fe80::1%7, 49671)", true, false},
		{"*.*", FormatBSD, true, "*:*", "(*, *)", false, true},
		{"fe80::1%lo0.1024", FormatBSD, true, "[fe80::1%lo0]:1024", "(fe80::1%lo0, 1024)", true, false},
		{"www.python.org.http", FormatBSD, true, "www.python.org:http", "(www.python.org, 80)", true, false},
		{"192.168.0.5.52433", FormatLinux, false, "", "", false, false},
		{"192.168.0.5:52433", FormatBSD, false, "", "", false, false},
		{"[::1:22", FormatWindows, false, "", "", false, false},
		{"[name]:22", FormatWindows, false, "", "", false, false},
		{":22", FormatLinux, false, "", "", false, false},
		{"a/b:22", FormatLinux, false, "", "", false, false},
		{"*.", FormatBSD, false, "", "", false, false},
	} {
		t.Run(tc.f.String()+" "+tc.in, func(t *testing.T) {
			e, ok := parseEndpoint(tc.in, tc.f)
			if ok != tc.ok {
				t.Fatalf("ok %v, want %v: %+v", ok, tc.ok, e)
			}
			if !ok {
				return
			}
			if e.String() != tc.str || e.Deck() != tc.deck || e.HasPeer() != tc.peer || e.IsAnyHost() != tc.anyHost {
				t.Errorf("got %q %q peer %v any %v", e.String(), e.Deck(), e.HasPeer(), e.IsAnyHost())
			}
		})
	}
}

func TestLookupState(t *testing.T) {
	for _, tc := range []struct {
		word string
		want State
	}{
		{"LISTEN", Listen}, {"LISTENING", Listen}, {"listen", Listen},
		{"SYN_RECV", SynReceived}, {"SYN_RCVD", SynReceived}, {"SYN_RECEIVED", SynReceived}, {"SYN-RECEIVED", SynReceived},
		{"FIN_WAIT1", FinWait1}, {"FIN_WAIT_1", FinWait1}, {"FIN-WAIT-2", FinWait2},
		{"TIME_WAIT", TimeWait}, {"CLOSE", Closed}, {"CLOSED", Closed}, {"DELETE_TCB", DeleteTCB},
		{"수신 대기", Listen}, {"연결됨", Established}, {"시간 대기", TimeWait}, {"닫기 대기", CloseWait},
	} {
		t.Run(tc.word, func(t *testing.T) {
			got, ok := lookupState(tc.word)
			if !ok || got != tc.want {
				t.Errorf("lookupState(%q) = %v, %v", tc.word, got, ok)
			}
			// Every state's RFC 9293 name reads back as itself.
			if back, ok := lookupState(got.String()); !ok || back != got {
				t.Errorf("%v does not read back: %v", got, back)
			}
		})
	}
	if _, ok := lookupState("ABHÖREN"); ok {
		t.Error("a German state word is known")
	}
}

// Every state, role, reason and format explains itself in both languages.
func TestTexts(t *testing.T) {
	var texts []i18n.T
	for s := StateNone; s < numStates; s++ {
		texts = append(texts, s.Explain())
		if s != StateNone && s.String() == "" {
			t.Errorf("state %d has no name", s)
		}
	}
	for r := ReasonUnparseable; r < numReasons; r++ {
		texts = append(texts, r.Explain())
	}
	for _, r := range []Role{RoleListening, RoleConnected, RoleUnconnected} {
		texts = append(texts, r.Explain())
	}
	for f := FormatUnknown; f <= FormatWindows; f++ {
		texts = append(texts, f.Name())
	}
	for i, x := range texts {
		if x.Ko == "" || x.En == "" || x.In("ko") != x.Ko || x.In("en") != x.En {
			t.Errorf("text %d: %+v", i, x)
		}
	}
}
