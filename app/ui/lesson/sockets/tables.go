package sockets

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// door is the deck's picture of a socket: the door between a process (the
// house) and the network.
func door(l i18n.Lang) app.UI {
	host := func(process i18n.T) app.UI {
		return kit.H(l, "div.host",
			kit.H(l, "div.house", process),
			kit.H(l, "div.doorway", i18n.T{Ko: "소켓 (출입구)", En: "Socket (door)"}),
			kit.H(l, "div.os", i18n.T{Ko: "트랜스포트 계층 이하 (운영체제)", En: "Transport layer and below (OS)"}),
		)
	}
	ideas := concepts.SocketIdeas()
	items := make([]app.UI, len(ideas))
	for i, x := range ideas {
		items[i] = kit.H(l, "li", x)
	}
	return kit.H(l, "section.widget#door",
		kit.H(l, "h2", i18n.T{Ko: "소켓: 프로세스와 네트워크 사이의 출입구", En: "Sockets: the door between a process and the network"}),
		kit.H(l, "div.door-fig",
			host(i18n.T{Ko: "송신 프로세스 (집)", En: "Sending process (house)"}),
			kit.H(l, "div.net", i18n.T{Ko: "네트워크", En: "Network"}),
			host(i18n.T{Ko: "수신 프로세스 (집)", En: "Receiving process (house)"}),
		).Aria("hidden", true),
		kit.H(l, "ul", items),
		kit.H(l, "p", i18n.T{
			Ko: "socket 모듈은 BSD 소켓 인터페이스에 대한 액세스를 제공하며, 모든 현대 유닉스 시스템(리눅스 포함), 윈도우, macOS에서 쓸 수 있습니다. 소켓을 만들 때 TCP(SOCK_STREAM)와 UDP(SOCK_DGRAM) 중 하나를 고릅니다. 아래 두 그림에서 단계를 하나씩 눌러 보세요.",
			En: "The socket module gives access to the BSD socket interface, on every modern Unix system (Linux included), Windows and macOS. Creating a socket chooses TCP (SOCK_STREAM) or UDP (SOCK_DGRAM). Step through the two diagrams below.",
		}),
	)
}

// calls is what the socket functions of the sequences do.
func calls(l i18n.Lang) app.UI {
	cs := concepts.Calls()
	items := make([]app.UI, 0, 2*len(cs))
	for _, c := range cs {
		items = append(items, kit.H(l, "dt", c.Name), kit.H(l, "dd", c.What))
	}
	return kit.H(l, "section.widget#calls",
		kit.H(l, "h2", i18n.T{Ko: "socket 모듈의 함수", En: "The socket module's functions"}),
		kit.H(l, "dl.props", items),
		kit.H(l, "p",
			i18n.T{Ko: "gethostbyname(), gethostbyaddr() 같은 호스트 정보 함수: ", En: "Host information functions such as gethostbyname() and gethostbyaddr(): "},
			kit.A(l, "", "/hosts", i18n.T{Ko: "호스트 정보 알아내기", En: "Finding host information"}),
		),
	)
}

// modules is the deck's table of Python's standard network modules, with
// the lessons that use each.
func modules(l i18n.Lang, rows []moduleRow) app.UI {
	trs := make([]app.UI, len(rows))
	for i, r := range rows {
		var used []app.UI
		for _, x := range r.lessons {
			used = append(used, kit.A(l, "lesson-link", x.Path, x.Title))
		}
		if len(used) == 0 {
			used = []app.UI{app.Text("—")}
		}
		trs[i] = kit.H(l, "tr"+"#"+"module-"+r.Name,
			kit.H(l, "th", kit.A(l, "", r.Doc, kit.H(l, "code", r.Name)).Attr("rel", "noopener").Attr("target", "_blank")),
			kit.H(l, "td", r.What),
			kit.H(l, "td", used),
		)
	}
	return kit.H(l, "section.widget#modules",
		kit.H(l, "h2", i18n.T{Ko: "네트워크 관련 파이썬 표준 모듈", En: "Python's standard network modules"}),
		kit.H(l, "p", i18n.T{
			Ko: "파이썬은 TCP/IP 통신과 네트워크 서비스를 위한 다양한 표준 모듈을 제공합니다. 모듈 이름을 누르면 파이썬 3.11 문서가 열립니다.",
			En: "Python provides many standard modules for TCP/IP communication and network services. A module's name opens its page in Python 3.11's documentation.",
		}),
		kit.Scroll(l, "div.table-wrap", kit.H(l, "table",
			kit.H(l, "thead", kit.H(l, "tr",
				kit.H(l, "th", i18n.T{Ko: "모듈", En: "Module"}),
				kit.H(l, "th", i18n.T{Ko: "내용", En: "What it does"}),
				kit.H(l, "th", i18n.T{Ko: "쓰는 레슨", En: "Used in"}),
			)),
			kit.H(l, "tbody", trs),
		)),
	)
}
