package lookups

import (
	"net/url"
	"strings"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
	"netprimer/app/ui/kit"
)

// The deck's answers, as CPython printed them on the lecturer's PC (a
// Windows machine on the campus network, with the internet): the lessons
// show them beside the server's own, which may differ or fail where the
// server has no internet. Nothing here draws.

// recordedCall is a call of the deck and what it returned there, as repr.
type recordedCall struct {
	call api.Call
	repr string
}

func hostArg(f api.Func, arg string) api.Call { return api.Call{Func: f, Arg: arg, HasArg: true} }

// recordedHosts are the host functions' calls of the deck, in its order.
var recordedHosts = []recordedCall{
	{api.Call{Func: api.GetHostName}, "'DESKTOP-C119NVN'"},
	{hostArg(api.GetHostByName, "homepage.sch.ac.kr"), "'220.69.189.98'"},
	{hostArg(api.GetHostByNameEx, "homepage.sch.ac.kr"), "('homepage.sch.ac.kr', [], ['220.69.189.98'])"},
	{hostArg(api.GetHostByAddr, "220.69.189.98"), "('homepage.sch.ac.kr', [], ['220.69.189.98'])"},
	{hostArg(api.GetFQDN, "220.69.189.98"), "'homepage.sch.ac.kr'"},
	{hostArg(api.GetFQDN, "www.daum.net"), "'www.daum.net'"},
	{hostArg(api.GetFQDN, "www.google.com"), "'del03s01-in-f4.1e100.net'"},
}

// recordedHostsOutput is what the deck's HOSTS program printed.
const recordedHostsOutput = `www.sch.ac.kr : 220.69.189.98
homepage.sch.ac.kr : 220.69.189.98
www.daum.net : 211.249.220.24
www.google.com : 142.250.204.100
iot : [Errno 11001] getaddrinfo failed`

// recordedServices are the service functions' calls of the deck.
var recordedServices = []recordedCall{
	{api.Call{Func: api.GetServByName, Arg: "http", HasArg: true}, "80"},
	{api.Call{Func: api.GetServByName, Arg: "ftp", HasArg: true}, "21"},
	{api.Call{Func: api.GetServByName, Arg: "ssh", HasArg: true}, "22"},
	{api.Call{Func: api.GetServByName, Arg: "https", HasArg: true}, "443"},
	{api.Call{Func: api.GetServByPort, Arg: "80", HasArg: true}, "'http'"},
	{api.Call{Func: api.GetServByPort, Arg: "25", HasArg: true}, "'smtp'"},
}

// recordedPortsOutput is what the deck's port → URL program printed.
const recordedPortsOutput = `  80 http://example.co.kr/
 443 https://example.co.kr/
  21 ftp://example.co.kr/
  25 smtp://example.co.kr/
 143 imap://example.co.kr/
 993 imaps://example.co.kr/
 110 pop3://example.co.kr/
 995 pop3s://example.co.kr/`

// recordedOf returns the deck's session of c, or nil when the deck did
// not make that call.
func recordedOf(calls []recordedCall, c api.Call) []string {
	for _, r := range calls {
		if r.call == c {
			return pyrepl.Session("socket").Eval(c.Expr(), r.repr).Lines()
		}
	}
	return nil
}

// deckFound reports a host the deck's calls or its HOSTS program found on
// the lecturer's PC: a name that exists, or an address with a name. Where
// the server answers that it does not, the server's DNS is what fails.
func deckFound(host string) bool {
	switch host {
	case "www.sch.ac.kr", "homepage.sch.ac.kr", "www.daum.net", "www.google.com", "220.69.189.98":
		return true
	}
	return false
}

// deckExplain is what a failed call means when the deck found its host:
// the name exists (or the address has a name), and the server's DNS
// cannot see it. Other failures keep their explanation.
func deckExplain(c api.Call, r api.Response, explain string, lang i18n.Lang) string {
	if r.Error == nil || r.Refused || !c.HasArg || !deckFound(c.Arg) {
		return explain
	}
	switch errorKey(r.Error) {
	case "gaierror -2", "herror 1":
		return txtDeckFound.In(lang)
	}
	return explain
}

// deckHostLinks are the deck's host calls, one link each: the link opens
// /hosts on the call's argument as the first of HOSTS, the rest of hosts
// kept in order, so that no call of the deck needs retyping.
func deckHostLinks(hosts []string) []kit.Link {
	var links []kit.Link
	for _, r := range recordedHosts {
		if !r.call.HasArg {
			continue
		}
		list := []string{r.call.Arg}
		for _, h := range hosts {
			if h != r.call.Arg {
				list = append(list, h)
			}
		}
		links = append(links, kit.Link{Href: "/hosts?" + url.Values{api.ParamHost: list}.Encode(), Text: r.call.Expr()})
	}
	return links
}

// deckServiceLinks are the deck's service calls, one link each, with the
// other input and the protocol as they are.
func deckServiceLinks(in servicesIn) []kit.Link {
	links := make([]kit.Link, len(recordedServices))
	for i, r := range recordedServices {
		m := in
		if r.call.Func == api.GetServByName {
			m.name = r.call.Arg
		} else {
			m.port = r.call.Arg
		}
		m.proto = ""
		links[i] = kit.Link{Href: "/services?" + m.query().Encode(), Text: r.call.Expr()}
	}
	return links
}

// deckIMAP reports whether the port → URL program's output names port 143
// imap2, as a services file of Debian (or of any Linux taken from it)
// does, where the deck's Windows PC printed imap.
func deckIMAP(output string) bool { return strings.Contains(output, " 143 imap2://") }

// Texts about the recorded answers.
var (
	txtRecorded = i18n.T{
		Ko: "강의 자료의 답 (강사의 Windows PC에서 인터넷에 연결된 채 실행한 기록)",
		En: "The deck's answer (recorded on the lecturer's Windows PC, with the internet)",
	}
	txtDeckCalls = i18n.T{Ko: "강의 자료의 호출:", En: "The deck's calls:"}
	txtDeckFound = i18n.T{
		Ko: "서버의 DNS는 없다고 답했지만, 강사의 PC는 이 이름을 찾았습니다 (아래 강의 자료의 답). 이름은 있습니다: 서버의 네트워크가 인터넷의 DNS에 닿지 못하는 것입니다 (인터넷에 연결되지 않은 서버).",
		En: "The server's DNS answered that there is none, but the lecturer's PC found it (the deck's answer below). The name exists: the server's network does not reach the internet's DNS (a server without the internet).",
	}
	txtErrno = i18n.T{
		Ko: "iot라는 이름의 호스트는 없어서 두 시스템 모두 실패하지만 오류가 다르게 보입니다. Windows에서 getaddrinfo의 오류 번호는 Winsock의 번호라 11001(WSAHOST_NOT_FOUND, 호스트 없음)이고 파이썬은 'getaddrinfo failed'라고 적습니다. 이 서버 같은 Linux에서는 C 라이브러리(glibc)가 번호를 매겨 -2(EAI_NONAME)이고, 그 설명이 'Name or service not known'입니다. 같은 일, 다른 운영체제의 말입니다.",
		En: "No host is named iot, so both systems fail, but the error reads differently. On Windows, getaddrinfo's error numbers are Winsock's: 11001 (WSAHOST_NOT_FOUND, no such host), which Python prints as 'getaddrinfo failed'. On Linux, as on this server, the C library (glibc) numbers it -2 (EAI_NONAME), whose message is 'Name or service not known'. The same failure, in two systems' words.",
	}
	txtIMAP2 = i18n.T{
		Ko: "143번 포트가 imap2://로 나오는 것은 이 서버의 services 파일 때문입니다. Debian 계열 Linux의 /etc/services는 143번의 이름을 imap2로 적고 imap은 별명으로 둡니다. getservbyport는 첫 이름을 돌려주므로 imap2가 나오고, 강의 자료를 만든 Windows의 services 파일은 imap이라고 적습니다.",
		En: "Port 143 comes out as imap2:// because of this server's services file: Debian's /etc/services (and that of the Linux systems taken from it) names port 143 imap2, with imap as an alias. getservbyport returns the first name, so imap2; the services file of the Windows PC the deck was made on names it imap.",
	}
)
