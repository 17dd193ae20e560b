package lookup

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net/netip"
	"os"
	"strings"
	"syscall"
)

// hostsModule is glibc 2.36's "files" module for hosts
// (nss/nss_files/files-hosts.c), reading the file on every lookup as
// glibc does, with host.conf's "multi on" (Debian's default): a name
// collects the addresses of every line that has it.
type hostsModule struct {
	path string
}

// hostsLine is one line of a hosts file, before its address is read for
// a family. A line looks like
//
//	127.0.0.1	localhost	loopback	# comment
//
// an address, the canonical name, then aliases.
type hostsLine struct {
	addr    string
	name    string
	aliases []string
}

// parseHosts reads the lines of a hosts file as glibc's parser splits
// them (the leading white space quirk of readline included); lines
// without a name are skipped, as glibc skips them.
func parseHosts(r io.Reader) ([]hostsLine, error) {
	var lines []hostsLine
	br := bufio.NewReader(r)
	for {
		raw, err := br.ReadBytes('\n')
		if len(raw) > 0 {
			if line, ok := readline(raw); ok {
				if i := bytes.IndexAny(line, "#\n"); i >= 0 {
					line = line[:i]
				}
				fields := bytes.FieldsFunc(line, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) })
				// STRING_FIELD leaves an empty name when the address
				// ends the line; such a line matches nothing.
				if len(fields) >= 1 {
					hl := hostsLine{addr: string(fields[0])}
					if len(fields) >= 2 {
						hl.name = string(fields[1])
					}
					for _, a := range fields[min(2, len(fields)):] {
						hl.aliases = append(hl.aliases, string(a))
					}
					lines = append(lines, hl)
				}
			}
		}
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// address reads the line's address for a lookup of family af, as the
// line parser does: for AF_INET an IPv6 line counts if it is IPv4-mapped,
// and "::1" stands for 127.0.0.1. ok is false when the line is skipped.
func (l hostsLine) address(af int) (netip.Addr, int, bool) {
	want := af
	if af == afUnspec {
		want = afInet
	}
	if want == afInet {
		if a, ok := inetPton4(l.addr); ok {
			return a, afInet, true
		}
	} else if a, ok := inetPton6(l.addr); ok {
		return a, afInet6, true
	}
	a6, ok := inetPton6(l.addr)
	switch {
	case !ok:
		return netip.Addr{}, 0, false
	case af == afInet && a6.Is4In6():
		return a6.Unmap(), afInet, true
	case af == afInet && a6 == netip.IPv6Loopback():
		return netip.AddrFrom4([4]byte{127, 0, 0, 1}), afInet, true
	case af == afUnspec:
		return a6, afInet6, true
	}
	return netip.Addr{}, 0, false
}

func (l hostsLine) hasName(name string) bool {
	if strings.EqualFold(l.name, name) {
		return true
	}
	for _, a := range l.aliases {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

func (m hostsModule) read(st *lookupState) ([]hostsLine, nssStatus) {
	f, err := os.Open(m.path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			st.errno = syscall.ENOENT
		}
		return nil, nssUnavail
	}
	defer f.Close()
	lines, err := parseHosts(f)
	if err != nil {
		return nil, nssUnavail
	}
	return lines, nssSuccess
}

func (m hostsModule) gethostbyname3(ctx context.Context, st *lookupState, name string, af int) (*hostent, nssStatus, int) {
	lines, s := m.read(st)
	if s != nssSuccess {
		return nil, s, noRecovery
	}
	var h *hostent
	for _, l := range lines {
		a, _, ok := l.address(af)
		if !ok || !l.hasName(name) {
			continue
		}
		if h == nil {
			h = &hostent{name: l.name, aliases: append([]string{}, l.aliases...), addrtype: af, addrs: []netip.Addr{a}}
			continue
		}
		// gethostbyname3_multi: later lines add their addresses, their
		// aliases, and their name when it differs from the first.
		h.addrs = append(h.addrs, a)
		h.aliases = append(h.aliases, l.aliases...)
		if l.name != h.name {
			h.aliases = append(h.aliases, l.name)
		}
	}
	if h == nil {
		return nil, nssNotFound, hostNotFound
	}
	return h, nssSuccess, hostNotFound // the multi scan ends at EOF, which sets HOST_NOT_FOUND
}

func (m hostsModule) gethostbyname4(ctx context.Context, st *lookupState, name string) ([]netip.Addr, nssStatus, int) {
	lines, s := m.read(st)
	if s == nssUnavail {
		return nil, s, noData
	}
	var addrs []netip.Addr
	for _, l := range lines {
		a, _, ok := l.address(afUnspec)
		if ok && l.hasName(name) {
			addrs = append(addrs, a)
		}
	}
	if len(addrs) == 0 {
		return nil, nssNotFound, hostNotFound
	}
	return addrs, nssSuccess, hostNotFound
}

func (m hostsModule) gethostbyaddr(ctx context.Context, st *lookupState, addr netip.Addr, af int) (*hostent, nssStatus, int) {
	lines, s := m.read(st)
	if s != nssSuccess {
		return nil, s, noRecovery
	}
	for _, l := range lines {
		a, _, ok := l.address(af)
		if ok && a == addr {
			return &hostent{name: l.name, aliases: append([]string{}, l.aliases...), addrtype: af, addrs: []netip.Addr{a}}, nssSuccess, 0
		}
	}
	return nil, nssNotFound, hostNotFound
}
