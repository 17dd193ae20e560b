package lookup

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"netprimer/app/api"
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
	s, err := newService(cfg.withDefaults(), nil, nil, stubResolver{}, func() error { return nil })
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
