package class

import "netprimer/app/i18n"

var (
	txtNeedTitle   = i18n.T{Ko: "제목을 입력하세요.", En: "Enter a title."}
	txtNeedSkill   = i18n.T{Ko: "기술을 하나 이상 고르세요.", En: "Choose at least one skill."}
	txtBadItems    = i18n.T{Ko: "문제 수는 1에서 100 사이의 정수입니다.", En: "The number of items is a whole number from 1 to 100."}
	txtBadLevel    = i18n.T{Ko: "수준은 1, 2, 3 가운데 하나입니다.", En: "The level is 1, 2 or 3."}
	txtBadDue      = i18n.T{Ko: "마감 시각을 읽을 수 없습니다.", En: "The due time cannot be read."}
	txtOffline     = i18n.T{Ko: "서버에 닿지 않습니다. 연결되면 다시 보냅니다.", En: "The server cannot be reached: the page sends again once it can."}
	txtServerError = i18n.T{Ko: "서버가 요청을 처리하지 못했습니다.", En: "The server could not handle the request."}

	// The teacher's page.
	txtChecking   = i18n.T{Ko: "로그인을 확인하는 중입니다…", En: "Checking the login…"}
	txtLoginFirst = i18n.T{Ko: "교수자만 쓸 수 있습니다. 서버에서 netprimer teacher-link로 받은 로그인 링크를 이 브라우저에서 여세요.", En: "For the teacher only: open in this browser the login link that netprimer teacher-link prints on the server."}
	txtNewH       = i18n.T{Ko: "새 과제", En: "New assignment"}
	txtTitle      = i18n.T{Ko: "제목", En: "Title"}
	txtSkills     = i18n.T{Ko: "기술", En: "Skills"}
	txtItems      = i18n.T{Ko: "문제 수", En: "Items"}
	txtLevel      = i18n.T{Ko: "수준", En: "Level"}
	txtDue        = i18n.T{Ko: "마감 (비우면 없음)", En: "Due (empty: none)"}
	txtCreate     = i18n.T{Ko: "과제 만들기", En: "Create the assignment"}
	txtListH      = i18n.T{Ko: "과제 목록", En: "Assignments"}
	txtNoList     = i18n.T{Ko: "아직 과제가 없습니다.", En: "No assignment yet."}
	txtStudentsN  = i18n.T{Ko: "참여 {1}명", En: "{1} joined"}
	txtClosedMark = i18n.T{Ko: "마감됨", En: "closed"}
	txtCodeIs     = i18n.T{Ko: "코드", En: "Code"}
	txtLinkIs     = i18n.T{Ko: "학생용 링크", En: "Students' link"}
	txtQRAlt      = i18n.T{Ko: "학생용 링크의 QR 코드", En: "QR code of the students' link"}
	txtGridH      = i18n.T{Ko: "반 전체 결과", En: "The class"}
	txtNoStudents = i18n.T{Ko: "아직 참여한 학생이 없습니다.", En: "No student has joined yet."}
	txtStudentID  = i18n.T{Ko: "학번", En: "Student number"}
	txtName       = i18n.T{Ko: "이름", En: "Name"}
	txtScore      = i18n.T{Ko: "점수", En: "Score"}
	txtMistakesH  = i18n.T{Ko: "자주 나온 실수", En: "Frequent mistakes"}
	txtNoMistakes = i18n.T{Ko: "아직 알려진 실수가 없습니다.", En: "No known mistake yet."}
	txtExportCSV  = i18n.T{Ko: "CSV로 내려받기", En: "Download CSV"}
	txtExportJSON = i18n.T{Ko: "JSON으로 내려받기", En: "Download JSON"}
	txtCloseIt    = i18n.T{Ko: "과제 마감하기", En: "Close the assignment"}
	txtLegend     = i18n.T{Ko: "O 맞음, X 틀림, * 마감 뒤에 낸 답, ˢ 풀이를 본 뒤에 낸 답(맞으면 점수에 듭니다)", En: "O right, X wrong, * given after the due time, ˢ given after the solution was shown (counted, when right)"}
	txtDueAt      = i18n.T{Ko: "마감: ", En: "Due: "}
	txtFind       = i18n.T{Ko: "학번이나 이름으로 찾기", En: "Find by student number or name"}
	txtFoundNone  = i18n.T{Ko: "찾는 학생이 없습니다.", En: "No student matches."}
	txtPageOf     = i18n.T{Ko: "전체 {3}명 가운데 {1}–{2}번째", En: "Students {1}–{2} of {3}"}
	txtPrevPage   = i18n.T{Ko: "← 이전", En: "← Previous"}
	txtNextPage   = i18n.T{Ko: "다음 →", En: "Next →"}

	// The student's page.
	txtLoading        = i18n.T{Ko: "과제를 불러오는 중입니다…", En: "Loading the assignment…"}
	txtJoinH          = i18n.T{Ko: "참여하기", En: "Join"}
	txtJoinNote       = i18n.T{Ko: "학번과 이름을 입력하세요. 비밀번호는 없습니다. 이 브라우저가 기억합니다.", En: "Enter your student number and name; there is no password. This browser remembers you."}
	txtJoin           = i18n.T{Ko: "참여", En: "Join"}
	txtYou            = i18n.T{Ko: "참여한 학생: ", En: "Joined as: "}
	txtMyScore        = i18n.T{Ko: "내 점수: {1}점 (푼 문제 {2}, 맞은 문제 {3})", En: "My score: {1} ({2} answered, {3} right)"}
	txtItemN          = i18n.T{Ko: "문제 {1}", En: "Item {1}"}
	txtReceived       = i18n.T{Ko: "서버가 받은 답 {1}개", En: "{1} answers received by the server"}
	txtPending        = i18n.T{Ko: "보내기를 기다리는 답 {1}개", En: "{1} answers waiting to be sent"}
	txtLastRight      = i18n.T{Ko: " · 마지막 답: 맞음", En: " · last answer: right"}
	txtLastWrong      = i18n.T{Ko: " · 마지막 답: 틀림", En: " · last answer: wrong"}
	txtClosedNote     = i18n.T{Ko: "마감된 과제입니다. 답을 더 받지 않습니다.", En: "This assignment is closed: it takes no more answers."}
	txtSolutionMarked = i18n.T{Ko: "풀이를 본 뒤에 낸 답은 선생님의 표에 그렇게 표시됩니다.", En: "An answer given after the solution was shown is marked so in your teacher's grid."}
	txtLateNote       = i18n.T{Ko: "마감 시각이 지났습니다. 지금 낸 답은 늦은 답으로 표시됩니다.", En: "The due time has passed: answers given now are marked late."}
	txtNoStorage      = i18n.T{Ko: "이 브라우저가 답을 저장하지 못했습니다. 연결이 끊기면 답이 사라질 수 있습니다.", En: "This browser could not store the answer: it may be lost if the connection drops."}
)

// The pages' titles and intros, which the frame shows.
var (
	TeachTitle   = i18n.T{Ko: "수업 과제", En: "Classroom"}
	TeachIntro   = i18n.T{Ko: "연습 문제를 과제로 내고, 학생들이 푸는 모습을 실시간으로 보고, 성적을 내려받습니다.", En: "Hand out practice as an assignment, watch the class answer live, and download the grades."}
	StudentTitle = i18n.T{Ko: "과제", En: "Assignment"}
	StudentIntro = i18n.T{Ko: "학번으로 참여해 나만의 문제를 풉니다. 연결이 끊겨도 답은 이 브라우저에 남았다가 다시 보내집니다.", En: "Join with your student number and answer your own items. Offline, your answers wait in this browser and are sent later."}
)

// noText is the zero text: no error to show.
var noText i18n.T
