package addresses

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// quizUI is the well-known ports quiz: each answer is checked and
// explained, and a row answered shows the Python session that looks it up
// both ways.
func (p *page) quizUI(l i18n.Lang) app.UI {
	m := &p.quiz
	head, mode := i18n.T{Ko: "서비스", En: "Service"}, "text"
	var first app.UI = kit.H(l, "th", i18n.T{Ko: "포트", En: "Port"})
	if m.askPort {
		head, mode = i18n.T{Ko: "포트", En: "Port"}, "numeric"
		first = kit.H(l, "th", i18n.T{Ko: "서비스", En: "Service"})
	}
	rows := make([]app.UI, len(m.rows))
	for i, r := range m.rows {
		port := strconv.Itoa(int(r.Port))
		var fb, py app.UI
		if r.fb.Explain.Ko != "" {
			fb = kit.H(l, "p."+"verdict "+kit.VerdictClass(r.fb.Verdict)+"#"+"port-fb-"+port, r.fb.Explain).
				Attr("data-verdict", r.fb.Verdict.String())
		}
		if r.py != nil {
			py = &kit.Transcript{ID: "ports-py-" + port, Lines: r.py}
		}
		given := m.given(r)
		rows[i] = kit.H(l, "tr"+"#"+"port-row-"+port,
			kit.H(l, "th", given),
			kit.H(l, "td",
				kit.H(l, "input"+"#"+"port-"+port).Attr("data-i", i).Attr("type", "text").Attr("inputmode", mode).
					Attr("autocomplete", "off").Attr("spellcheck", "false").Aria("label", given).
					Attr("disabled", kit.Bool(!p.Live())).OnChange(p.answerPort),
				fb, py,
			),
		)
	}
	var all app.UI
	if m.right() == len(m.rows) {
		all = kit.H(l, "strong", i18n.T{Ko: " 모두 맞혔습니다!", En: " All right!"})
	}
	return kit.H(l, "section.widget#ports",
		kit.H(l, "h2", i18n.T{Ko: "알려진 포트 번호 (well-known ports)", En: "Well-known ports"}),
		kit.H(l, "p", i18n.T{
			Ko: "널리 쓰이는 서비스의 서버 쪽 포트는 미리 정해져 있고, 클라이언트 쪽 포트는 OS가 임의로 할당합니다. 덱의 표를 가리고 스스로 확인해 보세요: 답을 적고 Enter를 누르면 채점합니다. 답한 줄에는 같은 것을 socket 모듈로 찾는 파이썬 세션이 나옵니다.",
			En: "The server-side ports of widely used services are fixed in advance; the client-side port is picked by the OS. Check yourself with the deck's table hidden: type an answer and press Enter to have it checked. A row answered shows the Python session that looks it up with the socket module.",
		}),
		kit.H(l, "div.stepnav",
			kit.H(l, "button.secondary#ask-service", i18n.T{Ko: "포트 → 서비스 맞히기", En: "Port → name the service"}).
				Attr("data-act", "service").Aria("pressed", !m.askPort).OnClick(p.askFor),
			kit.H(l, "button.secondary#ask-port", i18n.T{Ko: "서비스 → 포트 맞히기", En: "Service → name the port"}).
				Attr("data-act", "port").Aria("pressed", m.askPort).OnClick(p.askFor),
		).Role("group"),
		kit.Scroll(l, "div.table-wrap", kit.H(l, "table.quiz",
			kit.H(l, "thead", kit.H(l, "tr", first, kit.H(l, "th", head))),
			kit.H(l, "tbody", rows),
		)),
		kit.H(l, "p.score#ports-score", i18n.T{Ko: "맞힌 줄 ", En: "Right: "}.In(l)+strconv.Itoa(m.right())+" / "+strconv.Itoa(len(m.rows)), all),
		kit.SkillLink(l, m.skill()),
	)
}

// skill is the practice skill of what the quiz asks for.
func (m *quiz) skill() string {
	if m.askPort {
		return "ports.port"
	}
	return "ports.service"
}

// askFor switches what the quiz asks for.
func (p *page) askFor(ctx app.Context, e app.Event) {
	askPort := kit.Act(ctx) == "port"
	if askPort == p.quiz.askPort {
		return
	}
	p.quiz = newQuiz(askPort)
	// The boxes keep what was typed in them unless told otherwise.
	for _, r := range p.quiz.rows {
		app.Window().GetElementByID("port-"+strconv.Itoa(int(r.Port))).Set("value", "")
	}
	kit.ReplaceQuery(ctx, p.quiz.query())
}

func (p *page) answerPort(ctx app.Context, e app.Event) {
	if i := kit.DataInt(ctx, "i"); i >= 0 && i < len(p.quiz.rows) {
		p.quiz.answer(i, kit.Value(ctx))
	}
}
