package concepts

import "netprimer/app/i18n"

// Layer is a layer of the Internet protocol stack, numbered from the
// bottom as is usual (physical 1 … application 5). The zero Layer is no
// layer.
type Layer uint8

const (
	Physical Layer = iota + 1
	Link
	NetworkLayer
	Transport
	Application
)

// LayerInfo is what the deck says of one layer, and what the course adds.
type LayerInfo struct {
	Layer Layer
	// Name is the deck's name: "애플리케이션(응용) 계층", "Application layer".
	Name i18n.T
	// Role is the deck's one line on what the layer does.
	Role i18n.T
	// Does is Role as a sentence with the layer as its subject, for
	// feedback: "트랜스포트 계층은 프로세스 간에 데이터를 전송합니다."
	Does i18n.T
	// Examples are the deck's example protocols, the deck's words in
	// Korean; the physical layer has none.
	Examples []i18n.T
	// Unit is what a piece of data is called at this layer.
	Unit i18n.T
	// Address is what the layer uses to find the other end.
	Address i18n.T
}

var layers = [...]LayerInfo{
	{
		Layer:    Application,
		Name:     i18n.T{Ko: "애플리케이션(응용) 계층", En: "Application layer"},
		Role:     i18n.T{Ko: "네트워크 애플리케이션을 지원", En: "supports network applications"},
		Does:     i18n.T{Ko: "애플리케이션 계층은 네트워크 애플리케이션을 지원합니다: 웹, 메일처럼 사용자가 쓰는 서비스의 규칙입니다.", En: "The application layer supports network applications: the rules of services people use, like the web and mail."},
		Examples: []i18n.T{i18n.Same("HTTP"), i18n.Same("SMTP"), i18n.Same("IMAP")},
		Unit:     i18n.T{Ko: "메시지", En: "message"},
		Address:  i18n.T{Ko: "호스트네임, URL", En: "hostnames, URLs"},
	},
	{
		Layer:    Transport,
		Name:     i18n.T{Ko: "트랜스포트(전송) 계층", En: "Transport layer"},
		Role:     i18n.T{Ko: "프로세스 간 데이터 전송", En: "moves data between processes"},
		Does:     i18n.T{Ko: "트랜스포트 계층은 프로세스 간에 데이터를 전송합니다: 포트 번호로 프로세스를 구별합니다.", En: "The transport layer moves data between processes: port numbers tell the processes apart."},
		Examples: []i18n.T{i18n.Same("TCP"), i18n.Same("UDP")},
		Unit:     i18n.T{Ko: "세그먼트", En: "segment"},
		Address:  i18n.T{Ko: "포트 번호", En: "port numbers"},
	},
	{
		Layer:    NetworkLayer,
		Name:     i18n.T{Ko: "네트워크 계층", En: "Network layer"},
		Role:     i18n.T{Ko: "발신지에서 수신지까지 데이터그램을 라우팅", En: "routes datagrams from source to destination"},
		Does:     i18n.T{Ko: "네트워크 계층은 발신지에서 수신지까지 데이터그램을 라우팅합니다: IP 주소로 길을 찾습니다.", En: "The network layer routes datagrams from source to destination: IP addresses find the way."},
		Examples: []i18n.T{i18n.Same("IP"), {Ko: "라우팅 프로토콜", En: "routing protocols"}},
		Unit:     i18n.T{Ko: "데이터그램", En: "datagram"},
		Address:  i18n.T{Ko: "IP 주소", En: "IP addresses"},
	},
	{
		Layer:    Link,
		Name:     i18n.T{Ko: "링크 계층", En: "Link layer"},
		Role:     i18n.T{Ko: "경로 상의 인접한 노드 간 데이터 전송", En: "moves data between neighbouring nodes on the path"},
		Does:     i18n.T{Ko: "링크 계층은 경로 상의 인접한 노드 간에 데이터를 전송합니다: 한 구간(예: PC에서 공유기까지)만 책임집니다.", En: "The link layer moves data between neighbouring nodes on the path: one hop at a time, such as from a PC to its router."},
		Examples: []i18n.T{i18n.Same("Ethernet"), i18n.Same("WiFi")},
		Unit:     i18n.T{Ko: "프레임", En: "frame"},
		Address:  i18n.T{Ko: "MAC 주소", En: "MAC addresses"},
	},
	{
		Layer:   Physical,
		Name:    i18n.T{Ko: "물리 계층", En: "Physical layer"},
		Role:    i18n.T{Ko: "물리 매체를 통해 비트를 전송", En: "sends bits over a physical medium"},
		Does:    i18n.T{Ko: "물리 계층은 물리 매체(케이블, 전파)를 통해 비트를 전송합니다: 프로토콜이 아니라 신호를 다룹니다.", En: "The physical layer sends bits over a physical medium (cable, radio): it handles signals, not the protocols of this exercise."},
		Unit:    i18n.T{Ko: "비트", En: "bits"},
		Address: i18n.T{Ko: "없음", En: "none"},
	},
}

// Layers returns the five layers from the top, as the deck lists them:
// application, transport, network, link, physical.
func Layers() []LayerInfo {
	out := make([]LayerInfo, len(layers))
	copy(out, layers[:])
	for i := range out {
		out[i].Examples = append([]i18n.T(nil), out[i].Examples...)
	}
	return out
}

// Info returns what the deck says of layer l, and false for no layer.
func (l Layer) Info() (LayerInfo, bool) {
	for _, li := range layers {
		if li.Layer == l {
			return li, true
		}
	}
	return LayerInfo{}, false
}

// String returns the layer's English name in lower case ("transport"), or
// "" for no layer.
func (l Layer) String() string {
	switch l {
	case Physical:
		return "physical"
	case Link:
		return "link"
	case NetworkLayer:
		return "network"
	case Transport:
		return "transport"
	case Application:
		return "application"
	}
	return ""
}

// ParseLayer reads a layer's name ("transport", "트랜스포트", "전송 계층") or
// number ("4"), and returns false for anything else.
func ParseLayer(s string) (Layer, bool) {
	k := normalize(s)
	for _, suffix := range []string{"layer", "계층"} {
		if len(k) > len(suffix) {
			k = trimSuffix(k, suffix)
		}
	}
	switch k {
	case "physical", "물리", "1":
		return Physical, true
	case "link", "datalink", "링크", "데이터링크", "2":
		return Link, true
	case "network", "internet", "네트워크", "3":
		return NetworkLayer, true
	case "transport", "트랜스포트", "전송", "4":
		return Transport, true
	case "application", "app", "애플리케이션", "응용", "애플리케이션응용", "5":
		return Application, true
	}
	return 0, false
}

func trimSuffix(s, suffix string) string {
	if len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix {
		return s[:len(s)-len(suffix)]
	}
	return s
}
