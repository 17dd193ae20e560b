// Package lookup is the server side of Netprimer's lookup API: it runs the
// deck's host and service functions of Python's socket module
// (gethostname, gethostbyname, gethostbyname_ex, gethostbyaddr, getfqdn,
// getservbyname, getservbyport) with the answers and exceptions CPython
// gives on the server's host, and tells a student their connection's
// 4-tuple.
//
// A Service is built from explicit arguments (New) and serves every path
// under /api/v1/ (Handler). It protects the resolver from a class on the
// internet: arguments are validated, each client is rate limited, lookups
// run a bounded number at a time under a time limit, and answers are
// cached.
package lookup

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"netprimer/app/guard"
)

// Config holds the instructor's choices. RegisterFlags binds them to
// command-line flags with DefaultConfig's values as defaults; New replaces
// zero numbers with those defaults too.
type Config struct {
	// DNS is the host:port of a DNS server to ask instead of the system
	// resolver: answers become deterministic, and the hosts file is not
	// read. Empty: the system resolver.
	DNS string
	// Resolver chooses the system resolver: "libc" (the C library, as
	// CPython calls it; needs cgo), "go" (glibc's rules in Go over
	// HostsFile and ResolvConf) or "auto" (libc when built with cgo).
	Resolver   string
	HostsFile  string // the "go" resolver's hosts file
	ResolvConf string // the "go" resolver's resolv.conf

	// ServicesFile is the services database; when it does not exist,
	// the table shipped with the server answers.
	ServicesFile string

	// TrustProxy lists the addresses or prefixes (comma-separated) of
	// reverse proxies whose word about the client is believed. Empty: no
	// header is believed.
	TrustProxy string
	// ProxyHeader is the one header in which those proxies name the
	// client: "x-forwarded-for" (the default) or "forwarded" (RFC 7239).
	// The other is ignored.
	ProxyHeader string
	// RefusePrivateReverse makes reverse lookups of private addresses
	// (RFC 1918, RFC 4193, RFC 6598, link-local) answer as if they had
	// no name, so a class cannot list the server's network.
	RefusePrivateReverse bool
	// AllowPrivateReverse lists (comma-separated) private prefixes that
	// RefusePrivateReverse leaves open: a campus whose names are its
	// course's examples lets the class look up its own ranges only.
	AllowPrivateReverse string

	// Rate and Burst set each client's token bucket: requests per second
	// and the most at once. A class behind one NAT is one client.
	Rate  float64
	Burst int
	// Clients bounds how many clients' buckets are kept.
	Clients int

	// Concurrency bounds the lookups running at once (each a blocked
	// thread with the C library); Queue bounds those waiting for a
	// turn, beyond which the server answers 503. Calls answered without
	// the resolver (gethostname, services, numeric addresses) count in
	// neither.
	Concurrency int
	Queue       int
	// Timeout bounds each call; a resolver that does not answer in time
	// gives Python's error for an unreachable resolver.
	Timeout time.Duration

	// CacheSize and CacheTTL bound the answer cache (a negative size: no
	// cache).
	CacheSize int
	CacheTTL  time.Duration
}

// DefaultConfig returns the defaults, chosen for a class of about 100
// students behind one NAT: the deck's two programs at once from every
// student are about 1,300 requests, which the burst absorbs.
func DefaultConfig() Config {
	return Config{
		Resolver:             "auto",
		HostsFile:            "/etc/hosts",
		ResolvConf:           "/etc/resolv.conf",
		ServicesFile:         "/etc/services",
		ProxyHeader:          "x-forwarded-for",
		RefusePrivateReverse: true,
		Rate:                 50,
		Burst:                1500,
		Clients:              10000,
		Concurrency:          32,
		Queue:                256,
		Timeout:              3 * time.Second,
		CacheSize:            10000,
		CacheTTL:             time.Minute,
	}
}

// RegisterFlags defines the lookup flags on fs, with DefaultConfig's
// values as defaults, to be read into c.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	d := DefaultConfig()
	fs.StringVar(&c.DNS, "dns", d.DNS, "ask this DNS server (host:port) instead of the system resolver, for deterministic answers")
	fs.StringVar(&c.Resolver, "resolver", d.Resolver, "system resolver: libc (as CPython, needs cgo), go (the same rules in Go), or auto")
	fs.StringVar(&c.HostsFile, "hosts-file", d.HostsFile, "hosts file of the go resolver")
	fs.StringVar(&c.ResolvConf, "resolv-conf", d.ResolvConf, "resolv.conf of the go resolver")
	fs.StringVar(&c.ServicesFile, "services-file", d.ServicesFile, "services file (the built-in table answers when it is missing)")
	fs.StringVar(&c.TrustProxy, "trust-proxy", d.TrustProxy, "comma-separated addresses or prefixes of reverse proxies whose word about the client is believed")
	fs.StringVar(&c.ProxyHeader, "proxy-header", d.ProxyHeader, "the header in which the trusted proxies name the client: x-forwarded-for or forwarded (the other is ignored)")
	fs.BoolVar(&c.RefusePrivateReverse, "refuse-private-reverse", d.RefusePrivateReverse, "answer reverse lookups of private addresses as if they had no name")
	fs.StringVar(&c.AllowPrivateReverse, "allow-private-reverse", d.AllowPrivateReverse, "comma-separated private `prefixes` whose reverse lookups are answered all the same (the campus's own)")
	fs.Float64Var(&c.Rate, "lookup-rate", d.Rate, "API requests per second per client address")
	fs.IntVar(&c.Burst, "lookup-burst", d.Burst, "API requests a client may make at once")
	fs.IntVar(&c.Clients, "lookup-clients", d.Clients, "client addresses whose rate is tracked")
	fs.IntVar(&c.Concurrency, "lookup-concurrency", d.Concurrency, "lookups running at once")
	fs.IntVar(&c.Queue, "lookup-queue", d.Queue, "lookups waiting for a turn before the server answers 503")
	fs.DurationVar(&c.Timeout, "lookup-timeout", d.Timeout, "time limit of one lookup")
	fs.IntVar(&c.CacheSize, "lookup-cache-size", d.CacheSize, "answers kept in the cache (negative: no cache)")
	fs.DurationVar(&c.CacheTTL, "lookup-cache-ttl", d.CacheTTL, "how long a cached answer is used")
}

// withDefaults fills zero numbers and strings from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Resolver == "" {
		c.Resolver = d.Resolver
	}
	if c.HostsFile == "" {
		c.HostsFile = d.HostsFile
	}
	if c.ResolvConf == "" {
		c.ResolvConf = d.ResolvConf
	}
	if c.Rate <= 0 {
		c.Rate = d.Rate
	}
	if c.Burst <= 0 {
		c.Burst = d.Burst
	}
	if c.Clients <= 0 {
		c.Clients = d.Clients
	}
	if c.Concurrency <= 0 {
		c.Concurrency = d.Concurrency
	}
	if c.Queue < 0 {
		c.Queue = 0
	}
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	if c.CacheSize == 0 {
		c.CacheSize = d.CacheSize
	}
	if c.CacheTTL <= 0 {
		c.CacheTTL = d.CacheTTL
	}
	return c
}

// Service answers the lookup API. It is safe for concurrent use.
type Service struct {
	cfg     Config
	log     *slog.Logger
	py      *pySocket
	pool    *pool
	cache   *cache
	clients *guard.Limiter
	proxies guard.Proxies
	now     func() time.Time

	closeOnce sync.Once
	closeRes  func() error
}

// New builds a Service from cfg. The logger receives what an instructor
// should know (an unreadable services file, a failed handler); nil
// discards it.
func New(cfg Config, logger *slog.Logger) (*Service, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	proxies, err := guard.ParseProxies(cfg.TrustProxy)
	if err != nil {
		return nil, fmt.Errorf("lookup: -trust-proxy: %w", err)
	}
	if proxies, err = proxies.WithHeader(cfg.ProxyHeader); err != nil {
		return nil, fmt.Errorf("lookup: -proxy-header: %w", err)
	}
	if _, err := parsePrivatePrefixes(cfg.AllowPrivateReverse); err != nil {
		return nil, fmt.Errorf("lookup: -allow-private-reverse: %w", err)
	}
	res, closeRes, err := newResolver(cfg)
	if err != nil {
		return nil, err
	}
	return newService(cfg, logger, proxies, res, closeRes)
}

// newService builds a Service over a resolver; tests give their own.
func newService(cfg Config, logger *slog.Logger, proxies guard.Proxies, res resolver, closeRes func() error) (*Service, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	services, err := newServicesDB(cfg.ServicesFile, time.Second, func(path string, err error) {
		logger.Warn("services file", "path", path, "err", err)
	})
	if err != nil {
		return nil, fmt.Errorf("lookup: %w", err)
	}
	allow, err := parsePrivatePrefixes(cfg.AllowPrivateReverse)
	if err != nil {
		return nil, fmt.Errorf("lookup: -allow-private-reverse: %w", err)
	}
	p := newPool(cfg.Concurrency, cfg.Queue)
	s := &Service{
		cfg:      cfg,
		log:      logger,
		pool:     p,
		proxies:  proxies,
		now:      time.Now,
		closeRes: closeRes,
	}
	s.py = &pySocket{
		res:           boundedResolver{inner: res, pool: p},
		services:      services,
		refusePrivate: cfg.RefusePrivateReverse,
		allowPrivate:  allow,
		now:           time.Now,
	}
	s.cache = newCache(cfg.CacheSize, cfg.CacheTTL)
	s.clients = guard.NewLimiter(cfg.Rate, cfg.Burst, cfg.Clients)
	return s, nil
}

// newResolver chooses the resolver cfg names.
func newResolver(cfg Config) (resolver, func() error, error) {
	if cfg.DNS != "" {
		r, err := newDNSResolver(cfg.DNS)
		if err != nil {
			return nil, nil, fmt.Errorf("lookup: -dns: %w", err)
		}
		return r, func() error { return nil }, nil
	}
	switch cfg.Resolver {
	case "auto", "libc":
		if r, ok := newLibcResolver(); ok {
			return r, func() error { return nil }, nil
		}
		if cfg.Resolver == "libc" {
			return nil, nil, errors.New("lookup: -resolver=libc needs a server built with cgo")
		}
		fallthrough
	case "go":
		r, err := newGoResolver(cfg.HostsFile, cfg.ResolvConf)
		if err != nil {
			return nil, nil, fmt.Errorf("lookup: %w", err)
		}
		return r, func() error { return nil }, nil
	}
	return nil, nil, fmt.Errorf("lookup: -resolver=%q: want libc, go or auto", cfg.Resolver)
}

// Backend names the resolver that answers host lookups.
func (s *Service) Backend() string { return s.py.res.backend() }

// Close releases what the service holds. Lookups still running in the C
// library finish on their own.
func (s *Service) Close() error {
	var err error
	s.closeOnce.Do(func() { err = s.closeRes() })
	return err
}

// Handler returns the handler of every path under /api/v1/. Mount it at
// api.Prefix as it is (mux.Handle(api.Prefix, s.Handler())): it reads the
// whole path, prefix included. It answers JSON only, with its own rate
// limit, so the server may put it before any other middleware.
func (s *Service) Handler() http.Handler {
	return s.newHandler()
}
