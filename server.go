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
	"strings"
	"syscall"
	"time"

	"netprimer/app/api"
	"netprimer/app/guard"
	"netprimer/app/i18n"
	"netprimer/app/lab"
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
	labCfg := lab.DefaultConfig()
	labCfg.RegisterFlags(fs)
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
	labs, err := startLab(labCfg, *addr, lookupCfg.TrustProxy, log)
	if err != nil {
		return err
	}
	if labs != nil {
		defer labs.Close()
	}
	srv, err := server.New(server.Config{
		Web:         web,
		DefaultLang: i18n.Lang(*lang),
		API:         withLab(lookups.Handler(), labs),
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
	if labs != nil {
		labs.Close() // first: its long polls answer now rather than hold the shutdown
	}
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

// startLab opens the socket lab's listeners, by default on the host of
// the HTTP address; nil when -lab=false.
func startLab(cfg lab.Config, httpAddr, trustProxy string, log *slog.Logger) (*lab.Lab, error) {
	if !cfg.Enabled {
		return nil, nil
	}
	if cfg.Addr == "" {
		cfg.Addr = lab.DefaultAddr(httpAddr)
	}
	proxies, err := guard.ParseProxies(trustProxy)
	if err != nil {
		return nil, fmt.Errorf("-trust-proxy: %w", err)
	}
	cfg.Proxies = proxies
	l, err := lab.Listen(cfg, log)
	if err != nil {
		return nil, err
	}
	log.Info("lab listening", "tcp", l.TCPAddr().String(), "udp", l.UDPAddr().String())
	return l, nil
}

// withLab serves the lab's API paths with the lab, the others with other.
func withLab(other http.Handler, l *lab.Lab) http.Handler {
	if l == nil {
		return other
	}
	labAPI := l.Handler()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, api.LabPrefix) {
			labAPI.ServeHTTP(w, r)
			return
		}
		other.ServeHTTP(w, r)
	})
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
