//go:build !wasm

// Command netprimer serves the Netprimer app and its lookup API as one
// binary, with the web files embedded.
package main

import (
	"context"
	"crypto/tls"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"netprimer/app/api"
	"netprimer/app/classroom"
	"netprimer/app/course"
	"netprimer/app/datadir"
	"netprimer/app/flagfile"
	"netprimer/app/guard"
	"netprimer/app/https"
	"netprimer/app/lab"
	"netprimer/app/lookup"
	"netprimer/app/server"
)

//go:embed web
var embedded embed.FS

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "netprimer:", err)
		os.Exit(1)
	}
}

// run runs the server with the command line's args, writing its log and
// its errors about flags to stderr.
func run(args []string, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "teacher-link":
			return teacherLink(args[1:], os.Stdout, stderr)
		case "backup":
			return backup(args[1:], os.Stdout, stderr)
		}
	}
	fs := flag.NewFlagSet("netprimer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configFile := fs.String("config", "", "read settings from this JSON `file`: each key a flag's name without the dash (\"addr\": \":443\"), a list as an array; flags given here win")
	addr := fs.String("addr", "127.0.0.1:8000", "`address` to listen on, host:port (:443 with HTTPS)")
	webDir := fs.String("web", "", "serve the web files from this `directory` instead of the embedded ones")
	var data datadir.Dir
	datadir.RegisterFlag(fs, &data)
	var crs course.Course
	crs.RegisterFlags(fs)
	httpsCfg := https.DefaultConfig()
	httpsCfg.RegisterFlags(fs)
	lookupCfg := lookup.DefaultConfig()
	lookupCfg.RegisterFlags(fs)
	labCfg := lab.DefaultConfig()
	labCfg.RegisterFlags(fs)
	limits := server.DefaultLimits()
	limits.RegisterFlags(fs)
	classCfg := classroom.DefaultConfig()
	classCfg.RegisterFlags(fs)
	fs.Usage = func() { usage(fs) }
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%q: not a flag (netprimer -h lists them)", fs.Arg(0))
	}
	if *configFile != "" {
		if err := flagfile.Load(fs, *configFile, "config"); err != nil {
			return err
		}
	}
	httpsCfg.Data = data
	log := slog.New(slog.NewTextHandler(stderr, nil))

	web, err := webFiles(*webDir)
	if err != nil {
		return err
	}
	proxies, err := guard.ParseProxies(lookupCfg.TrustProxy)
	if err != nil {
		return fmt.Errorf("-trust-proxy: %w", err)
	}
	if proxies, err = proxies.WithHeader(lookupCfg.ProxyHeader); err != nil {
		return fmt.Errorf("-proxy-header: %w", err)
	}
	if err := classCfg.Check(); err != nil {
		return err
	}
	var tlsConf *https.TLS
	if httpsCfg.Enabled() || httpsCfg.RedirectAddr != "" {
		if tlsConf, err = https.New(httpsCfg, log); err != nil {
			return err
		}
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
	labs, conns, err := startLab(labCfg, *addr, proxies, conns, log)
	if err != nil {
		return err
	}
	if labs != nil {
		defer labs.Close()
	}
	class, err := classroom.OpenDir(data, classCfg.MaxMB<<20)
	if err != nil {
		return err
	}
	defer class.Close()
	classCfg.Proxies, classCfg.Logger = proxies, log
	classAPI := classroom.NewHandler(class, classCfg)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	warnings := plainHTTPWarnings(ln.Addr(), tlsConf != nil, lookupCfg.TrustProxy != "")
	srv, err := server.New(server.Config{
		Web:      web,
		Course:   crs,
		API:      withClassroom(withLab(lookups.Handler(), labs), classAPI),
		Pages:    map[string]http.Handler{api.TeachLoginPath: classAPI},
		Logger:   log,
		Limits:   limits,
		TLS:      tlsConf != nil,
		Warnings: warnings,
	})
	if err != nil {
		ln.Close()
		return err
	}
	scheme := "http"
	if tlsConf != nil {
		scheme = "https"
	}
	perClient, total := conns.Caps()
	log.Info("serving", "url", scheme+"://"+ln.Addr().String(), "version", srv.Version(), "lang", crs.Lang, "course", crs.Name.Ko, "resolver", lookups.Backend(),
		"conns_per_client", perClient, "conns_total", total, "file_limit", fdLimit)
	for _, w := range warnings {
		log.Warn(w)
	}
	if err := firstLoginLink(class, scheme+"://"+ln.Addr().String(), log); err != nil {
		ln.Close()
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if labs != nil {
		// The lab's long polls answer at once rather than hold the
		// shutdown's grace period.
		go func() { <-ctx.Done(); labs.Close() }()
	}
	go reloadOnHangup(ctx, tlsConf, log)

	// HSTS on HTTPS, served here or by a trusted proxy.
	handler := https.HSTS(srv, httpsCfg.HSTS, proxies.Secure)
	capped := guard.NewListener(ln, conns)
	var front net.Listener = capped
	listeners := []*guard.Listener{capped}
	serves := []func() error{}
	if tlsConf != nil {
		front = tls.NewListener(capped, tlsConf.Config())
		log.Info("HTTPS", "names", strings.Join(tlsConf.Names(), ","), "hsts", httpsCfg.HSTS)
		if httpsCfg.RedirectAddr != "" {
			rln, err := net.Listen("tcp", httpsCfg.RedirectAddr)
			if err != nil {
				ln.Close()
				return fmt.Errorf("-http-redirect: %w", err)
			}
			_, port, _ := net.SplitHostPort(ln.Addr().String())
			redirect := server.LogRequests(log, tlsConf.Redirect(port, limits.MaxURL))
			rcapped := guard.NewListener(rln, conns)
			listeners = append(listeners, rcapped)
			serves = append(serves, func() error { return server.Serve(ctx, rcapped, redirect, limits, log) })
			log.Info("redirecting to HTTPS", "url", "http://"+rln.Addr().String())
		}
	}
	serves = append(serves, func() error { return server.Serve(ctx, front, handler, limits, log) })
	err = serveAll(stop, serves)
	var refused int64
	for _, l := range listeners {
		refused += l.Refused()
	}
	log.Info("connections reset over the caps", "count", refused)
	return err
}

// serveAll runs every serve at once until all have returned, and stops
// the others (stop) when one fails.
func serveAll(stop func(), serves []func() error) error {
	errs := make(chan error, len(serves))
	for _, serve := range serves {
		go func() {
			err := serve()
			if err != nil {
				stop()
			}
			errs <- err
		}()
	}
	var all []error
	for range serves {
		all = append(all, <-errs)
	}
	return errors.Join(all...)
}

// reloadOnHangup reads the certificate's files again on each SIGHUP until
// ctx is done; without HTTPS a SIGHUP is logged, and changes nothing.
func reloadOnHangup(ctx context.Context, t *https.TLS, log *slog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
		}
		switch {
		case t == nil:
			log.Info("SIGHUP: nothing to read again without HTTPS")
		default:
			if err := t.Reload(); err != nil {
				log.Warn("SIGHUP: the certificate was not read again: the one read before is still served", "err", err)
			} else {
				log.Info("SIGHUP: certificate read again", "names", strings.Join(t.Names(), ","))
			}
		}
	}
}

// plainHTTPWarnings says what does not work when the app is served over
// plain HTTP on an address other than loopback, which browsers treat as
// an insecure context. Behind a trusted proxy, which serves HTTPS to the
// students, and on loopback (localhost is a secure context) all works.
func plainHTTPWarnings(addr net.Addr, tls, behindProxy bool) []string {
	ta, ok := addr.(*net.TCPAddr)
	if tls || behindProxy || !ok || ta.IP.IsLoopback() {
		return nil
	}
	return []string{"plain HTTP on " + addr.String() + ", not loopback: browsers treat the app as an insecure context, " +
		"so it will not work offline, will not offer new versions (no service worker) and gets app.wasm as gzip instead of brotli; " +
		"serve HTTPS with -tls-cert and -tls-key or -autocert, or behind an HTTPS reverse proxy named in -trust-proxy"}
}

// usage prints what -h shows: how to run the server, then every flag.
func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprint(w, `Usage: netprimer [flags]

Serves the Netprimer app, its lookups and its socket lab. For a class, serve
HTTPS (-addr :443 with -tls-cert and -tls-key, or -autocert HOST), with
-http-redirect :80; the README's "Hosting for a class" goes step by step.
Settings may also come from -config FILE, a JSON object of these flags'
names without the dash, for example:

  {"addr": ":443", "autocert": "netprimer.example.ac.kr", "http-redirect": ":80",
   "course": "사물인터넷 네트워크 프로그래밍", "course-hosts": ["www.example.ac.kr", "iot"],
   "course-ports": [80, 443, 1883], "allow-private-reverse": ["10.20.0.0/16"]}

Flags:
`)
	fs.PrintDefaults()
}

// startLab opens the socket lab's listeners, by default on the host of
// the HTTP address; nil when -lab=false. Its connections come out of the
// same file budget as the HTTP server's: it takes at most a quarter of
// the total, and returns the HTTP server's caps less what it took.
func startLab(cfg lab.Config, httpAddr string, proxies guard.Proxies, conns *guard.Conns, log *slog.Logger) (*lab.Lab, *guard.Conns, error) {
	if !cfg.Enabled {
		return nil, conns, nil
	}
	if cfg.Addr == "" {
		cfg.Addr = lab.DefaultAddr(httpAddr)
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

// withClassroom serves the classroom's API paths with c, the others with
// other.
func withClassroom(other, c http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if classroom.Owns(r.URL.Path) {
			c.ServeHTTP(w, r)
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
