//go:build !wasm

package course

import (
	"flag"
	"io"
	"reflect"
	"strings"
	"testing"

	"netprimer/app/i18n"
)

func TestFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want Course
		err  string
	}{
		{nil, Deck(), ""},
		{[]string{"-course", "IoT 네트워크"}, Course{Name: i18n.Same("IoT 네트워크"), Hosts: Deck().Hosts, Ports: Deck().Ports, Lang: i18n.Ko}, ""},
		{[]string{"-course-en", "IoT Networks", "-course", "IoT 네트워크"}, Course{Name: i18n.T{Ko: "IoT 네트워크", En: "IoT Networks"}, Hosts: Deck().Hosts, Ports: Deck().Ports, Lang: i18n.Ko}, ""},
		{[]string{"-course-hosts", "a.example.edu,iot", "-course-ports", "22,8883", "-lang", "en"},
			Course{Name: Deck().Name, Hosts: []string{"a.example.edu", "iot"}, Ports: []string{"22", "8883"}, Lang: i18n.En}, ""},
		{[]string{"-course-ports", "80,http"}, Course{}, `invalid value "80,http" for flag -course-ports: "http" is not a port`},
		{[]string{"-lang", "fr"}, Course{}, `invalid value "fr" for flag -lang: want ko or en`},
		{[]string{"-course", ""}, Course{}, `flag -course: empty`},
	} {
		fs := flag.NewFlagSet("netprimer", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		var got Course
		got.RegisterFlags(fs)
		err := fs.Parse(c.args)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: %v, want error %q", c.args, err, c.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %+v, %v; want %+v", c.args, got, err, c.want)
		}
	}
}
