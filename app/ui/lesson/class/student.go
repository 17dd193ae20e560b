package class

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
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
	ladder  map[int]ladder // the hints and solution shown of an item, kept in this browser (ladderKey)
	checks  map[int]int    // the answers checked of an item on this page
	q       queue
	sending bool
	offline bool
	saveBad bool
	mounted bool
}

// NewStudent returns the page /a/CODE.
func NewStudent() app.Composer { return &student{} }

func (p *student) OnMount(ctx app.Context) {
	p.lesson.OnMount(ctx)
	p.mounted = true
}

func (p *student) OnDismount() { p.mounted = false }

func (p *student) OnNav(ctx app.Context) {
	p.Nav(ctx)
	code, ok := CodeOf(ctx.Page().URL().Path)
	if code == p.code && p.info != nil {
		return
	}
	p.code, p.info, p.joined, p.items = code, nil, 0, nil
	p.local, p.ladder, p.checks = map[int]practice.Verdict{}, map[int]ladder{}, map[int]int{}
	if !ok {
		p.err = errorText(statusNotFound, nil)
		return
	}
	if app.IsClient {
		ctx.LocalStorage().Get(queueKey(code), &p.q)
		if ctx.LocalStorage().Get(ladderKey(code), &p.ladder) != nil || p.ladder == nil {
			p.ladder = map[int]ladder{}
		}
	}
	call(ctx, "GET", api.StudentPath(code, ""), nil, func(ctx app.Context, r result) {
		var a api.Assignment
		if r.Status != statusOK || json.Unmarshal(r.Body, &a) != nil {
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
		case r.Status == statusUnauthorized:
			p.joined = -1
		case r.Status == statusOK:
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
		if r.Status != statusOK || json.Unmarshal(r.Body, &list) != nil {
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
	ctx := p.Ctx()
	body := api.Join{StudentID: inputValue("join-id"), Name: inputValue("join-name")}
	call(ctx, "POST", api.StudentPath(p.code, "join"), body, func(ctx app.Context, r result) {
		if r.Status != statusOK {
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
	text := inputValue(itemID(n) + "-answer")
	p.local[n] = p.items[n-1].Check(text)
	p.checks[n]++
	p.q = append(p.q, api.Answer{ID: newID(), Item: n, Answer: text, Solution: p.ladder[n].Solution})
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
		case r.Status == statusOK || r.Status == statusCreated:
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
		case r.Status == 0 || r.Status == statusTooManyRequests || r.Status >= 500:
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

// ladder is how far a student went up an item's ladder of hints. A
// reload keeps it, so that the solution stays shown and the answers after
// it marked.
type ladder struct {
	Hints    int  `json:"hints"`
	Solution bool `json:"solution"`
}

// hint shows item n's next hint, and after the last one its solution.
func (p *student) hint(ctx app.Context, n int) {
	if n < 1 || n > len(p.items) {
		return
	}
	h := p.ladder[n]
	if h.Hints < len(p.items[n-1].Hints()) {
		h.Hints++
	} else {
		h.Solution = true
	}
	p.ladder[n] = h
	ctx.LocalStorage().Set(ladderKey(p.code), p.ladder)
}

// itemID is the id of item n's section, and the prefix of its elements'.
func itemID(n int) string { return "item-" + strconv.Itoa(n) }

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
		var pending app.UI
		if c := p.q.pendingOn(n); c > 0 {
			pending = kit.H(l, "p.note.pending", sub(txtPending, strconv.Itoa(c)))
		}
		h := p.ladder[n]
		v := &kit.PracticeItem{
			ID: itemID(n), Item: &p.items[i], Live: p.Live(), Closed: closed,
			Checks: p.checks[n], Hints: h.Hints, Solution: h.Solution, DataItem: n,
			OnSubmit: func(_ app.Context, e app.Event) { e.PreventDefault(); p.answer(p.Ctx(), n) },
			OnHint:   func(ctx app.Context, _ app.Event) { p.hint(ctx, n) },
		}
		if d, ok := p.local[n]; ok {
			v.Verdict = &d
		}
		var marked app.UI
		if h.Solution {
			marked = kit.H(l, "p.note#"+itemID(n)+"-marked", txtSolutionMarked)
		}
		out[i] = kit.H(l, "section.widget.class-item#"+itemID(n),
			kit.H(l, "h3", sub(txtItemN, ns), " · ", it.Skill().Title),
			v.Question(l),
			v.Form(l),
			v.Feedback(l),
			kit.H(l, "p.received", recv).Attr("data-received", count).Attr("data-last", last),
			pending,
			v.Ladder(l),
			marked,
		)
	}
	return kit.H(l, "div.class-items", out)
}
