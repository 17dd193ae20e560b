package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"sort"
	"syscall"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"netprimer/internal/headless"
)

// served is a running netprimer binary.
type served struct {
	cmd *exec.Cmd
	url string
}

func serve(bin string, args ...string) (*served, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	// The lab listens on a port of its own for each server (args may
	// give another -lab-addr: the last one counts).
	cmd := exec.Command(bin, append([]string{"-addr", addr, "-lab-addr", "127.0.0.1:0"}, args...)...)
	var stderr safeBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &served{cmd: cmd, url: "http://" + addr}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(s.url + "/healthz"); err == nil {
			res.Body.Close()
			return s, nil
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("%s did not start: %s", bin, stderr.String())
		}
	}
}

// serveBoth serves the app and, from helloDir, the hello baseline, each
// by bin, as the page sections compare them.
func serveBoth(bin, helloDir string) (app, hello *served, err error) {
	if app, err = serve(bin); err != nil {
		return nil, nil, err
	}
	if hello, err = serve(bin, "-web", helloDir); err != nil {
		app.stop()
		return nil, nil, err
	}
	return app, hello, nil
}

// echoes times n keystrokes in the hello app's echo: the baseline of the
// keystroke and answer figures.
func echoes(hello *served, n int) ([]time.Duration, error) {
	echo := input{sel: "#echo-input", event: "input", text: func(i int) (string, string) { t := fmt.Sprintf("10.%d.%d.1", i/10, i); return t, t }}
	hk, err := keystrokes(hello.url+"/", echo, n)
	if err != nil {
		return nil, fmt.Errorf("keystrokes in the hello app: %w", err)
	}
	return hk, nil
}

func (s *served) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.cmd.Wait()
}

// browser opens a headless Chromium with a fresh profile.
func browser() (context.Context, func(), error) {
	exe, err := headless.ExecPath()
	if err != nil {
		return nil, nil, err
	}
	dir, err := os.MkdirTemp("", "netprimer-bench-profile-")
	if err != nil {
		return nil, nil, err
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), headless.Options(exe, dir)...)
	ctx, cancel := chromedp.NewContext(actx)
	stop := func() {
		cancel()
		cancelA()
		os.RemoveAll(dir)
	}
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}

func awaitPromise(p *runtime.EvaluateParams) { p.AwaitPromise = new(true) }

// start is a page's start-up, from the start of the navigation: when
// app.wasm had arrived (its last byte, from the network or the service
// worker's cache), when main began (the runtime and every package
// initialised: the "netprimer-main" mark) and when the app had rendered
// the page ("netprimer-live").
type start struct{ wasm, main, live time.Duration }

// liveAfter navigates to url and returns the page's start-up.
func liveAfter(ctx context.Context, url string) (start, error) {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return start{}, err
	}
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`new Promise(resolve => {
		const look = () => {
			const live = performance.getEntriesByName("netprimer-live");
			if (!live.length) { setTimeout(look, 5); return; }
			const main = performance.getEntriesByName("netprimer-main");
			const wasm = performance.getEntriesByType("resource").filter(e => e.name.endsWith("/app.wasm"));
			resolve([wasm.length ? wasm[0].responseEnd : -1, main.length ? main[0].startTime : -1, live[0].startTime]);
		};
		look();
	})`, awaitPromise))
	if err != nil {
		return start{}, err
	}
	d := func(m float64) time.Duration { return time.Duration(m * float64(time.Millisecond)) }
	return start{wasm: d(ms[0]), main: d(ms[1]), live: d(ms[2])}, nil
}

// offlineReady waits until the service worker has cached the app, so that
// a repeat visit is a visit from the cache.
func offlineReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async () => {
		const reg = await navigator.serviceWorker.ready;
		for (;;) {
			const keys = await caches.keys();
			if (keys.length === 1 && await (await caches.open(keys[0])).match(location.origin + "/web/app.wasm")) return true;
			await new Promise(r => setTimeout(r, 50));
		}
	})()`, awaitPromise))
	return err
}

// visits measures runs first visits (a fresh browser each) and runs repeat
// visits (the same browser, the app cached by its service worker).
func visits(url string, runs int) (first, repeat []start, err error) {
	for i := 0; i < runs; i++ {
		ctx, stop, err := browser()
		if err != nil {
			return nil, nil, err
		}
		s, err := liveAfter(ctx, url)
		if err == nil {
			first = append(first, s)
			if i == 0 {
				if err = offlineReady(ctx); err == nil {
					for j := 0; j < runs && err == nil; j++ {
						s, err = liveAfter(ctx, url)
						repeat = append(repeat, s)
					}
				}
			}
		}
		stop()
		if err != nil {
			return nil, nil, err
		}
	}
	return first, repeat, nil
}

// phases returns the medians of the start-ups' phases: app.wasm arrived,
// then until main began, then until the page was rendered, and the
// whole.
func phases(ss []start) (wasm, init, render, live time.Duration) {
	var w, i, r, l []time.Duration
	for _, s := range ss {
		w, i, r, l = append(w, s.wasm), append(i, s.main-s.wasm), append(r, s.live-s.main), append(l, s.live)
	}
	return median(w), median(i), median(r), median(l)
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond)) }

// loads times the app and the hello baseline, both served by bin over
// loopback, from navigation to the wasm-rendered page.
func loads(r *report, bin, helloDir string, runs int) error {
	app, hello, err := serveBoth(bin, helloDir)
	if err != nil {
		return err
	}
	defer app.stop()
	defer hello.stop()

	hf, hr, err := visits(hello.url+"/", runs)
	if err != nil {
		return fmt.Errorf("timing the hello app: %w", err)
	}
	af, ar, err := visits(app.url+"/", runs)
	if err != nil {
		return fmt.Errorf("timing the app: %w", err)
	}
	lf, lr, err := visits(app.url+"/ipaddress?addr=192.0.2.1&net=114.71.220.0/24", runs)
	if err != nil {
		return fmt.Errorf("timing /ipaddress: %w", err)
	}
	r.section("Navigation to the wasm-rendered page (headless Chromium, loopback)")
	fmt.Fprintf(r, "From the start of the navigation to the app's first render (the `netprimer-live` mark), medians of %d; first visit with an empty profile, repeat visit from the service worker's cache; goal: ≤ 1.3× the bare go-app page, built with the same flags and served by the same binary. The phases: until app.wasm's last byte arrived; from there until `main` began (compiling what was not compiled while it streamed, the Go runtime and every package's initialisation); from `main` to the rendered page (the routes, the first render).\n\n", runs)
	rows := [][]string{}
	add := func(name string, ss []start) {
		w, i, rd, l := phases(ss)
		rows = append(rows, []string{name, ms(l), ms(w), ms(i), ms(rd)})
	}
	add("bare go-app hello, first visit (baseline)", hf)
	add("Netprimer `/`, first visit", af)
	add("Netprimer `/ipaddress?…`, first visit", lf)
	add("bare go-app hello, repeat visit (baseline)", hr)
	add("Netprimer `/`, repeat visit", ar)
	add("Netprimer `/ipaddress?…`, repeat visit", lr)
	table(r, []string{"", "rendered", "app.wasm arrived", "then main began", "then rendered"}, rows)
	_, _, _, hfl := phases(hf)
	_, _, _, afl := phases(af)
	_, _, _, hrl := phases(hr)
	_, _, _, arl := phases(ar)
	fmt.Fprintf(r, "\nRatio to the baseline: first visit %s, repeat visit %s.\n", ratio(float64(afl), float64(hfl)), ratio(float64(arl), float64(hrl)))
	return nil
}

// input is a text input of a lesson the report times keystrokes in: what
// is typed into it, and what shows that the page has taken it.
type input struct {
	name  string // the row's name in the report
	page  string // the lesson's address
	sel   string // the input
	event string // "input" (every keystroke) or "change" (Enter)
	// text returns the i-th text typed and what the page then shows:
	// a text that main's text holds once the page has redrawn, or with
	// verdict set, the data-verdict the element verdict then carries.
	text    func(i int) (typed, shown string)
	verdict string
	// redrawn, when set, is the element whose first change after the
	// event shows that the page has taken it (a widget that shows the
	// text only with the server's answer).
	redrawn string
}

// inputs are every text input of every lesson.
var inputs = []input{
	{name: "`/ipaddress` address → its Python session, properties and bit grid", page: "/ipaddress", sel: "#addr-input", event: "input",
		text: func(i int) (string, string) {
			t := fmt.Sprintf("10.%d.%d.%d", i/10, i%10, 1+i%2*11)
			return t, "'" + t + "'"
		}},
	{name: "`/ipaddress` network → its session, hosts and bit grid", page: "/ipaddress", sel: "#net-input", event: "input",
		text: func(i int) (string, string) {
			t := fmt.Sprintf("10.%d.%d.0/%d", i/10, i%10, 24-i%2)
			return t, "'" + t + "'"
		}},
	{name: "`/ipaddress` the address of addr in net → its session and bits", page: "/ipaddress", sel: "#member-input", event: "input",
		text: func(i int) (string, string) {
			t := fmt.Sprintf("10.%d.%d.%d", i/10, i%10, 1+i%2*11)
			return t, "'" + t + "'"
		}},
	{name: "`/packing` address → inet_aton and ip_address", page: "/packing", sel: "#ip-input", event: "input",
		text: func(i int) (string, string) {
			t := fmt.Sprintf("10.%d.%d.%d", i/10, i%10, 1+i%2*11)
			return t, "'" + t + "'"
		}},
	{name: "`/byteorder` number → its bytes, htons and ntohs", page: "/byteorder", sel: "#n-input", event: "input",
		text: func(i int) (string, string) { t := fmt.Sprint(30011 + 7*i); return t, "(" + t + ")" }},
	{name: "`/hosts` host → the four functions' sessions (before the server answers)", page: "/hosts", sel: "#host-input", event: "input",
		text: func(i int) (string, string) { t := fmt.Sprintf("h%d.example", i); return t, "'" + t + "'" }},
	{name: "`/hosts` the HOSTS program's list", page: "/hosts", sel: "#hosts-input", event: "input",
		text: func(i int) (string, string) {
			t := fmt.Sprintf("l%d.example", i)
			return "localhost\n" + t, "'" + t + "'"
		}},
	{name: "`/services` service name → its widget redrawn", page: "/services", sel: "#name-input", event: "input", redrawn: "#serv-functions",
		text: func(i int) (string, string) { return fmt.Sprintf("svc%d", i), "" }},
	{name: "`/services` port → its widget redrawn", page: "/services", sel: "#port-input", event: "input", redrawn: "#serv-functions",
		text: func(i int) (string, string) { return fmt.Sprint(20011 + 7*i), "" }},
	{name: "`/addresses` a pasted `netstat -a` line → its reading", page: "/addresses", sel: "#netstat-paste", event: "input",
		text: func(i int) (string, string) {
			port := fmt.Sprint(40011 + 7*i)
			return "  TCP    192.168.0.10:" + port + "     114.71.220.95:443      ESTABLISHED", port
		}},
	{name: "`/addresses` the ports quiz: an answer checked on Enter", page: "/addresses", sel: "#port-80", event: "change", verdict: "#port-fb-80",
		text: func(i int) (string, string) {
			if i%2 == 0 {
				return "http", "correct"
			}
			return "ftp", "wrong"
		}},
}

// typing times keystrokes in every text input of every lesson, and in the
// hello baseline.
func typing(r *report, bin, helloDir string, runs int) error {
	app, hello, err := serveBoth(bin, helloDir)
	if err != nil {
		return err
	}
	defer app.stop()
	defer hello.stop()
	n := 8 * runs
	hk, err := echoes(hello, n)
	if err != nil {
		return err
	}
	r.section("Keystroke to updated page (headless Chromium)")
	fmt.Fprintf(r, "From an input event (a change event for an answer checked on Enter) to the DOM showing its result (a MutationObserver sees it), median, 95th percentile and slowest of %d keystrokes in every text input of every lesson; goals: median ≤ 16 ms (one frame), p95 ≤ 25 ms. Baseline: a bare go-app page echoing its input into a paragraph, timed alike in the same run.\n\n", n)
	rows := [][]string{{"bare go-app hello: input echoed in a paragraph (baseline)", msf(median(hk)), msf(pct(hk, 0.95)), msf(slowest(hk)), "1.00×", ""}}
	for _, in := range inputs {
		ks, err := keystrokes(app.url+in.page, in, n)
		if err != nil {
			rows = append(rows, []string{in.name, "", "", "", "", "**not measured**: " + err.Error()})
			continue
		}
		med, p95 := median(ks), pct(ks, 0.95)
		rows = append(rows, []string{in.name, msf(med), msf(p95), msf(slowest(ks)), ratio(float64(med), float64(median(hk))), goal(med, p95)})
	}
	table(r, []string{"input", "median", "p95", "slowest", "median to baseline", "goal"}, rows)
	return nil
}

// goal says whether a keystroke's figures meet their goals.
func goal(med, p95 time.Duration) string {
	switch {
	case med > 16*time.Millisecond && p95 > 25*time.Millisecond:
		return "**over** (median and p95)"
	case med > 16*time.Millisecond:
		return "**over** (median)"
	case p95 > 25*time.Millisecond:
		return "**over** (p95)"
	}
	return "met"
}

// pct returns the q-quantile of ds (nearest rank).
func pct(ds []time.Duration, q float64) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(q*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

// keystrokes opens url, waits for the app, then types n texts into the
// input, one after another as a student edits, and returns for each the
// time from its event to the moment the page shows what in.text says.
func keystrokes(url string, in input, n int) ([]time.Duration, error) {
	ctx, stop, err := browser()
	if err != nil {
		return nil, err
	}
	defer stop()
	if _, err := liveAfter(ctx, url); err != nil {
		return nil, err
	}
	var typed, shown []string
	for i := 0; i < n; i++ {
		t, s := in.text(i)
		typed, shown = append(typed, t), append(shown, s)
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	msList, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(`(async (inSel, event, verdictSel, redrawnSel, typed, shown) => {
		const times = [];
		const main = document.querySelector("main") || document.body;
		for (let i = 0; i < typed.length; i++) {
			const input = document.querySelector(inSel);
			if (!input) throw new Error("no " + inSel + " on the page");
			const redrawn = redrawnSel && document.querySelector(redrawnSel);
			if (redrawnSel && !redrawn) throw new Error("no " + redrawnSel + " on the page");
			const seen = redrawn ? (records) => records.some(r => redrawn.contains(r.target))
				: verdictSel ? () => { const el = document.querySelector(verdictSel); return el && el.dataset.verdict === shown[i]; }
				: () => main.textContent.includes(shown[i]);
			times.push(await new Promise((resolve, reject) => {
				let t0;
				const timer = setTimeout(() => { obs.disconnect(); reject(new Error("the page never showed " + JSON.stringify(shown[i]))); }, 10000);
				const obs = new MutationObserver((records) => {
					if (seen(records)) { obs.disconnect(); clearTimeout(timer); resolve(performance.now() - t0); }
				});
				obs.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
				t0 = performance.now();
				input.value = typed[i];
				input.dispatchEvent(new Event(event, {bubbles: true}));
			}));
			await new Promise(r => setTimeout(r, 50)); // the next keystroke comes later
		}
		return times;
	})(%q, %q, %q, %q, %s, %s)`, in.sel, in.event, in.verdict, in.redrawn, jsStrings(typed), jsStrings(shown)), awaitPromise))
	if err != nil {
		return nil, err
	}
	ds := make([]time.Duration, len(msList))
	for i, m := range msList {
		ds[i] = time.Duration(m * float64(time.Millisecond))
	}
	return ds, nil
}

func jsStrings(ss []string) string {
	b, _ := json.Marshal(ss)
	return string(b)
}

func slowest(ds []time.Duration) time.Duration { return slices.Max(ds) }

func msf(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
