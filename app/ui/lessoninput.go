package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/wire"
)

// What the lessons on packing and byte order share besides their views:
// reading what the student typed or linked, and showing bytes and
// Python's exceptions.

// textField returns the labelled text input of a lesson; attrs are more
// attribute names and values (such as "inputmode", "numeric"). It is
// disabled until the app runs: typed before that, a text would be lost.
// It takes at most maxInput characters and offers no spelling help.
//
// Its value is written by the server's prerender only. In the browser the
// input belongs to the student, and syncInput writes it when the URL
// changes otherwise than by typing (a link, Back): go-app would write each
// render's value into it, and the render of a state one keystroke old
// would eat the keystroke typed since.
func textField(id, label, value string, live bool, onInput app.EventHandler, attrs ...string) app.UI {
	in := app.ElemSelfClosing("input").ID(id).Attr("type", "text")
	if app.IsServer {
		in = in.Attr("value", value)
	}
	for _, a := range inputAttrs(live, attrs) {
		in = in.Attr(a[0], a[1])
	}
	return h("div", "field", h("label", "", label).Attr("for", id), in.OnInput(onInput))
}

// textArea is textField for several lines of text.
func textArea(id, label, value string, live bool, onInput app.EventHandler, attrs ...string) app.UI {
	in := app.Elem("textarea").ID(id).Attr("rows", 6)
	if app.IsServer {
		in = in.Text(value) // a textarea's first value is its text
	}
	for _, a := range inputAttrs(live, attrs) {
		in = in.Attr(a[0], a[1])
	}
	return h("div", "field", h("label", "", label).Attr("for", id), in.OnInput(onInput))
}

// inputAttrs returns the attributes of a lesson's text input.
func inputAttrs(live bool, more []string) [][2]string {
	a := [][2]string{{"maxlength", strconv.Itoa(maxInput)}, {"spellcheck", "false"}, {"autocomplete", "off"}, {"autocapitalize", "off"}}
	if !live {
		a = append(a, [2]string{"disabled", "true"})
	}
	for i := 0; i+1 < len(more); i += 2 {
		a = append(a, [2]string{more[i], more[i+1]})
	}
	return a
}

// syncInput writes value into the input id after the next render, unless
// the student is typing there: then what the input holds is the URL's
// value or newer (see textField).
func syncInput(ctx app.Context, id, value string) {
	if !app.IsClient {
		return
	}
	ctx.Defer(func(app.Context) {
		in := app.Window().GetElementByID(id)
		if !in.Truthy() || in.Get("value").String() == value || in.Equal(app.Window().Get("document").Get("activeElement")) {
			return
		}
		in.Set("value", value)
	})
}

// byteCells describes the bytes p as rows of cellCols: where each lies,
// placed by where(i), then its value in hexadecimal, decimal and binary.
func byteCells(p []byte, where func(i int) string) []string {
	const digits = "0123456789abcdef"
	cs := make([]string, 0, 4*len(p))
	for i, b := range p {
		bin := strconv.FormatUint(uint64(b)|0x100, 2)[1:] // 8 digits, leading zeros kept
		cs = append(cs, where(i), "0x"+string([]byte{digits[b>>4], digits[b&15]}), strconv.Itoa(int(b)), bin)
	}
	return cs
}

// packedAt places a byte by its index in a bytes object: packed[0] …
func packedAt(i int) string { return "packed[" + strconv.Itoa(i) + "]" }

// memBase is the address the byte order lesson puts its numbers at; any
// address would do, a round one reads best.
const memBase = 0x1000

func addressOf(i int) string { return "0x" + strconv.FormatUint(memBase+uint64(i), 16) }

// pyValue returns repr for a call that succeeded, else the exception as
// the last line of CPython's traceback shows it.
func pyValue(repr string, err error) string {
	if err != nil {
		return err.Error()
	}
	return repr
}

// pyErr returns err, an error of package wire, as a *wire.Error, or nil.
func pyErr(err error) *wire.Error {
	e, _ := err.(*wire.Error)
	return e
}
