package pyrepl

import (
	"strings"
	"testing"
)

func TestTranscriptFormat(t *testing.T) {
	got := Session("ipaddress").
		Eval("ipaddress.ip_address('192.0.2.1')", "IPv4Address('192.0.2.1')").
		In("for x in range(2):\n    print(x)").Out("0\n1").
		In("ipaddress.ip_address('x')").Raise("ValueError", "'x' does not appear to be an IPv4 or IPv6 address").
		String()
	want := strings.Join([]string{
		">>> import ipaddress",
		">>> ipaddress.ip_address('192.0.2.1')",
		"IPv4Address('192.0.2.1')",
		">>> for x in range(2):",
		"...     print(x)",
		"... ",
		"0",
		"1",
		">>> ipaddress.ip_address('x')",
		"Traceback (most recent call last):",
		"  ...",
		"ValueError: 'x' does not appear to be an IPv4 or IPv6 address",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTuple(t *testing.T) {
	for _, c := range []struct {
		items []string
		want  string
	}{
		{nil, "()"},
		{[]string{"1"}, "(1,)"},
		{[]string{"'a'", "[]"}, "('a', [])"},
	} {
		if got := Tuple(c.items...); got != c.want {
			t.Errorf("Tuple(%q) = %s, want %s", c.items, got, c.want)
		}
	}
}
