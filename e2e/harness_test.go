//go:build e2e

// Package e2e starts the real netprimer binary and drives the app in
// headless Chromium. Run it with `make e2e` (or `make test`), which builds
// the binary and passes its path.
package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"netprimer/internal/headless"
)

var binPath = flag.String("bin", "", "path of the netprimer binary to test (make e2e passes it)")

func TestMain(m *testing.M) {
	flag.Parse()
	if *binPath == "" {
		fmt.Fprintln(os.Stderr, "e2e: no -bin given: run `make e2e`, which builds bin/netprimer and passes it")
		os.Exit(2)
	}
	os.Exit(m.Run())
}

// server is a running netprimer binary.
type server struct {
	cmd  *exec.Cmd
	Addr string // host:port
	URL  string // http://host:port
	mu   sync.Mutex
	log  strings.Builder
	done chan error
}

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServer runs the binary in an empty directory (it needs no files
// beside it) on addr, or a free address when addr is "", and waits until
// it answers /healthz.
func startServer(t *testing.T, addr string, args ...string) *server {
	t.Helper()
	return startServerUnder(t, nil, addr, args...)
}

// startServerUnder is startServer with the binary run by the command
// prefix (a shell that sets limits first, say), which must exec it.
func startServerUnder(t *testing.T, prefix []string, addr string, args ...string) *server {
	t.Helper()
	return launch(t, prefix, addr, nil, args...)
}

// launch runs the binary as startServerUnder does; with client, the
// server serves HTTPS (args name the certificate), and client, which
// trusts it, asks for /healthz.
func launch(t *testing.T, prefix []string, addr string, client *http.Client, args ...string) *server {
	t.Helper()
	if addr != "" {
		s := launchOn(t, prefix, addr, client, args...)
		if s == nil {
			t.Fatalf("server: the address %s is taken", addr)
		}
		return s
	}
	// A free address is free when freeAddr closes it; a parallel test's
	// listener may take it before the binary binds it: then another.
	for try := 1; ; try++ {
		s := launchOn(t, prefix, freeAddr(t), client, args...)
		if s != nil || try == 5 {
			if s == nil {
				t.Fatal("server: every free address was taken before it could bind")
			}
			return s
		}
	}
}

// launchOn runs the binary on addr, as launch does; it returns nil when
// the server exited at once because addr was taken.
func launchOn(t *testing.T, prefix []string, addr string, client *http.Client, args ...string) *server {
	t.Helper()
	s := &server{Addr: addr, URL: "http://" + addr, done: make(chan error, 1)}
	if client == nil {
		client = http.DefaultClient
	} else {
		s.URL = "https://" + addr
	}
	// The lab listens on a port of its own for each server (a test may
	// give another -lab-addr: the last one counts).
	argv := append(append(append([]string(nil), prefix...), *binPath, "-addr", addr, "-lab-addr", "127.0.0.1:0"), args...)
	s.cmd = exec.Command(argv[0], argv[1:]...)
	s.cmd.Dir = t.TempDir()
	stderr, err := s.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", *binPath, err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			s.mu.Lock()
			s.log.WriteString(sc.Text() + "\n")
			s.mu.Unlock()
		}
		s.done <- s.cmd.Wait()
	}()
	t.Cleanup(func() { s.stop(t) })
	deadline := time.Now().Add(20 * time.Second)
	for {
		res, err := client.Get(s.URL + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s
			}
		}
		select {
		case exit := <-s.done:
			s.done <- exit
			if strings.Contains(s.Log(), "address already in use") {
				return nil
			}
			t.Fatalf("server exited (%v) before it came up on %s\n%s", exit, addr, s.Log())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not come up on %s: %v\n%s", addr, err, s.Log())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Log returns what the server wrote so far.
func (s *server) Log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log.String()
}

// stop sends SIGTERM and waits for a clean exit.
func (s *server) stop(t *testing.T) {
	t.Helper()
	if s.cmd.ProcessState != nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("server exited with %v after SIGTERM\n%s", err, s.Log())
		}
		s.done <- err
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		t.Errorf("server did not stop within 15 s of SIGTERM")
	}
}

func (s *server) version(t *testing.T) string {
	t.Helper()
	res, err := http.Get(s.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var h struct{ Version string }
	if err := json.NewDecoder(res.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	return h.Version
}

// browser is a headless Chromium tab with a fresh profile that records
// the page's errors.
type browser struct {
	ctx    context.Context
	mu     sync.Mutex
	errors []string
}

func newBrowser(t *testing.T, extra ...chromedp.ExecAllocatorOption) *browser {
	t.Helper()
	// The browser tests must never pass by not running: no Chromium fails.
	exe, err := headless.ExecPath()
	if err != nil {
		t.Fatal(err)
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), append(headless.Options(exe, t.TempDir()), extra...)...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelA()
	})
	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	err = chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			b.record("exception: " + ev.ExceptionDetails.Text + " " + describe(ev.ExceptionDetails.Exception))
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, describe(a))
				}
				b.record("console.error: " + strings.Join(parts, " "))
			}
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				b.record("log: " + ev.Entry.Text + " " + ev.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return b
}

func describe(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	if o.Description != "" {
		return o.Description
	}
	return string(o.Value)
}

func (b *browser) record(s string) {
	b.mu.Lock()
	b.errors = append(b.errors, s)
	b.mu.Unlock()
}

// takeErrors returns the errors the page reported since the last call.
func (b *browser) takeErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	e := b.errors
	b.errors = nil
	return e
}

// noErrors fails the test if the page reported an error (a CSP violation,
// an exception, a failed load) since the last check. An answer of the
// lookup API with an error status is no page error: the browser logs it,
// and the lesson that asked shows it to the student.
func (b *browser) noErrors(t *testing.T, when string) {
	t.Helper()
	for _, e := range b.takeErrors() {
		if strings.HasPrefix(e, "log: Failed to load resource: the server responded with a status") && strings.Contains(e, "/api/") {
			continue
		}
		t.Errorf("%s: the page reported %s", when, e)
	}
}

// do runs steps with a timeout, failing the test with what the page
// reported if one fails.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v\npage errors: %v", what, err, b.takeErrors())
	}
}

// text returns the text of the first visible element matching the CSS
// selector sel.
func (b *browser) text(t *testing.T, sel string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible))
	if err != nil {
		t.Fatalf("reading %s: %v", sel, err)
	}
	return s
}

// eval evaluates JavaScript in the page, awaiting a promise, and decodes
// the result.
func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, awaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

func awaitPromise(p *runtime.EvaluateParams) { p.AwaitPromise = new(true) }

// live waits until the wasm app has rendered the page it is on.
func live() chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`html[data-live] #main h1`))
}

// click clicks the first element matching the CSS selector sel.
func click(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)
}

// waitJS polls a JavaScript condition, which may be a promise, until it is
// true.
func waitJS(cond string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		for {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond, awaitPromise))
			if err != nil {
				return err
			}
			if ok {
				return nil
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("waiting for %s: %w", cond, ctx.Err())
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
}

// rendered waits until the page shows the state of its address: the
// address changes before go-app renders it, and the language switch, drawn
// in the same frame as the lesson, links to the same state.
func rendered() chromedp.Action[chromedp.Void] {
	return waitJS(`(() => {
		const a = document.querySelector("#lang-switch");
		if (!a || !a.getAttribute("href")) return false; // not drawn yet
		const strip = s => { const q = new URLSearchParams(s); q.delete("lang"); q.sort(); return q.toString(); };
		const u = new URL(a.href);
		return u.pathname === location.pathname && strip(u.search) === strip(location.search);
	})()`)
}

// waitText waits until the element matching sel has exactly want as text.
func waitText(sel, want string) chromedp.Action[chromedp.Void] {
	js, _ := json.Marshal(sel)
	w, _ := json.Marshal(want)
	return waitJS(fmt.Sprintf(`(() => { const e = document.querySelector(%s); return !!e && e.textContent.trim() === %s; })()`, js, w))
}

// offlineReady waits until the service worker controls the page and has
// cached every route.
func offlineReady(paths []string) chromedp.Action[chromedp.Void] {
	js, _ := json.Marshal(paths)
	return waitJS(fmt.Sprintf(`(async () => {
		const reg = navigator.serviceWorker && await navigator.serviceWorker.getRegistration();
		if (!reg || !reg.active || reg.active.state !== "activated") return false;
		const keys = await caches.keys();
		if (keys.length !== 1) return false;
		const cache = await caches.open(keys[0]);
		for (const p of %s) { if (!(await cache.match(location.origin + p))) return false; }
		return !!(await cache.match(location.origin + "/web/app.wasm"));
	})()`, js))
}

func httpGet(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	// The Go client would ask for gzip and decode it silently; the tests
	// look at what is on the wire.
	tr := &http.Transport{DisableCompression: true}
	res, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

// Reading the page.

// transcripts returns the text of every pre.pyrepl of the page, by id.
func transcripts(t *testing.T, b *browser) map[string]string {
	t.Helper()
	return eval[map[string]string](t, b, `Object.fromEntries([...document.querySelectorAll("pre.pyrepl")].map(p => [p.id, p.textContent]))`)
}

// textOf returns the textContent of the first element matching the CSS
// selector sel, exactly (a program's output keeps its spaces), or "" if
// there is none.
func textOf(t *testing.T, b *browser, sel string) string {
	t.Helper()
	return eval[string](t, b, fmt.Sprintf(`document.querySelector(%s)?.textContent || ""`, jsString(sel)))
}

// queryParams returns the page URL's values of key.
func queryParams(t *testing.T, b *browser, key string) []string {
	t.Helper()
	return eval[[]string](t, b, fmt.Sprintf(`new URLSearchParams(location.search).getAll(%s)`, jsString(key)))
}

// queryParam returns the page URL's first value of key, or "".
func queryParam(t *testing.T, b *browser, key string) string {
	t.Helper()
	if vs := queryParams(t, b, key); len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// historyLength returns the length of the tab's history: typing replaces
// the history entry, so it must not grow while a student types.
func historyLength(t *testing.T, b *browser) int {
	t.Helper()
	return eval[int](t, b, `history.length`)
}

// setInput sets the value of the input matching sel as typing would
// leave it, with one input event.
func setInput(sel, v string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const e = document.querySelector(%s); e.value = %s; e.dispatchEvent(new Event("input", {bubbles: true})); })()`, jsString(sel), jsString(v)))
}

// jsString returns s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
