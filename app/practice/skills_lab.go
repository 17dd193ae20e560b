package practice

import (
	"netprimer/app/i18n"
	"netprimer/app/lab/task"
)

// The skills of /lab, the socket lab: one a task of app/lab/task, with
// the task's ID and title. Their items are not generated here: a
// student's own program sends bytes to the lab's server, which checks
// them live, and the lab's page records the attempt when a task is done.
// So they have no Question, Form, Mistakes or generator; New refuses them
// (ErrServerChecked), Skills and Queue leave them out, and Record,
// ParseProgress, Export, Lessons and the Hub take them in (the Hub links
// each to /lab).

// LabPath is the route of the socket lab.
const LabPath = "/lab"

// LabTitle is the lab's title, as the hub shows it.
var LabTitle = i18n.T{Ko: "소켓 실습", En: "Socket lab"}

// labRegistry lists the lab's skills in the order of the lab's tasks.
var labRegistry = buildLabRegistry()

func buildLabRegistry() []*Skill {
	ts := task.All()
	out := make([]*Skill, len(ts))
	for i, t := range ts {
		out[i] = &Skill{ID: string(t.ID), Lesson: LabPath, Title: t.Title}
	}
	return out
}

// ServerChecked reports that the skill's items are checked by the lab's
// server rather than generated in the browser.
func (s Skill) ServerChecked() bool { return s.gen == nil }

// LabSkills returns the skills of the socket lab, in the order of its
// tasks.
func LabSkills() []Skill {
	out := make([]Skill, len(labRegistry))
	for i, s := range labRegistry {
		out[i] = s.clone()
	}
	return out
}
