//go:build !wasm

package course

import (
	"reflect"
	"strings"
	"testing"

	"netprimer/app/i18n"
)

func TestParseHosts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
		err  string
	}{
		{"", nil, ""},                // the deck's
		{"  ", nil, ""},              // the deck's
		{"iot", []string{"iot"}, ""}, // a bare name, as the deck's
		{"www.sch.ac.kr, iot.sch.ac.kr ,iot", []string{"www.sch.ac.kr", "iot.sch.ac.kr", "iot"}, ""},
		{"한국.kr,xn--3e0b707e.kr", []string{"한국.kr", "xn--3e0b707e.kr"}, ""}, // what Python's idna codec takes
		{"a,,b", nil, "entry 2 is empty"},
		{"a,", nil, "entry 2 is empty"},
		{"a\tb", nil, "control character"},
		{strings.Repeat("a", 1025), nil, "longer than 1024 bytes"},
		{strings.Repeat("h,", 16) + "h", nil, "17 hosts: at most 16"},
	} {
		got, err := ParseHosts(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseHosts(%.30q) = %v, %v; want error %q", c.in, got, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseHosts(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestParsePorts(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
		err  string
	}{
		{"", nil, ""},
		{"80, 443,8080", []string{"80", "443", "8080"}, ""},
		{"0,65535", []string{"0", "65535"}, ""},
		{"65536", nil, `"65536" is not a port`},
		{"-1", nil, `"-1" is not a port`},
		{"+80", nil, `"+80" is not a port`},
		{"080", nil, `"080" is not a port`}, // a SyntaxError in a Python list
		{"http", nil, `"http" is not a port`},
		{"80,,443", nil, "entry 2 is empty"},
		{strings.Repeat("1,", 16) + "1", nil, "17 ports: at most 16"},
	} {
		got, err := ParsePorts(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParsePorts(%q) = %v, %v; want error %q", c.in, got, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParsePorts(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestCheckName(t *testing.T) {
	var none i18n.T // an error's
	for _, c := range []struct {
		ko, en string
		want   i18n.T
		err    string
	}{
		{"IoT 네트워크 프로그래밍", "IoT Network Programming", i18n.T{Ko: "IoT 네트워크 프로그래밍", En: "IoT Network Programming"}, ""},
		{"네트워크", "", i18n.Same("네트워크"), ""},
		{"", "Networks", i18n.T{Ko: "Networks", En: "Networks"}, ""},
		{" ", "", none, "empty"},
		{"a\nb", "", none, "control character"},
		{strings.Repeat("가", 100), "", none, "longer than 200 bytes"},
	} {
		got, err := CheckName(c.ko, c.en)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("CheckName(%q, %q) = %v; want error %q", c.ko, c.en, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("CheckName(%q, %q) = %v, %v; want %v", c.ko, c.en, got, err, c.want)
		}
	}
}
