//go:build !wasm

package course

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"netprimer/app/api"
	"netprimer/app/i18n"
)

// The server checks what the instructor gives; the app reads it back
// unchecked (FromEnv), so none of this reaches app.wasm.

// MaxHosts and MaxPorts bound the lists: each entry is one request of
// every student who opens the lesson.
const (
	MaxHosts = 16
	MaxPorts = 16
)

// maxNameLen bounds the course's name, in bytes: a header's line.
const maxNameLen = 200

// CheckName returns the course's name from its Korean and English forms;
// either may be empty and is then the other. Neither may hold a control
// character or pass maxNameLen.
func CheckName(ko, en string) (name i18n.T, err error) {
	ko, en = strings.TrimSpace(ko), strings.TrimSpace(en)
	for _, s := range []string{ko, en} {
		if len(s) > maxNameLen {
			return name, fmt.Errorf("longer than %d bytes", maxNameLen)
		}
		if i := strings.IndexFunc(s, unicode.IsControl); i >= 0 {
			return name, fmt.Errorf("%q holds a control character", s)
		}
	}
	switch {
	case ko == "" && en == "":
		return name, errors.New("empty")
	case ko == "":
		ko = en
	case en == "":
		en = ko
	}
	return i18n.T{Ko: ko, En: en}, nil
}

// ParseHosts reads a comma-separated HOSTS list. An entry is any text a
// Python string holds on one line (a bare name such as the deck's iot
// too), at most api.MaxArgLen bytes, the lookup API's bound; at most
// MaxHosts of them. An empty list is nil: the deck's.
func ParseHosts(list string) ([]string, error) {
	entries, err := split(list)
	if err != nil {
		return nil, err
	}
	var hosts []string
	for _, h := range entries {
		switch {
		case len(h) > api.MaxArgLen:
			return nil, fmt.Errorf("%.20q…: longer than %d bytes", h, api.MaxArgLen)
		case strings.IndexFunc(h, unicode.IsControl) >= 0:
			return nil, fmt.Errorf("%q holds a control character", h)
		}
		hosts = append(hosts, h)
	}
	if len(hosts) > MaxHosts {
		return nil, fmt.Errorf("%d hosts: at most %d", len(hosts), MaxHosts)
	}
	return hosts, nil
}

// ParsePorts reads a comma-separated list of ports, each a decimal
// integer from 0 to 65535 written as Python writes it in a list (no sign,
// no leading zero); at most MaxPorts of them. An empty list is nil: the
// deck's.
func ParsePorts(list string) ([]string, error) {
	entries, err := split(list)
	if err != nil {
		return nil, err
	}
	var ports []string
	for _, p := range entries {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil || strconv.FormatUint(n, 10) != p {
			return nil, fmt.Errorf("%q is not a port: a decimal integer from 0 to 65535, written without a sign or leading zero", p)
		}
		ports = append(ports, p)
	}
	if len(ports) > MaxPorts {
		return nil, fmt.Errorf("%d ports: at most %d", len(ports), MaxPorts)
	}
	return ports, nil
}

// split returns the comma-separated entries of list, trimmed; an empty
// list has none, and an empty entry in a list is an error.
func split(list string) ([]string, error) {
	if strings.TrimSpace(list) == "" {
		return nil, nil
	}
	var out []string
	for i, s := range strings.Split(list, ",") {
		if s = strings.TrimSpace(s); s == "" {
			return nil, fmt.Errorf("entry %d is empty", i+1)
		}
		out = append(out, s)
	}
	return out, nil
}

var errBadLang = errors.New("want ko or en")
