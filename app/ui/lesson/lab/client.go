package lab

import (
	"encoding/json"
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
)

// pollWait is how long the server may hold a poll (-lab-poll's default),
// for a server that does not say (its limits' poll_seconds): the
// request's own bound is longer by kit's.
const pollWait = 25 * time.Second

// pollBound is how long the page waits for a poll's answer: as long as
// the server says it holds one, before kit's margin.
func pollBound(lim api.LabLimits) time.Duration {
	if lim.PollSeconds > 0 {
		return time.Duration(lim.PollSeconds * float64(time.Second))
	}
	return pollWait
}

// recordedKey is where this browser keeps the tasks it has counted as
// practice (see recorded).
const recordedKey = "netprimer-lab-recorded"

// nav starts the session the URL names: a new one without a code, the
// named one otherwise. A navigation that keeps the code (the language
// switch, or the code the page itself wrote) changes nothing.
func (p *page) nav(ctx app.Context, raw string) {
	if p.have && raw == p.m.code || !app.IsClient {
		return
	}
	p.gen++
	p.have, p.m, p.want, p.fails = false, session{}, raw, 0
	p.clearProblem()
	if raw == "" {
		p.create(ctx)
		return
	}
	code, ok := api.ParseLabCode(raw)
	if !ok {
		p.setProblem(txtBadCode, false, true, 0)
		return
	}
	p.want = code
	p.resume(ctx)
}

func (p *page) clearProblem() {
	var none i18n.T
	p.setProblem(none, false, false, 0)
}

func (p *page) setProblem(t i18n.T, retry, renew bool, in int) {
	p.problem, p.canRetry, p.canRenew, p.retryIn = t, retry, renew, in
}

// create asks the server for a new session, and writes its code into the
// URL in place of the address without one.
func (p *page) create(ctx app.Context) {
	gen := p.gen
	kit.PostJSON(ctx, api.LabSessionsPath, func(ctx app.Context, r kit.FetchResult) {
		if gen != p.gen {
			return
		}
		if p.started(ctx, r, p.create) {
			kit.ReplaceQuery(ctx, url.Values{"code": {p.m.code}})
		}
	})
}

// resume asks the server for the session of the URL's code.
func (p *page) resume(ctx app.Context) {
	gen := p.gen
	kit.GetJSON(ctx, api.LabSessionPath(p.want), func(ctx app.Context, r kit.FetchResult) {
		if gen == p.gen {
			p.started(ctx, r, p.resume)
		}
	})
}

// started takes the answer about the session, and starts polling its
// events; again, on a failure worth retrying, calls again later.
func (p *page) started(ctx app.Context, r kit.FetchResult, again func(app.Context)) bool {
	f, asked := classify(r.Reachable(), r.Status, r.Body, r.RetryAfter)
	var s api.LabSession
	if f == failNone && json.Unmarshal(r.Body, &s) != nil {
		f = failOther
	}
	var m session
	if f == failNone {
		var ok bool
		if m, ok = newSession(s); !ok {
			f = failOther
		}
	}
	if f != failNone {
		p.failed(ctx, f, asked, again)
		return false
	}
	p.m, p.have, p.fails = m, true, 0
	p.clearProblem()
	p.record(ctx)
	p.poll(ctx)
	return true
}

// poll long-polls the session's events, and again at once after each
// answer: the server holds a poll until an event comes.
func (p *page) poll(ctx app.Context) {
	gen := p.gen
	kit.PollJSON(ctx, api.LabEventsPath(p.m.code, p.m.next), pollBound(p.m.limits), func(ctx app.Context, r kit.FetchResult) {
		if gen != p.gen {
			return
		}
		f, asked := classify(r.Reachable(), r.Status, r.Body, r.RetryAfter)
		var e api.LabEvents
		if f == failNone && json.Unmarshal(r.Body, &e) != nil {
			f = failOther
		}
		if f != failNone {
			if f == failExpired || f == failNotFound {
				p.m.expired = true
			}
			p.failed(ctx, f, asked, p.poll)
			return
		}
		p.fails = 0
		p.clearProblem()
		p.m.apply(e)
		p.record(ctx)
		p.poll(ctx)
	})
}

// failed shows what went wrong and, when trying again may help, tries
// again after a backoff, counting the seconds down.
func (p *page) failed(ctx app.Context, f failure, asked int, again func(app.Context)) {
	switch f {
	case failExpired:
		p.setProblem(txtExpired, false, true, 0)
		return
	case failNotFound:
		p.setProblem(txtNotFound, false, true, 0)
		return
	case failOther:
		p.setProblem(txtOther, true, true, 0)
		return
	}
	p.fails++
	t := txtUnreachable
	if f == failBusy {
		t = txtBusy
	}
	wait := backoff(p.fails, asked)
	p.setProblem(t, true, false, wait)
	p.countDown(ctx, p.gen, again)
}

// countDown ticks the seconds before the next try, then tries.
func (p *page) countDown(ctx app.Context, gen int, again func(app.Context)) {
	ctx.After(time.Second, func(ctx app.Context) {
		if gen != p.gen {
			return
		}
		if p.retryIn--; p.retryIn > 0 {
			p.countDown(ctx, gen, again)
			return
		}
		again(ctx)
	})
}

// retry tries again at once.
func (p *page) retry(ctx app.Context, e app.Event) {
	p.gen++
	p.retryIn = 0
	switch {
	case p.have && !p.m.expired:
		p.poll(ctx)
	case p.want != "":
		p.resume(ctx)
	default:
		p.create(ctx)
	}
}

// renew starts a new session: the address without a code.
func (p *page) renew(ctx app.Context, e app.Event) {
	p.have = false
	kit.ReplaceQuery(ctx, url.Values{"code": nil})
}

// copy puts a program on the clipboard, and selects its text, which
// also lets it be copied by hand where the clipboard is closed to the
// page (an address that is not a secure context).
func (p *page) copy(ctx app.Context, e app.Event) {
	id := kit.Act(ctx)
	var text string
	switch id {
	case "prog-tcp":
		text, _ = p.m.programs()
	case "prog-udp":
		_, text = p.m.programs()
	default:
		return
	}
	win := app.Window()
	if pre := win.Get("document").Call("getElementById", id); pre.Truthy() {
		win.Call("getSelection").Call("selectAllChildren", pre)
	}
	if clip := win.Get("navigator").Get("clipboard"); clip.Truthy() {
		clip.Call("writeText", text)
	} else {
		win.Get("document").Call("execCommand", "copy")
	}
	p.copied = id
}

// record counts the tasks done as practice, once per task and session.
func (p *page) record(ctx app.Context) {
	var kept string
	ctx.LocalStorage().Get(recordedKey, &kept)
	fresh, r := parseRecorded(kept).toRecord(p.m.code, p.m.done())
	if len(fresh) == 0 {
		return
	}
	for _, id := range fresh {
		if _, err := kit.RecordAttempt(ctx, practice.Attempt{Skill: id, Level: practice.MinLevel, Outcome: practice.Right, At: time.Now()}); err != nil {
			p.saveErr = err.Error()
			if ie, ok := err.(*practice.ImportError); ok {
				p.saveErr = ie.Msg.In(p.Lang())
			}
			return
		}
	}
	if err := ctx.LocalStorage().Set(recordedKey, r.String()); err != nil {
		p.saveErr = err.Error()
	}
}
