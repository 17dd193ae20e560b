//go:build !wasm

package course

import (
	"flag"
	"strings"

	"netprimer/app/i18n"
)

// RegisterFlags defines the course's flags on fs, with Deck's values as
// defaults, to be read into c: -course and -course-en (the name),
// -course-hosts, -course-ports and -lang.
func (c *Course) RegisterFlags(fs *flag.FlagSet) {
	*c = Deck()
	d := Deck()
	enSet := false
	fs.Func("course", "the course's `name` in the app's header and title, in Korean, and in English too unless -course-en (default "+quote(d.Name.Ko)+")", func(s string) error {
		name, err := CheckName(s, "")
		if err != nil {
			return err
		}
		c.Name.Ko = name.Ko
		if !enSet {
			c.Name.En = name.Ko
		}
		return nil
	})
	fs.Func("course-en", "the course's `name` in English (default "+quote(d.Name.En)+", or -course's)", func(s string) error {
		name, err := CheckName("", s)
		if err != nil {
			return err
		}
		c.Name.En, enSet = name.En, true
		return nil
	})
	fs.Func("course-hosts", "comma-separated `hosts` of the HOSTS program in the host lesson (default the deck's: "+strings.Join(d.Hosts, ",")+")", func(s string) error {
		hosts, err := ParseHosts(s)
		if err == nil && len(hosts) > 0 {
			c.Hosts = hosts
		}
		return err
	})
	fs.Func("course-ports", "comma-separated `ports` of the port → URL program in the services lesson (default the deck's: "+strings.Join(d.Ports, ",")+")", func(s string) error {
		ports, err := ParsePorts(s)
		if err == nil && len(ports) > 0 {
			c.Ports = ports
		}
		return err
	})
	fs.Func("lang", "default `language` of the app: ko or en (default "+string(d.Lang)+")", func(s string) error {
		l, ok := i18n.Parse(s)
		if !ok {
			return errBadLang
		}
		c.Lang = l
		return nil
	})
}

func quote(s string) string { return `"` + s + `"` }
