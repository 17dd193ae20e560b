package ui

import "netprimer/app/i18n"

// Texts of the shell. Lesson texts live with their lessons.
var (
	txtLessons = i18n.T{Ko: "레슨", En: "Lessons"}
	txtSkip    = i18n.T{Ko: "본문으로 건너뛰기", En: "Skip to content"}
	txtPrev    = i18n.T{Ko: "이전", En: "Previous"}
	txtNext    = i18n.T{Ko: "다음", En: "Next"}
	txtUpdate  = i18n.T{Ko: "새 버전이 나왔습니다.", En: "A new version is available."}
	txtReload  = i18n.T{Ko: "새로고침", En: "Reload"}
	txtFooter  = i18n.T{
		Ko: "Netprimer — 순천향대학교 사물인터넷학과 「네트워크 프로그래밍」 강의의 실습 동반자. 한 번 방문한 뒤에는 오프라인에서도 동작합니다(서버 조회 제외).",
		En: "Netprimer — the hands-on companion to the course “Network Programming” (Dept. of Internet of Things, Soonchunhyang University). After one visit it works offline (except server lookups).",
	}
	txtFooterCourse = i18n.T{
		Ko: "Netprimer — 「{course}」 강의의 실습 동반자. 한 번 방문한 뒤에는 오프라인에서도 동작합니다(서버 조회 제외).",
		En: "Netprimer — the hands-on companion to the course “{course}”. After one visit it works offline (except server lookups).",
	}
	txtVersion      = i18n.T{Ko: "버전", En: "version"}
	txtNotFound     = i18n.T{Ko: "페이지를 찾을 수 없습니다", En: "Page not found"}
	txtNotFoundBody = i18n.T{
		Ko: "이 주소에는 레슨이 없습니다. 아래 목록에서 레슨을 고르세요.",
		En: "There is no lesson at this address. Pick a lesson from the list below.",
	}
	txtStart = i18n.T{Ko: "시작하기", En: "Start"}

	// The practice pages.
	txtPractice      = i18n.T{Ko: "연습", En: "Practice"}
	txtPracticeTitle = i18n.T{Ko: "연습 문제", En: "Practice"}
	txtPracticeIntro = i18n.T{
		Ko: "레슨에서 본 것을 직접 풀어 봅니다: 문제마다 채점하고, 틀린 답은 어떤 실수인지 알려 주며, 정답은 파이썬으로 확인합니다.",
		En: "Work out for yourself what the lessons show: every answer is checked, a wrong one is told which mistake it is, and the answer is proved in Python.",
	}
)
