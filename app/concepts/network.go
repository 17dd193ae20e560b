package concepts

import "netprimer/app/i18n"

// The deck's opening slides: what a network is, its three elements, and
// the two levels at which Python offers networking.

// Network is the deck's definition of a network.
var Network = i18n.T{
	Ko: "정보와 자원 공유를 위해 링크로 연결된 노드(컴퓨터, 스마트폰, IoT 디바이스 등)들의 집합",
	En: "a set of nodes (computers, smartphones, IoT devices …) connected by links to share information and resources",
}

// SenderReceiver is the deck's view of a network from its two ends.
var SenderReceiver = i18n.T{
	Ko: "송신자-수신자의 입장: 네트워크는 정보(bit)를 보내고 받게 해주는 서비스 인프라",
	En: "from the sender's and receiver's side: a network is the service infrastructure that lets them send and receive information (bits)",
}

// Element is one of the three elements a network must have.
type Element struct {
	_    noCompare
	Name i18n.T
	// Need is what the deck says the element requires.
	Need i18n.T
	// Course says where the course meets the element.
	Course i18n.T
}

// Elements returns the deck's three elements of a network, in its order:
// address, connection, data transfer.
func Elements() []Element {
	return []Element{
		{
			Name: i18n.T{Ko: "주소", En: "Address"},
			Need: i18n.T{
				Ko: "데이터를 주고 받을 원격 컴퓨터와 서비스를 지정할 수 있어야 함",
				En: "the remote computer and service to exchange data with must be named",
			},
			Course: i18n.T{
				Ko: "호스트네임·IP 주소는 컴퓨터를, 포트 번호는 서비스를 가리킴",
				En: "hostnames and IP addresses name computers; port numbers name services",
			},
		},
		{
			Name: i18n.T{Ko: "연결", En: "Connection"},
			Need: i18n.T{
				Ko: "상호 간에 전송매체(유선, 무선)를 통해 연결되어 있어야 함",
				En: "the two sides must be linked through a medium (wired or wireless)",
			},
			Course: i18n.T{
				Ko: "링크 계층과 물리 계층이 인접한 노드를 잇고, 네트워크 계층이 그 길을 찾음",
				En: "the link and physical layers join neighbouring nodes; the network layer finds the way across them",
			},
		},
		{
			Name: i18n.T{Ko: "데이터 전송", En: "Data transfer"},
			Need: i18n.T{
				Ko: "적절한 순서로 상호 간에 이해할 수 있게 데이터를 송수신하여야 함",
				En: "data must be sent and received in the right order, in a form both sides understand",
			},
			Course: i18n.T{
				Ko: "프로토콜이 순서와 형식을 정함: TCP는 순서대로 빠짐없이, HTTP는 서로 이해하는 형식으로",
				En: "protocols fix the order and the form: TCP delivers in order and in full, HTTP in a form both sides understand",
			},
		},
	}
}

// Level is one of the two levels of network services Python offers.
type Level struct {
	Name i18n.T
	What i18n.T
	// Examples are the deck's examples at this level.
	Examples []i18n.T
}

// Levels returns the deck's two levels of Python networking.
func Levels() []Level {
	return []Level{
		{
			Name: i18n.T{Ko: "Low level", En: "Low level"},
			What: i18n.T{Ko: "소켓(socket) 기반 서비스 제공", En: "services built on sockets"},
			Examples: []i18n.T{
				{Ko: "connection-oriented: TCP", En: "connection-oriented: TCP"},
				{Ko: "connectionless: UDP", En: "connectionless: UDP"},
			},
		},
		{
			Name: i18n.T{Ko: "High level", En: "High level"},
			What: i18n.T{
				Ko: "다양한 애플리케이션 계층 프로토콜을 위한 라이브러리 제공",
				En: "libraries for many application-layer protocols",
			},
			Examples: []i18n.T{
				{Ko: "HTTP, HTTPS, SMTP, POP3, FTP, ...", En: "HTTP, HTTPS, SMTP, POP3, FTP, ..."},
			},
		},
	}
}

// Addressing returns the deck's slide on network addresses, one line each.
func Addressing() []i18n.T {
	return []i18n.T{
		{
			Ko: "컴퓨터는 호스트네임(hostname)과 IP 주소를 가짐",
			En: "a computer has a hostname and an IP address",
		},
		{
			Ko: "프로그램/서비스는 포트 번호(port number)를 가짐",
			En: "a program or service has a port number",
		},
		{
			Ko: "널리 쓰이는 서비스의 서버 쪽 포트는 미리 정해져 있음: 알려진 포트 번호(well-known ports)라고 부름",
			En: "the server-side ports of widely used services are fixed in advance: they are called well-known ports",
		},
		{
			Ko: "클라이언트 쪽 포트는 OS가 임의로 할당함",
			En: "the client-side port is picked by the OS",
		},
	}
}
