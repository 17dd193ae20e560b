//go:build !js

package lookup

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"netprimer/app/api"
	"netprimer/app/guard"
)

// FuzzHandler sends any path and query to the handler over a resolver
// that answers at once: it must answer with the API's JSON and one of its
// statuses, 200 exactly for calls that ParseCall accepts.
func FuzzHandler(f *testing.F) {
	for _, s := range []string{
		"socket/gethostbyname?host=localhost", "socket/getservbyport?port=80&proto=tcp",
		"socket/getfqdn", "socket/gethostbyaddr?host=%ED%95%9C", "socket/getservbyname?name=a&name=b",
		"connection", "socket/?", "nope", "socket/gethostbyname?host=a..b", "socket/getservbyport?port=-0",
		"socket/gethostbyname?host=" + strings.Repeat("a.", 140),
	} {
		path, query, _ := strings.Cut(s, "?")
		f.Add(path, query)
	}
	cfg := DefaultConfig()
	cfg.Rate, cfg.Burst = 1e9, 1e9
	s, err := newService(cfg.withDefaults(), nil, guard.Proxies{}, stubResolver{}, func() error { return nil })
	if err != nil {
		f.Fatal(err)
	}
	h := s.Handler()
	f.Fuzz(func(t *testing.T, path, query string) {
		u := &url.URL{Path: api.Prefix + path, RawQuery: query}
		req, err := http.NewRequest("GET", u.String(), nil)
		if err != nil {
			return
		}
		req.RemoteAddr = "192.0.2.1:1234"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		var resp api.Response
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			t.Fatalf("%s: body %q: %v", u, w.Body.String(), err)
		}
		switch w.Code {
		case 200:
			if fn, ok := strings.CutPrefix(req.URL.Path, api.SocketPrefix); ok {
				q, _ := url.ParseQuery(req.URL.RawQuery)
				if _, err := api.ParseCall(fn, q); err != nil {
					t.Fatalf("%s: 200 for a call ParseCall refuses: %v", u, err)
				}
			}
			if (resp.Error == nil) == resp.Result.IsZero() && req.URL.Path != api.ConnectionPath {
				t.Fatalf("%s: 200 without exactly one of result and error: %s", u, w.Body)
			}
		case 400, 404:
			if resp.Error == nil || resp.Error.IsPython() {
				t.Fatalf("%s: %d with %s", u, w.Code, w.Body)
			}
		default:
			t.Fatalf("%s: status %d", u, w.Code)
		}
	})
}

// FuzzAddressText checks the address parsers against each other and
// against net/netip: inet_ntop's text reads back as the same address,
// inet_pton agrees with netip on the forms both accept, and inet_aton's
// dotted quads are inet_pton's.
func FuzzAddressText(f *testing.F) {
	for _, s := range []string{"1.2.3.4", "01.2.3.4", "0x7f.1", "::ffff:1.2.3.4", "::", "1::", "fe80::1%lo", "1.2.3", "4294967295", "::2:3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a4, ok4 := inetPton4(s)
		if ok4 {
			if b, ok := inetAtonExact(s); !ok || b != a4 {
				t.Fatalf("inet_pton4(%q) = %v but inet_aton = %v, %v", s, a4, b, ok)
			}
			if n, err := netip.ParseAddr(s); err != nil || n != a4 {
				t.Fatalf("inet_pton4(%q) = %v, netip %v %v", s, a4, n, err)
			}
		}
		if a6, ok := inetPton6(s); ok {
			if back, ok := inetPton6(inetNtop(a6)); !ok || back != a6 {
				t.Fatalf("inet_ntop(%v) = %q reads back as %v, %v", a6, inetNtop(a6), back, ok)
			}
			if n, err := netip.ParseAddr(s); err == nil && n.Is6() && n.Zone() == "" && n != a6 {
				t.Fatalf("inet_pton6(%q) = %v, netip %v", s, a6, n)
			}
		}
		if len(s) == 16 {
			a := netip.AddrFrom16([16]byte([]byte(s)))
			if back, ok := inetPton6(inetNtop(a)); !ok || back != a {
				t.Fatalf("inet_ntop(% x) = %q reads back as %v", s, inetNtop(a), back)
			}
		}
	})
}

// FuzzDomainText checks ns_name_pton and ns_name_ntop: the text of any
// name reads back as the same labels, and res_hnok holds only for names
// of letters, digits, "-" and "_".
func FuzzDomainText(f *testing.F) {
	for _, s := range []string{"a.np.test", "a.np.test.", ".", "", "a..b", `a\.b`, `\065`, `\256`, "<script>", "-a", strings.Repeat("a", 64)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		labels, ok := namePton(s)
		if !ok {
			return
		}
		text := nameNtop(labels)
		back, ok := namePton(text)
		if !ok || len(back) != len(labels) || !sameName(back, labels) {
			t.Fatalf("%q: labels %q, text %q, back %q", s, labels, text, back)
		}
		if resHnok(text) != labelsHnok(labels) {
			t.Fatalf("%q: res_hnok of the text %v, of the labels %v", s, resHnok(text), labelsHnok(labels))
		}
		if m, ok := miekgLabels(miekgName(labels)); !ok || !sameName(m, labels) {
			t.Fatalf("%q: miekg text %q reads back as %q", s, miekgName(labels), m)
		}
	})
}

// FuzzDecodeUTF8 checks the UnicodeDecodeError test against Go's UTF-8
// rules, which are Python's: same valid strings.
func FuzzDecodeUTF8(f *testing.F) {
	for _, s := range []string{"abc", "\xe9", "caf\xc3\xa9", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (decodeUTF8(s) == nil) != utf8.ValidString(s) {
			t.Fatalf("decodeUTF8(%q) = %v", s, decodeUTF8(s))
		}
	})
}

// FuzzConfigFiles feeds any text to the hosts file and resolv.conf
// parsers: no panic, names without white space, at most three servers.
func FuzzConfigFiles(f *testing.F) {
	f.Add(testHosts)
	f.Add("nameserver 127.0.0.1\nsearch a b\noptions ndots:2 timeout:1 attempts:9\n")
	f.Fuzz(func(t *testing.T, text string) {
		lines, err := parseHosts(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			if l.addr == "" || strings.ContainsAny(l.name+l.addr, " \t\n#\x00") {
				t.Fatalf("line %+v", l)
			}
		}
		cfg, err := parseResolvConf(strings.NewReader(text))
		if err == nil && (len(cfg.servers) > 3 || cfg.attempts > 5 || cfg.timeout > 30*time.Second) {
			t.Fatalf("resolv.conf %+v", cfg)
		}
	})
}
