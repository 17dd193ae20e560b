package concepts

import "netprimer/app/i18n"

// Module is a row of the deck's table of Python's network modules.
type Module struct {
	Name string
	// What is the deck's one line (Korean) and its English.
	What i18n.T
	// Routes are the course's lessons that use the module; none yet for
	// most of the table's second half.
	Routes []string
	// Doc is the module's page in Python 3.11's documentation.
	Doc string
}

var modules = []Module{
	{"ipaddress", i18n.T{Ko: "IP 주소 관련 작업 모듈", En: "working with IP addresses"}, []string{"/ipaddress"}, "https://docs.python.org/3.11/library/ipaddress.html"},
	{"socket", i18n.T{Ko: "데이터 송수신을 위한 소켓 통신 모듈", En: "socket communication, to send and receive data"},
		[]string{"/sockets", "/hosts", "/services", "/packing", "/byteorder"}, "https://docs.python.org/3.11/library/socket.html"},
	{"select", i18n.T{Ko: "입출력을 효율적으로 처리하기 위한 모듈", En: "handling input and output efficiently"}, nil, "https://docs.python.org/3.11/library/select.html"},
	{"selectors", i18n.T{Ko: "입출력 다중화 모듈", En: "multiplexing input and output"}, nil, "https://docs.python.org/3.11/library/selectors.html"},
	{"socketserver", i18n.T{Ko: "네트워크 서버를 작성하기 위한 모듈", En: "writing network servers"}, nil, "https://docs.python.org/3.11/library/socketserver.html"},
	{"asyncio", i18n.T{Ko: "비동기 입출력 모듈", En: "asynchronous input and output"}, nil, "https://docs.python.org/3.11/library/asyncio.html"},
	{"urllib", i18n.T{Ko: "URL 관련 프로그래밍 모듈", En: "programming with URLs"}, nil, "https://docs.python.org/3.11/library/urllib.html"},
	// /network shows the request http.client sends (HTTPRequest).
	{"http", i18n.T{Ko: "HTTP 프로토콜을 이용한 프로그래밍 모듈", En: "programming with the HTTP protocol"}, []string{"/network"}, "https://docs.python.org/3.11/library/http.html"},
}

// Modules returns the deck's table, in its order.
func Modules() []Module {
	out := make([]Module, len(modules))
	for i, m := range modules {
		m.Routes = append([]string(nil), m.Routes...)
		out[i] = m
	}
	return out
}
