package lookups

import (
	"netprimer/app/api"
	"netprimer/app/i18n"
)

// keyedText is a text found by key: arrays and slices of these are static
// data, where a map would cost code to build.
type keyedText struct {
	key string
	t   i18n.T
}

// textOf returns the text of key, or false.
func textOf(texts []keyedText, key string) (t i18n.T, ok bool) {
	for _, k := range texts {
		if k.key == key {
			return k.t, true
		}
	}
	return t, false
}

// Texts of the lessons that ask the server: /hosts and /services.
var (
	txtServerView = i18n.T{
		Ko: "이 답은 서버(강사가 실행한 Netprimer)가 본 네트워크입니다. 여러분의 컴퓨터에서 python3로 실행하면 답이 다를 수 있습니다.",
		En: "These answers are the network as the server (the instructor's Netprimer) sees it. Run the same in python3 on your own computer, and the answers may differ.",
	}
	txtLookingUp = i18n.T{Ko: "서버에 묻는 중…", En: "Looking up on the server…"}
	txtRetry     = i18n.T{Ko: "다시 묻기", En: "Ask again"}
	txtOutput    = i18n.T{Ko: "실행결과", En: "Output"}
	txtResolver  = i18n.T{Ko: "이름을 찾아 준 곳", En: "Names looked up by"}
	txtTable     = i18n.T{Ko: "답한 서비스 표", En: "Services table that answered"}

	// Why a call has no Python outcome, in a row, then for the whole lesson.
	txtFail = [...]i18n.T{
		failUnreachable: {Ko: "서버에 연결할 수 없음", En: "Server unreachable"},
		failRateLimited: {Ko: "요청이 너무 많음 (HTTP 429)", En: "Too many requests (HTTP 429)"},
		failOverloaded:  {Ko: "서버가 바쁨 (HTTP 503)", En: "Server busy (HTTP 503)"},
		failRefused:     {Ko: "서버가 받지 않는 요청입니다: %s", En: "The server does not take this request: %s"},
		failOther:       {Ko: "서버가 예상하지 못한 답을 보냈습니다 (%s)", En: "The server sent an unexpected answer (%s)"},
	}
	txtFailLong = [...]i18n.T{
		failUnreachable: {
			Ko: "서버에 연결할 수 없습니다. 오프라인이거나 서버가 멈췄습니다. 이 레슨의 조회는 서버가 실행하므로 지금은 답을 볼 수 없지만, 입력과 다른 레슨은 그대로 동작합니다.",
			En: "The server is unreachable: you are offline, or the server has stopped. The server runs this lesson's lookups, so there are no answers for now; the inputs and the other lessons keep working.",
		},
		failRateLimited: {
			Ko: "서버가 요청을 잠시 거절했습니다: 같은 주소(같은 강의실 네트워크)에서 요청이 너무 많습니다. %s초 뒤에 다시 물어보세요.",
			En: "The server is turning requests away for now: too many requests from your address (a classroom may share one). Ask again in %s s.",
		},
		failOverloaded: {
			Ko: "서버가 바쁩니다: 기다리는 조회가 너무 많습니다. %s초 뒤에 다시 물어보세요.",
			En: "The server is busy: too many lookups are waiting. Ask again in %s s.",
		},
	}

	// What an exception means, by class and errno (see errorKey), and by
	// what the server adds (see explainAnswer). Each case of a lookup that
	// fails is told apart: the name does not exist, the server cannot
	// reach DNS, the name has no IPv4 address, the address has no name,
	// the instructor's setting.
	txtNoSuchName = i18n.T{
		Ko: "이 이름은 없습니다: 서버가 물어본 DNS가 그런 이름이 없다고 답했습니다 (NXDOMAIN). 철자를 확인해 보세요. 강의 자료에 나온 이름인데도 이렇게 나오면, 서버의 네트워크가 인터넷의 이름을 모르는 것입니다 (인터넷에 연결되지 않은 서버의 DNS는 모든 이름에 이렇게 답하기도 합니다). 아래의 강의 자료의 답과 비교해 보세요.",
		En: "This name does not exist: the DNS the server asked answered that there is no such name (NXDOMAIN). Check the spelling. If the deck uses this very name, the server's network does not know the internet's names (the DNS of a server without the internet may answer so for every name): compare with the deck's answer below.",
	}
	txtNoDNS = i18n.T{
		Ko: "서버가 지금 DNS에 닿지 못했습니다: DNS 서버가 제때 답하지 않았거나 실패했다고 답했습니다 (SERVFAIL). 이름이 없다는 뜻이 아닙니다. 인터넷에 연결된 컴퓨터에서는 주소가 나올 수 있습니다 (강의 자료의 답을 보세요).",
		En: "The server could not reach DNS just now: the DNS server did not answer in time, or answered that it failed (SERVFAIL). This does not mean the name does not exist: on a computer with the internet it may well have an address (see the deck's answer).",
	}
	txtNoDNSTime = i18n.T{
		Ko: "서버가 DNS에 닿지 못했습니다: 서버가 기다리는 시간 안에 DNS 서버가 답하지 않았습니다. DNS 서버에 닿지 않을 때 파이썬이 내는 오류가 이것입니다. 이름이 없다는 뜻이 아닙니다.",
		En: "The server could not reach DNS: no DNS server answered within the time the server waits. This is the error Python raises when no DNS server can be reached; it does not mean the name does not exist.",
	}
	txtNoIPv4 = i18n.T{
		Ko: "이 이름은 있지만 IPv4 주소가 없습니다: DNS에 이 이름의 다른 기록(IPv6 주소 등)만 있습니다. gethostbyname은 IPv4 주소만 돌려줍니다.",
		En: "The name exists but has no IPv4 address: the DNS holds other records for it (an IPv6 address, say). gethostbyname returns IPv4 addresses only.",
	}
	txtAddrNoName = i18n.T{
		Ko: "이 주소에는 이름이 없습니다: 역방향 조회(주소로 이름 찾기)에서 DNS가 이 주소의 이름을 찾지 못했습니다. 이름 없이 주소만 쓰는 컴퓨터가 많습니다. 인터넷에 연결되지 않은 서버에서는 이름이 있는 주소도 이렇게 나옵니다.",
		En: "This address has no name: the reverse lookup (from address to name) found none in the DNS. Many computers have an address and no name; on a server without the internet, an address that has a name answers so too.",
	}
	txtLookupFailed = i18n.T{
		Ko: "이름 조회가 실패했습니다: 서버가 DNS에 닿지 못했거나 DNS 서버가 실패했다고 답했습니다. 주소에 이름이 없다는 뜻은 아닙니다.",
		En: "The name lookup failed: the server could not reach DNS, or the DNS server answered that it failed. This does not mean the address has no name.",
	}
	txtPrivate = i18n.T{
		Ko: "강사의 설정으로 서버가 사설 주소(10.x.x.x, 172.16~31.x.x, 192.168.x.x 등)의 이름을 찾지 않습니다: 학교 네트워크의 이름은 밖에 알리지 않습니다. 그래서 파이썬이 이름 없는 주소에 보여 주는 답이 나옵니다.",
		En: "The instructor's setting keeps the server from looking up the names of private addresses (10.x.x.x, 172.16–31.x.x, 192.168.x.x, …): the campus network's names stay private. So the answer is what Python shows for an address without a name.",
	}
	txtExplain = []keyedText{
		{"gaierror -2", txtNoSuchName},
		{"gaierror -3", txtNoDNS},
		{"gaierror -5", txtNoIPv4},
		{"herror 1", txtAddrNoName},
		{"herror 2", txtLookupFailed},
		{"herror 4", txtNoIPv4},
		{api.TypeOSError, i18n.T{
			Ko: "서버의 서비스 표에 이 서비스(또는 이 프로토콜과의 조합)가 없습니다.",
			En: "The server's services table has no such service (or not with this protocol).",
		}},
		{api.TypeOverflowError, i18n.T{
			Ko: "포트 번호는 16비트이므로 0부터 65535까지입니다.",
			En: "A port number is 16 bits: from 0 to 65535.",
		}},
		{api.TypeUnicodeError, i18n.T{
			Ko: "이 이름은 IDNA로 인코딩할 수 없습니다 (빈 레이블이나 63자가 넘는 레이블 등).",
			En: "This name cannot be encoded with IDNA (an empty label, a label over 63 characters, …).",
		}},
	}

	txtSameAbove = i18n.T{Ko: "위와 같은 까닭입니다.", En: "For the same reason as above."}

	// What the server adds to an answer.
	txtRemembered = i18n.T{
		Ko: "서버가 조금 전에 같은 것을 물어 받아 둔 답입니다.",
		En: "The server asked the same a moment ago, and kept the answer.",
	}
	txtBackend = []keyedText{
		{"libc", i18n.T{Ko: "libc — 서버의 C 라이브러리 (CPython과 같은 호출)", En: "libc — the server's C library (the calls CPython makes)"}},
		{"go", i18n.T{Ko: "go — 서버가 Go로 구현한 같은 규칙 (hosts 파일, resolv.conf)", En: "go — the same rules in Go on the server (hosts file, resolv.conf)"}},
		{"dns", i18n.T{Ko: "dns — 강사가 지정한 DNS 서버 (hosts 파일 없이)", En: "dns — the DNS server the instructor chose (no hosts file)"}},
	}
	txtSource = []keyedText{
		{"file", i18n.T{Ko: "file — 서버의 services 파일 (/etc/services)", En: "file — the server's services file (/etc/services)"}},
		{"builtin", i18n.T{Ko: "builtin — 서버 프로그램에 들어 있는 표 (서버에 services 파일이 없음)", En: "builtin — the table shipped with the server (it has no services file)"}},
	}
)

// Texts of /hosts.
var (
	txtHostFuncs = i18n.T{Ko: "호스트 정보 함수", En: "Host information functions"}
	txtHostLabel = i18n.T{Ko: "호스트 이름 또는 IP 주소 (HOSTS의 첫 항목)", En: "Host name or IP address (first entry of HOSTS)"}
	txtHostEmpty = i18n.T{Ko: "호스트 이름이나 IP 주소를 입력하세요.", En: "Type a host name or an IP address."}
	txtHostsProg = i18n.T{Ko: "여러 사이트의 IP 주소를 확인하는 프로그램", En: "A program that looks up the IP addresses of several sites"}
	txtHostsList = i18n.T{Ko: "HOSTS (한 줄에 하나)", En: "HOSTS (one a line)"}
	txtHostsCap  = i18n.T{
		Ko: "HOSTS에는 1024바이트 이하의 이름을 16개까지 넣을 수 있습니다. 나머지는 뺐습니다.",
		En: "HOSTS takes up to 16 names of at most 1024 bytes each; the rest were left out.",
	}
)

// Texts of /services.
var (
	txtServLookup = i18n.T{Ko: "서비스 이름과 포트 번호", En: "Service names and port numbers"}
	txtServName   = i18n.T{Ko: "서비스 이름 (servicename)", En: "Service name (servicename)"}
	txtServPort   = i18n.T{Ko: "포트 번호 (port)", En: "Port number (port)"}
	txtServProto  = i18n.T{Ko: "프로토콜 (protocolname, 비우면 생략)", En: "Protocol (protocolname, empty: left out)"}
	txtServEmpty  = i18n.T{Ko: "값을 입력하세요.", En: "Type a value."}
	txtPortInt    = i18n.T{
		Ko: "포트 번호는 정수로 입력하세요 (예: 80). 파이썬에서 포트는 int입니다.",
		En: "Type the port as an integer (e.g. 80): in Python a port is an int.",
	}
	txtWellKnown = i18n.T{Ko: "알려진 포트 번호 (well-known ports)", En: "Well-known ports"}
	txtPort      = i18n.T{Ko: "포트", En: "Port"}
	txtPortsProg = i18n.T{Ko: "예제: 포트 번호로 URL 만들기", En: "Example: building URLs from port numbers"}
)
