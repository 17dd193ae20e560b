//go:build !wasm

// Command netprimer serves the Netprimer app and its lookup API as one
// binary, with the web files embedded.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"netprimer/app/guard"
	"netprimer/app/i18n"
	"netprimer/app/lookup"
	"netprimer/app/server"
)

//go:embed web
var embedded embed.FS

func main() {
	if err := run(os.Args[1:]); err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "netprimer:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("netprimer", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8000", "`address` to listen on, host:port")
	lang := fs.String("lang", string(i18n.Default), "default `language` of the app: ko or en")
	webDir := fs.String("web", "", "serve the web files from this `directory` instead of the embedded ones")
	lookupCfg := lookup.DefaultConfig()
	lookupCfg.RegisterFlags(fs)
	limits := server.DefaultLimits()
	limits.RegisterFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))

	web, err := webFiles(*webDir)
	if err != nil {
		return err
	}
	lookups, err := lookup.New(lookupCfg, log)
	if err != nil {
		return err
	}
	defer lookups.Close()
	srv, err := server.New(server.Config{
		Web:         web,
		DefaultLang: i18n.Lang(*lang),
		API:         lookups.Handler(),
		Logger:      log,
		Limits:      limits,
	})
	if err != nil {
		return err
	}
	conns, fdLimit, err := server.Conns(limits)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	perClient, total := conns.Caps()
	log.Info("serving", "url", "http://"+ln.Addr().String(), "version", srv.Version(), "lang", *lang, "resolver", lookups.Backend(),
		"conns_per_client", perClient, "conns_total", total, "file_limit", fdLimit)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	capped := guard.NewListener(ln, conns)
	err = server.Serve(ctx, capped, srv, limits, log)
	log.Info("connections reset over the caps", "count", capped.Refused())
	return err
}

// webFiles returns the embedded web files, or those of dir when given.
func webFiles(dir string) (fs.FS, error) {
	if dir != "" {
		if _, err := os.Stat(dir); err != nil {
			return nil, err
		}
		return os.DirFS(dir), nil
	}
	return fs.Sub(embedded, "web")
}
