package concepts

import "netprimer/app/i18n"

// NetstatLine is a line of the deck's netstat -a example and what it says.
type NetstatLine struct {
	_       noCompare
	Text    string
	Explain i18n.T
}

// DeckNetstat returns the deck's netstat -a example, line by line, with
// the deck's own explanation of the last line.
func DeckNetstat() []NetstatLine {
	return []NetstatLine{
		{Text: "dhkim@workstation:~$ netstat -a", Explain: i18n.T{
			Ko: "프롬프트: 사용자 dhkim이 workstation이라는 컴퓨터에서 netstat -a를 실행했습니다. -a는 연결을 기다리는 서버 소켓까지 모두 보여 달라는 옵션입니다.",
			En: "The prompt: user dhkim ran netstat -a on a computer named workstation. -a asks for all sockets, the servers waiting for connections included."}},
		{Text: "Active Internet connections (servers and established)", Explain: i18n.T{
			Ko: "인터넷 연결 목록: 서버 소켓(servers)과 맺어진 연결(established) 모두.",
			En: "The list of Internet connections: server sockets and established connections alike."}},
		{Text: "Proto Recv-Q Send-Q Local Address           Foreign Address         State", Explain: i18n.T{
			Ko: "열 이름: 프로토콜, 받고 아직 읽지 않은 바이트(Recv-Q), 보냈지만 아직 확인받지 못한 바이트(Send-Q), 로컬 주소, 외부 주소, 상태. 주소는 호스트:포트이고, 포트가 알려진 포트면 서비스 이름으로 나옵니다.",
			En: "The columns: protocol, bytes received but not yet read (Recv-Q), bytes sent but not yet acknowledged (Send-Q), local address, foreign address, state. Addresses are host:port, with a service name for a well-known port."}},
		{Text: "tcp        0      0 workstation:domain      *:*                     LISTEN", Explain: i18n.T{
			Ko: "DNS 서버(domain = 53번 포트)가 workstation의 주소에서 연결을 기다립니다 (LISTEN). 외부 주소 *:*: 아직 상대가 없습니다.",
			En: "A DNS server (domain = port 53) waits for connections on workstation's address (LISTEN). Foreign address *:*: no other end yet."}},
		{Text: "tcp        0      0 *:ssh                   *:*                     LISTEN", Explain: i18n.T{
			Ko: "ssh 서버(22번 포트)가 이 컴퓨터의 모든 주소(*)에서 연결을 기다립니다. 마지막 줄의 연결이 여기로 들어왔습니다.",
			En: "The ssh server (port 22) waits for connections on every address (*) of this computer. The connection of the last line came in here."}},
		{Text: "tcp        0      0 localhost:ipp           *:*                     LISTEN", Explain: i18n.T{
			Ko: "프린터 서비스 ipp(631번 포트)가 localhost에서만 기다립니다: 이 컴퓨터 안의 프로그램만 접속할 수 있습니다.",
			En: "The printing service ipp (port 631) waits on localhost only: only programs on this computer can connect."}},
		{Text: "tcp        0      0 localhost:6010          *:*                     LISTEN", Explain: i18n.T{
			Ko: "ssh로 접속한 사용자의 화면(X11)을 전달하려고 ssh 서버가 연 포트입니다: 6000 + 디스플레이 번호 10. 알려진 포트가 아니어서 번호로 나옵니다.",
			En: "A port the ssh server opened to forward the screen (X11) of a user logged in over ssh: 6000 + display number 10. Not a well-known port, so it shows as a number."}},
		{Text: "tcp        0      0 localhost:6011          *:*                     LISTEN", Explain: i18n.T{
			Ko: "같은 X11 전달, 다음 ssh 접속의 디스플레이 11.",
			En: "The same X11 forwarding, display 11 of the next ssh login."}},
		{Text: "tcp        0      0 localhost:6012          *:*                     LISTEN", Explain: i18n.T{
			Ko: "같은 X11 전달, 디스플레이 12.",
			En: "The same X11 forwarding, display 12."}},
		{Text: "tcp        0      0 114.71.220.46:ssh       114.71.220.95:59664    ESTABLISHED", Explain: i18n.T{
			Ko: "ssh 서버(114.71.220.46:ssh)에 ssh 클라이언트(114.71.220.95:59664)가 접속하였음. 이 연결의 4-tuple은 (114.71.220.46, 22), (114.71.220.95, 59664)이고, 59664는 클라이언트 쪽 OS가 임의로 할당한 포트입니다.",
			En: "An ssh client (114.71.220.95:59664) is connected to the ssh server (114.71.220.46:ssh). The connection's 4-tuple is (114.71.220.46, 22), (114.71.220.95, 59664); 59664 is a port the client's OS picked."}},
	}
}
