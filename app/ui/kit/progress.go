package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/practice"
)

// progressKey is where this browser keeps the student's practice
// progress: the progress file of docs/CONTRACT.md, as a string.
const progressKey = "netprimer-practice-progress"

// LoadProgress returns the practice progress kept in this browser: empty
// on the server, in a browser with none, and when what is kept cannot be
// read (a file of a newer version, say), in which case the error says why
// in both languages (a *practice.ImportError) and the page can say so; it
// is left in place, so that the newer version can still read it.
func LoadProgress(ctx app.Context) (practice.Progress, error) {
	if app.IsServer {
		return practice.Progress{}, nil
	}
	var stored string
	if err := ctx.LocalStorage().Get(progressKey, &stored); err != nil || stored == "" {
		return practice.Progress{}, nil
	}
	return practice.ParseProgress([]byte(stored))
}

// SaveProgress keeps p as the practice progress of this browser. It
// fails when the browser refuses to store (private mode, or a full
// storage).
func SaveProgress(ctx app.Context, p practice.Progress) error {
	if app.IsServer {
		return nil
	}
	return ctx.LocalStorage().Set(progressKey, string(p.Export()))
}

// RecordAttempt records an answer in the progress kept in this browser
// and returns the progress after it. It reads the kept progress anew
// first, so that another tab's answers since this one loaded are not
// overwritten; progress it cannot read is not overwritten either.
func RecordAttempt(ctx app.Context, a practice.Attempt) (practice.Progress, error) {
	p, err := LoadProgress(ctx)
	if err != nil {
		return p, err
	}
	p = p.Record(a)
	return p, SaveProgress(ctx, p)
}
