package concepts

import (
	"maps"
	"slices"

	"netprimer/app/i18n"
)

// Protocol is a protocol of the layer-placement exercise.
type Protocol struct {
	// ID is the protocol's key in Check: "http", "routing".
	ID string
	// Name is what the exercise shows: "HTTP", "라우팅 프로토콜 (OSPF)".
	Name i18n.T
	// Aliases are other names Check accepts ("Wi-Fi", "802.11").
	Aliases []string
	Layer   Layer
	// Deck reports that the deck lists the protocol under its layer; the
	// others come from the deck's well-known ports table.
	Deck bool
	// Why says why the protocol belongs to its layer.
	Why i18n.T
	// Mistakes explains, for some wrong layers, what makes that choice
	// tempting and why it is still wrong.
	Mistakes map[Layer]i18n.T
}

var protocols = []Protocol{
	{
		ID: "http", Name: i18n.T{Ko: "HTTP", En: "HTTP"}, Layer: Application, Deck: true,
		Why: i18n.T{Ko: "HTTP는 애플리케이션 계층: 웹 브라우저와 웹 서버가 요청과 응답을 주고받는 규칙입니다.",
			En: "HTTP is in the application layer: the rules by which browsers and web servers exchange requests and responses."},
		Mistakes: map[Layer]i18n.T{
			Transport: {Ko: "HTTP 메시지는 TCP 세그먼트에 실려 갈 뿐, 프로세스 간 전송은 TCP가 맡습니다.",
				En: "HTTP messages ride inside TCP segments; moving them between processes is TCP's job."},
		},
	},
	{
		ID: "smtp", Name: i18n.T{Ko: "SMTP", En: "SMTP"}, Layer: Application, Deck: true,
		Why: i18n.T{Ko: "SMTP는 애플리케이션 계층: 메일을 보내는 규칙입니다 (포트 25).",
			En: "SMTP is in the application layer: the rules for sending mail (port 25)."},
	},
	{
		ID: "imap", Name: i18n.T{Ko: "IMAP", En: "IMAP"}, Layer: Application, Deck: true,
		Why: i18n.T{Ko: "IMAP은 애플리케이션 계층: 서버에 있는 메일을 읽는 규칙입니다 (포트 143).",
			En: "IMAP is in the application layer: the rules for reading mail kept on a server (port 143)."},
	},
	{
		ID: "tcp", Name: i18n.T{Ko: "TCP", En: "TCP"}, Layer: Transport, Deck: true,
		Why: i18n.T{Ko: "TCP는 트랜스포트 계층: 프로세스 간 데이터 전송을 맡고, 연결을 맺은 뒤 순서대로 빠짐없이 전달합니다.",
			En: "TCP is in the transport layer: it moves data between processes, setting up a connection first and delivering everything in order."},
		Mistakes: map[Layer]i18n.T{
			NetworkLayer: {Ko: "TCP/IP로 함께 불리지만 둘은 다른 계층입니다: 목적지 호스트까지 길을 찾는 것은 IP, 그 호스트의 어느 프로세스인지(포트)는 TCP입니다.",
				En: "TCP/IP are named together but sit in different layers: IP finds the way to the host, TCP (with its ports) reaches the process on it."},
		},
	},
	{
		ID: "udp", Name: i18n.T{Ko: "UDP", En: "UDP"}, Layer: Transport, Deck: true,
		Why: i18n.T{Ko: "UDP는 트랜스포트 계층: 연결 설정 없이 프로세스 간에 데이터그램을 보냅니다.",
			En: "UDP is in the transport layer: it sends datagrams between processes without setting up a connection."},
		Mistakes: map[Layer]i18n.T{
			NetworkLayer: {Ko: "UDP도 포트 번호로 프로세스를 구별합니다: 연결이 없을 뿐 트랜스포트 계층입니다.",
				En: "UDP has port numbers to reach processes too: it only lacks a connection, and stays in the transport layer."},
			Application: {Ko: "UDP는 DNS 같은 애플리케이션 프로토콜이 그 위에서 쓰는 전송 수단입니다.",
				En: "UDP is what application protocols such as DNS run on, not one of them."},
		},
	},
	{
		ID: "ip", Name: i18n.T{Ko: "IP", En: "IP"}, Layer: NetworkLayer, Deck: true,
		Why: i18n.T{Ko: "IP는 네트워크 계층: IP 주소를 보고 발신지에서 수신지까지 데이터그램을 라우팅합니다.",
			En: "IP is in the network layer: it routes datagrams from source to destination by their IP addresses."},
		Mistakes: map[Layer]i18n.T{
			Transport: {Ko: "IP에는 포트 번호가 없어 호스트까지만 갑니다: 프로세스까지는 TCP·UDP의 몫입니다.",
				En: "IP has no port numbers and reaches only the host; reaching the process is for TCP and UDP."},
		},
	},
	{
		ID: "routing", Name: i18n.T{Ko: "라우팅 프로토콜 (OSPF, BGP)", En: "Routing protocols (OSPF, BGP)"},
		Aliases: []string{"routing protocol", "라우팅", "라우팅프로토콜", "ospf", "bgp", "rip"},
		Layer:   NetworkLayer, Deck: true,
		Why: i18n.T{Ko: "라우팅 프로토콜은 네트워크 계층: 라우터들이 경로 정보를 나눠 데이터그램이 갈 길을 정합니다.",
			En: "Routing protocols are in the network layer: routers share path information to decide where datagrams go."},
		Mistakes: map[Layer]i18n.T{
			Application: {Ko: "BGP처럼 TCP 위에서 메시지를 주고받는 것도 있지만, 하는 일이 데이터그램의 경로 결정이라 덱은 네트워크 계층에 둡니다.",
				En: "Some, like BGP, exchange messages over TCP, but their job is choosing datagrams' paths, so the deck puts them in the network layer."},
		},
	},
	{
		ID: "ethernet", Name: i18n.T{Ko: "Ethernet", En: "Ethernet"}, Aliases: []string{"이더넷", "802.3"},
		Layer: Link, Deck: true,
		Why: i18n.T{Ko: "이더넷은 링크 계층: 같은 네트워크의 인접한 노드 사이에서 MAC 주소로 프레임을 전달합니다.",
			En: "Ethernet is in the link layer: it carries frames between neighbouring nodes of one network, by MAC address."},
		Mistakes: map[Layer]i18n.T{
			Physical: {Ko: "이더넷 규격은 케이블의 신호도 정하지만, 덱은 프레임을 전달하는 링크 계층에 둡니다.",
				En: "The Ethernet standard also defines cable signals, but the deck places it in the link layer, which carries frames."},
		},
	},
	{
		ID: "wifi", Name: i18n.T{Ko: "WiFi", En: "WiFi"}, Aliases: []string{"wi-fi", "와이파이", "802.11", "wlan"},
		Layer: Link, Deck: true,
		Why: i18n.T{Ko: "WiFi는 링크 계층: 무선으로 인접한 노드(노트북과 공유기) 사이에 프레임을 전달합니다.",
			En: "WiFi is in the link layer: it carries frames over radio between neighbouring nodes (a laptop and its access point)."},
		Mistakes: map[Layer]i18n.T{
			Physical: {Ko: "WiFi 규격은 전파 신호도 정하지만, 덱은 프레임을 전달하는 링크 계층에 둡니다.",
				En: "The WiFi standard also defines radio signals, but the deck places it in the link layer, which carries frames."},
		},
	},
	{
		ID: "dns", Name: i18n.T{Ko: "DNS", En: "DNS"}, Layer: Application,
		Why: i18n.T{Ko: "DNS는 애플리케이션 계층: 호스트네임을 IP 주소로 바꿔 주는 서비스입니다 (주로 UDP 53번 포트).",
			En: "DNS is in the application layer: the service that turns hostnames into IP addresses (mostly over UDP port 53)."},
		Mistakes: map[Layer]i18n.T{
			NetworkLayer: {Ko: "DNS가 IP 주소를 알려 주긴 하지만, 그 질문과 답은 UDP로 오가는 애플리케이션 메시지입니다.",
				En: "DNS does give IP addresses, but its questions and answers are application messages carried by UDP."},
		},
	},
	{
		ID: "ssh", Name: i18n.T{Ko: "SSH", En: "SSH"}, Layer: Application,
		Why: i18n.T{Ko: "SSH는 애플리케이션 계층: 다른 컴퓨터에 안전하게 접속하는 서비스입니다 (TCP 22번 포트).",
			En: "SSH is in the application layer: the service for logging in to another computer securely (TCP port 22)."},
		Mistakes: map[Layer]i18n.T{
			Transport: {Ko: "SSH의 S(보안)는 암호화를 더할 뿐, SSH는 TCP 위에서 동작하는 애플리케이션입니다.",
				En: "The S (secure) of SSH adds encryption; SSH itself is an application running over TCP."},
		},
	},
	{
		ID: "ftp", Name: i18n.T{Ko: "FTP", En: "FTP"}, Layer: Application,
		Why: i18n.T{Ko: "FTP는 애플리케이션 계층: 파일을 주고받는 서비스입니다 (TCP 21번 포트).",
			En: "FTP is in the application layer: the service for transferring files (TCP port 21)."},
	},
	{
		ID: "telnet", Name: i18n.T{Ko: "Telnet", En: "Telnet"}, Aliases: []string{"텔넷"}, Layer: Application,
		Why: i18n.T{Ko: "Telnet은 애플리케이션 계층: 다른 컴퓨터에 접속하는 오래된 서비스로, 암호화가 없습니다 (TCP 23번 포트).",
			En: "Telnet is in the application layer: an old service for logging in to another computer, without encryption (TCP port 23)."},
	},
	{
		ID: "pop3", Name: i18n.T{Ko: "POP3", En: "POP3"}, Layer: Application,
		Why: i18n.T{Ko: "POP3는 애플리케이션 계층: 서버에서 메일을 가져오는 규칙입니다 (TCP 110번 포트).",
			En: "POP3 is in the application layer: the rules for fetching mail from a server (TCP port 110)."},
	},
	{
		ID: "https", Name: i18n.T{Ko: "HTTPS", En: "HTTPS"}, Layer: Application,
		Why: i18n.T{Ko: "HTTPS는 애플리케이션 계층: TLS로 암호화한 HTTP입니다 (TCP 443번 포트).",
			En: "HTTPS is in the application layer: HTTP encrypted with TLS (TCP port 443)."},
		Mistakes: map[Layer]i18n.T{
			Transport: {Ko: "HTTPS의 S(TLS)는 암호화를 더할 뿐, 전송은 여전히 TCP가 맡습니다.",
				En: "The S (TLS) of HTTPS adds encryption; moving the data is still TCP's job."},
		},
	},
}

// Protocols returns the protocols of the placement exercise: first the
// deck's examples layer by layer, then those of its ports table.
func Protocols() []Protocol {
	out := make([]Protocol, len(protocols))
	for i, p := range protocols {
		p.Aliases = slices.Clone(p.Aliases)
		p.Mistakes = maps.Clone(p.Mistakes)
		out[i] = p
	}
	return out
}

// LookupProtocol finds a protocol by ID, name or alias, in any case and
// spacing.
func LookupProtocol(s string) (Protocol, bool) {
	k := normalize(s)
	if k == "" {
		return Protocol{}, false
	}
	for _, p := range protocols {
		if k == normalize(p.ID) || k == normalize(p.Name.Ko) || k == normalize(p.Name.En) {
			return p, true
		}
		for _, a := range p.Aliases {
			if k == normalize(a) {
				return p, true
			}
		}
	}
	return Protocol{}, false
}

// Check says whether protocol belongs to layer, and explains: on a right
// answer why; on a wrong one where it belongs, what the chosen layer does
// instead, and for the usual confusions what makes them tempting. Ethernet
// or WiFi put on the physical layer is Close: their standards have a
// physical part, though the deck puts them in the link layer.
func Check(protocol string, layer Layer) Feedback {
	p, ok := LookupProtocol(protocol)
	if !ok {
		return Feedback{Invalid, i18n.T{Ko: "이 연습에 없는 프로토콜입니다: " + protocol, En: "not a protocol of this exercise: " + protocol}}
	}
	chosen, ok := layer.Info()
	if !ok {
		return Feedback{Invalid, i18n.T{Ko: "계층을 고르세요.", En: "choose a layer."}}
	}
	if layer == p.Layer {
		return Feedback{Correct, join(i18n.T{Ko: "맞습니다.", En: "Right."}, p.Why)}
	}
	v := Wrong
	if layer == Physical && p.Layer == Link {
		v = Close
	}
	lead := i18n.T{Ko: "아니요.", En: "No."}
	if v == Close {
		lead = i18n.T{Ko: "아깝습니다.", En: "Nearly."}
	}
	return Feedback{v, join(lead, p.Why, p.Mistakes[layer], chosen.Does)}
}
