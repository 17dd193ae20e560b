package kit

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/practice"
)

// HubAnchor is the id of a lesson's part of the practice hub: the lesson
// /ipaddress is /practice#practice-ipaddress.
func HubAnchor(lessonPath string) string {
	return "practice-" + strings.ReplaceAll(strings.Trim(lessonPath, "/"), "/", "-")
}

// PracticeLink returns the link of a lesson to its skills in the practice
// hub, nil for a lesson without skills. The shell draws it under every
// lesson's intro, so that no lesson writes its own.
func PracticeLink(l i18n.Lang, lessonPath string) app.UI {
	for _, pl := range practice.Lessons() {
		if pl.Path == lessonPath {
			return H(l, "p.practise", A(l, "practise-link#practise-link", practice.Path+"#"+HubAnchor(lessonPath), txtPractise))
		}
	}
	return nil
}

var txtPractise = i18n.T{Ko: "이 레슨 연습하기 →", En: "Practise this lesson →"}
