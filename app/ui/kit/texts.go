package kit

import "netprimer/app/i18n"

// Texts of the kit's own widgets. A lesson's texts live with the lesson,
// the shell's with the shell.
var (
	txtFromDeck = i18n.T{Ko: "강의 슬라이드", En: "From the slides"}
	txtCut      = i18n.T{
		Ko: "입력이 너무 길어 처음 5000자만 사용합니다.",
		En: "The input is too long: only its first 5000 characters are used.",
	}
	// The bit grid's names of a bit: "bit 24: 1, network part".
	txtBit      = i18n.T{Ko: "비트", En: "bit"}
	txtNetPart  = i18n.T{Ko: "네트워크 부분", En: "network part"}
	txtHostPart = i18n.T{Ko: "호스트 부분", En: "host part"}
)
