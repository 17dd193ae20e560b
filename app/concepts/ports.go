package concepts

import (
	"slices"
	"strconv"
	"strings"

	"netprimer/app/i18n"
	"netprimer/app/pyrepl"
)

// WellKnownPort is a row of the deck's table of well-known ports.
type WellKnownPort struct {
	Port uint16
	// Service is the protocol's name: "SMTP".
	Service string
	// Label is the row as the deck writes it: "SMTP (Mail)".
	Label string
	// PyName is what socket.getservbyport(Port) returns: "smtp".
	PyName string
	// Kind is what the service is for: 메일/Mail, 웹/Web …
	Kind i18n.T
	// What says what the service does.
	What i18n.T
	// aliases are other answers taken as the service (normalized).
	aliases []string
}

var wellKnown = []WellKnownPort{
	{21, "FTP", "FTP", "ftp", i18n.T{Ko: "파일", En: "Files"},
		i18n.T{Ko: "FTP: 파일을 주고받는 서비스", En: "FTP: transferring files"}, []string{"filetransferprotocol"}},
	{22, "SSH", "SSH", "ssh", i18n.T{Ko: "원격 접속", En: "Remote login"},
		i18n.T{Ko: "SSH: 다른 컴퓨터에 암호화된 연결로 접속", En: "SSH: logging in to another computer over an encrypted connection"}, []string{"secureshell"}},
	{23, "Telnet", "Telnet", "telnet", i18n.T{Ko: "원격 접속", En: "Remote login"},
		i18n.T{Ko: "Telnet: 다른 컴퓨터에 접속 (암호화 없음: 지금은 SSH를 씀)", En: "Telnet: logging in to another computer (unencrypted: SSH replaced it)"}, []string{"텔넷"}},
	{25, "SMTP", "SMTP (Mail)", "smtp", i18n.T{Ko: "메일", En: "Mail"},
		i18n.T{Ko: "SMTP: 메일을 보냄", En: "SMTP: sending mail"}, []string{"simplemailtransferprotocol"}},
	{80, "HTTP", "HTTP (Web)", "http", i18n.T{Ko: "웹", En: "Web"},
		i18n.T{Ko: "HTTP: 웹 페이지를 주고받음", En: "HTTP: exchanging web pages"}, []string{"www", "hypertexttransferprotocol"}},
	{110, "POP3", "POP3 (Mail)", "pop3", i18n.T{Ko: "메일", En: "Mail"},
		i18n.T{Ko: "POP3: 서버에서 메일을 가져옴", En: "POP3: fetching mail from a server"}, []string{"pop", "postofficeprotocol", "postofficeprotocol3"}},
	{443, "HTTPS", "HTTPS (Web)", "https", i18n.T{Ko: "웹", En: "Web"},
		i18n.T{Ko: "HTTPS: TLS로 암호화한 HTTP", En: "HTTPS: HTTP encrypted with TLS"}, []string{"httpsecure", "httpovertls"}},
}

// WellKnownPorts returns the deck's table, in its order.
func WellKnownPorts() []WellKnownPort {
	out := make([]WellKnownPort, len(wellKnown))
	for i, w := range wellKnown {
		w.aliases = slices.Clone(w.aliases)
		out[i] = w
	}
	return out
}

// Python returns the Python session that looks the row up both ways with
// the socket module, as CPython prints it:
//
//	>>> import socket
//	>>> socket.getservbyport(25)
//	'smtp'
//	>>> socket.getservbyname('smtp')
//	25
func (w WellKnownPort) Python() string {
	return pyrepl.Session("socket").
		Eval("socket.getservbyport("+strconv.Itoa(int(w.Port))+")", pyrepl.Str(w.PyName)).
		Eval("socket.getservbyname("+pyrepl.Str(w.PyName)+")", strconv.Itoa(int(w.Port))).
		String()
}

func portRow(port uint16) (WellKnownPort, bool) {
	for _, w := range wellKnown {
		if w.Port == port {
			return w, true
		}
	}
	return WellKnownPort{}, false
}

// serviceRow finds the row an answer names: the service, the deck's label,
// Python's name, or an alias, in any case and spacing.
func serviceRow(answer string) (WellKnownPort, bool) {
	k := normalize(answer)
	if k == "" {
		return WellKnownPort{}, false
	}
	for _, w := range wellKnown {
		if k == normalize(w.Service) || k == normalize(w.PyName) {
			return w, true
		}
		for _, a := range w.aliases {
			if k == a {
				return w, true
			}
		}
	}
	return WellKnownPort{}, false
}

func rowText(w WellKnownPort) i18n.T {
	p := strconv.Itoa(int(w.Port))
	return i18n.T{Ko: p + "번은 " + w.What.Ko, En: "port " + p + " is " + w.What.En}
}

// CheckService checks the answer to "which service uses port N?". The
// answer may be the service ("smtp", "SMTP"), the deck's label
// ("SMTP (Mail)") or an alias ("www" for HTTP). Naming only the kind
// ("Mail" for 25) is Close: two rows of the table are mail, and the
// question asks for the protocol.
func CheckService(port uint16, answer string) Feedback {
	answer = i18n.Fold(answer) // ｈｔｔｐｓ, typed in full-width mode, is https
	want, ok := portRow(port)
	if !ok {
		return Feedback{Invalid, i18n.T{Ko: "덱의 표에 없는 포트입니다: " + strconv.Itoa(int(port)), En: "not a port of the deck's table: " + strconv.Itoa(int(port))}}
	}
	if strings.TrimSpace(answer) == "" {
		return Feedback{Invalid, i18n.T{Ko: "서비스 이름을 적으세요.", En: "type a service name."}}
	}
	if got, ok := serviceRow(answer); ok {
		if got.Port == port {
			return Feedback{Correct, join(i18n.T{Ko: "맞습니다.", En: "Right."}, rowText(want))}
		}
		return Feedback{Wrong, join(i18n.T{Ko: "아니요.", En: "No."}, rowText(want),
			i18n.T{Ko: got.Service + "의 포트는 " + strconv.Itoa(int(got.Port)) + "번입니다.", En: got.Service + " uses port " + strconv.Itoa(int(got.Port)) + "."})}
	}
	k := normalize(answer)
	if k == normalize(want.Kind.Ko) || k == normalize(want.Kind.En) {
		var same []string
		for _, w := range wellKnown {
			if w.Kind == want.Kind {
				same = append(same, w.Service+" "+strconv.Itoa(int(w.Port)))
			}
		}
		return Feedback{Close, i18n.T{
			Ko: "종류는 맞지만 프로토콜 이름을 적으세요: " + want.Kind.Ko + " 서비스는 " + strings.Join(same, ", ") + ".",
			En: "right kind, but name the protocol: the " + strings.ToLower(want.Kind.En) + " services are " + strings.Join(same, ", ") + ".",
		}}
	}
	return Feedback{Wrong, join(i18n.T{Ko: "아니요.", En: "No."}, rowText(want))}
}

// CheckPort checks the answer to "which port does service S use?"; answer
// must be a decimal port number, in ASCII or full-width digits.
func CheckPort(service string, answer string) Feedback {
	want, ok := serviceRow(service)
	if !ok {
		return Feedback{Invalid, i18n.T{Ko: "덱의 표에 없는 서비스입니다: " + service, En: "not a service of the deck's table: " + service}}
	}
	// int() reads full-width digits (int('２２') is 22): so does the quiz.
	n, err := strconv.ParseUint(strings.TrimSpace(i18n.Fold(answer)), 10, 16)
	if err != nil {
		return Feedback{Invalid, i18n.T{Ko: "0에서 65535 사이의 포트 번호를 적으세요.", En: "type a port number from 0 to 65535."}}
	}
	if uint16(n) == want.Port {
		return Feedback{Correct, join(i18n.T{Ko: "맞습니다.", En: "Right."}, rowText(want))}
	}
	fb := Feedback{Wrong, join(i18n.T{Ko: "아니요.", En: "No."}, rowText(want))}
	if got, ok := portRow(uint16(n)); ok {
		fb.Explain = join(fb.Explain, i18n.T{Ko: strconv.FormatUint(n, 10) + "번은 " + got.Service + "입니다.", En: "Port " + strconv.FormatUint(n, 10) + " is " + got.Service + "."})
	} else if n >= 1024 {
		// RFC 6335 §6: system (well-known) ports 0-1023, user (registered)
		// ports 1024-49151, dynamic ports 49152-65535.
		fb.Explain = join(fb.Explain, i18n.T{
			Ko: "알려진 포트는 0–1023번입니다. " + strconv.FormatUint(n, 10) + "번은 등록 포트(1024–49151)나, OS가 클라이언트 쪽에 임의로 할당하는 동적 포트(49152–65535)의 범위입니다.",
			En: "Well-known ports are 0-1023. Port " + strconv.FormatUint(n, 10) + " is in the range of registered ports (1024-49151) or of the dynamic ports (49152-65535) the OS picks for clients.",
		})
	}
	return fb
}
