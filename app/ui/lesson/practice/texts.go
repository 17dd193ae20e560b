package practice

import "netprimer/app/i18n"

// Texts of the practice pages. The engine's texts (prompts, hints,
// verdicts, mastery levels) come from package practice.
var (
	txtUnknownSkill = i18n.T{Ko: "이름이 “{1}”인 연습 주제가 없습니다. 아래에서 고르세요.", En: "There is no skill named “{1}”. Pick one below."}
	txtLabSkill     = i18n.T{Ko: "“{1}” 주제는 소켓 실습 페이지(/lab)에서 직접 만든 프로그램으로 연습하고, 서버가 채점합니다.", En: "The skill “{1}” is practised in the socket lab (/lab), with a program of your own that the server checks."}
	txtBadSeed      = i18n.T{Ko: "숫자가 아닌 seed 값(“{1}”) 대신 새 문제를 골랐습니다.", En: "The seed “{1}” is not a number, so a new item was drawn."}
	txtSeedClamped  = i18n.T{Ko: "범위(0~4294967295)를 벗어난 seed 값(“{1}”) 대신 {2}번 문제를 보여 줍니다.", En: "The seed “{1}” is out of range (0 to 4294967295): showing item {2}."}
	txtBadLevel     = i18n.T{Ko: "난이도 “{1}” 대신 {2}단계를 보여 줍니다: 난이도는 1, 2, 3 가운데 하나입니다.", En: "Showing level {2} instead of “{1}”: the level is 1, 2 or 3."}
	txtAnswerCut    = i18n.T{Ko: "주소의 답이 너무 길어서 앞의 {1}자만 읽었습니다.", En: "The answer in the address was too long: only its first {1} characters were read."}

	txtHubIntro = i18n.T{
		Ko: "레슨마다 연습 주제가 있습니다. 주제를 고르면 문제가 나오고, 답을 적으면 채점과 함께 어디서 틀렸는지, 그리고 답을 계산하는 파이썬 세션을 보여 줍니다. 진도는 이 브라우저에 저장됩니다.",
		En: "Each lesson has skills to practise. Pick one for an item; answer it, and the page checks it, names the mistake if there is one, and shows the Python session that computes the answer. Your progress is kept in this browser.",
	}
	txtQueue       = i18n.T{Ko: "복습할 차례", En: "Due for review"}
	txtQueueEmpty  = i18n.T{Ko: "지금 복습할 문제가 없습니다. 익힌 주제는 하루, 사흘, 일주일… 뒤에 다시 나옵니다.", En: "Nothing is due for review now. A skill you know comes back after a day, three days, a week…"}
	txtDueCount    = i18n.T{Ko: "복습할 주제: {1}개", En: "Due for review: {1}"}
	txtDue         = i18n.T{Ko: "복습 차례", En: "due"}
	txtLessonLink  = i18n.T{Ko: "레슨으로", En: "To the lesson"}
	txtExplainedIn = i18n.T{Ko: "설명", En: "explained in"}
	txtLevelN      = i18n.T{Ko: "{1}단계", En: "level {1}"}
	txtMastered    = i18n.T{Ko: "숙달 {1} / {2}", En: "mastered {1} / {2}"}

	txtProgress    = i18n.T{Ko: "진도 파일", En: "Progress file"}
	txtProgressWhy = i18n.T{
		Ko: "진도는 이 브라우저에만 있습니다. 다른 브라우저나 컴퓨터로 옮기려면 파일로 내보낸 뒤 그곳에서 가져오세요. 가져온 진도는 이미 있는 진도와 합쳐집니다.",
		En: "Your progress is kept in this browser only. To move it to another browser or computer, export it as a file and import that file there; an import is merged with the progress already here.",
	}
	txtExport     = i18n.T{Ko: "내보내기", En: "Export"}
	txtImport     = i18n.T{Ko: "가져올 진도 파일", En: "Progress file to import"}
	txtExported   = i18n.T{Ko: "진도 파일을 내려받았습니다.", En: "The progress file was downloaded."}
	txtImported   = i18n.T{Ko: "진도를 가져와 합쳤습니다: 주제 {1}개.", En: "Progress imported and merged: {1} skills."}
	txtExportFail = i18n.T{Ko: "내보내지 못했습니다: ", En: "Not exported: "}
	txtKeptUnread = i18n.T{Ko: "이 브라우저에 저장된 진도를 읽을 수 없습니다: ", En: "The progress kept in this browser cannot be read: "}
	txtImportFail = i18n.T{Ko: "가져오지 못했습니다: ", En: "Not imported: "}
	txtReadFail   = i18n.T{Ko: "파일을 읽지 못했습니다.", En: "The file could not be read."}
	txtTooBig     = i18n.T{Ko: "파일이 너무 큽니다: 진도 파일은 64 KiB를 넘지 않습니다.", En: "The file is too large: a progress file is at most 64 KiB."}
	txtKeptBad    = i18n.T{Ko: "이 브라우저에 저장된 진도를 읽을 수 없어서 새 답을 기록하지 않습니다: ", En: "The progress kept in this browser cannot be read, so new answers are not recorded: "}
	txtSaveFail   = i18n.T{Ko: "브라우저가 진도를 저장하지 못했습니다(사생활 보호 모드이거나 저장 공간이 가득 찼을 수 있습니다).", En: "The browser could not store your progress (private mode, or full storage)."}
	txtNoProgress = i18n.T{Ko: "아직 기록된 진도가 없습니다.", En: "No progress is recorded yet."}
	txtHubBack    = i18n.T{Ko: "연습 목록", En: "All skills"}
	txtDrawing    = i18n.T{Ko: "문제를 고르는 중입니다…", En: "Drawing an item…"}
	txtAnswer     = i18n.T{Ko: "답", En: "Answer"}
	txtCheck      = i18n.T{Ko: "채점하기", En: "Check"}
	txtHint       = i18n.T{Ko: "힌트 보기", En: "Show a hint"}
	txtSolution   = i18n.T{Ko: "풀이 보기", En: "Show the solution"}
	txtSolutionH  = i18n.T{Ko: "풀이", En: "Solution"}
	txtNoCount    = i18n.T{Ko: "풀이나 정답을 본 뒤의 답은 진도에 세지 않습니다.", En: "An answer given after the solution or the answer was shown does not count toward mastery."}
	txtReviewNote = i18n.T{Ko: "링크로 연 답입니다: 채점 결과만 보여 주고 진도에는 기록하지 않습니다.", En: "This answer came with the link: its verdict is shown, and nothing is recorded."}
	txtNext       = i18n.T{Ko: "다음 문제", En: "Next item"}
	txtSeeWidget  = i18n.T{Ko: "레슨의 위젯에서 보기", En: "See it in the lesson’s widget"}
	txtYourLevel  = i18n.T{Ko: "이 주제의 숙련도: ", En: "Your mastery of this skill: "}
	txtReadAs     = i18n.T{Ko: "읽은 답: ", En: "Read as: "}
	txtHintN      = i18n.T{Ko: "힌트 {1}", En: "Hint {1}"}
	txtTheAnswer  = i18n.T{Ko: "정답: ", En: "Answer: "}
	txtUnreadable = i18n.T{Ko: "이 답은 읽을 수 없어서 채점하지 않았습니다(시도 횟수에 세지 않습니다).", En: "This answer could not be read, so it was not checked (it costs no attempt)."}
	txtDiagnosis  = i18n.T{Ko: "알려진 실수: ", En: "Known mistake: "}
)

// noText is no text: a message not shown.
var noText i18n.T
