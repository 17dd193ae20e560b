//go:build !js

package lookup

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"netprimer/app/api"
)

// noResolverCalls are calls that never ask DNS: CPython's socket module
// and the C library answer them from the host itself (gethostname, the
// services file) or from the text (numeric addresses, the wildcard, the
// broadcast name).
var noResolverCalls = []string{
	"/api/v1/socket/gethostname",
	"/api/v1/socket/getservbyname?name=http&proto=tcp",
	"/api/v1/socket/getservbyname?name=nosuch",
	"/api/v1/socket/getservbyport?port=443",
	"/api/v1/socket/getservbyport?port=70000",
	"/api/v1/socket/gethostbyname?host=127.0.0.1",
	"/api/v1/socket/gethostbyname?host=127.1",
	"/api/v1/socket/gethostbyname?host=0x7f.1",
	"/api/v1/socket/gethostbyname?host=::1",
	"/api/v1/socket/gethostbyname?host=",
	"/api/v1/socket/gethostbyname?host=%3Cbroadcast%3E",
	"/api/v1/socket/gethostbyname_ex?host=192.0.2.1",
	"/api/v1/socket/gethostbyname_ex?host=1.2.3",
	"/api/v1/socket/gethostbyname_ex?host=::1",
	"/api/v1/socket/gethostbyname_ex?host=999.1.1.1",
	"/api/v1/socket/gethostbyaddr?host=::",
}

// TestNoResolverCallsDoNotWaitForDNS fills the pool with lookups that a
// DNS server that never answers holds (every resolver slot running, every
// place in the queue taken, a time limit of a minute): the calls that
// never ask DNS still answer at once, with what they answer when DNS
// works, while a call that needs DNS is refused with 503.
func TestNoResolverCallsDoNotWaitForDNS(t *testing.T) {
	working := newTestService(t, Config{DNS: startDNS(t, "127.0.0.1:0").addr}).Handler()
	want := map[string]string{}
	for _, target := range noResolverCalls {
		want[target] = answer(t, working, target)
	}

	s := newTestService(t, Config{DNS: startSilentDNS(t), Timeout: time.Minute, Concurrency: 2, Queue: 3})
	h := s.Handler()
	var held sync.WaitGroup
	for i := range 5 {
		held.Add(1)
		go func() {
			defer held.Done()
			serve(h, "/api/v1/socket/gethostbyname?host=held"+strconv.Itoa(i)+".np.test")
		}()
	}
	if !waitUntil(5*time.Second, func() bool { return s.pool.inUse() == 2 && len(s.pool.tickets) == cap(s.pool.tickets) }) {
		t.Fatalf("the pool did not fill: %d running, %d of %d tickets", s.pool.inUse(), len(s.pool.tickets), cap(s.pool.tickets))
	}
	if code, body := serve(h, "/api/v1/socket/gethostbyname?host=another.np.test"); code != http.StatusServiceUnavailable {
		t.Errorf("a lookup beyond the queue: %d %s, want 503", code, body)
	}
	for _, target := range noResolverCalls {
		done := make(chan string, 1)
		go func() { done <- answerOf(serve(h, target)) }()
		select {
		case got := <-done:
			if got != want[target] {
				t.Errorf("%s while DNS is down:\n got %s\nwant %s (as when DNS answers)", target, got, want[target])
			}
		case <-time.After(10 * time.Second):
			t.Errorf("%s waited for the resolver", target)
		}
	}
	if s.pool.inUse() != 2 || len(s.pool.tickets) != cap(s.pool.tickets) {
		t.Errorf("the held lookups let go: %d running, %d tickets", s.pool.inUse(), len(s.pool.tickets))
	}
}

// serve answers target as a client of its own, 192.0.2.200, would get it.
func serve(h http.Handler, target string) (int, string) {
	req := httptest.NewRequest("GET", target, nil)
	req.RemoteAddr = "192.0.2.200:50000"
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w.Code, w.Body.String()
}

func answer(t *testing.T, h http.Handler, target string) string {
	t.Helper()
	a := answerOf(serve(h, target))
	if a == "" {
		t.Fatalf("%s: no answer", target)
	}
	return a
}

// answerOf is an answer without what says where it came from.
func answerOf(code int, body string) string {
	var r api.Response
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		return fmt.Sprintf("%d %q", code, body)
	}
	r.Backend, r.Cached = "", false
	b, _ := json.Marshal(r)
	return fmt.Sprintf("%d %s", code, b)
}
