package lab

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// Every byte a student's program sent, and every text the server's
// answer carries, reaches the page as a text node (kit.H's strings):
// never as markup, and never as a prerendered attribute.

// statusUI draws the session's code and what is wrong, if anything, with
// the buttons that mend it.
func (p *page) statusUI(l i18n.Lang) app.UI {
	var code, problem app.UI
	if p.have {
		code = kit.H(l, "p.lab-code",
			i18n.T{Ko: "세션 코드: ", En: "Session code: "}, kit.H(l, "strong#lab-code", p.m.code),
			kit.H(l, "small", i18n.T{Ko: " (프로그램의 첫 줄로 보냅니다)", En: " (your program sends it as its first line)"}))
	}
	switch {
	case p.problem.Ko != "":
		var detail, retry, fresh app.UI
		if p.retryIn > 0 {
			detail = kit.H(l, "span.retry-in", " "+strings.ReplaceAll(txtRetryIn.In(l), "{0}", strconv.Itoa(p.retryIn)))
		}
		if p.canRetry {
			retry = kit.H(l, "button#lab-retry", i18n.T{Ko: "지금 다시 시도", En: "Try again now"}).OnClick(p.retry)
		}
		if p.canRenew {
			fresh = kit.H(l, "button#lab-new", i18n.T{Ko: "새 세션 시작", En: "Start a new session"}).OnClick(p.renew)
		}
		problem = kit.H(l, "div.error#lab-problem", kit.H(l, "p", p.problem, detail), retry, fresh).Role("alert")
	case !p.have:
		what := txtStarting
		if p.want != "" {
			what = txtResuming
		}
		problem = kit.H(l, "p.note#lab-waiting", what)
	}
	var saved app.UI
	if p.saveErr != "" {
		saved = kit.H(l, "p.error#lab-not-saved", txtNotSaved, p.saveErr)
	}
	return kit.H(l, "section.widget#lab-session",
		kit.H(l, "h2", i18n.T{Ko: "내 실습 세션", En: "Your lab session"}),
		kit.H(l, "p", i18n.T{
			Ko: "여러분의 파이썬 프로그램이 이 서버에 TCP나 UDP로 바이트를 보내면, 서버가 받은 그대로를 이 페이지에 보여 줍니다: 연결의 4-tuple, 바이트 하나하나, 그 바이트를 정수·주소·글자로 읽은 값까지.",
			En: "Your own Python program sends bytes to this server over TCP or UDP, and this page shows what the server received: the connection's 4-tuple, every byte, and those bytes read as integers, an address and text.",
		}),
		code, problem, saved,
	).Aria("live", "polite")
}

// programsUI draws the two programs to copy.
func (p *page) programsUI(l i18n.Lang) app.UI {
	if !p.have {
		return nil
	}
	tcp, udp := p.m.programs()
	return kit.H(l, "section.widget#lab-programs",
		kit.H(l, "h2", i18n.T{Ko: "복사해서 실행할 프로그램", En: "Programs to copy and run"}),
		kit.H(l, "p", i18n.T{
			Ko: "파일(예: client.py)에 붙여 넣고 python3 client.py로 실행하세요. 서버의 주소와 포트, 세션 코드가 이미 들어 있습니다. TCP에서는 첫 줄로 코드를 보내고, 그 뒤로 보내는 바이트를 서버가 기록하고 되돌려 보냅니다(echo). UDP에서는 데이터그램마다 코드 줄을 앞에 붙입니다.",
			En: "Paste it into a file (client.py, say) and run python3 client.py. The server's address and port and the session's code are filled in. Over TCP the first line is the code; the server records every byte after it and sends it back (echo). Over UDP every datagram starts with the code line.",
		}),
		p.program(l, "prog-tcp", i18n.T{Ko: "TCP 클라이언트 (" + p.m.tcpText + ")", En: "TCP client (" + p.m.tcpText + ")"}, tcp),
		p.program(l, "prog-udp", i18n.T{Ko: "UDP 클라이언트 (" + p.m.udpText + ")", En: "UDP client (" + p.m.udpText + ")"}, udp),
	)
}

// program draws a program with its copy button.
func (p *page) program(l i18n.Lang, id string, title i18n.T, text string) app.UI {
	label := i18n.T{Ko: "복사", En: "Copy"}
	if p.copied == id {
		label = i18n.T{Ko: "복사했습니다", En: "Copied"}
	}
	return kit.H(l, "div.program",
		kit.H(l, "div.program-head", kit.H(l, "h3", title),
			kit.H(l, "button.copy#copy-"+id, label).Attr("data-act", id).OnClick(p.copy)),
		kit.Scroll(l, "pre.code#"+id, text).Lang("en"), // a Tab stop: it scrolls
	)
}

// eventsUI draws what arrived, newest connection first.
func (p *page) eventsUI(l i18n.Lang) app.UI {
	if !p.have {
		return nil
	}
	cards := make([]app.UI, 0, len(p.m.cards))
	for i := len(p.m.cards) - 1; i >= 0; i-- {
		cards = append(cards, cardUI(l, &p.m.cards[i], p.m.limits))
	}
	var none, missed, dropped app.UI
	if len(cards) == 0 {
		none = kit.H(l, "p.note#lab-none", i18n.T{Ko: "아직 아무것도 오지 않았습니다. 위의 프로그램을 실행해 보세요.", En: "Nothing has arrived yet. Run one of the programs above."})
	}
	if p.m.missed {
		missed = kit.H(l, "p.note#lab-missed", i18n.T{Ko: "서버는 세션마다 최근 이벤트만 간직합니다: 오래된 것은 보여 줄 수 없습니다.", En: "The server keeps only a session's latest events: the oldest can no longer be shown."})
	}
	if p.m.dropped > 0 {
		dropped = kit.H(l, "p.note#lab-dropped", strings.ReplaceAll(i18n.T{
			Ko: "데이터그램 {0}개는 너무 빨리 와서 서버가 버렸습니다 (주소마다 초당 바이트 제한).",
			En: "{0} datagrams came too fast and the server dropped them (a byte rate per address).",
		}.In(l), "{0}", strconv.Itoa(p.m.dropped)))
	}
	return kit.H(l, "section.widget#lab-events",
		kit.H(l, "h2", i18n.T{Ko: "서버가 받은 것", En: "What the server received"}),
		none, missed, dropped,
		kit.H(l, "div#lab-cards", cards),
	)
}

// cardUI draws a TCP connection or a UDP datagram.
func cardUI(l i18n.Lang, c *card, lim api.LabLimits) app.UI {
	var title i18n.T
	var rows []app.UI
	if c.proto == api.LabTCP {
		n := strconv.Itoa(c.conn)
		title = i18n.T{Ko: "TCP 연결 " + n, En: "TCP connection " + n}
	} else {
		title = i18n.T{Ko: "UDP 데이터그램", En: "UDP datagram"}
	}
	rows = append(rows,
		kit.H(l, "dt", i18n.T{Ko: "4-tuple (서버, 클라이언트)", En: "4-tuple (server, client)"}), kit.H(l, "dd", kit.H(l, "code.tuple", c.tuple)),
		kit.H(l, "dt", i18n.T{Ko: "클라이언트의 포트", En: "The client's port"}),
		kit.H(l, "dd", kit.H(l, "code.client-port", strconv.Itoa(c.client.Port)),
			kit.H(l, "small", i18n.T{Ko: " (클라이언트의 OS가 골랐습니다: getsockname()[1])", En: " (the client's OS picked it: getsockname()[1])"})),
	)
	if c.netstat != "" {
		rows = append(rows, kit.H(l, "dt", i18n.T{Ko: "서버의 netstat -tn", En: "netstat -tn on the server"}), kit.H(l, "dd", kit.Scroll(l, "pre.netstat", c.netstat).Lang("en")))
	}
	chunks := make([]app.UI, 0, len(c.chunks)+2)
	for i := range c.chunks {
		chunks = append(chunks, chunkUI(l, c, &c.chunks[i], i))
	}
	if c.reply != nil {
		chunks = append(chunks, kit.H(l, "div.reply",
			kit.H(l, "h4", strings.ReplaceAll(i18n.T{Ko: "서버의 답 (sendto): {0}바이트", En: "The server's reply (sendto): {0} bytes"}.In(l), "{0}", strconv.Itoa(c.reply.n))),
			kit.Scroll(l, "pre.hexdump-c", c.reply.dump)))
	}
	var notes []app.UI
	if c.hidden > 0 || c.cut > 0 {
		notes = append(notes, kit.H(l, "p.note.more", strings.NewReplacer("{0}", strconv.Itoa(c.hidden), "{1}", strconv.Itoa(c.cut), "{2}", strconv.Itoa(lim.RecordedConn)).Replace(i18n.T{
			Ko: "연결마다 처음 4 KB(recv 64번까지)만 보여 줍니다: 서버가 기록한 {0}바이트는 보여 주지 않았고, {1}바이트는 기록 제한(연결마다 {2}바이트)을 넘어 기록하지 않았습니다.",
			En: "Only a connection's first 4 KB (up to 64 recvs) are shown: {0} more bytes were recorded and not shown, and {1} were past the recording limit ({2} bytes a connection) and not recorded.",
		}.In(l))))
	}
	if c.refused && c.proto == api.LabUDP {
		notes = append(notes, kit.H(l, "p.error", txtNoNewlineUDP))
	}
	if c.closed != "" {
		why, ok := txtClosed[c.closed]
		if !ok {
			why = txtClosed[api.LabReasonEOF]
		}
		notes = append(notes, kit.H(l, "p.note.closed", strings.ReplaceAll(why.In(l), "{0}", strconv.Itoa(lim.IdleSeconds))))
	} else if c.proto == api.LabTCP {
		notes = append(notes, kit.H(l, "p.note.open", i18n.T{Ko: "연결이 열려 있습니다.", En: "The connection is open."}))
	}
	return kit.H(l, "article.card.lab-card#card-"+c.key,
		kit.H(l, "h3", title),
		kit.H(l, "dl.props", rows),
		chunks, notes,
	).Attr("data-proto", c.proto)
}

// chunkUI draws the bytes of one recv, or of one datagram.
func chunkUI(l i18n.Lang, c *card, ch *chunk, i int) app.UI {
	n := strconv.Itoa(ch.n)
	head := i18n.T{Ko: "recv " + strconv.Itoa(i+1) + ": " + n + "바이트", En: "recv " + strconv.Itoa(i+1) + ": " + n + " bytes"}
	var echo app.UI
	if c.proto == api.LabUDP {
		head = i18n.T{Ko: "페이로드 (코드 줄 뒤): " + n + "바이트", En: "Payload (after the code line): " + n + " bytes"}
	} else {
		echo = kit.H(l, "p.note", i18n.T{Ko: "서버는 이 바이트를 그대로 되돌려 보냈습니다 (echo).", En: "The server sent these bytes back as they are (echo)."})
	}
	rows := make([]app.UI, 0, 2*len(ch.readings))
	for _, r := range ch.readings {
		rows = append(rows, kit.H(l, "dt", kit.H(l, "code", r.expr)), kit.H(l, "dd", kit.H(l, "code.val", r.val)))
	}
	return kit.H(l, "div.chunk",
		kit.H(l, "h4", head),
		kit.Scroll(l, "pre.hexdump-c", ch.dump),
		kit.H(l, "p.small", i18n.T{
			Ko: "data로 읽으면 (파이썬; 글자로 읽을 수 없는 바이트는 errors='replace'처럼 U+FFFD로):",
			En: "Read as data (Python; a byte that is no UTF-8 becomes U+FFFD, as errors='replace' does):",
		}),
		kit.H(l, "dl.props.readings", rows),
		echo,
	).Attr("data-seq", ch.seq)
}

// tasksUI draws the tasks, with their status and the server's feedback.
func (p *page) tasksUI(l i18n.Lang) app.UI {
	if !p.have {
		return nil
	}
	items := make([]app.UI, len(p.m.tasks))
	for i := range p.m.tasks {
		items[i] = taskUI(l, &p.m.tasks[i])
	}
	return kit.H(l, "section.widget#lab-tasks",
		kit.H(l, "h2", i18n.T{Ko: "과제: 서버가 바로 확인합니다", En: "Tasks, checked live by the server"}),
		kit.H(l, "p", i18n.T{
			Ko: "과제마다 프로그램이 있습니다: 복사해서 실행하거나, 일부러 틀리게 고쳐 서버가 무엇이라고 하는지 보세요. 완료한 과제는 연습(/practice)의 진도에도 기록됩니다.",
			En: "Each task has its program: copy and run it, or change it to be wrong on purpose and see what the server says. A task done counts in your practice progress (/practice) too.",
		}),
		kit.H(l, "ol.lab-tasks", items),
	)
}

func taskUI(l i18n.Lang, t *taskView) app.UI {
	st := t.st.Status
	label, ok := txtStatus[st]
	if !ok {
		label = txtStatus[api.LabTaskOpen]
	}
	var feedback, python app.UI
	if t.st.Feedback != nil {
		class := "p.feedback.wrong"
		if t.st.Right {
			class = "p.feedback.right"
		}
		feedback = kit.H(l, class, *t.st.Feedback).Attr("data-diagnosis", t.st.Diagnosis)
	}
	if t.st.Python != "" {
		python = kit.Scroll(l, "pre.python", t.st.Python).Lang("en")
	}
	id := strings.ReplaceAll(t.st.ID, ".", "-")
	return kit.H(l, "li.lab-task.status-"+st+"#task-"+id,
		kit.H(l, "h3", t.title, " ", kit.H(l, "span.badge", label)),
		kit.H(l, "p.goal", t.goal),
		feedback, python,
		kit.H(l, "details",
			kit.H(l, "summary", i18n.T{Ko: "해 볼 프로그램", En: "A program to try"}),
			kit.Scroll(l, "pre.code.snippet#snip-"+id, t.snippet).Lang("en"),
		),
	).Attr("data-task", t.st.ID).Attr("data-status", st)
}
