package byteorder

import (
	"testing"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit/kittest"
)

// storyHTML is the story's widget for m, as the server prerenders it.
func storyHTML(t *testing.T, m model, l i18n.Lang) string {
	t.Helper()
	return kittest.HTML(story(l, &m, nil))
}
