//go:build !js

package lookup

import (
	"net/url"
	"strings"
	"testing"

	"netprimer/app/api"
	"netprimer/app/pyrepl"
	"netprimer/internal/pyoracle"
)

// TestTranscriptsReplayInCPython asks the HTTP API of a service on the
// system resolver, builds the lesson's transcripts from its answers with
// package api, and replays them in CPython on this host: what the student
// would see must be what python3 prints. Lookups that depend on the
// thread's h_errno history are left to the differential tests, since the
// replays share one interpreter thread.
func TestTranscriptsReplayInCPython(t *testing.T) {
	s := newTestService(t, Config{ServicesFile: "/etc/services", RefusePrivateReverse: true})
	h := s.Handler()
	ask := func(c api.Call) api.Response {
		r := get(t, h, "GET", c.URL(), nil)
		if r.status != 200 {
			t.Fatalf("%s: %d %s", c.URL(), r.status, r.raw)
		}
		return r.body
	}
	host := func(f api.Func, arg string) api.Call { return api.Call{Func: f, Arg: arg, HasArg: true} }
	calls := []api.Call{
		{Func: api.GetHostName},
		host(api.GetHostByName, "localhost"),
		host(api.GetHostByNameEx, "localhost"),
		host(api.GetHostByAddr, "127.0.0.1"),
		host(api.GetFQDN, "localhost"),
		{Func: api.GetFQDN},
		host(api.GetHostByName, "a..b"),
		host(api.GetHostByName, "\u200e한국"),
		host(api.GetHostByName, "127.1"),
		host(api.GetHostByName, ""),
		host(api.GetHostByAddr, ""),
		host(api.GetServByName, "http"), host(api.GetServByName, "ftp"), host(api.GetServByName, "ssh"),
		host(api.GetServByName, "https"), host(api.GetServByName, "nope"),
		{Func: api.GetServByName, Arg: "domain", HasArg: true, Proto: "udp", HasProto: true},
		host(api.GetServByPort, "80"), host(api.GetServByPort, "25"), host(api.GetServByPort, "65536"),
		host(api.GetServByPort, "-1"), host(api.GetServByPort, "9223372036854775808"),
		{Func: api.GetServByPort, Arg: "53", HasArg: true, Proto: "udp", HasProto: true},
	}
	transcripts := map[string]string{}
	for _, c := range calls {
		tr, err := api.Transcript(c, ask(c))
		if err != nil {
			t.Fatal(err)
		}
		transcripts[c.Expr()] = tr.String()
	}

	// The deck's two programs, from the API's answers.
	hosts := []string{"localhost", "127.1", "0.0.0.0"}
	tr := pyrepl.Session("socket").In("HOSTS = [" + strings.Join(quoted(hosts), ", ") + "]").
		In("for host in HOSTS:\n" +
			"    try:\n" +
			"        print('{} : {}'.format(host, socket.gethostbyname(host)))\n" +
			"    except socket.error as msg:\n" +
			"        print('{} : {}'.format(host, msg))")
	for _, hn := range hosts {
		line, ok := api.HostsLine(hn, ask(host(api.GetHostByName, hn)))
		if !ok {
			t.Fatalf("HostsLine(%q) stops the program", hn)
		}
		tr.Out(line)
	}
	transcripts["HOSTS program"] = tr.String()

	ports := api.DeckPorts()
	tr = pyrepl.Session("socket").In("for port in [" + strings.Join(ports, ", ") + "]:\n" +
		"    url = '{}://example.co.kr/'.format(socket.getservbyport(port))\n" +
		"    print('{:4d}'.format(port), url)")
	for _, p := range ports {
		line, ok := api.PortsLine(p, ask(host(api.GetServByPort, p)))
		if !ok {
			t.Fatalf("PortsLine(%s) stops the program", p)
		}
		tr.Out(line)
	}
	transcripts["ports program"] = tr.String()

	pyoracle.NewReplayer(t).Check(t, transcripts)
}

func quoted(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = pyrepl.Str(s)
	}
	return out
}

// TestURLsOfCalls checks that a call's URL reaches the handler as the
// same call: what a lesson sends is what the server runs.
func TestURLsOfCalls(t *testing.T) {
	for _, c := range []api.Call{
		{Func: api.GetHostByName, Arg: "한국.kr", HasArg: true},
		{Func: api.GetServByName, Arg: "a b&c=d", HasArg: true, Proto: "", HasProto: true},
		{Func: api.GetFQDN},
	} {
		u, err := url.Parse(c.URL())
		if err != nil {
			t.Fatal(err)
		}
		back, err := api.ParseCall(strings.TrimPrefix(u.Path, api.SocketPrefix), u.Query())
		if err != nil || back != c {
			t.Errorf("%s: %+v, %v", c.URL(), back, err)
		}
	}
}
