// Package practice is the practice engine of the lessons: skills, items
// generated from a seed, answers checked with the lessons' own packages
// (netcalc, wire, concepts), known mistakes recognised and explained,
// hints and solutions, the Python session that proves every answer, the
// mastery a student builds up with spaced review, and the URL state of
// /practice.
//
// It is pure (the standard library and the project's pure packages) and
// deterministic: a skill, a seed and a level give the same item on every
// machine and with every Go version, in the browser and on the classroom
// server, which re-checks students' answers with this package. It keeps
// nothing: progress is a value that the caller stores, and every function
// that needs the time takes it as an argument.
//
// An item's texts are i18n.T, Korean and English; its data-given JSON
// holds its inputs and never its answer.
package practice
