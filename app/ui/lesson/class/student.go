package class

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/practice"
	"netprimer/app/ui/kit"
)

// retryEvery is how long the page waits to send its queue again after
// the server could not be reached.
const retryEvery = 3 * time.Second

// student is the page /a/CODE: join, then the student's own items. An
// answer is checked here at once by the practice engine, kept in the
// browser's queue with an ID of its own, and sent; the server's verdict
// is the one that counts, and the page shows what the server received.
type student struct {
	app.Compo
	lesson
	code    string
	info    *api.Assignment
	err     i18n.T
	joined  int // 0 unknown, 1 joined, -1 not
	me      api.Me
	items   []practice.Item
	local   map[int]practice.Verdict
	q       queue
	sending bool
	offline bool
	saveBad bool
	mounted bool
	// ctx is the component's own context: a call started by an event
	// of an element the next render removes (the join form, say) must
	// still reach the page, and a context whose element is gone
	// dispatches nothing.
	ctx app.Context
}

// NewStudent returns the page /a/CODE.
func NewStudent() app.Composer { return &student{} }

func (p *student) OnMount(ctx app.Context) {
	p.lesson.OnMount(ctx)
	p.mounted, p.ctx = true, ctx
}

func (p *student) OnDismount() { p.mounted = false }

func (p *student) OnNav(ctx app.Context) {
	p.Nav(ctx)
	code, ok := CodeOf(ctx.Page().URL().Path)
	if code == p.code && p.info != nil {
		return
	}
	p.code, p.info, p.joined, p.items, p.local = code, nil, 0, nil, map[int]practice.Verdict{}
	if !ok {
		p.err = errorText(http.StatusNotFound, nil)
		return
	}
	if app.IsClient {
		ctx.LocalStorage().Get(queueKey(code), &p.q)
	}
	call(ctx, "GET", api.StudentPath(code, ""), nil, func(ctx app.Context, r result) {
		var a api.Assignment
		if r.Status != http.StatusOK || json.Unmarshal(r.Body, &a) != nil {
			p.err = errorText(r.Status, r.Body)
			if r.Status == 0 {
				ctx.After(retryEvery, func(ctx app.Context) { p.code = ""; p.OnNav(ctx) })
			}
			return
		}
		p.info, p.err = &a, noText
		p.loadMe(ctx)
	})
}

// loadMe asks who this browser is in the assignment: a student's own
// results, or 401 before joining.
func (p *student) loadMe(ctx app.Context) {
	call(ctx, "GET", api.StudentPath(p.code, "me"), nil, func(ctx app.Context, r result) {
		switch {
		case r.Status == http.StatusUnauthorized:
			p.joined = -1
		case r.Status == http.StatusOK:
			var me api.Me
			if json.Unmarshal(r.Body, &me) == nil {
				p.me, p.joined = me, 1
				if p.items == nil {
					p.loadItems(ctx)
				}
				p.flush(ctx)
			}
		default:
			p.err = errorText(r.Status, r.Body)
		}
	})
}

func (p *student) loadItems(ctx app.Context) {
	call(ctx, "GET", api.StudentPath(p.code, "items"), nil, func(ctx app.Context, r result) {
		var list []api.StudentItem
		if r.Status != http.StatusOK || json.Unmarshal(r.Body, &list) != nil {
			p.err = errorText(r.Status, r.Body)
			return
		}
		items := make([]practice.Item, 0, len(list))
		for _, si := range list {
			if it, err := practice.New(si.Skill, si.Seed, si.Level); err == nil {
				items = append(items, it)
			}
		}
		p.items = items
	})
}

func (p *student) join(_ app.Context, e app.Event) {
	e.PreventDefault()
	ctx := p.ctx
	body := api.Join{StudentID: inputValue("join-id"), Name: inputValue("join-name")}
	call(ctx, "POST", api.StudentPath(p.code, "join"), body, func(ctx app.Context, r result) {
		if r.Status != http.StatusOK {
			p.err = errorText(r.Status, r.Body)
			return
		}
		p.err = noText
		p.loadMe(ctx)
	})
}

// answer checks the item's answer here, queues it and sends the queue.
func (p *student) answer(ctx app.Context, n int) {
	if n < 1 || n > len(p.items) {
		return
	}
	text := inputValue("answer-" + strconv.Itoa(n))
	p.local[n] = p.items[n-1].Check(text)
	p.q = append(p.q, api.Answer{ID: newID(), Item: n, Answer: text})
	p.save(ctx)
	p.flush(ctx)
}

func (p *student) save(ctx app.Context) {
	p.saveBad = ctx.LocalStorage().Set(queueKey(p.code), p.q) != nil
}

// flush sends the queue's oldest answer, and the next when it is
// acknowledged; when the server cannot be reached it tries again later.
func (p *student) flush(ctx app.Context) {
	if p.sending || len(p.q) == 0 || !p.mounted || p.joined != 1 {
		return
	}
	p.sending = true
	a := p.q[0]
	call(ctx, "POST", api.StudentPath(p.code, "answers"), a, func(ctx app.Context, r result) {
		p.sending = false
		switch {
		case r.Status == http.StatusOK || r.Status == http.StatusCreated:
			var rec api.Received
			if json.Unmarshal(r.Body, &rec) == nil {
				p.me.Received = merge(p.me.Received, rec)
			}
			p.offline = false
			p.q = p.q.without(a.ID)
			p.save(ctx)
			if len(p.q) == 0 {
				p.loadMe(ctx)
			}
			p.flush(ctx)
		case r.Status == 0 || r.Status == http.StatusTooManyRequests || r.Status >= 500:
			// Offline, restarting or busy: the answer waits here.
			p.offline = r.Status == 0
			ctx.After(retryEvery, p.flush)
		default:
			// Refused for good (closed, say): it would be refused again.
			p.err = errorText(r.Status, r.Body)
			p.q = p.q.without(a.ID)
			p.save(ctx)
			p.flush(ctx)
		}
	})
}

// newID returns a random answer ID.
func newID() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (p *student) Render() app.UI {
	l := p.Lang()
	var errUI app.UI
	if p.err.En != "" {
		errUI = kit.H(l, "p.error#class-error", p.err).Role("alert")
	}
	if p.info == nil {
		return kit.H(l, "div.lesson#class", errUI, kit.H(l, "p.note", txtLoading))
	}
	a := p.info
	var state app.UI
	switch {
	case a.Closed:
		state = kit.H(l, "p.note#class-closed", txtClosedNote)
	case a.Due != nil && time.Now().After(*a.Due):
		state = kit.H(l, "p.note#class-late", txtLateNote)
	}
	head := kit.H(l, "header.class-head", kit.H(noLang, "h2#class-title", a.Title), state)
	if p.joined != 1 {
		var form app.UI
		if p.joined == -1 {
			form = p.joinForm(l)
		}
		return kit.H(l, "div.lesson#class", head, errUI, form)
	}
	me := p.me.Result
	var status []app.UI
	if p.offline {
		status = append(status, kit.H(l, "p.note#class-offline", txtOffline))
	}
	if p.saveBad {
		status = append(status, kit.H(l, "p.error", txtNoStorage))
	}
	return kit.H(l, "div.lesson#class",
		head,
		kit.H(l, "p#class-you", txtYou, kit.H(noLang, "strong", me.StudentID+" "+me.Name)),
		kit.H(l, "p#class-score", sub(txtMyScore, strconv.Itoa(me.Score), strconv.Itoa(me.Answered), strconv.Itoa(me.Right))).
			Attr("data-score", me.Score).Attr("data-received", len(p.me.Received)).Attr("data-pending", len(p.q)),
		status, errUI,
		p.itemsUI(l),
	)
}

func (p *student) joinForm(l i18n.Lang) app.UI {
	return kit.H(l, "section.widget#class-join",
		kit.H(l, "h2", txtJoinH),
		kit.H(l, "p", txtJoinNote),
		kit.H(l, "form#join-form",
			kit.TextField("join-id", txtStudentID.In(l), "", p.Live(), nil, "inputmode", "numeric", "maxlength", "20"),
			kit.TextField("join-name", txtName.In(l), "", p.Live(), nil, "maxlength", "40"),
			kit.H(l, "button#join-submit", txtJoin).Attr("type", "submit").Attr("disabled", kit.Bool(!p.Live())),
		).Attr("novalidate", "true").OnSubmit(p.join),
	)
}

func (p *student) itemsUI(l i18n.Lang) app.UI {
	out := make([]app.UI, len(p.items))
	closed := p.info.Closed
	for i, it := range p.items {
		n := i + 1
		ns := strconv.Itoa(n)
		count, last := receivedOn(p.me.Received, n)
		recv := sub(txtReceived, strconv.Itoa(count))
		switch last {
		case "right":
			recv = i18n.T{Ko: recv.Ko + txtLastRight.Ko, En: recv.En + txtLastRight.En}
		case "wrong":
			recv = i18n.T{Ko: recv.Ko + txtLastWrong.Ko, En: recv.En + txtLastWrong.En}
		}
		var pending, verdict app.UI
		if c := p.q.pendingOn(n); c > 0 {
			pending = kit.H(l, "p.note.pending", sub(txtPending, strconv.Itoa(c)))
		}
		if v, ok := p.local[n]; ok {
			verdict = verdictUI(l, v)
		}
		out[i] = kit.H(l, "section.widget.class-item#item-"+ns,
			kit.H(l, "h3", sub(txtItemN, ns), " · ", it.Skill().Title),
			kit.H(l, "p.prompt", it.Prompt()),
			kit.H(l, "p.question", kit.H(noLang, "code", it.Question())),
			kit.H(l, "form.practice-item",
				kit.H(l, "div.field",
					kit.H(l, "label", txtAnswer).Attr("for", "answer-"+ns),
					app.ElemSelfClosing("input").ID("answer-"+ns).Attr("type", "text").Attr("name", "a").
						Attr("autocomplete", "off").Attr("spellcheck", "false").Attr("autocapitalize", "off").
						Attr("maxlength", 300).Attr("disabled", kit.Bool(!p.Live() || closed))),
				kit.H(l, "p.expect", it.Form().Expect()),
				kit.H(l, "button.check", txtSend).Attr("type", "submit").Attr("disabled", kit.Bool(!p.Live() || closed)),
			).Attr("data-skill", it.SkillID()).Attr("data-seed", strconv.FormatUint(uint64(it.Seed()), 10)).
				Attr("data-level", strconv.Itoa(it.Level())).Attr("data-given", it.Given()).Attr("data-item", n).
				Attr("novalidate", "true").OnSubmit(func(_ app.Context, e app.Event) { e.PreventDefault(); p.answer(p.ctx, n) }),
			kit.H(l, "div.feedback", verdict).Aria("live", "polite"),
			kit.H(l, "p.received", recv).Attr("data-received", count).Attr("data-last", last),
			pending,
		)
	}
	return kit.H(l, "div.class-items", out)
}

// verdictUI is the engine's feedback in the contract's markup: the
// verdict, the mistake it diagnoses, the explanation and the session.
func verdictUI(l i18n.Lang, v practice.Verdict) app.UI {
	class := map[practice.Outcome]string{practice.Right: "ok", practice.Wrong: "error", practice.Unreadable: "note"}[v.Outcome]
	var diag, session app.UI
	if v.Diagnosis != "" {
		diag = kit.H(l, "p.diagnosis", kit.H(l, "strong", v.Mistake))
	}
	if len(v.Session) > 0 {
		session = &kit.Transcript{Lines: v.Session}
	}
	return kit.H(l, "div.verdict."+class, diag, kit.H(l, "p", v.Explain), session).
		Attr("data-verdict", v.Outcome.String()).Attr("data-diagnosis", v.Diagnosis)
}
