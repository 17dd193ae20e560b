// Package course holds what an instructor makes the app their own with:
// the course's name in the shell, the hosts of the HOSTS program, the
// ports of the port → URL program and the default language. Deck is the
// lecture deck's. The server reads them from its flags or its config file
// and hands them to the app in go-app's environment (Env), which the
// pages read back (FromEnv) on the server and in the browser alike.
// Pure: nothing here imports go-app.
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

// Course is an instructor's choices. The zero Course is not one: Deck
// gives the deck's, and FromEnv fills what is missing from it.
type Course struct {
	// Name is the course's name, in the shell's header and the page's
	// title.
	Name i18n.T
	// Hosts is the HOSTS list of the deck's program that looks up each
	// host's address.
	Hosts []string
	// Ports are the ports of the deck's program that builds a URL from
	// each port's service, in canonical decimal.
	Ports []string
	// Lang is the language of a visitor who has not chosen one.
	Lang i18n.Lang
}

// MaxHosts and MaxPorts bound the lists: each entry is one request of
// every student who opens the lesson.
const (
	MaxHosts = 16
	MaxPorts = 16
)

// Deck returns the course of the lecture deck.
func Deck() Course {
	return Course{
		Name:  i18n.T{Ko: "네트워크 프로그래밍", En: "Network Programming"},
		Hosts: api.DeckHosts(),
		Ports: api.DeckPorts(),
		Lang:  i18n.Default,
	}
}

// The names of go-app's environment variables that carry a Course to the
// app. EnvLang is the one the app has always read for the default
// language.
const (
	EnvNameKo = "NETPRIMER_COURSE_KO"
	EnvNameEn = "NETPRIMER_COURSE_EN"
	EnvHosts  = "NETPRIMER_HOSTS"
	EnvPorts  = "NETPRIMER_PORTS"
	EnvLang   = "NETPRIMER_DEFAULT_LANG"
)

// Env returns c as go-app's environment variables: every one of them,
// so that none keeps a value set before. The lists are joined by commas,
// which no entry holds (Check).
func (c Course) Env() map[string]string {
	return map[string]string{
		EnvNameKo: c.Name.Ko,
		EnvNameEn: c.Name.En,
		EnvHosts:  strings.Join(c.Hosts, ","),
		EnvPorts:  strings.Join(c.Ports, ","),
		EnvLang:   string(c.Lang),
	}
}

// FromEnv reads a Course back from getenv (go-app's app.Getenv). What is
// missing or does not pass Check is the deck's: a page always has a course
// to show.
func FromEnv(getenv func(string) string) Course {
	c := Deck()
	if ko, en := getenv(EnvNameKo), getenv(EnvNameEn); ko != "" || en != "" {
		name, err := CheckName(ko, en)
		if err == nil {
			c.Name = name
		}
	}
	if hosts, err := ParseHosts(getenv(EnvHosts)); err == nil && len(hosts) > 0 {
		c.Hosts = hosts
	}
	if ports, err := ParsePorts(getenv(EnvPorts)); err == nil && len(ports) > 0 {
		c.Ports = ports
	}
	if l, ok := i18n.Parse(getenv(EnvLang)); ok {
		c.Lang = l
	}
	return c
}

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
