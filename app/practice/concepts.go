package practice

import (
	"strconv"
	"strings"

	"netprimer/app/concepts"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
)

// The skills of the course's first half (/network, /addresses, /sockets),
// on the data and checks of package concepts. This file is the only one
// that reads concepts.

func conceptSkills() []*Skill {
	return []*Skill{
		{ID: "network.layer", Lesson: "/network", Form: FormLayer,
			Title:    i18n.T{Ko: "프로토콜의 계층", En: "A protocol's layer"},
			Question: "next(layer for layer, protocols in layers.items() if protocol in protocols)",
			Mistakes: mistakes(layerMistakes), gen: genLayer},
		{ID: "ports.service", Lesson: "/addresses", Form: FormService,
			Title:    i18n.T{Ko: "포트의 서비스", En: "A port's service"},
			Question: "socket.getservbyport(port)",
			Mistakes: mistakes(serviceMistakes), gen: genService},
		{ID: "ports.port", Lesson: "/addresses", Form: FormInteger,
			Title:    i18n.T{Ko: "서비스의 포트", En: "A service's port"},
			Question: "socket.getservbyname(service)",
			Mistakes: mistakes(portMistakes), gen: genPort},
		{ID: "connections.same", Lesson: "/addresses", Form: FormSame,
			Title:    i18n.T{Ko: "같은 연결?", En: "The same connection?"},
			Question: "set(c1) == set(c2)",
			Mistakes: mistakes(sameMistakes), gen: genSame},
		{ID: "sockets.call", Lesson: "/sockets", Form: FormCall,
			Title:    i18n.T{Ko: "다음 소켓 함수", En: "The next socket call"},
			Question: "programs[proto, side][len(calls)]",
			Mistakes: mistakes(callMistakes), gen: genCall},
	}
}

// ports.service and ports.port

// twin returns the row a student confuses the row with: the secure or
// insecure twin (HTTP and HTTPS, Telnet and SSH), the other mail protocol
// (SMTP sends, POP3 fetches), or the neighbouring port of 21 to 23.
func twin(w concepts.WellKnownPort, kind string) (concepts.WellKnownPort, bool) {
	pairs := map[string][][2]uint16{
		"secure":    {{80, 443}, {23, 22}},
		"mail":      {{25, 110}},
		"neighbour": {{21, 22}, {22, 21}, {23, 22}},
	}[kind]
	for _, p := range pairs {
		other := uint16(0)
		switch {
		case p[0] == w.Port:
			other = p[1]
		case p[1] == w.Port && kind != "neighbour":
			other = p[0]
		}
		if other == 0 {
			continue
		}
		for _, r := range concepts.WellKnownPorts() {
			if r.Port == other {
				return r, true
			}
		}
	}
	return concepts.WellKnownPort{}, false
}

var twinWhy = map[string]i18n.T{
	"secure": {
		Ko: "{1}의 짝인 {2}을(를) 적었습니다: {3}번은 {4}, {5}번은 {6}입니다. 암호화한 쪽(HTTPS, SSH)과 하지 않은 쪽(HTTP, Telnet)은 포트가 다릅니다.",
		En: "That is {2}, the twin of {1}: port {3} is {4} and port {5} is {6}. The encrypted one (HTTPS, SSH) and the plain one (HTTP, Telnet) use different ports.",
	},
	"mail": {
		Ko: "메일의 다른 프로토콜 {2}을(를) 적었습니다: {3}번 {4}은(는) 메일을 보내고, {5}번 {6}은(는) 서버에서 메일을 가져옵니다.",
		En: "That is {2}, the other mail protocol: port {3}, {4}, sends mail, and port {5}, {6}, fetches it from a server.",
	},
	"neighbour": {
		Ko: "이웃한 포트의 서비스 {2}을(를) 적었습니다: {3}번은 {4}, {5}번은 {6}입니다.",
		En: "That is {2}, the service of a neighbouring port: port {3} is {4} and port {5} is {6}.",
	},
}

func twinMistake(kind string, answer func(concepts.WellKnownPort) string) func(concepts.WellKnownPort) (string, i18n.T, bool) {
	return func(w concepts.WellKnownPort) (string, i18n.T, bool) {
		o, ok := twin(w, kind)
		if !ok {
			return "", noText, false
		}
		return answer(o), sub(twinWhy[kind], w.Service, o.Service,
			strconv.Itoa(int(w.Port)), w.Service, strconv.Itoa(int(o.Port)), o.Service), true
	}
}

func serviceName(w concepts.WellKnownPort) string { return w.Service }
func portNumber(w concepts.WellKnownPort) string  { return strconv.Itoa(int(w.Port)) }

var (
	nameSecureTwin = i18n.T{Ko: "암호화한 짝과 헷갈림", En: "the secure and plain twins mixed up"}
	nameMailTwin   = i18n.T{Ko: "SMTP와 POP3를 헷갈림", En: "SMTP and POP3 mixed up"}
	nameNeighbour  = i18n.T{Ko: "이웃한 포트", En: "a neighbouring port"}
)

var serviceMistakes = []mistake[concepts.WellKnownPort]{
	{"kind_not_protocol", i18n.T{Ko: "프로토콜 대신 서비스의 종류", En: "the kind of service, not the protocol"}, func(w concepts.WellKnownPort) (string, i18n.T, bool) {
		fb := concepts.CheckService(w.Port, w.Kind.En)
		return w.Kind.En, fb.Explain, fb.Verdict == concepts.Close
	}},
	{"secure_twin", nameSecureTwin, twinMistake("secure", serviceName)},
	{"mail_twin", nameMailTwin, twinMistake("mail", serviceName)},
	{"neighbour_port", nameNeighbour, twinMistake("neighbour", serviceName)},
}

var portMistakes = []mistake[concepts.WellKnownPort]{
	{"secure_twin", nameSecureTwin, twinMistake("secure", portNumber)},
	{"mail_twin", nameMailTwin, twinMistake("mail", portNumber)},
	{"neighbour_port", nameNeighbour, twinMistake("neighbour", portNumber)},
}

// readService reads a service name: the value is repr() of Python's name
// for a row of the table, a marker for a kind of service ("Mail"), and
// repr() of the name as typed for any other name.
func readService(s string) (string, bool) {
	s = unquote(s)
	rows := concepts.WellKnownPorts()
	for _, w := range rows {
		if concepts.CheckService(w.Port, s).Verdict == concepts.Correct {
			return pyrepl.Str(w.PyName), true
		}
	}
	for _, w := range rows {
		if concepts.CheckService(w.Port, s).Verdict == concepts.Close {
			return "<kind " + w.Kind.En + ">", true
		}
	}
	k := key(s)
	if k == "" || len(k) > 40 {
		return "", false
	}
	letters := false
	for _, r := range k {
		letter := r >= 'a' && r <= 'z' || r >= 0xac00 && r <= 0xd7a3
		if !(letter || r >= '0' && r <= '9' || r == '-' || r == '(' || r == ')') {
			return "", false
		}
		letters = letters || letter
	}
	// A number is a port, not the name the form asks for.
	return pyrepl.Str(k), letters
}

func portSpec(w concepts.WellKnownPort) spec {
	var s spec
	s.session = pyrepl.Session("socket").
		In("port = "+strconv.Itoa(int(w.Port))).
		In("service = "+pyrepl.Str(w.PyName)).
		Eval("socket.getservbyport(port)", pyrepl.Str(w.PyName)).
		Eval("socket.getservbyname(service)", strconv.Itoa(int(w.Port)))
	s.hints = []i18n.T{
		{Ko: "종류로는 " + w.Kind.Ko + " 서비스입니다.", En: "It is a service for " + strings.ToLower(w.Kind.En) + "."},
		i18n.T{Ko: "덱의 알려진 포트 표: FTP 21, SSH 22, Telnet 23, SMTP 25, HTTP 80, POP3 110, HTTPS 443.", En: "The deck's table of well-known ports: FTP 21, SSH 22, Telnet 23, SMTP 25, HTTP 80, POP3 110, HTTPS 443."},
	}
	return s
}

func genService(r *rng, level int) spec {
	rows := concepts.WellKnownPorts()
	w := rows[r.intn(len(rows))]
	s := portSpec(w)
	s.given.int("port", int64(w.Port))
	s.prompt = sub(i18n.T{Ko: "알려진 포트 {1}번의 서비스는?", En: "Which service has the well-known port {1}?"}, strconv.Itoa(int(w.Port)))
	// The session asks getservbyport first, the question; the second
	// line would give the answer away before it, so it goes.
	s.session = pyrepl.Session("socket").In("port = "+strconv.Itoa(int(w.Port))).
		Eval("socket.getservbyport(port)", pyrepl.Str(w.PyName))
	s.link = "/addresses#ports"
	s.setRight(w.Service, pyrepl.Str(w.PyName), w.What)
	offer(&s, serviceMistakes, w, FormService)
	return s
}

func genPort(r *rng, level int) spec {
	rows := concepts.WellKnownPorts()
	w := rows[r.intn(len(rows))]
	s := portSpec(w)
	s.given.str("service", w.PyName)
	s.prompt = sub(i18n.T{Ko: "서비스 {1}의 알려진 포트 번호는?", En: "What is the well-known port of {1}?"}, w.Label)
	s.session = pyrepl.Session("socket").In("service = "+pyrepl.Str(w.PyName)).
		Eval("socket.getservbyname(service)", strconv.Itoa(int(w.Port)))
	s.link = "/addresses?ask=port#ports"
	p := strconv.Itoa(int(w.Port))
	s.setRight(p, p, w.What)
	offer(&s, portMistakes, w, FormInteger)
	return s
}

// connections.same

type connX struct {
	c1, c2 concepts.Conn
	cmp    concepts.Comparison
	ports  bool // c2 has c1's ports exchanged between its ends
}

func onlyParts(c concepts.Comparison, parts ...concepts.Part) bool {
	if len(c.Differ) == 0 || len(c.Unknown) > 0 {
		return false
	}
	for _, d := range c.Differ {
		found := false
		for _, p := range parts {
			found = found || d == p
		}
		if !found {
			return false
		}
	}
	return true
}

var sameMistakes = []mistake[connX]{
	{"swapped_as_different", i18n.T{Ko: "순서가 바뀌면 다른 연결", En: "the other order taken for another connection"}, func(x connX) (string, i18n.T, bool) {
		if !x.cmp.Swapped {
			return "", noText, false
		}
		return "False", i18n.T{
			Ko: "두 노드의 순서가 바뀌었을 뿐, 네 값은 같습니다: 연결은 어느 쪽 끝에서 보느냐에 따라 적는 순서만 다릅니다.",
			En: "Only the order of the two nodes changed; the four values are the same: a connection is written in either order depending on the end it is seen from.",
		}, true
	}},
	{"ports_ignored", i18n.T{Ko: "포트를 보지 않음", En: "the ports ignored"}, func(x connX) (string, i18n.T, bool) {
		if x.ports || !onlyParts(x.cmp, concepts.PortA, concepts.PortB) {
			return "", noText, false
		}
		return "True", i18n.T{
			Ko: "IP가 같아도 포트 번호가 다르면 다른 연결입니다: 같은 두 호스트 사이에 연결이 여럿 있을 수 있고, 포트가 그것을 구별합니다.",
			En: "The same IPs with another port number make another connection: two hosts can have many connections between them, and the ports tell them apart.",
		}, true
	}},
	{"ips_ignored", i18n.T{Ko: "IP를 보지 않음", En: "the IPs ignored"}, func(x connX) (string, i18n.T, bool) {
		if !onlyParts(x.cmp, concepts.HostA, concepts.HostB) {
			return "", noText, false
		}
		return "True", i18n.T{
			Ko: "포트가 같아도 IP가 다르면 다른 연결입니다: 다른 컴퓨터의 같은 포트 번호입니다.",
			En: "The same ports with another IP make another connection: the same port number on another computer.",
		}, true
	}},
	{"ports_swapped", i18n.T{Ko: "클라이언트와 서버의 포트를 맞바꿈", En: "the client's and server's ports swapped"}, func(x connX) (string, i18n.T, bool) {
		if !x.ports {
			return "", noText, false
		}
		return "True", i18n.T{
			Ko: "두 노드의 포트가 서로 바뀌었습니다: 그러면 서버의 알려진 포트가 클라이언트 쪽에 있게 되어, 다른 연결입니다.",
			En: "The two nodes' ports are exchanged: the server's well-known port would be on the client's side, which makes another connection.",
		}, true
	}},
}

func connRepr(c concepts.Conn) string {
	node := func(n concepts.Node) string {
		return pyrepl.Tuple(pyrepl.Str(n.Host), strconv.Itoa(int(n.Port)))
	}
	return pyrepl.Tuple(node(c.A), node(c.B))
}

func connGiven(g *Given, key string, c concepts.Conn) {
	node := func(n concepts.Node) string {
		return "[" + jsonString(n.Host) + ", " + strconv.Itoa(int(n.Port)) + "]"
	}
	g.add(key, "["+node(c.A)+", "+node(c.B)+"]")
}

// genSame draws two connections: level 1 the deck's three and changes
// of one value; level 2 also the other order; level 3 also the ports
// exchanged between the ends.
func genSame(r *rng, level int) spec {
	deck := concepts.DeckConns()
	var c1, c2 concepts.Conn
	ports := false
	if level == 1 && r.chance(1, 2) {
		pairs := [][2]int{{0, 1}, {0, 2}, {1, 2}, {0, 0}}
		p := pairs[r.intn(len(pairs))]
		c1, c2 = deck[p[0]], deck[p[1]]
	} else {
		b := genAddr4(r, 1).As4()
		client := concepts.Node{Host: dotted(b[:]), Port: uint16(r.between(49152, 65535))}
		server := concepts.Node{Host: pick(r, "www.python.org", "114.71.220.1", "192.0.2.80"), Port: pick(r, uint16(80), 443, 22)}
		if level == 1 {
			client.Host, client.Port = "114.71.220."+strconv.Itoa(r.between(2, 254)), 59664
		}
		c1 = concepts.Conn{A: client, B: server}
		c2 = c1
		k := r.intn(7)
		if level == 1 {
			k = r.intn(4)
		}
		switch k {
		case 0:
		case 1:
			c2.A.Port = c1.A.Port + 1
		case 2:
			b[3]++
			c2.A.Host = dotted(b[:])
		case 3:
			c2.B.Port = pick(r, uint16(8080), 8000, 8443)
		case 4, 5:
			c2 = concepts.Conn{A: c1.B, B: c1.A}
			if level == 3 && k == 5 {
				c2 = concepts.Conn{A: concepts.Node{Host: c1.A.Host, Port: c1.B.Port}, B: concepts.Node{Host: c1.B.Host, Port: c1.A.Port}}
				ports = true
			}
		default:
			c2.B.Host = pick(r, "www.example.com", "114.71.220.2")
		}
		if r.chance(1, 2) {
			c1, c2 = c2, c1
		}
	}
	cmp := concepts.Compare(c1, c2)
	x := connX{c1: c1, c2: c2, cmp: cmp, ports: ports}
	var s spec
	connGiven(&s.given, "c1", c1)
	connGiven(&s.given, "c2", c2)
	s.prompt = sub(i18n.T{Ko: "{1}와(과) {2}은(는) 같은 연결인가요?", En: "Are {1} and {2} the same connection?"}, c1.String(), c2.String())
	s.session = pyrepl.Session().In("c1 = "+connRepr(c1)).In("c2 = "+connRepr(c2)).
		Eval("c1 == c2", pyrepl.Bool(c1 == c2)).
		Eval("set(c1) == set(c2)", pyrepl.Bool(cmp.Same))
	s.hints = []i18n.T{
		i18n.T{Ko: "1개의 연결은 네 값으로 구별합니다: 두 노드 각각의 IP와 포트 번호.", En: "One connection is told apart by four values: each node's IP and port number."},
		i18n.T{Ko: "두 노드의 순서는 상관없습니다: set(c1) == set(c2)처럼, 같은 두 끝이면 같은 연결입니다.", En: "The order of the two nodes does not matter: as in set(c1) == set(c2), the same two ends make the same connection."},
	}
	s.link = "/addresses#tuples"
	v := pyrepl.Bool(cmp.Same)
	s.setRight(v, v, cmp.Explain)
	offer(&s, sameMistakes, x, FormSame)
	return s
}

// network.layer

type layerX struct{ p concepts.Protocol }

// layerMistake is the mistake of putting the protocol in layer l: the
// placement exercise's explanation of that confusion.
func layerMistake(l concepts.Layer) func(layerX) (string, i18n.T, bool) {
	return func(x layerX) (string, i18n.T, bool) {
		why, ok := x.p.Mistakes[l]
		if !ok {
			return "", noText, false
		}
		info, _ := l.Info()
		return l.String(), join(why, info.Does), true
	}
}

var layerMistakes = []mistake[layerX]{
	{"as_application", i18n.T{Ko: "애플리케이션 계층에 둠", En: "put in the application layer"}, layerMistake(concepts.Application)},
	{"as_transport", i18n.T{Ko: "트랜스포트 계층에 둠", En: "put in the transport layer"}, layerMistake(concepts.Transport)},
	{"as_network", i18n.T{Ko: "네트워크 계층에 둠", En: "put in the network layer"}, layerMistake(concepts.NetworkLayer)},
	{"as_physical", i18n.T{Ko: "물리 계층에 둠", En: "put in the physical layer"}, layerMistake(concepts.Physical)},
}

func readLayer(s string) (string, bool) {
	l, ok := concepts.ParseLayer(unquote(s))
	if !ok {
		return "", false
	}
	return pyrepl.Str(l.String()), true
}

// layersRepr is the deck's table as a Python dict: each layer, from the
// top, with the IDs of its protocols.
func layersRepr(ps []concepts.Protocol) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, li := range concepts.Layers() {
		if i > 0 {
			b.WriteString(", ")
		}
		var ids []string
		for _, p := range ps {
			if p.Layer == li.Layer {
				ids = append(ids, pyrepl.Str(p.ID))
			}
		}
		b.WriteString(pyrepl.Str(li.Layer.String()) + ": " + pyrepl.List(ids...))
	}
	b.WriteByte('}')
	return b.String()
}

func genLayer(r *rng, level int) spec {
	all := concepts.Protocols()
	var pool []concepts.Protocol
	for _, p := range all {
		if p.Deck || level > 1 {
			pool = append(pool, p)
		}
	}
	p := pool[r.intn(len(pool))]
	x := layerX{p: p}
	var s spec
	s.given.str("protocol", p.ID)
	name := p.Name
	s.prompt = i18n.T{Ko: i18n.Particles(name.Ko + "은(는) 5계층 중 어느 계층인가요?"), En: "Which of the five layers is " + name.En + " in?"}
	s.session = pyrepl.Session().In("layers = "+layersRepr(all)).In("protocol = "+pyrepl.Str(p.ID)).
		Eval("next(layer for layer, protocols in layers.items() if protocol in protocols)", pyrepl.Str(p.Layer.String()))
	s.setup = []string{"layers = " + layersRepr(all)}
	var roles []string
	for _, li := range concepts.Layers() {
		roles = append(roles, li.Name.En+": "+li.Role.En)
	}
	var rolesKo []string
	for _, li := range concepts.Layers() {
		rolesKo = append(rolesKo, li.Name.Ko+": "+li.Role.Ko)
	}
	s.hints = []i18n.T{
		{Ko: "위에서부터: " + strings.Join(rolesKo, "; ") + ".", En: "From the top: " + strings.Join(roles, "; ") + "."},
		{Ko: "주소로 생각해 보세요: 호스트네임·URL은 애플리케이션, 포트 번호는 트랜스포트, IP 주소는 네트워크, MAC 주소는 링크 계층입니다.", En: "Think of the addresses: hostnames and URLs are the application layer's, port numbers the transport layer's, IP addresses the network layer's, MAC addresses the link layer's."},
	}
	s.link = "/network#placement"
	s.setRight(p.Layer.String(), pyrepl.Str(p.Layer.String()), p.Why)
	offer(&s, layerMistakes, x, FormLayer)
	return s
}

// sockets.call

// callX is a point in one side's program of a sequence.
type callX struct {
	tcp     bool
	server  bool
	program []string // the side's calls, in order
	other   []string // the same side's calls in the other protocol
	k       int      // calls made so far
}

func (x callX) last() string { return x.program[x.k-1] }

// program returns the calls of one side of a sequence, each with the
// index of its step.
func program(steps []concepts.Step, side concepts.Side) (calls []string, at []int) {
	for i, s := range steps {
		if s.Side == side && s.Code != "" {
			calls = append(calls, s.Call)
			at = append(at, i)
		}
	}
	return calls, at
}

// programsRepr is the deck's four programs as a Python dict from
// (protocol, side) to the program's calls.
func programsRepr() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range [...]struct {
		proto, side string
		steps       []concepts.Step
		who         concepts.Side
	}{
		{"tcp", "server", concepts.TCPSequence(), concepts.Server},
		{"tcp", "client", concepts.TCPSequence(), concepts.Client},
		{"udp", "server", concepts.UDPSequence(), concepts.Server},
		{"udp", "client", concepts.UDPSequence(), concepts.Client},
	} {
		if i > 0 {
			b.WriteString(", ")
		}
		calls, _ := program(p.steps, p.who)
		reprs := make([]string, len(calls))
		for j, c := range calls {
			reprs[j] = pyrepl.Str(c)
		}
		b.WriteString(pyrepl.Tuple(pyrepl.Str(p.proto), pyrepl.Str(p.side)) + ": " + pyrepl.List(reprs...))
	}
	b.WriteByte('}')
	return b.String()
}

// callTwin is what the other protocol calls where this one calls c.
var callTwin = map[string]string{
	"recv()": "recvfrom()", "recvfrom()": "recv()",
	"send()": "sendto()", "sendto()": "send()",
}

var callMistakes = []mistake[callX]{
	{"tcp_udp_mixed", i18n.T{Ko: "TCP와 UDP의 함수를 섞음", En: "TCP's and UDP's calls mixed up"}, func(x callX) (string, i18n.T, bool) {
		want := x.program[x.k]
		got := ""
		for i, c := range x.other[:len(x.other)-1] {
			if c == x.last() {
				got = x.other[i+1]
				break
			}
		}
		if t, ok := callTwin[want]; ok && (got == "" || got == want) {
			got = t
		}
		if got == "" || got == want {
			return "", noText, false
		}
		why := i18n.T{
			Ko: "TCP의 순서를 따랐습니다: UDP는 연결이 없어 listen(), accept(), connect()가 없고, 데이터그램마다 sendto()로 받는 쪽을 적고 recvfrom()으로 보낸 쪽을 받습니다.",
			En: "That follows TCP: UDP has no connections, so no listen(), accept() or connect(); each datagram goes with sendto() to an address, and recvfrom() tells who sent it.",
		}
		if x.tcp {
			why = i18n.T{
				Ko: "UDP의 순서를 따랐습니다: TCP는 연결을 맺은 뒤(서버는 listen()과 accept(), 클라이언트는 connect()) 그 연결로 send()와 recv()를 씁니다.",
				En: "That follows UDP: TCP sets up a connection first (listen() and accept() on the server, connect() on the client), then uses send() and recv() on it.",
			}
		}
		return got, why, true
	}},
	{"client_binds", i18n.T{Ko: "클라이언트가 bind()", En: "bind() on the client"}, func(x callX) (string, i18n.T, bool) {
		if x.server || x.last() != "socket()" {
			return "", noText, false
		}
		return "bind()", i18n.T{
			Ko: "클라이언트는 bind()가 필요 없습니다: 클라이언트 쪽 포트는 OS가 임의로 할당합니다.",
			En: "A client needs no bind(): the OS picks the client-side port.",
		}, true
	}},
	{"accept_before_listen", i18n.T{Ko: "listen() 없이 accept()", En: "accept() without listen()"}, func(x callX) (string, i18n.T, bool) {
		if !x.tcp || !x.server || x.last() != "bind()" {
			return "", noText, false
		}
		return "accept()", i18n.T{
			Ko: "accept() 전에 listen()으로 연결을 받을 준비를 해야 합니다: listen()이 소켓을 LISTEN 상태로 만듭니다.",
			En: "listen() must come before accept(): it gets the socket ready for connections, in the LISTEN state.",
		}, true
	}},
	{"recv_before_accept", i18n.T{Ko: "accept() 없이 recv()", En: "recv() without accept()"}, func(x callX) (string, i18n.T, bool) {
		if !x.tcp || !x.server || x.last() != "listen()" {
			return "", noText, false
		}
		return "recv()", i18n.T{
			Ko: "리슨 소켓으로는 데이터를 받지 않습니다: accept()가 돌려주는 새 소켓 conn으로 받습니다.",
			En: "The listening socket receives no data: the new socket conn that accept() returns does.",
		}, true
	}},
	{"send_before_connect", i18n.T{Ko: "connect() 없이 send()", En: "send() without connect()"}, func(x callX) (string, i18n.T, bool) {
		if !x.tcp || x.server || x.last() != "socket()" {
			return "", noText, false
		}
		return "send()", i18n.T{
			Ko: "TCP는 connect()로 연결을 먼저 맺어야 보낼 수 있습니다 (3-way handshake).",
			En: "TCP can send only once connect() has set up the connection (the 3-way handshake).",
		}, true
	}},
}

// socketCalls are the calls readCall knows: those of the sequences, and
// sendall, which the deck's programs could use in place of send.
func socketCalls() []string {
	var out []string
	for _, c := range concepts.Calls() {
		out = append(out, strings.TrimSuffix(c.Name, "()"))
	}
	return append(out, "sendall")
}

// readCall reads a socket call: its name, with or without (), with an
// object before it and an assignment.
func readCall(s string) (string, bool) {
	s = strings.ToLower(unquote(s))
	if i := strings.LastIndexByte(s, '='); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, '('); i >= 0 {
		if !strings.HasSuffix(s, ")") {
			return "", false
		}
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSpace(s)
	for _, c := range socketCalls() {
		if s == c {
			return pyrepl.Str(c + "()"), true
		}
	}
	return "", false
}

func genCall(r *rng, level int) spec {
	tcp := level == 1 || r.chance(1, 2)
	server := r.chance(1, 2)
	side := concepts.Client
	if server {
		side = concepts.Server
	}
	steps, otherSteps := concepts.TCPSequence(), concepts.UDPSequence()
	if !tcp {
		steps, otherSteps = otherSteps, steps
	}
	calls, at := program(steps, side)
	other, _ := program(otherSteps, side)
	k := r.between(1, len(calls)-1)
	if level == 1 {
		k = r.between(1, min(4, len(calls)-1))
	}
	x := callX{tcp: tcp, server: server, program: calls, other: other, k: k}
	proto, who := "tcp", "server"
	if !tcp {
		proto = "udp"
	}
	if !server {
		who = "client"
	}
	protoName, sideName := i18n.T{Ko: "TCP", En: "TCP"}, i18n.T{Ko: "서버", En: "server"}
	if !tcp {
		protoName = i18n.T{Ko: "UDP", En: "UDP"}
	}
	if !server {
		sideName = i18n.T{Ko: "클라이언트", En: "client"}
	}
	want := calls[k]
	var s spec
	s.given.str("proto", proto)
	s.given.str("side", who)
	s.given.strs("calls", calls[:k])
	done := strings.Join(calls[:k], ", ")
	s.prompt = i18n.T{
		Ko: i18n.Particles(protoName.Ko + " " + sideName.Ko + " 프로그램이 " + done + "을(를) 불렀습니다. 다음에 부르는 소켓 함수는?"),
		En: "The " + protoName.En + " " + sideName.En + " program has called " + done + ". Which socket call comes next?",
	}
	progs := programsRepr()
	reprs := make([]string, k)
	for i, c := range calls[:k] {
		reprs[i] = pyrepl.Str(c)
	}
	s.session = pyrepl.Session().In("programs = "+progs).
		In("proto = "+pyrepl.Str(proto)).In("side = "+pyrepl.Str(who)).In("calls = "+pyrepl.List(reprs...)).
		Eval("programs[proto, side][:len(calls)] == calls", "True").
		Eval("programs[proto, side][len(calls)]", pyrepl.Str(want))
	s.setup = []string{"programs = " + progs}
	step := steps[at[k]]
	s.hints = []i18n.T{
		sub(i18n.T{Ko: "마지막으로 부른 {1}:", En: "The last call, {1}:"}, x.last()),
		i18n.T{Ko: "덱의 순서: TCP 서버 socket, bind, listen, accept, recv/send, close; TCP 클라이언트 socket, connect, send/recv, close; UDP는 listen, accept, connect 없이 sendto와 recvfrom.", En: "The deck's order: a TCP server socket, bind, listen, accept, recv/send, close; a TCP client socket, connect, send/recv, close; UDP without listen, accept and connect, with sendto and recvfrom."},
	}
	for _, c := range concepts.Calls() {
		if c.Name == x.last() {
			s.hints[0] = join(s.hints[0], c.What)
		}
	}
	s.link = href("/sockets", proto, strconv.Itoa(at[k]))
	s.setRight(want, pyrepl.Str(want), join(sub(i18n.T{Ko: "다음은 {1}입니다.", En: "Next comes {1}."}, want), step.Explain))
	offer(&s, callMistakes, x, FormCall)
	return s
}
