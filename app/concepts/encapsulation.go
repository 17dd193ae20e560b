package concepts

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"net/netip"
	"strings"

	"netprimer/app/i18n"
)

// The request the encapsulation steps wrap: what Python's http.client
// sends for conn.request('GET', '/') on HTTPConnection('www.python.org').
const HTTPRequest = "GET / HTTP/1.1\r\nHost: www.python.org\r\nAccept-Encoding: identity\r\n\r\n"

// Packet holds every value the encapsulation example needs, so that the
// bytes and the steps shown agree. The zero Packet is not an example; use
// ExamplePacket.
type Packet struct {
	Request string
	// The client's end is the deck's (114.71.220.95, 59664); the server's
	// port is HTTP's 80. Both addresses must be IPv4.
	SrcIP, DstIP     netip.Addr
	SrcPort, DstPort uint16
	Seq, Ack         uint32
	Window           uint16
	ID               uint16
	TTL              uint8
	SrcMAC, DstMAC   [6]byte
}

// ExamplePacket returns the packet of the encapsulation steps. The server
// address is 198.51.100.80 from the documentation range of RFC 5737,
// standing in for www.python.org's, which a DNS lookup gives (the /hosts
// lesson); the MAC addresses are from the documentation range of RFC 7042
// §2.1.2. The frame goes to the router's MAC address, not the server's: a
// link layer only reaches the next node.
func ExamplePacket() Packet {
	return Packet{
		Request: HTTPRequest,
		SrcIP:   netip.AddrFrom4([4]byte{114, 71, 220, 95}),
		DstIP:   netip.AddrFrom4([4]byte{198, 51, 100, 80}),
		SrcPort: 59664,
		DstPort: 80,
		Seq:     2718281829,
		Ack:     3141592654,
		Window:  502,
		ID:      0x4a2f,
		TTL:     64,
		SrcMAC:  [6]byte{0x00, 0x00, 0x5e, 0x00, 0x53, 0x01},
		DstMAC:  [6]byte{0x00, 0x00, 0x5e, 0x00, 0x53, 0xfe},
	}
}

const (
	tcpHeaderLen = 20 // no options: data offset 5 (RFC 9293 §3.1)
	ipHeaderLen  = 20 // no options: IHL 5 (RFC 791 §3.1)
	ethHeaderLen = 14 // destination, source, EtherType
	fcsLen       = 4
	preambleLen  = 8 // 7 bytes of preamble and the start frame delimiter
)

// TCPSegment returns the TCP header and the request after it. The
// checksum covers a pseudo-header of both IP addresses, the protocol and
// the segment's length, then the segment (RFC 9293 §3.1).
func (p Packet) TCPSegment() []byte {
	seg := make([]byte, tcpHeaderLen, tcpHeaderLen+len(p.Request))
	binary.BigEndian.PutUint16(seg[0:], p.SrcPort)
	binary.BigEndian.PutUint16(seg[2:], p.DstPort)
	binary.BigEndian.PutUint32(seg[4:], p.Seq)
	binary.BigEndian.PutUint32(seg[8:], p.Ack)
	seg[12] = tcpHeaderLen / 4 << 4 // data offset in 32-bit words
	seg[13] = 0x18                  // PSH (0x08) and ACK (0x10)
	binary.BigEndian.PutUint16(seg[14:], p.Window)
	seg = append(seg, p.Request...)
	src, dst := p.SrcIP.As4(), p.DstIP.As4()
	pseudo := make([]byte, 0, 12)
	pseudo = append(pseudo, src[:]...)
	pseudo = append(pseudo, dst[:]...)
	pseudo = append(pseudo, 0, 6) // zero, protocol 6 (TCP)
	pseudo = binary.BigEndian.AppendUint16(pseudo, uint16(len(seg)))
	binary.BigEndian.PutUint16(seg[16:], checksum(pseudo, seg))
	return seg
}

// IPDatagram returns the IPv4 header and the TCP segment after it. The
// header checksum covers the header alone (RFC 791 §3.1).
func (p Packet) IPDatagram() []byte {
	seg := p.TCPSegment()
	d := make([]byte, ipHeaderLen, ipHeaderLen+len(seg))
	d[0] = 4<<4 | ipHeaderLen/4 // version 4, IHL in 32-bit words
	binary.BigEndian.PutUint16(d[2:], uint16(ipHeaderLen+len(seg)))
	binary.BigEndian.PutUint16(d[4:], p.ID)
	binary.BigEndian.PutUint16(d[6:], 0x4000) // flags: don't fragment
	d[8] = p.TTL
	d[9] = 6 // protocol: TCP
	src, dst := p.SrcIP.As4(), p.DstIP.As4()
	copy(d[12:], src[:])
	copy(d[16:], dst[:])
	binary.BigEndian.PutUint16(d[10:], checksum(d))
	return append(d, seg...)
}

// Frame returns the Ethernet frame: header, IP datagram, and the frame
// check sequence, a CRC-32 of the rest sent least significant byte first
// (IEEE 802.3 §3.2.9).
func (p Packet) Frame() []byte {
	dgram := p.IPDatagram()
	f := make([]byte, 0, ethHeaderLen+len(dgram)+fcsLen)
	f = append(f, p.DstMAC[:]...)
	f = append(f, p.SrcMAC[:]...)
	f = binary.BigEndian.AppendUint16(f, 0x0800) // EtherType: IPv4
	f = append(f, dgram...)
	return binary.LittleEndian.AppendUint32(f, crc32.ChecksumIEEE(f))
}

// checksum is the Internet checksum of RFC 1071: the one's complement of
// the one's complement sum of 16-bit words, an odd last byte padded with
// zero.
func checksum(parts ...[]byte) uint16 {
	var sum uint32
	var odd []byte
	for _, b := range parts {
		if len(odd) == 1 && len(b) > 0 {
			sum += uint32(odd[0])<<8 | uint32(b[0])
			b, odd = b[1:], nil
		}
		for len(b) >= 2 {
			sum += uint32(b[0])<<8 | uint32(b[1])
			b = b[2:]
		}
		if len(b) == 1 {
			odd = b
		}
	}
	if len(odd) == 1 {
		sum += uint32(odd[0]) << 8
	}
	for sum>>16 != 0 {
		sum = sum&0xffff + sum>>16
	}
	return ^uint16(sum)
}

// Field is one header field of a step: its name, its value as shown, and
// why it has that value.
type Field struct {
	_     noCompare
	Name  i18n.T
	Value string
	Note  i18n.T
}

// Wrap is one layer's turn in sending the request: the unit it makes,
// the header it adds to the unit from the layer above, and the sizes.
type Wrap struct {
	Layer Layer
	// Unit names what this layer makes: "TCP 세그먼트", "TCP segment".
	Unit i18n.T
	// Header is what the layer adds in front (and, for Ethernet, behind).
	Header []Field
	// HeaderBytes is the size of what the layer adds; Bytes the size of
	// the whole unit. The physical layer's Bytes counts the preamble too.
	HeaderBytes, Bytes int
	// Wire is the unit's bytes; the physical layer has the preamble in
	// front of the frame.
	Wire    []byte
	Explain i18n.T
}

func mac(b [6]byte) string {
	return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", b[0], b[1], b[2], b[3], b[4], b[5])
}

// Wraps returns how the layers wrap the packet's request, step by step
// from the application down to the physical layer: an HTTP request in a
// TCP segment, in an IP datagram, in an Ethernet frame, sent as bits.
// Reversed, the steps are what the receiver unwraps.
func (p Packet) Wraps() []Wrap {
	seg := p.TCPSegment()
	dgram := p.IPDatagram()
	frame := p.Frame()
	lines := strings.Split(strings.TrimSuffix(p.Request, "\r\n\r\n"), "\r\n")
	requestLine := strings.Fields(lines[0])
	httpFields := []Field{
		{Name: i18n.T{Ko: "메서드", En: "Method"}, Value: requestLine[0], Note: i18n.T{Ko: "자원을 달라는 요청", En: "asks for a resource"}},
		{Name: i18n.T{Ko: "대상", En: "Target"}, Value: requestLine[1], Note: i18n.T{Ko: "웹 사이트의 첫 페이지", En: "the site's front page"}},
		{Name: i18n.T{Ko: "버전", En: "Version"}, Value: requestLine[2]},
	}
	for _, l := range lines[1:] {
		name, value, _ := strings.Cut(l, ": ")
		f := Field{Name: i18n.T{Ko: name, En: name}, Value: value}
		if name == "Host" {
			f.Note = i18n.T{Ko: "어느 웹 사이트인지: 한 서버가 여러 사이트를 맡을 수 있음", En: "which site: one server may host many"}
		}
		httpFields = append(httpFields, f)
	}
	preamble := append(append([]byte{}, []byte("\x55\x55\x55\x55\x55\x55\x55\xd5")...), frame...)
	return []Wrap{
		{
			Layer: Application, Unit: i18n.T{Ko: "HTTP 요청 메시지", En: "HTTP request message"},
			Header: httpFields, Bytes: len(p.Request), Wire: []byte(p.Request),
			Explain: i18n.T{
				Ko: "파이썬의 http.client가 요청 메시지를 만들어 소켓으로 보냅니다. 여기까지가 프로그램의 몫이고, 아래 계층은 운영체제가 맡습니다.",
				En: "Python's http.client writes the request message and sends it on a socket. This much is the program's work; the OS does the layers below.",
			},
		},
		{
			Layer: Transport, Unit: i18n.T{Ko: "TCP 세그먼트", En: "TCP segment"},
			Header: []Field{
				{Name: i18n.T{Ko: "출발지 포트", En: "Source port"}, Value: fmt.Sprint(p.SrcPort), Note: i18n.T{Ko: "클라이언트 쪽 포트: OS가 임의로 할당", En: "the client-side port, picked by the OS"}},
				{Name: i18n.T{Ko: "목적지 포트", En: "Destination port"}, Value: fmt.Sprint(p.DstPort), Note: i18n.T{Ko: "HTTP의 알려진 포트", En: "HTTP's well-known port"}},
				{Name: i18n.T{Ko: "순서 번호", En: "Sequence number"}, Value: fmt.Sprint(p.Seq), Note: i18n.T{Ko: "이 데이터의 첫 바이트 번호: 받는 쪽이 순서를 맞춤", En: "the number of this data's first byte: the receiver puts data in order"}},
				{Name: i18n.T{Ko: "확인 응답 번호", En: "Acknowledgment number"}, Value: fmt.Sprint(p.Ack), Note: i18n.T{Ko: "상대에게서 다음에 받을 바이트 번호", En: "the next byte expected from the other side"}},
				{Name: i18n.T{Ko: "헤더 길이", En: "Header length"}, Value: fmt.Sprintf("%d bytes", tcpHeaderLen)},
				{Name: i18n.T{Ko: "플래그", En: "Flags"}, Value: "PSH, ACK", Note: i18n.T{Ko: "연결은 이미 맺어짐(3-way handshake 뒤): 데이터를 바로 전달", En: "the connection is already set up (after the 3-way handshake): deliver the data now"}},
				{Name: i18n.T{Ko: "윈도 크기", En: "Window"}, Value: fmt.Sprint(p.Window), Note: i18n.T{Ko: "더 받을 수 있는 양 (흐름 제어)", En: "how much more this side can take (flow control)"}},
				{Name: i18n.T{Ko: "체크섬", En: "Checksum"}, Value: fmt.Sprintf("0x%04x", binary.BigEndian.Uint16(seg[16:])), Note: i18n.T{Ko: "오류 검출: IP 주소 일부까지 포함해 계산", En: "error detection, computed over the IP addresses too"}},
			},
			HeaderBytes: tcpHeaderLen, Bytes: len(seg), Wire: seg,
			Explain: i18n.T{
				Ko: "TCP가 메시지 앞에 헤더를 붙입니다. 포트 번호로 어느 프로세스의 데이터인지 구별합니다: (114.71.220.95, 59664)에서 (www.python.org, 80)으로.",
				En: "TCP puts its header in front of the message. Port numbers tell which process the data is for: from (114.71.220.95, 59664) to (www.python.org, 80).",
			},
		},
		{
			Layer: NetworkLayer, Unit: i18n.T{Ko: "IP 데이터그램", En: "IP datagram"},
			Header: []Field{
				{Name: i18n.T{Ko: "버전", En: "Version"}, Value: "4", Note: i18n.T{Ko: "IPv4", En: "IPv4"}},
				{Name: i18n.T{Ko: "헤더 길이", En: "Header length"}, Value: fmt.Sprintf("%d bytes", ipHeaderLen)},
				{Name: i18n.T{Ko: "전체 길이", En: "Total length"}, Value: fmt.Sprint(len(dgram)), Note: i18n.T{Ko: "헤더와 TCP 세그먼트를 합친 크기", En: "header and TCP segment together"}},
				{Name: i18n.T{Ko: "식별자", En: "Identification"}, Value: fmt.Sprintf("0x%04x", p.ID)},
				{Name: i18n.T{Ko: "플래그", En: "Flags"}, Value: "DF", Note: i18n.T{Ko: "쪼개지 말 것 (Don't Fragment)", En: "don't fragment"}},
				{Name: i18n.T{Ko: "TTL", En: "TTL"}, Value: fmt.Sprint(p.TTL), Note: i18n.T{Ko: "라우터를 하나 지날 때마다 1씩 줄고, 0이 되면 버려짐", En: "one less at each router; dropped at 0"}},
				{Name: i18n.T{Ko: "프로토콜", En: "Protocol"}, Value: "6 (TCP)", Note: i18n.T{Ko: "안에 든 것이 TCP 세그먼트", En: "what is inside is a TCP segment"}},
				{Name: i18n.T{Ko: "헤더 체크섬", En: "Header checksum"}, Value: fmt.Sprintf("0x%04x", binary.BigEndian.Uint16(dgram[10:])), Note: i18n.T{Ko: "헤더만 검사", En: "checks the header only"}},
				{Name: i18n.T{Ko: "출발지 IP", En: "Source IP"}, Value: p.SrcIP.String(), Note: i18n.T{Ko: "덱의 클라이언트 주소", En: "the deck's client address"}},
				{Name: i18n.T{Ko: "목적지 IP", En: "Destination IP"}, Value: p.DstIP.String(), Note: i18n.T{Ko: "www.python.org 대신 쓴 문서용 주소 (RFC 5737): 실제 주소는 DNS로 찾음", En: "a documentation address (RFC 5737) standing in for www.python.org's, which DNS finds"}},
			},
			HeaderBytes: ipHeaderLen, Bytes: len(dgram), Wire: dgram,
			Explain: i18n.T{
				Ko: "IP가 세그먼트 앞에 헤더를 붙입니다. 목적지 IP 주소를 보고 라우터들이 데이터그램을 수신지까지 라우팅합니다.",
				En: "IP puts its header in front of the segment. Routers look at the destination IP address to route the datagram to its destination.",
			},
		},
		{
			Layer: Link, Unit: i18n.T{Ko: "이더넷 프레임", En: "Ethernet frame"},
			Header: []Field{
				{Name: i18n.T{Ko: "목적지 MAC", En: "Destination MAC"}, Value: mac(p.DstMAC), Note: i18n.T{Ko: "서버가 아니라 다음 노드(공유기·라우터)의 MAC 주소", En: "not the server's but the next node's (the router's) MAC address"}},
				{Name: i18n.T{Ko: "출발지 MAC", En: "Source MAC"}, Value: mac(p.SrcMAC), Note: i18n.T{Ko: "클라이언트 네트워크 카드의 주소", En: "the client's network card"}},
				{Name: i18n.T{Ko: "타입", En: "EtherType"}, Value: "0x0800 (IPv4)", Note: i18n.T{Ko: "안에 든 것이 IPv4 데이터그램", En: "what is inside is an IPv4 datagram"}},
				{Name: i18n.T{Ko: "FCS (뒤에 붙음)", En: "FCS (at the end)"}, Value: fmt.Sprintf("0x%08x", binary.LittleEndian.Uint32(frame[len(frame)-fcsLen:])), Note: i18n.T{Ko: "프레임 전체의 CRC-32: 깨진 프레임은 버려짐", En: "a CRC-32 of the frame: damaged frames are dropped"}},
			},
			HeaderBytes: ethHeaderLen + fcsLen, Bytes: len(frame), Wire: frame,
			Explain: i18n.T{
				Ko: "이더넷이 데이터그램 앞에 헤더를, 뒤에 FCS를 붙입니다. 링크 계층은 인접한 노드까지만 전달하므로, 라우터마다 프레임을 새로 만듭니다.",
				En: "Ethernet puts its header in front of the datagram and the FCS behind it. The link layer only reaches the next node, so every router builds a new frame.",
			},
		},
		{
			Layer: Physical, Unit: i18n.T{Ko: "비트", En: "bits"},
			Header: []Field{
				{Name: i18n.T{Ko: "프리앰블과 SFD", En: "Preamble and SFD"}, Value: "55 55 55 55 55 55 55 d5", Note: i18n.T{Ko: "받는 쪽이 박자를 맞추고 프레임의 시작을 알게 함", En: "lets the receiver get in step and find where the frame starts"}},
				{Name: i18n.T{Ko: "비트 수", En: "Bits"}, Value: fmt.Sprint(8 * len(preamble)), Note: i18n.T{Ko: "프리앰블을 포함한 프레임의 비트", En: "the frame's bits, preamble included"}},
			},
			HeaderBytes: preambleLen, Bytes: len(preamble), Wire: preamble,
			Explain: i18n.T{
				Ko: "물리 계층이 프레임을 비트로 바꿔 케이블의 전기 신호나 WiFi의 전파로 보냅니다.",
				En: "The physical layer turns the frame into bits, sent as electrical signals on a cable or as radio waves over WiFi.",
			},
		},
	}
}
