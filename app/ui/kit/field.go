package kit

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
	"netprimer/app/ui/kit/param"
)

// TextField returns the labelled text input of a lesson; attrs are more
// attribute names and values (such as "inputmode", "numeric"). It is
// disabled until the app runs: typed before that, a text would be lost.
// It takes at most param.Max characters and offers no spelling help.
//
// Its value is written by the server's prerender only. In the browser the
// input belongs to the student, and SyncInput writes it when the URL
// changes otherwise than by typing (a link, Back): go-app would write each
// render's value into it, and the render of a state one keystroke old
// would eat the keystroke typed since.
func TextField(id, label, value string, live bool, onInput app.EventHandler, attrs ...string) app.UI {
	in := app.ElemSelfClosing("input").ID(id).Attr("type", "text")
	if app.IsServer {
		in = in.Attr("value", value)
	}
	for _, a := range inputAttrs(live, attrs) {
		in = in.Attr(a[0], a[1])
	}
	return H(noLang, "div.field", H(noLang, "label", label).Attr("for", id), in.OnInput(onInput))
}

// TextArea is TextField for several lines of text.
func TextArea(id, label, value string, live bool, onInput app.EventHandler, attrs ...string) app.UI {
	in := app.Elem("textarea").ID(id).Attr("rows", 6)
	if app.IsServer {
		in = in.Text(value) // a textarea's first value is its text
	}
	for _, a := range inputAttrs(live, attrs) {
		in = in.Attr(a[0], a[1])
	}
	return H(noLang, "div.field", H(noLang, "label", label).Attr("for", id), in.OnInput(onInput))
}

// inputAttrs returns the attributes of a lesson's text input.
func inputAttrs(live bool, more []string) [][2]string {
	a := [][2]string{{"maxlength", strconv.Itoa(param.Max)}, {"spellcheck", "false"}, {"autocomplete", "off"}, {"autocapitalize", "off"}}
	if !live {
		a = append(a, [2]string{"disabled", "true"})
	}
	for i := 0; i+1 < len(more); i += 2 {
		a = append(a, [2]string{more[i], more[i+1]})
	}
	return a
}

// SyncInput writes value into the input id after the next render, unless
// the student is typing there: then what the input holds is the URL's
// value or newer (see TextField).
func SyncInput(ctx app.Context, id, value string) { writeInput(ctx, id, value, false) }

// SetInput writes value into the input id after the next render, even
// where the student is typing: for an input that shows what another one
// holds, the student typing in that other one.
func SetInput(ctx app.Context, id, value string) { writeInput(ctx, id, value, true) }

func writeInput(ctx app.Context, id, value string, focused bool) {
	if !app.IsClient {
		return
	}
	ctx.Defer(func(app.Context) {
		in := app.Window().GetElementByID(id)
		if !in.Truthy() || in.Get("value").String() == value ||
			!focused && in.Equal(app.Window().Get("document").Get("activeElement")) {
			return
		}
		in.Set("value", value)
	})
}

// CutNote tells the student that a text was cut to param.Max characters.
func CutNote(l i18n.Lang) app.UI {
	return H(l, "p.note#cut", txtCut)
}
