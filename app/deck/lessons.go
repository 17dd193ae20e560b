package deck

import "netprimer/app/i18n"

func t(ko, en string) i18n.T { return i18n.T{Ko: ko, En: en} }

func same(s string) i18n.T { return i18n.Same(s) }

// lessons is the deck, slide by slide, in course order. The Korean text is
// the deck's own; the English follows it closely.
var lessons = []Lesson{
	{
		Path:  "/",
		Title: t("네트워크 프로그래밍", "Network Programming"),
		Intro: t(
			"네트워크 개요 및 Python 네트워크 프로그래밍 모듈. 강의 슬라이드의 주제마다 직접 해 볼 수 있는 레슨이 있고, 모든 위젯은 같은 일을 하는 Python 세션을 CPython이 출력하는 그대로 보여 줍니다.",
			"An overview of networks and Python's network programming modules. Every topic of the lecture slides has a lesson to try things in, and every widget shows the Python session that does the same, exactly as CPython prints it."),
	},
	{
		Path:  "/network",
		Title: t("네트워크와 프로토콜 스택", "Networks and the protocol stack"),
		Intro: t(
			"네트워크란 무엇인지, 네트워크의 3가지 중요 요소(주소, 연결, 데이터 전송), 그리고 인터넷 프로토콜 스택의 5개 계층을 알아봅니다.",
			"What a network is, its three essential elements (address, connection, data transfer), and the five layers of the Internet protocol stack."),
		Slides: []Slide{
			{Title: t("네트워크란?", "What is a network?"), Blocks: []Block{
				L("정보와 자원 공유를 위해 링크로 연결된 노드(컴퓨터, 스마트폰, IoT 디바이스 등)들의 집합",
					"A set of nodes (computers, smartphones, IoT devices, …) connected by links to share information and resources"),
				P("송신자-수신자의 입장: 네트워크는 정보(bit)를 보내고 받게 해주는 서비스 인프라",
					"From the sender's and receiver's point of view, a network is a service infrastructure that lets them send and receive information (bits)"),
			}},
			{Title: t("네트워크의 3가지 중요 요소", "Three essential elements of a network"), Blocks: []Block{
				L("**주소**: 데이터를 주고 받을 원격 컴퓨터와 서비스를 지정할 수 있어야 함\n**연결**: 상호 간에 전송매체(유선, 무선)를 통해 연결되어 있어야 함\n**데이터 전송**: 적절한 순서로 상호 간에 이해할 수 있게 데이터를 송수신하여야 함",
					"**Address**: we must be able to name the remote computer and the service to exchange data with\n**Connection**: the two sides must be connected through a transmission medium (wired or wireless)\n**Data transfer**: data must be sent and received in a proper order, in a form both sides understand"),
			}},
			{Title: t("인터넷 프로토콜 스택", "Internet protocol stack"), Blocks: []Block{
				L("**애플리케이션(응용) 계층** Application layer\n  - 네트워크 애플리케이션을 지원\n  - HTTP, SMTP, IMAP\n**트랜스포트(전송) 계층** Transport layer\n  - 프로세스 간 데이터 전송\n  - TCP, UDP\n**네트워크 계층** Network layer\n  - 발신지에서 수신지까지 데이터그램을 라우팅\n  - IP, 라우팅 프로토콜\n**링크 계층** Link layer\n  - 경로 상의 인접한 노드 간 데이터 전송\n  - Ethernet, WiFi\n**물리 계층** Physical layer\n  - 물리 매체를 통해 비트를 전송",
					"**Application layer**\n  - supports network applications\n  - HTTP, SMTP, IMAP\n**Transport layer**\n  - data transfer between processes\n  - TCP, UDP\n**Network layer**\n  - routes datagrams from source to destination\n  - IP, routing protocols\n**Link layer**\n  - data transfer between neighbouring nodes on the path\n  - Ethernet, WiFi\n**Physical layer**\n  - carries bits over the physical medium"),
			}},
			{Title: t("파이썬 네트워킹", "Networking in Python"), Blocks: []Block{
				L("네트워크 프로그래밍은 Python의 주된 용도 중 하나\n파이썬 표준 라이브러리는 네트워크 프로토콜, 데이터 인코딩/디코딩 등 네트워크 서비스를 위한 **다양한 네트워크 관련 표준 모듈**을 제공\n파이썬으로 네트워크 프로그램을 작성하는 것이 C/C++보다 훨씬 간단함",
					"Network programming is one of Python's main uses\nPython's standard library provides **many network-related standard modules** for network services: protocols, data encoding and decoding, …\nWriting a network program is much simpler in Python than in C/C++"),
				P("파이썬은 두 가지 레벨의 네트워크 서비스를 제공함",
					"Python offers network services at two levels"),
				L("**Low level**: 소켓(socket) 기반 서비스 제공\n  - connection-oriented: TCP\n  - connectionless: UDP\n**High level**: 다양한 애플리케이션 계층 프로토콜을 위한 라이브러리 제공\n  - HTTP, HTTPS, SMTP, POP3, FTP, ...",
					"**Low level**: services based on sockets\n  - connection-oriented: TCP\n  - connectionless: UDP\n**High level**: libraries for many application-layer protocols\n  - HTTP, HTTPS, SMTP, POP3, FTP, ..."),
			}},
		},
	},
	{
		Path:  "/addresses",
		Title: t("주소, 포트, 연결", "Addresses, ports and connections"),
		Intro: t(
			"컴퓨터는 호스트네임과 IP 주소를, 프로그램은 포트 번호를 가집니다. 알려진 포트 번호, netstat으로 연결 보기, 그리고 네트워크 연결을 (host, port) 쌍으로 나타내는 법을 배웁니다.",
			"Computers have a hostname and an IP address; programs have a port number. Well-known ports, looking at connections with netstat, and writing a network connection as a pair of (host, port)."),
		Slides: []Slide{
			{Title: t("네트워크 주소", "Network addresses"), Blocks: []Block{
				L("컴퓨터는 **호스트네임** hostname과 **IP 주소**를 가짐\n프로그램/서비스는 **포트 번호** port number를 가짐",
					"A computer has a **hostname** and an **IP address**\nA program or service has a **port number**"),
			}},
			{Title: t("포트 번호", "Port numbers"), Blocks: []Block{
				L("널리 쓰이는 서비스의 **서버 쪽 포트**는 미리 정해져 있음\n  - 알려진 포트 번호 well-known ports라고 부름\n  - 클라이언트 쪽 포트는 OS가 임의로 할당함",
					"The **server-side port** of widely used services is fixed in advance\n  - these are called well-known ports\n  - the client-side port is assigned by the OS at random"),
				Tab([]i18n.T{t("포트", "Port"), t("서비스", "Service")},
					[]i18n.T{same("21"), same("FTP")},
					[]i18n.T{same("22"), same("SSH")},
					[]i18n.T{same("23"), same("Telnet")},
					[]i18n.T{same("25"), same("SMTP (Mail)")},
					[]i18n.T{same("80"), same("HTTP (Web)")},
					[]i18n.T{same("110"), same("POP3 (Mail)")},
					[]i18n.T{same("443"), same("HTTPS (Web)")},
				),
			}},
			{Title: same("netstat"), Blocks: []Block{
				L("네트워크 연결을 보여주는 명령어\n'-a' 등 다양한 옵션 제공",
					"A command that shows network connections\nIt has many options, such as '-a'"),
				C(DeckNetstat),
				P("ssh 서버(114.71.220.46:ssh)에 ssh 클라이언트(114.71.220.95:59664)가 접속하였음",
					"An ssh client (114.71.220.95:59664) has connected to the ssh server (114.71.220.46:ssh)"),
			}},
			{Title: t("네트워크 연결", "Network connections"), Blocks: []Block{
				L("네트워크를 통해 연결된 양 끝단 노드의 주소로 표현\n양 끝단 노드의 주소는 (host, port) 형태로 표현함\n예1) 송신노드: (www.python.org, 80)\n예2) 수신노드: (114.71.220.95, 59664)\n네트워크 연결은 노드의 쌍 \"(114.71.220.95, 59664), (www.python.org, 80)\" 으로 나타낼 수 있음\n  - 즉, 1개의 네트워크 연결은 송신 노드의 IP, 송신 노드의 포트 번호, 수신 노드의 IP, 수신 노드의 포트 번호를 이용해서 구별 가능",
					"A connection is written as the addresses of the two end nodes connected through the network\nThe address of each end is written as (host, port)\nExample 1) sending node: (www.python.org, 80)\nExample 2) receiving node: (114.71.220.95, 59664)\nA network connection can be written as the pair of nodes \"(114.71.220.95, 59664), (www.python.org, 80)\"\n  - that is, one network connection is told apart by the sender's IP, the sender's port, the receiver's IP and the receiver's port"),
				P("Q. 아래 3개의 연결은 동일한 연결인가?", "Q. Are these three connections the same connection?"),
				L("예1) (114.71.220.95, 59664), (www.python.org, 80)\n예2) (114.71.220.95, 59665), (www.python.org, 80)\n예3) (114.71.220.96, 59664), (www.python.org, 80)",
					"Example 1) (114.71.220.95, 59664), (www.python.org, 80)\nExample 2) (114.71.220.95, 59665), (www.python.org, 80)\nExample 3) (114.71.220.96, 59664), (www.python.org, 80)"),
			}},
		},
	},
	{
		Path:  "/sockets",
		Title: t("소켓과 파이썬 네트워크 모듈", "Sockets and Python's network modules"),
		Intro: t(
			"프로세스는 소켓을 통해 메시지를 보내고 받습니다. TCP와 UDP, 파이썬의 socket 모듈, 그리고 네트워크 관련 파이썬 표준 모듈을 알아봅니다.",
			"Processes send and receive messages through sockets. TCP and UDP, Python's socket module, and Python's standard network modules."),
		Slides: []Slide{
			{Title: t("소켓", "Sockets"), Blocks: []Block{
				L("프로세스는 **소켓**을 통해 메시지를 보내고 받음\n  - 소켓은 호스트의 **애플리케이션 계층**과 **트랜스포트 계층** 간의 인터페이스\n  - 프로세스는 “집”, 소켓은 “출입구”에 비유\n    - 송신 프로세스는 출입구(소켓) 바깥 네트워크로 메시지를 밀어냄\n    - 송신 프로세스는 수신 프로세스에 있는 소켓으로 메시지를 전달하기 위해 하위 계층의 서비스에 의존\n  - 소켓은 애플리케이션과 네트워크 사이의 **API** Application Programming Interface",
					"A process sends and receives messages through a **socket**\n  - a socket is the interface between a host's **application layer** and **transport layer**\n  - the process is like a “house” and the socket like its “door”\n    - the sending process pushes the message out of the door (socket) into the network\n    - to deliver the message to the socket of the receiving process, the sender relies on the services of the lower layers\n  - a socket is the **API** (Application Programming Interface) between the application and the network"),
			}},
			{Title: t("소켓을 이용한 2가지 기본 통신 방법", "Two basic ways to communicate with sockets"), Blocks: []Block{
				L("신뢰성 있는 데이터 전송 (TCP)\n  - 클라이언트-서버 간에 연결을 설정한 이후, 데이터 송수신\n비신뢰적 데이터 전송 (UDP)\n  - 연결 설정 없이 데이터 송수신\n소켓 생성 시 TCP/UDP 중 어느 것을 사용할 지 설정할 수 있음",
					"Reliable data transfer (TCP)\n  - data is sent and received after the client and the server set up a connection\nUnreliable data transfer (UDP)\n  - data is sent and received without setting up a connection\nWhen creating a socket, you choose whether it uses TCP or UDP"),
				P("Python 소켓 지원", "Socket support in Python"),
				L("**socket** 모듈 제공\n`socket()`: 소켓 객체 생성 함수\n`gethostbyname()`, `gethostbyaddr()` 등 다양한 통신 관련 함수 제공\n`send()/recv()` 등의 데이터 송수신 함수 제공",
					"The **socket** module\n`socket()`: the function that creates a socket object\nmany functions about communication, such as `gethostbyname()` and `gethostbyaddr()`\nfunctions that send and receive data, such as `send()/recv()`"),
			}},
			{Title: t("네트워크 관련 파이썬 표준 모듈", "Python's standard network modules"), Blocks: []Block{
				P("파이썬은 TCP/IP 통신과 네트워크 서비스를 위한 다양한 표준 모듈을 제공",
					"Python provides many standard modules for TCP/IP communication and network services"),
				Tab([]i18n.T{t("모듈", "Module"), t("내용", "What it does")},
					[]i18n.T{same("ipaddress"), t("IP 주소 관련 작업 모듈", "working with IP addresses")},
					[]i18n.T{same("socket"), t("데이터 송수신을 위한 소켓 통신 모듈", "socket communication to send and receive data")},
					[]i18n.T{same("select"), t("입출력을 효율적으로 처리하기 위한 모듈", "handling input and output efficiently")},
					[]i18n.T{same("selectors"), t("입출력 다중화 모듈", "I/O multiplexing")},
					[]i18n.T{same("socketserver"), t("네트워크 서버를 작성하기 위한 모듈", "writing network servers")},
					[]i18n.T{same("asyncio"), t("비동기 입출력 모듈", "asynchronous I/O")},
					[]i18n.T{same("urllib"), t("URL 관련 프로그래밍 모듈", "programming with URLs")},
					[]i18n.T{same("http"), t("HTTP 프로토콜을 이용한 프로그래밍 모듈", "programming with the HTTP protocol")},
				),
			}},
			{Title: t("socket 모듈", "The socket module"), Blocks: []Block{
				P("socket이란?", "What is a socket?"),
				L("통신 채널의 종단점\n통신을 하기 위해서는 프로그램이 상대방 socket에 접속해야 함",
					"The end point of a communication channel\nTo communicate, a program must connect to the other side's socket"),
				P("socket 모듈", "The socket module"),
				L("BSD 소켓 인터페이스에 대한 액세스를 제공\n모든 현대 유닉스 시스템(리눅스 포함), 윈도우, MacOS에서 사용 가능\n호스트에 관한 정보를 알아내고, **소켓 접속 및 데이터 송수신 함수**를 제공",
					"Gives access to the BSD socket interface\nAvailable on all modern Unix systems (Linux included), Windows and macOS\nFinds information about hosts, and provides **functions to connect sockets and send and receive data**"),
			}},
		},
	},
	{
		Path:  "/ipaddress",
		Title: t("ipaddress 모듈", "The ipaddress module"),
		Intro: t(
			"ip_address()로 IP 주소 객체를, ip_network()로 네트워크 주소 객체를 만들고, 넷마스크, 호스트 주소, in 연산자를 브라우저에서 바로 계산합니다.",
			"Make IP address objects with ip_address() and network objects with ip_network(), and compute netmasks, host addresses and the in operator right in the browser."),
		Slides: []Slide{
			{Title: t("ipaddress 모듈", "The ipaddress module"), Blocks: []Block{
				L("파이썬에서 IP 주소를 표현하고 처리하기 위해 사용하는 모듈\n`ip_address()`\n  - IP 주소 객체를 생성하는 함수\n  - IPv4 또는 IPv6를 자동 인식",
					"The module Python uses to represent and handle IP addresses\n`ip_address()`\n  - the function that creates an IP address object\n  - recognises IPv4 or IPv6 automatically"),
				C(">>> import ipaddress\n>>> addr4 = ipaddress.ip_address('192.0.2.1')\n>>> addr4\nIPv4Address('192.0.2.1')\n\n>>> addr6 = ipaddress.ip_address('2001:A8::1')\n>>> addr6\nIPv6Address('2001:a8::1')\n\n>>> addr4.version\n4\n>>> addr6.version\n6"),
			}},
			{Title: same("ip_network()"), Blocks: []Block{
				L("네트워크 주소 객체를 생성하는 함수\n  - 네트워크 주소: 특정 노드의 주소가 아니라 네트워크 전체에 대한 주소\n  - 예) 114.71.220.0/24",
					"The function that creates a network address object\n  - network address: the address of a whole network, not of one node\n  - e.g. 114.71.220.0/24"),
				C(">>> import ipaddress\n>>> net = ipaddress.ip_network('114.71.220.0/24')\n>>> net\nIPv4Network('114.71.220.0/24')\n\n>>> net.with_netmask\n'114.71.220.0/255.255.255.0'\n\n>>> net.num_addresses\n256\n\n>>> net.netmask\nIPv4Address('255.255.255.0')\n\n>>> net.hostmask\nIPv4Address('0.0.0.255')"),
			}},
			{Title: t("호스트 주소와 in 연산자", "Host addresses and the in operator"), Blocks: []Block{
				P("네트워크에서 사용 가능한 호스트 주소 알아보기", "Finding the host addresses usable in a network"),
				C(">>> net = ipaddress.ip_network('114.71.220.0/24')\n>>> for x in net.hosts():\n    print(x)\n\n114.71.220.1\n114.71.220.2\n...\n114.71.220.254"),
				P("in 연산자를 이용하여 호스트 주소가 네트워크에 속하는지 알아보기", "Finding out with the in operator whether a host address belongs to a network"),
				C(">>> net = ipaddress.ip_network('114.71.220.0/24')\n>>> addr = ipaddress.ip_address('114.71.220.95')\n>>> addr in net\nTrue\n\n>>> addr = ipaddress.ip_address('192.168.0.1')\n>>> addr in net\nFalse"),
			}},
		},
	},
	{
		Path:  "/hosts",
		Title: t("호스트 정보 알아내기", "Finding host information"),
		Intro: t(
			"socket 모듈의 gethostname, gethostbyname, gethostbyname_ex, gethostbyaddr, getfqdn으로 호스트 이름과 IP 주소를 알아냅니다. 조회는 서버가 대신 실행하므로, 답은 서버에서 본 네트워크입니다.",
			"Find host names and IP addresses with the socket module's gethostname, gethostbyname, gethostbyname_ex, gethostbyaddr and getfqdn. The server runs the lookups, so the answers are the network as the server sees it."),
		Slides: []Slide{
			{Title: t("호스트 정보 관련 함수", "Host information functions"), Blocks: []Block{
				Tab([]i18n.T{t("함수", "Function"), t("내용", "What it does")},
					[]i18n.T{same("socket.gethostname()"), t("실행 중인 호스트 이름을 반환", "returns the name of the host it runs on")},
					[]i18n.T{same("socket.gethostbyname(hostname)"), t("hostname을 IPv4 주소로 변환", "translates hostname to an IPv4 address")},
					[]i18n.T{same("socket.gethostbyname_ex(hostname)"), t("hostname을 IPv4 주소로 변환하고 추가 정보를 제공 (hostname, aliaslist, ipaddrlist)", "translates hostname to IPv4 addresses with more information (hostname, aliaslist, ipaddrlist)")},
					[]i18n.T{same("socket.gethostbyaddr(ip_address)"), t("ip_address에 대한 호스트 정보 반환 (hostname, aliaslist, ipaddrlist)", "returns host information for ip_address (hostname, aliaslist, ipaddrlist)")},
					[]i18n.T{same("socket.getfqdn(name)"), t("name에 대한 정규화된 도메인 이름을 반환", "returns the fully qualified domain name for name")},
				),
				C(">>> import socket\n>>> name = socket.gethostname()\n>>> name\n'DESKTOP-C119NVN'\n\n>>> socket.gethostbyname(name)\n'192.168.56.1'"),
			}},
			{Title: t("호스트 정보 알아내기", "Finding host information"), Blocks: []Block{
				C(">>> socket.gethostbyname('homepage.sch.ac.kr')\n'220.69.189.98'\n\n>>> socket.gethostbyname_ex('homepage.sch.ac.kr')\n('homepage.sch.ac.kr', [], ['220.69.189.98'])\n\n>>> socket.gethostbyaddr('220.69.189.98')\n('homepage.sch.ac.kr', [], ['220.69.189.98'])\n\n>>> socket.getfqdn('220.69.189.98')\n'homepage.sch.ac.kr'\n\n>>> socket.getfqdn('www.daum.net')\n'www.daum.net'\n\n>>> socket.getfqdn('www.google.com')\n'del03s01-in-f4.1e100.net'"),
			}},
			{Title: t("여러 사이트의 IP 주소를 확인하는 프로그램", "A program that looks up the IP addresses of several sites"), Blocks: []Block{
				C(DeckHostsProgram),
				P("실행결과", "Output"),
				C("www.sch.ac.kr : 220.69.189.98\nhomepage.sch.ac.kr : 220.69.189.98\nwww.daum.net : 211.249.220.24\nwww.google.com : 142.250.204.100\niot : [Errno 11001] getaddrinfo failed"),
			}},
		},
	},
	{
		Path:  "/services",
		Title: t("인터넷 서비스 정보 알아내기", "Finding Internet service information"),
		Intro: t(
			"서비스는 응용 계층이 제공하는 프로토콜이고, 각 서비스에는 포트 번호가 할당됩니다. getservbyname과 getservbyport로 서비스 이름과 포트 번호를 서로 바꿔 봅니다.",
			"A service is a protocol the application layer provides, and each service is assigned a port number. Translate between service names and port numbers with getservbyname and getservbyport."),
		Slides: []Slide{
			{Title: t("서비스와 getservbyname()", "Services and getservbyname()"), Blocks: []Block{
				L("서비스 `service`\n  - 응용 계층이 제공하는 프로토콜 (예: http, smtp, sftp, 등)\n  - 각 서비스는 하위 트랜스포트 계층 프로토콜을 사용하고, **포트 번호**가 할당됨\n`socket.getservbyname(servicename[, protocolname])`\n  - `servicename`: http, ftp 등과 같은 애플리케이션 계층 프로토콜\n  - `protocolname`: tcp, udp와 같은 트랜스포트 계층 프로토콜\n  - 인터넷 서비스 이름에 대한 포트번호 반환",
					"A `service`\n  - a protocol the application layer provides (e.g. http, smtp, sftp, …)\n  - each service uses a transport-layer protocol below it and is assigned a **port number**\n`socket.getservbyname(servicename[, protocolname])`\n  - `servicename`: an application-layer protocol such as http or ftp\n  - `protocolname`: a transport-layer protocol such as tcp or udp\n  - returns the port number of an Internet service name"),
				C(">>> socket.getservbyname('http')\n80\n>>> socket.getservbyname('ftp')\n21\n>>> socket.getservbyname('ssh')\n22\n>>> socket.getservbyname('https')\n443"),
			}},
			{Title: same("socket.getservbyport(port)"), Blocks: []Block{
				L("포트 번호에 대한 서비스 이름을 반환", "Returns the service name of a port number"),
				C(">>> socket.getservbyport(80)\n'http'\n>>> socket.getservbyport(25)\n'smtp'"),
				P("예제", "Example"),
				C(DeckPortsProgram),
				P("실행결과", "Output"),
				C("  80 http://example.co.kr/\n 443 https://example.co.kr/\n  21 ftp://example.co.kr/\n  25 smtp://example.co.kr/\n 143 imap://example.co.kr/\n 993 imaps://example.co.kr/\n 110 pop3://example.co.kr/\n 995 pop3s://example.co.kr/"),
			}},
		},
	},
	{
		Path:  "/packing",
		Title: t("IP 주소 변환", "Converting IP addresses"),
		Intro: t(
			"사람은 '114.71.220.95' 같은 문자열을 읽지만, 컴퓨터는 내부적으로 32비트 정수(0x7247DC5F)로 처리합니다. inet_aton()과 inet_ntoa()로 문자열과 4바이트 bytes 객체를 오갑니다.",
			"People read strings such as '114.71.220.95', but computers handle them as 32-bit integers (0x7247DC5F). Go back and forth between the string and a 4-byte bytes object with inet_aton() and inet_ntoa()."),
		Slides: []Slide{
			{Title: t("IPv4 주소 표현", "Writing IPv4 addresses"), Blocks: []Block{
				L("일반적으로 114.71.220.95와 같이 8비트씩 끊어서 표현\n  - 파이썬에서는 **문자열**로 처리 ('114.71.220.95')\n  - 사람이 알아보기 쉬우나, 문자열이라 처리가 어려움\n실제로 컴퓨터 내부적으로는 **32비트 정수형**으로 처리\n예) '114.71.220.95' ⟷ 0x7247DC5F",
					"Usually written in 8-bit groups, like 114.71.220.95\n  - Python handles it as a **string** ('114.71.220.95')\n  - easy for people to read, but hard to process because it is a string\nInside the computer it is handled as a **32-bit integer**\ne.g. '114.71.220.95' ⟷ 0x7247DC5F"),
			}},
			{Title: t("변환 함수", "Conversion functions"), Blocks: []Block{
				L("`inet_aton()`: 문자열 주소를 4바이트 bytes 객체로 변환\n`inet_ntoa()`: 4바이트 bytes 객체를 문자열 주소로 변환",
					"`inet_aton()`: converts a string address to a 4-byte bytes object\n`inet_ntoa()`: converts a 4-byte bytes object to a string address"),
				C(DeckPackingProgram),
				P("실행결과", "Output"),
				C("Original: 114.71.220.95\nPacked   : b'7247dc5f'\nUnpacked: 114.71.220.95"),
			}},
		},
	},
	{
		Path:  "/byteorder",
		Title: t("바이트 순서 변환", "Byte order conversion"),
		Intro: t(
			"여러 바이트로 된 데이터를 메모리에 어떤 순서로 저장하는지(엔디언), 왜 네트워크 바이트 순서(빅 엔디언)가 필요한지, 그리고 htons, ntohs, htonl, ntohl이 하는 일을 봅니다.",
			"In which order multi-byte data is stored in memory (endianness), why a network byte order (big endian) is needed, and what htons, ntohs, htonl and ntohl do."),
		Slides: []Slide{
			{Title: t("엔디언", "Endianness"), Blocks: []Block{
				L("컴퓨터 메모리에 여러 개의 연속된 대상을 배열하는 방법\n즉, 여러 바이트로 구성된 데이터를 메모리에 저장할 때 어떤 바이트 순서로 저장할 것인지를 나타냄\n빅 엔디언 big endian\n  - 사람이 숫자를 쓰는 방법과 같이 큰 단위의 바이트가 앞에 오는 방법\n  - 모토로라 CPU 계열, 또는 네트워크 전송 시 사용\n리틀 엔디언 little endian\n  - 작은 단위의 바이트가 앞에 오는 방법\n  - 인텔 CPU",
					"How several consecutive items are arranged in a computer's memory\nThat is, the order of the bytes when data made of several bytes is stored in memory\nBig endian\n  - the most significant byte comes first, the way people write numbers\n  - Motorola CPUs, and network transmission\nLittle endian\n  - the least significant byte comes first\n  - Intel CPUs"),
			}},
			{Title: t("왜 바이트 순서 변환?", "Why convert the byte order?"), Blocks: []Block{
				L("네트워크 상에는 다양한 종류의 호스트가 존재함\n빅 엔디언을 사용하는 호스트에서 리틀 엔디언을 사용하는 호스트로 데이터 전송 시 문제가 발생함\n  - 예) 호스트 1(빅 엔디언) 0x1234를 호스트 2(리틀 엔디언)으로 전송\n  - 호스트 2는 0x3412로 인식함",
					"There are many kinds of hosts on a network\nSending data from a big-endian host to a little-endian host causes a problem\n  - e.g. host 1 (big endian) sends 0x1234 to host 2 (little endian)\n  - host 2 reads it as 0x3412"),
				P("해결 방법", "The solution"),
				L("네트워크로 데이터 전송 시 “**정해진 바이트 순서**”로 전송하도록 약속함\n**네트워크 바이트 순서** Network Byte Order\n  - “빅 엔디언” 사용\n호스트는 데이터 **전송 시 네트워크 바이트 순서**(빅 엔디언)로 변환해서 전송\n호스트는 데이터 **수신 시 호스트 바이트 순서**(빅 또는 리틀 엔디언)로 변환해서 데이터 사용",
					"Agree to send data over the network in a “**fixed byte order**”\n**Network byte order**\n  - uses “big endian”\nA host converts data to network byte order (big endian) **when sending**\nA host converts data to host byte order (big or little endian) **when receiving**, then uses it"),
			}},
			{Title: t("바이트 순서 변환 함수", "Byte order conversion functions"), Blocks: []Block{
				Tab([]i18n.T{t("함수", "Function"), t("내용", "What it does")},
					[]i18n.T{same("socket.ntohl(x)"), t("4바이트 양의 정수를 네트워크 바이트 순서에서 호스트 바이트 순서로 변환", "converts a 4-byte positive integer from network to host byte order")},
					[]i18n.T{same("socket.ntohs(x)"), t("2바이트 양의 정수를 네트워크 바이트 순서에서 호스트 바이트 순서로 변환", "converts a 2-byte positive integer from network to host byte order")},
					[]i18n.T{same("socket.htonl(x)"), t("4바이트 양의 정수를 호스트 바이트 순서에서 네트워크 바이트 순서로 변환", "converts a 4-byte positive integer from host to network byte order")},
					[]i18n.T{same("socket.htons(x)"), t("2바이트 양의 정수를 호스트 바이트 순서에서 네트워크 바이트 순서로 변환", "converts a 2-byte positive integer from host to network byte order")},
				),
				C(">>> a = 1234\n>>> hex(a)\n'0x4d2'\n>>> b = socket.htons(a)\n>>> hex(b)\n'0xd204'\n>>> c = socket.ntohs(b)\n>>> hex(c)\n'0x4d2'"),
			}},
		},
	},
}

// DeckNetstat is the deck's example of `netstat -a`.
const DeckNetstat = `dhkim@workstation:~$ netstat -a
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State
tcp        0      0 workstation:domain      *:*                     LISTEN
tcp        0      0 *:ssh                   *:*                     LISTEN
tcp        0      0 localhost:ipp           *:*                     LISTEN
tcp        0      0 localhost:6010          *:*                     LISTEN
tcp        0      0 localhost:6011          *:*                     LISTEN
tcp        0      0 localhost:6012          *:*                     LISTEN
tcp        0      0 114.71.220.46:ssh       114.71.220.95:59664    ESTABLISHED`

// DeckHostsProgram is the deck's program that looks up several hosts.
const DeckHostsProgram = `import socket

HOSTS = [
    'www.sch.ac.kr',
    'homepage.sch.ac.kr',
    'www.daum.net',
    'www.google.com',
    'iot'
]

for host in HOSTS:
    try:
        print('{} : {}'.format(host, socket.gethostbyname(host)))
    except socket.error as msg:
        print('{} : {}'.format(host, msg))`

// DeckPortsProgram is the deck's program that turns ports into URLs.
const DeckPortsProgram = `import socket
for port in [80, 443, 21, 25, 143, 993, 110, 995]:
    url = '{}://example.co.kr/'.format(socket.getservbyport(port))
    print('{:4d}'.format(port), url)`

// DeckPackingProgram is the deck's inet_aton/inet_ntoa program.
const DeckPackingProgram = `import binascii
import socket
import sys

for string_address in ['114.71.220.95']:
    packed = socket.inet_aton(string_address)
    print ('Original:', string_address)
    print ('Packed   :', binascii.hexlify(packed))
    print ('Unpacked:', socket.inet_ntoa(packed))`
