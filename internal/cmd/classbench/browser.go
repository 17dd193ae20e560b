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
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"netprimer/app/api"
	"netprimer/internal/classclient"
	"netprimer/internal/headless"
)

// browserGrid measures, with the real binary and headless Chromium, the
// time from opening /teach?a=CODE to the grid of every student drawn,
// next to the time to the page /teach with no assignment chosen (the
// app's start, the baseline of the same run); their difference is the
// grid's fetch and render. The grid is drawn when its body holds every
// row it means to show: all the students, or the page of them that a
// build with a pager shows (its body says how many, and of how many).
func browserGrid(label, bin string, students, items int) (time.Duration, error) {
	dir, err := os.MkdirTemp("", "classbench-bin-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	addr := ln.Addr().String()
	ln.Close()
	base := "http://" + addr
	cmd := exec.Command(bin, "-addr", addr, "-lab=false", "-data", dir, "-classroom-joins", "1e6", "-classroom-answers", "1e6", "-classroom-requests", "1e6")
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() }()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(base + "/healthz"); err == nil {
			res.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("%s did not start", bin)
		}
	}
	link := func() (string, error) {
		out, err := exec.Command(bin, "teacher-link", "-data", dir, "-base", base).Output()
		return strings.TrimSpace(string(out)), err
	}
	// The class: an assignment answered by every student on every item.
	l1, err := link()
	if err != nil {
		return 0, err
	}
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := noRedirect.Get(l1)
	if err != nil {
		return 0, err
	}
	res.Body.Close()
	var teacher *http.Cookie
	for _, c := range res.Cookies() {
		teacher = c
	}
	post := func(path string, ck *http.Cookie, v any) (*http.Response, error) {
		return http.DefaultClient.Do(classclient.Request("POST", base, path, ck, v))
	}
	r, err := post(api.AssignmentsPath, teacher, api.NewAssignment{Title: "grid", Skills: []string{"ipaddress.broadcast", "byteorder.htons"}, Items: items, Level: 1})
	if err != nil {
		return 0, err
	}
	var cr api.Created
	json.NewDecoder(r.Body).Decode(&cr)
	r.Body.Close()
	var wg sync.WaitGroup
	sem := make(chan struct{}, 50)
	for i := 0; i < students; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			r, err := post(api.StudentPath(cr.Code, "join"), nil, api.Join{StudentID: fmt.Sprint(20260000 + i), Name: fmt.Sprint("학생 ", i)})
			if err != nil {
				return
			}
			r.Body.Close()
			ck := r.Cookies()[0]
			for n := 1; n <= items; n++ {
				if r, err := post(api.StudentPath(cr.Code, "answers"), ck, api.Answer{ID: fmt.Sprint("g", n), Item: n, Answer: fmt.Sprint("10.0.", i%256, ".255")}); err == nil {
					r.Body.Close()
				}
			}
		}()
	}
	wg.Wait()

	exe, err := headless.ExecPath()
	if err != nil {
		return 0, err
	}
	profile, err := os.MkdirTemp("", "classbench-profile-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(profile)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), headless.Options(exe, profile)...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()
	l2, err := link()
	if err != nil {
		return 0, err
	}
	// Log in, and let the app load once (cached as on a teacher's laptop).
	if err := chromedp.Do(ctx, chromedp.Navigate(l2), chromedp.WaitVisible(chromedp.CSS("#teach-form"))); err != nil {
		return 0, err
	}
	await := func(p *runtime.EvaluateParams) { p.AwaitPromise = new(true) }
	timeTo := func(url, cond string) (time.Duration, error) {
		if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
			return 0, err
		}
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`new Promise(resolve => {
			const look = () => { if (`+cond+`) { resolve(performance.now()); } else { setTimeout(look, 2); } };
			look();
		})`, await))
		return time.Duration(ms * float64(time.Millisecond)), err
	}
	var page, grid []time.Duration
	for i := 0; i < 5; i++ {
		d, err := timeTo(base+"/teach", `document.querySelector("#teach-form button")`)
		if err != nil {
			return 0, err
		}
		page = append(page, d)
		d, err = timeTo(base+"/teach?a="+cr.Code, fmt.Sprintf(`(b => b !== null && (b.dataset.students
			? +b.dataset.students === %[1]d && b.rows.length === +b.dataset.shown
			: b.rows.length === %[1]d))(document.querySelector("#teach-grid tbody"))`, students))
		if err != nil {
			return 0, err
		}
		grid = append(grid, d)
	}
	slices.Sort(page)
	slices.Sort(grid)
	fmt.Printf("\n%s: grid of %d students × %d items in Chromium (median of 5, from navigation): /teach drawn in %s; /teach?a=CODE with the grid drawn in %s: the grid's fetch and render %s\n",
		label, students, items, page[2].Round(time.Millisecond), grid[2].Round(time.Millisecond), (grid[2] - page[2]).Round(time.Millisecond))
	return grid[2] - page[2], nil
}
