package netcalc

import (
	"strings"
	"testing"
)

// gap in a slide's lines stands for the lines the slide leaves out.
const gap = "\x00gap"

// TestDeckExamples checks that the sessions reproduce every ipaddress
// example of the lecture deck: each input line of a slide, as the session
// writes it, followed by the output the slide shows (CPython's).
func TestDeckExamples(t *testing.T) {
	for _, c := range []struct {
		slide   string
		session string
		lines   []string // input lines in order; output lines right after
	}{
		{"ip_address IPv4", AddressSession("192.0.2.1").String(), []string{
			">>> import ipaddress",
			">>> addr = ipaddress.ip_address('192.0.2.1')",
			">>> addr", "IPv4Address('192.0.2.1')",
			">>> addr.version", "4",
		}},
		{"ip_address IPv6", AddressSession("2001:A8::1").String(), []string{
			">>> import ipaddress",
			">>> addr = ipaddress.ip_address('2001:A8::1')",
			">>> addr", "IPv6Address('2001:a8::1')",
			">>> addr.version", "6",
		}},
		{"ip_network", NetworkSession("114.71.220.0/24", true, NetworkView{}).String(), []string{
			">>> import ipaddress",
			">>> net = ipaddress.ip_network('114.71.220.0/24')",
			">>> net", "IPv4Network('114.71.220.0/24')",
			">>> net.with_netmask", "'114.71.220.0/255.255.255.0'",
			">>> net.netmask", "IPv4Address('255.255.255.0')",
			">>> net.hostmask", "IPv4Address('0.0.0.255')",
			">>> net.num_addresses", "256",
			">>> for x in net.hosts():", "...     print(x)", "... ",
			"114.71.220.1", "114.71.220.2", gap, "114.71.220.254",
		}},
		{"in True", MembershipSession("114.71.220.0/24", "114.71.220.95", true).String(), []string{
			">>> net = ipaddress.ip_network('114.71.220.0/24')",
			">>> addr = ipaddress.ip_address('114.71.220.95')",
			">>> addr in net", "True",
		}},
		{"in False", MembershipSession("114.71.220.0/24", "192.168.0.1", true).String(), []string{
			">>> net = ipaddress.ip_network('114.71.220.0/24')",
			">>> addr = ipaddress.ip_address('192.168.0.1')",
			">>> addr in net", "False",
		}},
	} {
		t.Run(c.slide, func(t *testing.T) {
			lines := strings.Split(c.session, "\n")
			at, skip := 0, true
			for _, want := range c.lines {
				if want == gap {
					skip = true
					continue
				}
				// A prompt may come after other lines of the session;
				// what the slide shows after it must follow directly.
				if skip || strings.HasPrefix(want, ">>> ") {
					for at < len(lines) && lines[at] != want {
						at++
					}
				}
				if at == len(lines) || lines[at] != want {
					t.Fatalf("the session lacks %q where the slide has it:\n%s", want, c.session)
				}
				at, skip = at+1, false
			}
		})
	}
}
