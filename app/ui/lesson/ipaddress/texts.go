package ipaddress

import "netprimer/app/i18n"

// Texts of the /ipaddress lesson. The deck's terms come first, with their
// English names.
var (
	txtAddrTitle = i18n.T{Ko: "ip_address() — IP 주소 객체", En: "ip_address() — an IP address object"}
	txtAddrIntro = i18n.T{
		Ko: "IPv4 또는 IPv6 주소를 입력하세요. ip_address()가 버전을 자동으로 알아냅니다.",
		En: "Type an IPv4 or an IPv6 address: ip_address() recognises the version by itself."}
	txtAddrLabel = i18n.T{Ko: "IP 주소", En: "IP address"}
	txtExamples  = i18n.T{Ko: "예:", En: "Examples:"}

	txtNetTitle = i18n.T{Ko: "ip_network() — 네트워크 계산기", En: "ip_network() — the network calculator"}
	txtNetIntro = i18n.T{
		Ko: "네트워크 주소와 프리픽스 길이를 입력하세요(예: 114.71.220.0/24). IPv4는 서브넷 마스크(114.71.220.0/255.255.255.0)로 써도 됩니다.",
		En: "Type a network address and a prefix length (114.71.220.0/24, say). IPv4 also takes a subnet mask (114.71.220.0/255.255.255.0)."}
	txtNetLabel    = i18n.T{Ko: "네트워크", En: "Network"}
	txtStrictLabel = i18n.T{Ko: "strict=True (호스트 비트가 켜진 네트워크는 오류)", En: "strict=True (a network with host bits set is an error)"}
	txtStrictOff   = i18n.T{Ko: "strict=False로 호스트 비트 지우기", En: "Clear the host bits with strict=False"}
	txtMasked      = i18n.T{
		Ko: "strict=False: 넷마스크 밖의 호스트 비트를 0으로 지운 네트워크입니다.",
		En: "strict=False: the network is what is left once the host bits outside the netmask are cleared."}
	txtGridLabel = i18n.T{Ko: "네트워크 부분과 호스트 부분의 비트", En: "Bits of the network part and the host part"}
	txtGridHelp  = i18n.T{
		Ko: "파란 비트는 네트워크 부분, 노란 비트는 호스트 부분입니다. 비트를 누르면 그 비트까지가 네트워크 부분이 됩니다(네트워크 부분의 마지막 비트를 누르면 한 비트 줄어듭니다).",
		En: "Blue bits are the network part, yellow bits the host part. Click a bit to end the network part there (click the last bit of the network part to shorten it by one)."}
	txtGridHostBits = i18n.T{
		Ko: "입력한 주소의 비트입니다. 노란 호스트 부분에 1인 비트가 있어서 strict=True의 ip_network()는 ValueError를 냅니다. 비트를 누르면 그 비트까지가 네트워크 부분인 네트워크로 갑니다.",
		En: "The bits of the address as typed. The host part, in yellow, has bits set to 1, so ip_network() with strict=True raises ValueError. Click a bit to go to the network whose network part ends there."}
	txtHostsCount = i18n.T{Ko: "hosts() 개수", En: "hosts() count"}
	txtFirstHost  = i18n.T{Ko: "첫 호스트 주소", En: "first host"}
	txtLastHost   = i18n.T{Ko: "마지막 호스트 주소", En: "last host"}
	txtHostsTitle = i18n.T{Ko: "사용 가능한 호스트 주소 — hosts()", En: "Usable host addresses — hosts()"}
	txtHostsRule  = i18n.T{
		Ko: "IPv4의 hosts()는 네트워크 주소와 브로드캐스트 주소를 뺍니다(/31은 두 주소 모두, /32는 그 주소 하나). IPv6는 첫 주소(Subnet-Router anycast)만 뺍니다(/127은 두 주소 모두, /128은 하나).",
		En: "For IPv4, hosts() leaves out the network and broadcast addresses (a /31 gives both of its addresses, a /32 its one). IPv6 leaves out only the first, the Subnet-Router anycast address (a /127 gives both, a /128 its one)."}
	txtSubnetsTitle = i18n.T{Ko: "서브넷과 슈퍼넷 — subnets(), supernet()", En: "Subnets and the supernet — subnets(), supernet()"}
	txtFewer        = i18n.T{Ko: "더 큰 서브넷", En: "Larger subnets"}
	txtMore         = i18n.T{Ko: "더 작은 서브넷", En: "Smaller subnets"}
	txtFirstPage    = i18n.T{Ko: "처음", En: "First page"}
	txtPrevPage     = i18n.T{Ko: "이전", En: "Previous page"}
	txtNextPage     = i18n.T{Ko: "다음", En: "Next page"}
	txtLastPage     = i18n.T{Ko: "마지막", En: "Last page"}

	txtMemberTitle = i18n.T{Ko: "in 연산자 — 주소가 네트워크에 속하는가", En: "The in operator — is the address in the network?"}
	txtMemberIntro = i18n.T{
		Ko: "이 IP 주소와 위의 네트워크로 addr in net을 계산합니다. 슬라이드의 예:",
		En: "addr in net, for this IP address and the network above. The slide's examples:"}
	txtMemberLabel = i18n.T{Ko: "IP 주소 (addr)", En: "IP address (addr)"}
	txtMemberBad   = i18n.T{
		Ko: "이 IP 주소나 위의 네트워크가 올바르지 않습니다. 파이썬의 오류는 아래 세션에 있습니다.",
		En: "This IP address or the network above is not valid; the session below shows Python's error."}
	txtMemberMixed = i18n.T{
		Ko: "IP 버전이 다른 주소는 네트워크에 속할 수 없습니다: in은 False입니다.",
		En: "An address of the other IP version is never in the network: in gives False."}
)
