package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/course"
	"netprimer/app/i18n"
)

// theCourse returns the instructor's course, which the server hands to the
// app in go-app's environment (app.Getenv reads the process's on the
// server, where go-app sets it, and app.js's in the browser).
func theCourse() course.Course {
	return course.FromEnv(app.Getenv)
}

// title returns the page title of the lesson titled lesson: the lesson's
// and the course's names; the course's alone on the lesson map.
func title(path string, lesson i18n.T, l i18n.Lang) string {
	name := theCourse().Name.In(l)
	if path == "/" {
		return name
	}
	return lesson.In(l) + " · " + name
}

// footer is the shell's footer for course c: the deck's course's own, or
// one that names the instructor's course.
func footer(c course.Course, l i18n.Lang) string {
	if c.Name == course.Deck().Name {
		return txtFooter.In(l)
	}
	return strings.Replace(txtFooterCourse.In(l), "{course}", c.Name.In(l), 1)
}
