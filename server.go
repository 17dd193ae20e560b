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
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

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
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("serving", "url", "http://"+ln.Addr().String(), "version", srv.Version(), "lang", *lang, "resolver", lookups.Backend())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
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
