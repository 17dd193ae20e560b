package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/course"
)

// Course returns the instructor's course, which the server hands to the
// app in go-app's environment (app.Getenv reads the process's on the
// server, where go-app sets it, and app.js's in the browser). The Frame
// holds it for the shell; a lesson reads it in OnNav.
func Course() course.Course { return course.FromEnv(app.Getenv) }
