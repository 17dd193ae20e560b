package ui

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/i18n"
)

// el is an element written as data, to keep app.wasm small: every call
// of a go-app element chain compiles to code, and lessons with many
// elements and texts add up. A template (see tpl) is read once into a tree
// of el, and binding.ui turns it into elements in one place, binding it to
// the widget's values and to the pure packages' data as they are:
//
//	ol *$1
//	  li =Name
//
// with binding{vals: []any{concepts.Layers()}} makes one li per layer, with
// the layer's Name in the page's language.
//
// A ref names a value: "$1" … "$9" the binding's values, "$1.Name" a field of
// one; within Rows, "." the item, "Name" or "Local.Host" a field of the
// item (embedded structs included), "#" the item's index, and, with Sel,
// "?" whether the item is the selected one and "<" the class "before" for
// the items before it. Class, ID and attribute values hold refs in
// braces: "chip-{ID}".
type el struct {
	Tag   string   // "" for no element of its own: its content alone
	Class string   // with {ref}s
	ID    string   // with {ref}s
	Attr  []string // name and value pairs, values with {ref}s; an empty value, or "false" outside aria-*, leaves the attribute out
	If    string   // ref: the element is there only when the value is set (not "", false, 0, empty or nil); "!ref" when it is not
	T     i18n.T   // text in the page's language
	V     string   // ref: the value as text, or the elements it holds (app.UI, []app.UI), after T
	Kids  []*el    // the children; with Rows, the template of one item
	Rows  string   // ref to a slice or array: Kids once for each item
	Sel   string   // with Rows, ref to the index of the selected item
	On    string   // the event ("click", "change", "input") that goes to the binding's handler
}

// binding is what fills a tree of el: the language, the values, and the
// handler of the events named by On.
type binding struct {
	l    i18n.Lang
	on   app.EventHandler
	vals []any
}

// scope is where refs are read: the binding, and within Rows the item.
type scope struct {
	*binding
	item reflect.Value
	idx  int
	sel  int // -1 for no selection
}

// ui returns e filled in.
func (v binding) ui(e *el) app.UI {
	out := scope{binding: &v, sel: -1}.add(nil, e)
	if len(out) == 0 {
		return nil
	}
	return out[0]
}

// add appends e filled in to out.
func (s scope) add(out []app.UI, e *el) []app.UI {
	if e.If != "" {
		ref, want := strings.CutPrefix(e.If, "!")
		if set(s.ref(ref)) == want {
			return out
		}
	}
	var body []app.UI
	if e.T.Ko != "" {
		body = append(body, app.Text(e.T.In(s.l)))
	}
	if e.V != "" {
		v := s.ref(e.V)
		var x any
		if v.IsValid() && v.CanInterface() {
			x = v.Interface()
		}
		switch x := x.(type) {
		case app.UI:
			body = append(body, x)
		case []app.UI:
			body = append(body, x...)
		default:
			if t := s.text(v); t != "" {
				body = append(body, app.Text(t))
			}
		}
	}
	if e.Rows != "" {
		items := s.ref(e.Rows)
		row := scope{binding: s.binding, sel: -1}
		if e.Sel != "" {
			if sel := s.ref(e.Sel); sel.CanInt() {
				row.sel = int(sel.Int())
			}
		}
		if k := items.Kind(); k != reflect.Slice && k != reflect.Array {
			items = reflect.Value{}
		}
		for i := 0; items.IsValid() && i < items.Len(); i++ {
			row.item, row.idx = items.Index(i), i
			for j := range e.Kids {
				body = row.add(body, e.Kids[j])
			}
		}
	} else {
		for i := range e.Kids {
			body = s.add(body, e.Kids[i])
		}
	}
	if e.Tag == "" {
		return append(out, body...)
	}
	// An input comes out as <input …></input> in the prerendered page,
	// which browsers read as <input …>.
	x := app.Elem(e.Tag).Attr("class", s.fill(e.Class)).Attr("id", s.fill(e.ID))
	for i := 0; i+1 < len(e.Attr); i += 2 {
		name, val := e.Attr[i], s.fill(e.Attr[i+1])
		if val != "" && (val != "false" || strings.HasPrefix(name, "aria-")) {
			x = x.Attr(name, val)
		}
	}
	if e.On != "" && s.on != nil {
		x = x.On(e.On, s.on)
	}
	return append(out, x.Body(body...))
}

// ref returns the value r names, or the invalid Value.
func (s scope) ref(r string) reflect.Value {
	switch {
	case len(r) >= 2 && r[0] == '$':
		if r[1] < '1' || int(r[1]-'1') >= len(s.vals) {
			return reflect.Value{}
		}
		v := reflect.ValueOf(s.vals[r[1]-'1'])
		if len(r) > 3 && r[2] == '.' {
			for _, name := range strings.Split(r[3:], ".") {
				v = field(v, name)
			}
		}
		return v
	case r == "#":
		return reflect.ValueOf(s.idx)
	case r == "?":
		return reflect.ValueOf(s.idx == s.sel)
	case r == "<":
		if s.idx < s.sel {
			return reflect.ValueOf("before")
		}
		return reflect.ValueOf("")
	case r == ".":
		return s.item
	}
	v := s.item
	for _, name := range strings.Split(r, ".") {
		v = field(v, name)
	}
	return v
}

// field returns the field of struct v called name, looking into embedded
// structs too.
func field(v reflect.Value, name string) reflect.Value {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return reflect.Value{}
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.Name == name {
			return v.Field(i)
		}
	}
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Anonymous {
			if f := field(v.Field(i), name); f.IsValid() {
				return f
			}
		}
	}
	return reflect.Value{}
}

// set reports whether v holds something: not "", false, 0, empty or nil.
func set(v reflect.Value) bool {
	if !v.IsValid() {
		return false
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.String:
		return v.Len() > 0
	}
	return !v.IsZero()
}

// text returns v as text: an i18n.T in the page's language, a Stringer by its String, numbers
// in decimal, strings as they are, a list of strings joined by commas.
func (s scope) text(v reflect.Value) string {
	if v.IsValid() && v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() {
		return ""
	}
	if v.CanInterface() {
		switch x := v.Interface().(type) {
		case i18n.T:
			return x.In(s.l)
		case fmt.Stringer:
			return x.String()
		}
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = s.text(v.Index(i))
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// fill returns str with each {ref} replaced by its value as text.
func (s scope) fill(str string) string {
	if !strings.Contains(str, "{") {
		return str
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(str, '{')
		end := strings.IndexByte(str, '}')
		if open < 0 || end < open {
			b.WriteString(str)
			return b.String()
		}
		b.WriteString(str[:open])
		b.WriteString(s.text(s.ref(str[open+1 : end])))
		str = str[end+1:]
	}
}

// act returns the data-act attribute of the element an event came from:
// which of a widget's buttons it is.
func act(ctx app.Context) string {
	return ctx.JSSrc().Get("dataset").Get("act").String()
}
