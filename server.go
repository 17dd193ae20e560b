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
	conns, fdLimit, err := server.Conns(limits)
	if err != nil {
		return err
	}
	labs, conns, err := startLab(labCfg, *addr, lookupCfg, conns, log)
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
		Limits:      limits,
	})
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
	if labs != nil {
		// The lab's long polls answer at once rather than hold the
		// shutdown's grace period.
		go func() { <-ctx.Done(); labs.Close() }()
	}
	capped := guard.NewListener(ln, conns)
	err = server.Serve(ctx, capped, srv, limits, log)
	log.Info("connections reset over the caps", "count", capped.Refused())
	return err
}

// startLab opens the socket lab's listeners, by default on the host of
// the HTTP address; nil when -lab=false. Its connections come out of the
// same file budget as the HTTP server's: it takes at most a quarter of
// the total, and returns the HTTP server's caps less what it took.
func startLab(cfg lab.Config, httpAddr string, lc lookup.Config, conns *guard.Conns, log *slog.Logger) (*lab.Lab, *guard.Conns, error) {
	if !cfg.Enabled {
		return nil, conns, nil
	}
	if cfg.Addr == "" {
		cfg.Addr = lab.DefaultAddr(httpAddr)
	}
	proxies, err := guard.ParseProxies(lc.TrustProxy)
	if err != nil {
		return nil, nil, fmt.Errorf("-trust-proxy: %w", err)
	}
	if proxies, err = proxies.WithHeader(lc.ProxyHeader); err != nil {
		return nil, nil, fmt.Errorf("-proxy-header: %w", err)
	}
	cfg.Proxies = proxies
	perClient, total := conns.Caps()
	cfg.ConnsTotal = max(1, min(cfg.ConnsTotal, total/4))
	l, err := lab.Listen(cfg, log)
	if err != nil {
		return nil, nil, err
	}
	log.Info("lab listening", "tcp", l.TCPAddr().String(), "udp", l.UDPAddr().String(), "conns_total", cfg.ConnsTotal)
	return l, guard.NewConns(perClient, total-cfg.ConnsTotal), nil
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
