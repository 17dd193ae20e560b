package i18n

import "testing"

func TestParticles(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Hangul: the final consonant decides; ㄹ takes 로.
		{"첫 번째 노드의 포트 번호이(가) 다릅니다", "첫 번째 노드의 포트 번호가 다릅니다"},
		{"로컬 포트와 외부 포트이(가) 다릅니다", "로컬 포트와 외부 포트가 다릅니다"},
		{"응용 계층은(는)", "응용 계층은"},
		{"프로토콜은(는)", "프로토콜은"},
		{"서울(으)로", "서울로"},
		{"부산(으)로", "부산으로"},
		{"바다(으)로", "바다로"},
		// Digits by their Korean names: 영 일 이 삼 사 오 육 칠 팔 구.
		{"{0}을(를)", "{0}을"}, // a placeholder not filled: its brace is no letter, but its 0 is read
		{"80을(를) 보냈습니다", "80을 보냈습니다"},
		{"22을(를) 보냈습니다", "22를 보냈습니다"},
		{"443은(는)", "443은"},
		{"25은(는)", "25는"},
		{"16은(는)", "16은"},
		{"7(으)로", "7로"},
		{"10(으)로", "10으로"},
		{"9(으)로", "9로"},
		// Latin letters by their names: 엘 엠 엔 알 end in a consonant.
		{"http을(를)", "http를"},
		{"tcp와(과) udp", "tcp와 udp"},
		{"html을(를)", "html을"},
		{"ssh은(는)", "ssh는"},
		{"0x1f은(는)", "0x1f는"},
		{"IMAP4rev1을(를)", "IMAP4rev1을"},
		// Quotes and brackets are read past.
		{"b'\\x00\\x01'을(를) 보냈습니다", "b'\\x00\\x01'을 보냈습니다"},
		{"socket.inet_aton('10.0.0.1')은(는)", "socket.inet_aton('10.0.0.1')은"},
		{"'hello'을(를)", "'hello'를"},
		{"(192.0.2.1, 80)(으)로", "(192.0.2.1, 80)으로"},
		// Full-width digits read as their ASCII.
		{"２４이(가)", "２４가"},
		{"１ ０이(가)", "１ ０이"},
		// Several pairs, and text without any.
		{"{1}와(과) {2}는 {3}을(를)", "{1}과 {2}는 {3}을"},
		{"8080은(는) 8080을(를)", "8080은 8080을"},
		{"괄호 (안의 글)은 그대로", "괄호 (안의 글)은 그대로"},
		{"", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := Particles(c.in); got != c.want {
				t.Errorf("Particles(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
