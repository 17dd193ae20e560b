// Package server builds the HTTP handler of the instructor's binary: the
// go-app pages prerendered for every lesson, the embedded web files served
// precompressed, the service worker that keeps the app working offline,
// the lookup API, security headers, a health check and a request log.
// Nothing here reaches app.wasm.
package server

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/course"
	"netprimer/app/i18n"
	"netprimer/app/jsonhttp"
	"netprimer/app/ui"
)

// Config is what the handler is built from.
type Config struct {
	// Web holds the files under /web/: app.wasm with its .br and .gz
	// forms, the style sheet and the icons.
	Web fs.FS
	// DefaultLang is the language of a visitor who has not chosen one,
	// when Course names none.
	DefaultLang i18n.Lang
	// Course is the instructor's own examples; its zero fields are the
	// deck's.
	Course course.Course
	// TLS says the listener serves HTTPS; /healthz reports it.
	TLS bool
	// Warnings are what the instructor should know about how the app is
	// served (plain HTTP on a network address, say); /healthz reports
	// them.
	Warnings []string
	// API serves /api/; nil answers every API request with a JSON 404.
	API http.Handler
	// Pages serves paths outside /api/ before the app's pages do, by the
	// mux's patterns (the classroom's login link, say).
	Pages map[string]http.Handler
	// Logger receives one line per request; nil logs nothing.
	Logger *slog.Logger
	// Limits bound requests (a zero field takes DefaultLimits' value).
	Limits Limits
}

// Server is the whole app as one http.Handler.
type Server struct {
	handler http.Handler
	version string
}

// New builds the handler. It fails when Web has no app.wasm: the binary
// was built without `make build`.
func New(cfg Config) (*Server, error) {
	if cfg.DefaultLang == "" {
		cfg.DefaultLang = cfg.Course.Lang
	}
	if cfg.DefaultLang == "" {
		cfg.DefaultLang = i18n.Default
	}
	if _, ok := i18n.Parse(string(cfg.DefaultLang)); !ok {
		return nil, fmt.Errorf("server: unknown default language %q (want ko or en)", cfg.DefaultLang)
	}
	cfg.Course = withDeck(cfg.Course, cfg.DefaultLang)
	lim := cfg.Limits.withDefaults()
	if err := lim.check(); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	files, err := loadStatic(cfg.Web)
	if err != nil {
		return nil, err
	}
	wasm, ok := files.files["/web/app.wasm"]
	if !ok {
		return nil, errors.New("server: web/app.wasm is missing: build it first with `make build`")
	}
	ui.Register()
	goapp := newAppHandler(cfg.Course, files, len(wasm.raw))

	warnings := append([]string{}, cfg.Warnings...)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		jsonhttp.Write(w, http.StatusOK, health{Status: "ok", Version: files.version, TLS: cfg.TLS, Warnings: warnings})
	})
	apiHandler := cfg.API
	if apiHandler == nil {
		apiHandler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeAPIError(w, http.StatusNotFound, api.Error{Type: api.TypeNotFound, Message: "no such API"})
		})
	}
	mux.Handle("/", pages(goapp, cfg.DefaultLang, cfg.Logger))
	for pattern, h := range cfg.Pages {
		mux.Handle(pattern, h)
	}

	var h http.Handler = securityHeaders(edge(mux, apiHandler, lim.MaxURL))
	if cfg.Logger != nil {
		h = LogRequests(cfg.Logger, h)
	}
	return &Server{handler: h, version: files.version}, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Version is the app's version: a hash of the web files, app.wasm among
// them, so that it changes with every build that changes the app and
// stays the same across restarts.
func (s *Server) Version() string { return s.version }

// health is the answer of /healthz.
type health struct {
	Status   string   `json:"status"`
	Version  string   `json:"version"`
	TLS      bool     `json:"tls"`
	Warnings []string `json:"warnings"`
}

// withDeck fills c's zero fields with the deck's, lang for its language.
func withDeck(c course.Course, lang i18n.Lang) course.Course {
	d := course.Deck()
	if c.Name.Ko == "" && c.Name.En == "" {
		c.Name = d.Name
	}
	if len(c.Hosts) == 0 {
		c.Hosts = d.Hosts
	}
	if len(c.Ports) == 0 {
		c.Ports = d.Ports
	}
	c.Lang = lang
	return c
}

// newAppHandler configures go-app's handler: local icons and styles only,
// the version, the wasm size for the load progress, the lesson pages to
// cache for offline use, a service worker that serves them, and the
// course in the app's environment.
func newAppHandler(c course.Course, files *static, wasmSize int) *app.Handler {
	lang := c.Lang
	title := i18n.T{Ko: c.Name.Ko + " — Netprimer", En: c.Name.En + " — Netprimer"}
	desc := i18n.T{
		Ko: "Python 네트워크 프로그래밍 강의의 주제를 브라우저에서 직접 해 보는 레슨",
		En: "Hands-on lessons for every topic of a Python network programming course, in the browser",
	}
	loading := i18n.T{Ko: "불러오는 중 {progress}%", En: "Loading {progress}%"}
	cacheable := append(ui.Paths(), files.extraCacheable()...)
	return &app.Handler{
		Name:            "Netprimer",
		ShortName:       "Netprimer",
		Title:           title.In(lang),
		Description:     desc.In(lang),
		Lang:            string(lang),
		Author:          "Netprimer",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1d4ed8",
		LoadingLabel:    loading.In(lang),
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                files.styles(),
		CacheableResources:    cacheable,
		Resources:             files,
		Version:               files.version,
		WasmContentLength:     strconv.Itoa(wasmSize),
		ServiceWorkerTemplate: serviceWorker,
		Env:                   c.Env(),
	}
}
