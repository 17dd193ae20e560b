package practice

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// queueLen is how many due reviews the hub's queue offers at once.
const queueLen = 10

// hubUI is the hub: the queue of due reviews, mixing lessons, then every
// lesson with its skills, each with the student's mastery. Every link to
// an item is the engine's Href as given, so that skills whose items come
// from elsewhere link where the engine says.
func (p *page) hubUI(l i18n.Lang) app.UI {
	now := time.Now()
	h := p.progress.Hub(now)
	var kept app.UI
	if p.keptBad.En != "" {
		kept = kit.H(l, "p.error#progress-kept", txtKeptBad.In(l)+p.keptBad.In(l))
	}
	lessons := make([]app.UI, len(h.Lessons))
	for i, hl := range h.Lessons {
		skills := make([]app.UI, len(hl.Skills))
		for j, hs := range hl.Skills {
			var due app.UI
			if hs.Due {
				due = kit.H(l, "span.due", txtDue)
			}
			skills[j] = kit.H(l, "li.hub-skill",
				kit.A(l, "skill-link", hs.Href, hs.Title),
				" ", kit.H(l, "span.mastery", hs.Level.Name()), due,
				" ", kit.A(l, "explain-link", hl.Path, txtExplainedIn.In(l)+": "+hl.Title.In(l)),
			).Attr("data-skill", hs.ID).Attr("data-mastery", hs.Level.String()).Attr("data-due", strconv.FormatBool(hs.Due))
		}
		lessons[i] = kit.H(l, "section.hub-lesson#"+kit.HubAnchor(hl.Path),
			kit.H(l, "h3", kit.A(l, "lesson-link", hl.Path, hl.Title)),
			kit.H(l, "p.count", sub(txtMastered, strconv.Itoa(hl.Mastered), strconv.Itoa(len(hl.Skills))).In(l)+
				" · "+sub(txtDueCount, strconv.Itoa(hl.Due)).In(l)),
			kit.H(l, "ul.hub-skills", skills),
		).Attr("data-lesson", hl.Path).Attr("data-due", strconv.Itoa(hl.Due))
	}
	return kit.H(l, "section.widget#practice-hub",
		kit.H(l, "p", txtHubIntro),
		kit.H(l, "p.due-count#practice-due", sub(txtDueCount, strconv.Itoa(h.Due))).Attr("data-due", strconv.Itoa(h.Due)),
		kept,
		p.queueUI(l, now),
		lessons,
	)
}

// queueUI is the mixed queue of due reviews.
func (p *page) queueUI(l i18n.Lang, now time.Time) app.UI {
	q := queueOf(p.progress.Queue(now, queueLen))
	var body app.UI = kit.H(l, "p.note", txtQueueEmpty)
	if len(q) > 0 {
		items := make([]app.UI, len(q))
		for i, x := range q {
			items[i] = kit.H(l, "li", kit.A(l, "queue-link", x.Href, x.Title), " ", sub(txtLevelN, strconv.Itoa(x.Level)))
		}
		body = kit.H(l, "ol", items)
	}
	return kit.H(l, "section#practice-queue", kit.H(l, "h2", txtQueue), body)
}
