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
	// The lab listens on a port of its own for each server, so that two
	// can run side by side (the last -lab-addr given counts).
	cmd := exec.Command(bin, append([]string{"-addr", addr, "-lab-addr", "127.0.0.1:0"}, args...)...)
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
			return nil, fmt.Errorf("%s did not start", bin)
		}
	}
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

// liveAfter navigates to url and returns the time from the start of the
// navigation to the "netprimer-live" mark, set when the wasm app has
// rendered the page.
func liveAfter(ctx context.Context, url string) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return 0, err
	}
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`new Promise(resolve => {
		const look = () => {
			const m = performance.getEntriesByName("netprimer-live");
			if (m.length) { resolve(m[0].startTime); } else { setTimeout(look, 5); }
		};
		look();
	})`, awaitPromise))
	return time.Duration(ms * float64(time.Millisecond)), err
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
func visits(url string, runs int) (first, repeat []time.Duration, err error) {
	for i := 0; i < runs; i++ {
		ctx, stop, err := browser()
		if err != nil {
			return nil, nil, err
		}
		d, err := liveAfter(ctx, url)
		if err == nil {
			first = append(first, d)
			if i == 0 {
				if err = offlineReady(ctx); err == nil {
					for j := 0; j < runs && err == nil; j++ {
						d, err = liveAfter(ctx, url)
						repeat = append(repeat, d)
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

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond)) }

// loads times the app and the hello baseline, both served by bin over
// loopback, from navigation to the wasm-rendered page.
func loads(r *report, bin, helloDir string, runs int) error {
	app, err := serve(bin)
	if err != nil {
		return err
	}
	defer app.stop()
	hello, err := serve(bin, "-web", helloDir)
	if err != nil {
		return err
	}
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
	fmt.Fprintf(r, "From the start of the navigation to the app's first render (the `netprimer-live` mark); first visit with an empty profile, repeat visit from the service worker's cache.\n\n")
	table(r, []string{"", "first visit", "repeat visit"}, [][]string{
		{"bare go-app hello (baseline)", ms(median(hf)), ms(median(hr))},
		{"Netprimer `/`", ms(median(af)), ms(median(ar))},
		{"ratio to baseline", ratio(float64(median(af)), float64(median(hf))), ratio(float64(median(ar)), float64(median(hr)))},
		{"Netprimer `/ipaddress?…`", ms(median(lf)), ms(median(lr))},
	})

	return nil
}

// typing times keystrokes in /ipaddress and in the hello baseline.
func typing(r *report, bin, helloDir string, runs int) error {
	app, err := serve(bin)
	if err != nil {
		return err
	}
	defer app.stop()
	hello, err := serve(bin, "-web", helloDir)
	if err != nil {
		return err
	}
	defer hello.stop()
	hk, err := keystrokes(hello.url+"/", "#echo-input", "#echo", runs)
	if err != nil {
		return fmt.Errorf("keystrokes in the hello app: %w", err)
	}
	ak, err := keystrokes(app.url+"/ipaddress", "#addr-input", "#addr-session", runs)
	if err != nil {
		return fmt.Errorf("keystrokes in /ipaddress: %w", err)
	}
	r.section("Keystroke to updated page (headless Chromium)")
	fmt.Fprintf(r, "From an input event to the DOM showing its result (a MutationObserver sees the typed text), median and slowest of %d keystrokes; goal for `/ipaddress`: one frame (16 ms).\n\n", len(ak))
	table(r, []string{"", "median", "slowest"}, [][]string{
		{"bare go-app hello: input echoed in a paragraph (baseline)", msf(median(hk)), msf(slowest(hk))},
		{"Netprimer `/ipaddress`: address → its Python session, properties and bit grid", msf(median(ak)), msf(slowest(ak))},
		{"ratio to baseline", ratio(float64(median(ak)), float64(median(hk))), ratio(float64(slowest(ak)), float64(slowest(hk)))},
	})
	return nil
}

// keystrokes opens url, waits for the app, then types into the input in
// as many ways as a student edits an address (a character more, one less,
// a new address) and returns, for each keystroke, the time from its input
// event to the moment the element out holds the typed text.
func keystrokes(url, in, out string, runs int) ([]time.Duration, error) {
	ctx, stop, err := browser()
	if err != nil {
		return nil, err
	}
	defer stop()
	if _, err := liveAfter(ctx, url); err != nil {
		return nil, err
	}
	var texts []string
	for i := 0; i < 4*runs; i++ {
		texts = append(texts, fmt.Sprintf("10.%d.%d.1", i/10, i), fmt.Sprintf("10.%d.%d.12", i/10, i))
	}
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	msList, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(`(async (inSel, outSel, texts) => {
		const times = [];
		for (const text of texts) {
			const input = document.querySelector(inSel);
			if (!input) throw new Error("no " + inSel);
			times.push(await new Promise(resolve => {
				let t0;
				const seen = () => {
					const el = document.querySelector(outSel);
					return el && el.textContent.includes("'" + text + "'") || el && el.textContent === text;
				};
				const obs = new MutationObserver(() => {
					if (seen()) { obs.disconnect(); resolve(performance.now() - t0); }
				});
				obs.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
				t0 = performance.now();
				input.value = text;
				input.dispatchEvent(new Event("input", {bubbles: true}));
			}));
			await new Promise(r => setTimeout(r, 50)); // the next keystroke comes later
		}
		return times;
	})(%q, %q, %s)`, in, out, jsStrings(texts)), awaitPromise))
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
