package lab

import "netprimer/app/i18n"

// Texts of the page that its code chooses; the widgets hold the others.
var (
	txtStarting = i18n.T{Ko: "실습 세션을 만드는 중입니다…", En: "Starting a lab session…"}
	txtResuming = i18n.T{Ko: "실습 세션을 불러오는 중입니다…", En: "Loading the lab session…"}

	txtUnreachable = i18n.T{
		Ko: "서버에 닿지 않습니다 (오프라인이거나 서버가 멈췄습니다). 잠시 뒤 다시 시도합니다. 다른 수업 페이지는 그대로 쓸 수 있습니다.",
		En: "The server cannot be reached (offline, or the server stopped). The page tries again shortly; the other lessons still work.",
	}
	txtBusy = i18n.T{
		Ko: "서버가 지금 요청이 많아 답하지 못했습니다. 잠시 뒤 다시 시도합니다.",
		En: "The server is busy and did not answer. The page tries again shortly.",
	}
	txtExpired = i18n.T{
		Ko: "이 실습 세션은 끝났습니다 (세션은 정해진 시간 동안만 쓸 수 있습니다). 새 세션을 시작하세요.",
		En: "This lab session has ended (a session lasts a few hours). Start a new one.",
	}
	txtNotFound = i18n.T{
		Ko: "이 코드의 실습 세션이 없습니다. 주소의 코드를 확인하거나 새 세션을 시작하세요.",
		En: "No lab session has this code. Check the code in the address, or start a new session.",
	}
	txtBadCode = i18n.T{
		Ko: "주소의 코드가 실습 코드의 모양이 아닙니다 (숫자와 영문자 6개). 새 세션을 시작하세요.",
		En: "The code in the address is not a lab code (6 letters and digits). Start a new session.",
	}
	txtOther = i18n.T{
		Ko: "서버의 답을 읽지 못했습니다. 다시 시도하세요.",
		En: "The server's answer could not be read. Try again.",
	}
	txtRetryIn = i18n.T{Ko: "{0}초 뒤 다시 시도합니다.", En: "Trying again in {0} s."}

	txtNotSaved = i18n.T{
		Ko: "이 브라우저에 진도를 저장하지 못했습니다: ",
		En: "The progress could not be kept in this browser: ",
	}

	txtStatus = map[string]i18n.T{
		"open":  {Ko: "아직", En: "not yet"},
		"tried": {Ko: "시도함", En: "tried"},
		"done":  {Ko: "완료", En: "done"},
	}

	// Why a connection closed, by the close event's reason.
	txtClosed = map[string]i18n.T{
		"eof":        {Ko: "클라이언트가 연결을 닫았습니다.", En: "The client closed the connection."},
		"idle":       {Ko: "{0}초 동안 아무것도 오지 않아 서버가 연결을 닫았습니다.", En: "Nothing came for {0} seconds, so the server closed the connection."},
		"reset":      {Ko: "연결이 끊어졌습니다 (상대가 연결을 재설정).", En: "The connection broke (reset by the peer)."},
		"expired":    {Ko: "세션이 끝나 서버가 연결을 닫았습니다.", En: "The session ended, so the server closed the connection."},
		"shutdown":   {Ko: "서버가 멈추며 연결을 닫았습니다.", En: "The server closed the connection as it stopped."},
		"no_newline": {Ko: "코드 다음에 줄바꿈(b'\\n')이 없어 서버가 연결을 닫았습니다.", En: "The code had no newline (b'\\n') after it, so the server closed the connection."},
	}
	txtNoNewlineUDP = i18n.T{
		Ko: "코드 다음에 줄바꿈(b'\\n')이 없습니다: 서버는 데이터그램을 CODE + 페이로드로 읽습니다.",
		En: "The code has no newline (b'\\n') after it: the server reads a datagram as CODE + payload.",
	}
)
