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
// hub, in a p.practise that is empty for a page without skills. The shell
// draws it under every page's intro, so that no lesson writes its own.
//
// The paragraph is there on every page: when it came and went between
// pages, the shell's children moved by one, and go-app, moving from a
// lesson to an item of /practice whose page writes its seed into the URL,
// mounted the new page twice and stopped the app.
func PracticeLink(l i18n.Lang, lessonPath string) app.UI {
	for _, pl := range practice.Lessons() {
		if pl.Path == lessonPath {
			return H(l, "p.practise", A(l, "practise-link#practise-link", practice.Path+"#"+HubAnchor(lessonPath), txtPractise))
		}
	}
	return H(l, "p.practise")
}

var txtPractise = i18n.T{Ko: "이 레슨 연습하기 →", En: "Practise this lesson →"}

// SkillLink returns a quiz's link to more items of its skill in the
// practice engine (a fresh item each time), with the same feedback.
func SkillLink(l i18n.Lang, id string) app.UI {
	if _, ok := practice.Lookup(id); !ok {
		return nil
	}
	return H(l, "p.practise", A(l, "skill-practise", practice.State{Skill: id}.Href(), txtMore))
}

var txtMore = i18n.T{Ko: "이런 문제를 더 풀어 보기 →", En: "Practise more items like these →"}
