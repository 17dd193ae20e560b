// Package course holds what an instructor makes the app their own with:
// the course's name in the shell, the hosts of the HOSTS program, the
// ports of the port → URL program and the default language. Deck is the
// lecture deck's. The server reads them from its flags or its config file
// and hands them to the app in go-app's environment (Env), which the
// pages read back (FromEnv) on the server and in the browser alike.
// Pure: nothing here imports go-app.
package course

import (
	"strings"

	"netprimer/app/api"
	"netprimer/app/i18n"
)

// Course is an instructor's choices. The zero Course is not one: Deck
// gives the deck's, and FromEnv fills what is missing from it. The
// server checks each value as it reads it (check.go).
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
// which no entry holds (ParseHosts, ParsePorts).
func (c Course) Env() map[string]string {
	return map[string]string{
		EnvNameKo: c.Name.Ko,
		EnvNameEn: c.Name.En,
		EnvHosts:  strings.Join(c.Hosts, ","),
		EnvPorts:  strings.Join(c.Ports, ","),
		EnvLang:   string(c.Lang),
	}
}

// FromEnv reads a Course back from getenv (go-app's app.Getenv): the
// values Env wrote, which the server checked (RegisterFlags); what is
// missing is the deck's, so that a page always has a course to show. It
// checks nothing again: app.wasm carries no parser for what only the
// server reads.
func FromEnv(getenv func(string) string) Course {
	c := Deck()
	if ko, en := getenv(EnvNameKo), getenv(EnvNameEn); ko != "" && en != "" {
		c.Name = i18n.T{Ko: ko, En: en}
	}
	if hosts := getenv(EnvHosts); hosts != "" {
		c.Hosts = strings.Split(hosts, ",")
	}
	if ports := getenv(EnvPorts); ports != "" {
		c.Ports = strings.Split(ports, ",")
	}
	if l, ok := i18n.Parse(getenv(EnvLang)); ok {
		c.Lang = l
	}
	return c
}
