package lookup

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"
)

// Names of the resolver backends, as api.Response.Backend gives them.
const (
	BackendLibc = "libc" // the C library, through cgo: exactly what CPython calls
	BackendGo   = "go"   // glibc's rules in Go over the hosts file and resolv.conf
	BackendDNS  = "dns"  // a DNS server the instructor names, and nothing else
)

// newDNSResolver asks the DNS server at addr (host:port) and nothing else:
// no hosts file, no search domains, names as given. It tries twice, a
// second at a time, within each lookup's time limit.
func newDNSResolver(addr string) (resolver, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if _, err := netip.ParseAddr(host); err != nil {
		return nil, fmt.Errorf("%q: the DNS server must be an IP address", host)
	}
	if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 {
		return nil, fmt.Errorf("%q: bad port", port)
	}
	m := &dnsModule{cfg: dnsConfig{servers: []string{addr}, ndots: 1, timeout: time.Second, attempts: 2}}
	return &nssResolver{name: BackendDNS, modules: []nssModule{m}, hostnameFn: osHostname, sort: sortByRFC6724}, nil
}

// newGoResolver models the C library of a Debian host in Go: "hosts:
// files dns" over the given hosts file and resolv.conf, which are read
// on each lookup and at start, as glibc reads them.
func newGoResolver(hostsFile, resolvConf string) (resolver, error) {
	cfg := dnsConfig{ndots: 1, timeout: 5 * time.Second, attempts: 2}
	if f, err := os.Open(resolvConf); err == nil {
		cfg, err = parseResolvConf(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", resolvConf, err)
		}
	}
	if len(cfg.servers) == 0 {
		cfg.servers = []string{"127.0.0.1:53"}
	}
	if len(cfg.search) == 0 {
		// Without search or domain, glibc searches the host name's domain.
		if h, err := os.Hostname(); err == nil {
			if _, dom, ok := strings.Cut(h, "."); ok && dom != "" {
				cfg.search = []string{dom}
			}
		}
	}
	return &nssResolver{
		name:       BackendGo,
		modules:    []nssModule{hostsModule{path: hostsFile}, &dnsModule{cfg: cfg}},
		hostnameFn: osHostname,
		sort:       sortByRFC6724,
	}, nil
}

// parseResolvConf reads what glibc's res_init reads from resolv.conf:
//
//	nameserver 192.0.2.53
//	search example.org example.net
//	options ndots:2 timeout:1 attempts:3
//
// at most three name servers (port 53), the last "search" or "domain"
// line, and the options of the stub resolver's timing.
func parseResolvConf(r io.Reader) (dnsConfig, error) {
	cfg := dnsConfig{ndots: 1, timeout: 5 * time.Second, attempts: 2}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == ';' {
			continue
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "nameserver":
			if len(f) < 2 || len(cfg.servers) >= 3 {
				continue
			}
			if a, err := netip.ParseAddr(f[1]); err == nil {
				cfg.servers = append(cfg.servers, netip.AddrPortFrom(a, 53).String())
			}
		case "domain":
			if len(f) >= 2 {
				cfg.search = []string{f[1]}
			}
		case "search":
			cfg.search = append([]string(nil), f[1:]...)
		case "options":
			for _, o := range f[1:] {
				k, v, _ := strings.Cut(o, ":")
				i, err := strconv.Atoi(v)
				if err != nil {
					continue
				}
				switch k {
				case "ndots":
					cfg.ndots = min(i, 15)
				case "timeout":
					cfg.timeout = time.Duration(min(max(i, 1), 30)) * time.Second
				case "attempts":
					cfg.attempts = min(max(i, 1), 5)
				}
			}
		}
	}
	return cfg, sc.Err()
}
