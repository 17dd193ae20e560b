package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// practiceSubmits measures /practice: from an answer's submit event to
// its verdict on screen, beside the bare go-app hello's input echo in the
// same run (the least a go-app event can cost: an event, a render, a DOM
// write). Each answer is checked, recorded in localStorage, written into
// the URL and drawn with its Python session, as when a student answers.
func practiceSubmits(r *report, bin, helloDir string, runs int) error {
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
	ps, err := submits(app.url+"/practice?skill=ipaddress.broadcast&seed=7&lang=en", n)
	if err != nil {
		return fmt.Errorf("answers in /practice: %w", err)
	}
	r.section("Answer to verdict on screen (headless Chromium)")
	fmt.Fprintf(r, "From a submit event to the DOM showing the verdict of the answer (a MutationObserver sees its data-check change), median and 95th percentile of %d answers, right, wrong and unreadable in turn; goal for `/practice`: 16 ms median.\n\n", len(ps))
	table(r, []string{"", "median", "p95"}, [][]string{
		{"bare go-app hello: input echoed in a paragraph (baseline)", msf(median(hk)), msf(pct(hk, 0.95))},
		{"Netprimer `/practice`: answer → verdict, diagnosis and Python session", msf(median(ps)), msf(pct(ps, 0.95))},
		{"ratio to baseline", ratio(float64(median(ps)), float64(median(hk))), ratio(float64(pct(ps, 0.95)), float64(pct(hk, 0.95)))},
	})
	return nil
}

// submits opens the item at url, waits for the app, then submits n
// answers (the item's broadcast address, its last host, and a text of no
// address, in turn) and returns, for each, the time from its submit event
// to the verdict on screen.
func submits(url string, n int) ([]time.Duration, error) {
	ctx, stop, err := browser()
	if err != nil {
		return nil, err
	}
	defer stop()
	if _, err := liveAfter(ctx, url); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	defer cancel()
	msList, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(`(async n => {
		await new Promise((resolve, reject) => {
			const t = setInterval(() => {
				const i = document.querySelector("#practice-answer");
				if (i && !i.disabled) { clearInterval(t); resolve(); }
			}, 20);
			setTimeout(() => reject(new Error("the item's field stays disabled")), 30000);
		});
		const net = JSON.parse(document.querySelector("form.practice-item").dataset.given).net;
		const [a, b, c] = net.split("/")[0].split(".");
		const answers = [a + "." + b + "." + c + ".255", a + "." + b + "." + c + ".254", "the last one"];
		const times = [];
		for (let k = 0; k < n; k++) {
			const form = document.querySelector("form.practice-item");
			const input = document.querySelector("#practice-answer");
			const check = () => document.querySelector(".verdict")?.dataset.check || "";
			const before = check();
			times.push(await new Promise(resolve => {
				let t0;
				const obs = new MutationObserver(() => {
					if (check() !== before) { obs.disconnect(); resolve(performance.now() - t0); }
				});
				obs.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
				input.value = answers[k %% answers.length];
				t0 = performance.now();
				form.requestSubmit();
			}));
			await new Promise(r => setTimeout(r, 50)); // the next answer comes later
		}
		return times;
	})(%d)`, n), awaitPromise))
	if err != nil {
		return nil, err
	}
	ds := make([]time.Duration, len(msList))
	for i, m := range msList {
		ds[i] = time.Duration(m * float64(time.Millisecond))
	}
	return ds, nil
}
