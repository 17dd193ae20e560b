package concepts

import (
	"strings"

	"netprimer/app/i18n"
)

// SocketIdeas returns the deck's slides on sockets, one line each.
func SocketIdeas() []i18n.T {
	return []i18n.T{
		{Ko: "프로세스는 소켓을 통해 메시지를 보내고 받음", En: "a process sends and receives messages through a socket"},
		{Ko: "소켓은 호스트의 애플리케이션 계층과 트랜스포트 계층 간의 인터페이스", En: "a socket is the interface between a host's application layer and its transport layer"},
		{Ko: "프로세스는 \"집\", 소켓은 \"출입구\"에 비유", En: "the process is a house, the socket its door"},
		{Ko: "송신 프로세스는 출입구(소켓) 바깥 네트워크로 메시지를 밀어냄", En: "the sending process pushes the message out of the door (the socket) into the network"},
		{Ko: "송신 프로세스는 수신 프로세스에 있는 소켓으로 메시지를 전달하기 위해 하위 계층의 서비스에 의존", En: "to reach the socket of the receiving process, the sender relies on the services of the layers below"},
		{Ko: "소켓은 애플리케이션과 네트워크 사이의 API(Application Programming Interface)", En: "a socket is the API (Application Programming Interface) between applications and the network"},
		{Ko: "socket은 통신 채널의 종단점: 통신을 하기 위해서는 프로그램이 상대방 socket에 접속해야 함", En: "a socket is an endpoint of a communication channel: to communicate, a program connects to the other side's socket"},
	}
}

// Transfer is one of the two basic ways of communicating with sockets.
type Transfer struct {
	_     noCompare
	Proto string
	Name  i18n.T
	How   i18n.T
}

// Transfers returns the deck's two ways: TCP and UDP. Which one a socket
// uses is chosen when it is created (SOCK_STREAM or SOCK_DGRAM).
func Transfers() []Transfer {
	return []Transfer{
		{Proto: "TCP", Name: i18n.T{Ko: "신뢰성 있는 데이터 전송", En: "reliable data transfer"},
			How: i18n.T{Ko: "클라이언트-서버 간에 연결을 설정한 이후, 데이터 송수신", En: "client and server set up a connection, then exchange data"}},
		{Proto: "UDP", Name: i18n.T{Ko: "비신뢰적 데이터 전송", En: "unreliable data transfer"},
			How: i18n.T{Ko: "연결 설정 없이 데이터 송수신", En: "data is exchanged without setting up a connection"}},
	}
}

// Call is a socket function of the sequences, and what it does.
type Call struct {
	_    noCompare
	Name string
	What i18n.T
}

// Calls returns the socket functions the sequences use.
func Calls() []Call {
	return []Call{
		{Name: "socket()", What: i18n.T{Ko: "소켓 객체 생성: SOCK_STREAM이면 TCP, SOCK_DGRAM이면 UDP", En: "creates a socket object: TCP with SOCK_STREAM, UDP with SOCK_DGRAM"}},
		{Name: "bind()", What: i18n.T{Ko: "소켓에 주소와 포트 번호를 묶음: 서버가 알려진 포트를 쓰려면 필요", En: "ties the socket to an address and port: how a server gets its well-known port"}},
		{Name: "listen()", What: i18n.T{Ko: "연결을 받을 준비: 소켓이 LISTEN 상태가 됨", En: "gets ready to take connections: the socket turns LISTEN"}},
		{Name: "accept()", What: i18n.T{Ko: "연결을 기다렸다가, 그 연결 전용의 새 소켓과 클라이언트 주소를 돌려줌", En: "waits for a connection, then returns a new socket just for it and the client's address"}},
		{Name: "connect()", What: i18n.T{Ko: "서버에 연결을 요청 (TCP: 3-way handshake)", En: "asks the server for a connection (TCP: the 3-way handshake)"}},
		{Name: "send()", What: i18n.T{Ko: "데이터를 보내고, 보낸 바이트 수를 돌려줌", En: "sends data and returns how many bytes it sent"}},
		{Name: "recv()", What: i18n.T{Ko: "데이터를 받을 때까지 기다렸다가 돌려줌; 상대가 연결을 닫으면 b''", En: "waits for data and returns it; b'' once the other side has closed"}},
		{Name: "sendto()", What: i18n.T{Ko: "받는 쪽 주소를 매번 적어 데이터그램을 보냄 (UDP)", En: "sends a datagram to the address given each time (UDP)"}},
		{Name: "recvfrom()", What: i18n.T{Ko: "데이터그램과 보낸 쪽 주소를 함께 돌려줌 (UDP)", En: "returns a datagram together with the sender's address (UDP)"}},
		{Name: "close()", What: i18n.T{Ko: "소켓을 닫음 (TCP: FIN을 보내 연결을 끝냄)", En: "closes the socket (TCP: ends the connection by sending FIN)"}},
	}
}

// Side is who acts in a step of a sequence.
type Side uint8

const (
	Client Side = iota + 1
	Server
)

// String returns "client" or "server".
func (s Side) String() string {
	switch s {
	case Client:
		return "client"
	case Server:
		return "server"
	}
	return ""
}

// Step is one step of a sequence diagram.
type Step struct {
	_    noCompare
	Side Side
	// Call is the socket function of the step, "" when the OS acts alone
	// (answering a SYN, say).
	Call string
	// Code is the step's line of the Python program of Side, "" when the
	// OS acts alone.
	Code string
	// Sends is what goes on the wire from Side to the other, "" for
	// nothing: "SYN", "SYN+ACK", "ACK", "b'Hello'", "FIN".
	Sends string
	// Result is what the call gives back as Python prints it (for an
	// assignment, the first name assigned), "" when the step shows none. A
	// call that blocks shows its result once the other side has acted.
	Result string
	// Blocks reports that the call waits for the other side.
	Blocks bool
	// ClientState and ServerState are the TCP states after the step, as
	// netstat -a would show the connection's two sockets (RFC 9293
	// names); "" before a socket exists, and always for UDP.
	ClientState, ServerState string
	Explain                  i18n.T
}

// The server's port in the sequences: the port of the echo server example
// in Python's socket documentation.
const seqPort = "50007"

// TCPSequence returns the steps of a TCP echo exchange: the server gets
// ready, the 3-way handshake, one message each way, and the four segments
// that end the connection.
func TCPSequence() []Step {
	return []Step{
		{Side: Server, Call: "socket()", Code: "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)",
			Explain: i18n.T{Ko: "서버가 TCP 소켓을 만듭니다 (SOCK_STREAM).", En: "The server creates a TCP socket (SOCK_STREAM)."}},
		{Side: Server, Call: "bind()", Code: "s.bind(('', " + seqPort + "))",
			Explain: i18n.T{Ko: "소켓을 포트 " + seqPort + "에 묶습니다. ''는 이 컴퓨터의 모든 주소입니다.", En: "The socket is tied to port " + seqPort + "; '' means every address of this computer."}},
		{Side: Server, Call: "listen()", Code: "s.listen()", ServerState: "LISTEN",
			Explain: i18n.T{Ko: "연결을 받을 준비가 되었습니다. netstat -a에 0.0.0.0:" + seqPort + ", 외부 주소 *:*, LISTEN으로 보입니다.", En: "Ready for connections. netstat -a shows 0.0.0.0:" + seqPort + ", foreign address *:*, LISTEN."}},
		{Side: Server, Call: "accept()", Code: "conn, addr = s.accept()", Blocks: true, ServerState: "LISTEN",
			Explain: i18n.T{Ko: "클라이언트가 연결할 때까지 기다립니다.", En: "Waits until a client connects."}},
		{Side: Client, Call: "socket()", Code: "c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)", ServerState: "LISTEN",
			Explain: i18n.T{Ko: "클라이언트도 TCP 소켓을 만듭니다. bind()는 필요 없습니다: 클라이언트 쪽 포트는 OS가 임의로 할당합니다.", En: "The client creates a TCP socket too. No bind(): the OS picks the client-side port."}},
		{Side: Client, Call: "connect()", Code: "c.connect(('localhost', " + seqPort + "))", Sends: "SYN", Blocks: true,
			ClientState: "SYN-SENT", ServerState: "LISTEN",
			Explain: i18n.T{Ko: "연결을 요청합니다 (SYN). 이때 OS가 클라이언트 포트(예: 59664)를 정합니다.", En: "Asks for a connection (SYN). The OS now picks the client's port (59664, say)."}},
		{Side: Server, Sends: "SYN+ACK", ClientState: "SYN-SENT", ServerState: "SYN-RECEIVED",
			Explain: i18n.T{Ko: "서버의 OS가 응답합니다 (SYN+ACK): 서버 프로그램의 코드는 여기서 하는 일이 없습니다.", En: "The server's OS answers (SYN+ACK): the server program's code does nothing here."}},
		{Side: Client, Sends: "ACK", ClientState: "ESTABLISHED", ServerState: "ESTABLISHED",
			Explain: i18n.T{Ko: "클라이언트의 OS가 확인합니다 (ACK). 3-way handshake가 끝나 연결이 맺어졌고, connect()가 돌아옵니다.", En: "The client's OS acknowledges (ACK). The 3-way handshake is done, the connection set up, and connect() returns."}},
		{Side: Server, Call: "accept()", ClientState: "ESTABLISHED", ServerState: "ESTABLISHED",
			Explain: i18n.T{Ko: "accept()가 이 연결 전용의 새 소켓 conn과 클라이언트 주소 addr(예: ('127.0.0.1', 59664))를 돌려줍니다. 리슨 소켓 s는 계속 LISTEN입니다.", En: "accept() returns a new socket conn just for this connection, and the client's address addr (('127.0.0.1', 59664), say). The listening socket s stays LISTEN."}},
		{Side: Client, Call: "send()", Code: "c.send(b'Hello')", Sends: "b'Hello'", Result: "5", ClientState: "ESTABLISHED", ServerState: "ESTABLISHED",
			Explain: i18n.T{Ko: "데이터를 보냅니다. send()는 보낸 바이트 수를 돌려줍니다.", En: "Sends data. send() returns how many bytes it sent."}},
		{Side: Server, Call: "recv()", Code: "data = conn.recv(1024)", Result: "b'Hello'", ClientState: "ESTABLISHED", ServerState: "ESTABLISHED",
			Explain: i18n.T{Ko: "서버가 받습니다. TCP는 빠짐없이 순서대로 전달합니다.", En: "The server receives. TCP delivers everything, in order."}},
		{Side: Server, Call: "send()", Code: "conn.send(data)", Sends: "b'Hello'", Result: "5", ClientState: "ESTABLISHED", ServerState: "ESTABLISHED",
			Explain: i18n.T{Ko: "받은 것을 그대로 돌려보냅니다 (에코 서버).", En: "Sends back what it got (an echo server)."}},
		{Side: Client, Call: "recv()", Code: "reply = c.recv(1024)", Result: "b'Hello'", ClientState: "ESTABLISHED", ServerState: "ESTABLISHED",
			Explain: i18n.T{Ko: "클라이언트가 응답을 받습니다.", En: "The client receives the reply."}},
		{Side: Client, Call: "close()", Code: "c.close()", Sends: "FIN", ClientState: "FIN-WAIT-1", ServerState: "ESTABLISHED",
			Explain: i18n.T{Ko: "클라이언트가 연결을 끝냅니다 (FIN).", En: "The client ends the connection (FIN)."}},
		{Side: Server, Sends: "ACK", ClientState: "FIN-WAIT-2", ServerState: "CLOSE-WAIT",
			Explain: i18n.T{Ko: "서버의 OS가 FIN을 확인합니다 (ACK). 서버 프로그램이 close()할 때까지 CLOSE-WAIT입니다.", En: "The server's OS acknowledges the FIN (ACK). The socket stays CLOSE-WAIT until the server program calls close()."}},
		{Side: Server, Call: "recv()", Code: "data = conn.recv(1024)", Result: "b''", ClientState: "FIN-WAIT-2", ServerState: "CLOSE-WAIT",
			Explain: i18n.T{Ko: "상대가 연결을 닫았으므로 recv()가 b''를 돌려줍니다: 더 올 데이터가 없다는 뜻입니다.", En: "The other side has closed, so recv() returns b'': no more data will come."}},
		{Side: Server, Call: "close()", Code: "conn.close()", Sends: "FIN", ClientState: "FIN-WAIT-2", ServerState: "LAST-ACK",
			Explain: i18n.T{Ko: "서버도 연결을 닫습니다 (FIN).", En: "The server closes its side too (FIN)."}},
		{Side: Client, Sends: "ACK", ClientState: "TIME-WAIT", ServerState: "CLOSED",
			Explain: i18n.T{Ko: "클라이언트의 OS가 마지막 ACK를 보냅니다. 클라이언트 쪽은 늦게 오는 세그먼트에 대비해 잠시 TIME-WAIT로 남습니다.", En: "The client's OS sends the last ACK. The client's side stays a while in TIME-WAIT, for segments still on their way."}},
		{Side: Server, Call: "close()", Code: "s.close()", ClientState: "TIME-WAIT", ServerState: "CLOSED",
			Explain: i18n.T{Ko: "리슨 소켓을 닫습니다: 더는 연결을 받지 않습니다.", En: "Closes the listening socket: no more connections are taken."}},
	}
}

// UDPSequence returns the steps of a UDP echo exchange: no connection is
// set up or ended, and each datagram carries its destination.
func UDPSequence() []Step {
	return []Step{
		{Side: Server, Call: "socket()", Code: "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
			Explain: i18n.T{Ko: "서버가 UDP 소켓을 만듭니다 (SOCK_DGRAM).", En: "The server creates a UDP socket (SOCK_DGRAM)."}},
		{Side: Server, Call: "bind()", Code: "s.bind(('', " + seqPort + "))",
			Explain: i18n.T{Ko: "소켓을 포트 " + seqPort + "에 묶습니다. listen()도 accept()도 없습니다: 받을 연결이 없으니까요.", En: "The socket is tied to port " + seqPort + ". No listen(), no accept(): there are no connections to take."}},
		{Side: Server, Call: "recvfrom()", Code: "data, addr = s.recvfrom(1024)", Result: "b'Hello'", Blocks: true,
			Explain: i18n.T{Ko: "데이터그램이 올 때까지 기다립니다.", En: "Waits for a datagram."}},
		{Side: Client, Call: "socket()", Code: "c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
			Explain: i18n.T{Ko: "클라이언트도 UDP 소켓을 만듭니다.", En: "The client creates a UDP socket too."}},
		{Side: Client, Call: "sendto()", Code: "c.sendto(b'Hello', ('localhost', " + seqPort + "))", Sends: "b'Hello'", Result: "5",
			Explain: i18n.T{Ko: "연결 설정 없이 바로 보냅니다. 받는 쪽 주소를 매번 적습니다. 클라이언트 포트는 이때 OS가 할당합니다.", En: "Sends at once, with no connection set up; the destination goes with every datagram. The OS picks the client's port now."}},
		{Side: Server, Call: "recvfrom()",
			Explain: i18n.T{Ko: "recvfrom()이 데이터와 보낸 쪽 주소(예: ('127.0.0.1', 59664))를 함께 돌려줍니다. 연결이 없으니 누가 보냈는지를 매번 알려 줍니다.", En: "recvfrom() returns the data with the sender's address (('127.0.0.1', 59664), say): with no connection, it tells who sent each datagram."}},
		{Side: Server, Call: "sendto()", Code: "s.sendto(data, addr)", Sends: "b'Hello'", Result: "5",
			Explain: i18n.T{Ko: "받은 주소로 그대로 돌려보냅니다.", En: "Sends it back to the address it came from."}},
		{Side: Client, Call: "recvfrom()", Code: "reply, server = c.recvfrom(1024)", Result: "b'Hello'",
			Explain: i18n.T{Ko: "클라이언트가 응답을 받습니다. 데이터그램이 사라져도 UDP는 다시 보내지 않습니다: 필요하면 프로그램이 직접 처리합니다.", En: "The client receives the reply. Had a datagram been lost, UDP would not resend it: the program must see to that itself."}},
		{Side: Client, Call: "close()", Code: "c.close()",
			Explain: i18n.T{Ko: "소켓을 닫습니다. 끝낼 연결이 없으니 아무것도 보내지 않습니다.", En: "Closes the socket. There is no connection to end, so nothing is sent."}},
		{Side: Server, Call: "close()", Code: "s.close()",
			Explain: i18n.T{Ko: "서버 소켓도 닫습니다.", En: "The server's socket is closed too."}},
	}
}

// Program returns the Python program of one side of a sequence: its Code
// lines after "import socket".
func Program(steps []Step, side Side) string {
	lines := []string{"import socket"}
	for _, s := range steps {
		if s.Side == side && s.Code != "" {
			lines = append(lines, s.Code)
		}
	}
	return strings.Join(lines, "\n")
}
