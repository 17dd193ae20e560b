package lookup

import (
	"bytes"
	"context"
	"errors"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/miekg/dns"
)

// dnsConfig is what resolv.conf tells glibc's stub resolver.
type dnsConfig struct {
	servers  []string // host:port
	search   []string
	ndots    int
	timeout  time.Duration // per try
	attempts int
}

// dnsModule is glibc 2.36's "dns" module for hosts
// (resolv/nss_dns/dns-host.c) over its stub resolver (resolv/res_query.c,
// res_send.c), asking servers with github.com/miekg/dns.
type dnsModule struct {
	cfg dnsConfig
}

// sendError is how res_send fails: errno ETIMEDOUT when some server was
// reached (or timed out), ECONNREFUSED when none was.
type sendError struct{ errno syscall.Errno }

func (e *sendError) Error() string { return e.errno.Error() }

// badRcode reports the answers res_send discards to try the next server.
func badRcode(rcode int) bool {
	return rcode == dns.RcodeServerFailure || rcode == dns.RcodeNotImplemented || rcode == dns.RcodeRefused
}

// exchange sends one query to one server over UDP, and over TCP when the
// answer is truncated. refused reports an ICMP port unreachable.
func exchange(ctx context.Context, server string, q *dns.Msg, timeout time.Duration) (resp *dns.Msg, refused bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c := &dns.Client{Net: "udp", Timeout: timeout, UDPSize: 65535}
	resp, _, err = c.ExchangeContext(ctx, q, server)
	if err == nil && resp.Truncated {
		c.Net = "tcp"
		resp, _, err = c.ExchangeContext(ctx, q, server)
	}
	if err != nil {
		return nil, errors.Is(err, syscall.ECONNREFUSED), err
	}
	return resp, false, nil
}

func newQuery(labels [][]byte, qtype uint16) *dns.Msg {
	m := new(dns.Msg)
	m.SetQuestion(miekgName(labels), qtype)
	m.RecursionDesired = true
	return m
}

// send is res_send for one query or the A and AAAA pair: each attempt
// asks each server in turn. For the pair, an answer res_send discards
// stands for an empty second answer when the other one is good.
func (m *dnsModule) send(ctx context.Context, labels [][]byte, qtypes []uint16) ([]*dns.Msg, error) {
	gotSomewhere := false
	for attempt := 0; attempt < max(1, m.cfg.attempts); attempt++ {
		for _, server := range m.cfg.servers {
			if expired(ctx) {
				return nil, &sendError{syscall.ETIMEDOUT}
			}
			resps := make([]*dns.Msg, len(qtypes))
			refused := make([]bool, len(qtypes))
			done := make(chan int, len(qtypes))
			for i, qt := range qtypes {
				go func() {
					resps[i], refused[i], _ = exchange(ctx, server, newQuery(labels, qt), m.cfg.timeout)
					done <- i
				}()
			}
			for range qtypes {
				<-done
			}
			good := 0
			for i, r := range resps {
				if r != nil && !badRcode(r.Rcode) {
					good++
				}
				if !refused[i] {
					gotSomewhere = true
				}
			}
			if good == 0 {
				continue
			}
			for i, r := range resps {
				if r != nil && badRcode(r.Rcode) || r == nil {
					resps[i] = nil
				}
			}
			return resps, nil
		}
	}
	if gotSomewhere {
		return nil, &sendError{syscall.ETIMEDOUT}
	}
	return nil, &sendError{syscall.ECONNREFUSED}
}

// query is res_query (res_context_query): send, then turn the answer's
// rcode into h_errno. It fails unless one answer has records or NOERROR.
func (m *dnsModule) query(ctx context.Context, st *lookupState, labels [][]byte, qtypes []uint16) ([]*dns.Msg, bool) {
	resps, err := m.send(ctx, labels, qtypes)
	if err != nil {
		st.errno = err.(*sendError).errno
		st.hErrno = tryAgain
		return nil, false
	}
	st.errno = 0 // send_dg clears errno once a server answers
	// The pair's tests look at both answers; a missing one stands in
	// for the other.
	hp := resps[0]
	hp2 := hp
	if len(resps) > 1 && resps[1] != nil {
		hp2 = resps[1]
		if hp == nil {
			hp = hp2
		}
	}
	has := func(r *dns.Msg) bool { return r.Rcode == dns.RcodeSuccess && len(r.Answer) > 0 }
	if has(hp) || has(hp2) {
		return resps, true
	}
	rcode := hp.Rcode
	if rcode == dns.RcodeSuccess {
		rcode = hp2.Rcode
	}
	switch rcode {
	case dns.RcodeNameError:
		st.hErrno = hostNotFound
	case dns.RcodeServerFailure:
		st.hErrno = tryAgain
	case dns.RcodeSuccess:
		st.hErrno = noData
	default:
		st.hErrno = noRecovery
	}
	return nil, false
}

// search is res_search (res_context_search): the name as it is when it
// has ndots dots or a final dot, then with each search domain, then as it
// is if not tried yet.
func (m *dnsModule) search(ctx context.Context, st *lookupState, name string, qtypes []uint16) ([]*dns.Msg, bool) {
	st.errno = 0
	st.hErrno = hostNotFound // "true if we never query"
	dots := strings.Count(name, ".")
	trailingDot := strings.HasSuffix(name, ".")
	ndots := max(m.cfg.ndots, 1)
	savedHerrno := -1
	triedAsIs := false
	if dots >= ndots || trailingDot {
		if r, ok := m.querydomain(ctx, st, name, "", qtypes); ok || trailingDot {
			return r, ok
		}
		savedHerrno = st.hErrno
		triedAsIs = true
	}
	searched, rootOnList, gotNodata := false, false, false
	if !trailingDot {
	domains:
		for _, d := range m.cfg.search {
			searched = true
			d = strings.TrimPrefix(d, ".")
			if d == "" {
				rootOnList = true
			}
			if r, ok := m.querydomain(ctx, st, name, d, qtypes); ok {
				return r, true
			}
			if st.errno == syscall.ECONNREFUSED {
				st.hErrno = tryAgain
				return nil, false
			}
			switch st.hErrno {
			case noData:
				gotNodata = true
			case hostNotFound:
			default:
				// A server failure fails res_send, which leaves no
				// SERVFAIL header for res_search to see: it stops.
				break domains
			}
		}
	}
	if (dots > 0 || !searched) && !triedAsIs && !rootOnList {
		if r, ok := m.querydomain(ctx, st, name, "", qtypes); ok {
			return r, true
		}
	}
	switch {
	case savedHerrno != -1:
		st.hErrno = savedHerrno
	case gotNodata:
		st.hErrno = noData
	}
	return nil, false
}

// querydomain is res_querydomain: name without its final dot, or
// name.domain, as a query.
func (m *dnsModule) querydomain(ctx context.Context, st *lookupState, name, domain string, qtypes []uint16) ([]*dns.Msg, bool) {
	full := strings.TrimSuffix(name, ".")
	if domain != "" {
		full = name + "." + domain
	}
	labels, ok := namePton(full)
	if !ok || full == "" { // res_mkquery cannot write an empty name
		st.hErrno = noRecovery
		return nil, false
	}
	return m.query(ctx, st, labels, qtypes)
}

// sendStatus is the NSS status of a failed search, by errno as
// gethostbyname3_context and gethostbyname4_r switch on it.
func sendStatus(st *lookupState) nssStatus {
	if st.errno == syscall.ETIMEDOUT || st.errno == syscall.ECONNREFUSED {
		return nssUnavail
	}
	return nssNotFound
}

func (m *dnsModule) gethostbyname3(ctx context.Context, st *lookupState, name string, af int) (*hostent, nssStatus, int) {
	if !resHnok(name) { // check_name: sets *h_errnop only
		return nil, nssNotFound, hostNotFound
	}
	qtype := dns.TypeA
	if af == afInet6 {
		qtype = dns.TypeAAAA
	}
	resps, ok := m.search(ctx, st, name, []uint16{qtype})
	if !ok {
		return nil, sendStatus(st), st.hErrno
	}
	return getanswerAddr(resps[0], af)
}

// rrLabels returns a name of github.com/miekg/dns's text form as labels.
func rrLabels(s string) [][]byte {
	labels, _ := miekgLabels(s)
	return labels
}

// sameName is ns_samebinaryname: equal labels, ASCII case aside.
func sameName(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// ntopFits reports whether ns_name_ntop writes name into glibc's
// MAXHOSTNAMELEN + 1 byte buffer.
func ntopFits(text string) bool { return len(text) < 256+1 }

// answerOK is ns_rr_cursor_init's check of a response: one question.
func answerOK(resp *dns.Msg) bool { return len(resp.Question) == 1 }

// getanswerAddr is getanswer_r (glibc 2.36 with the 2.37 rewrite Debian
// ships) for A and AAAA answers: the question's name and each CNAME
// target that is a host name form the name list, whose last entry is
// h_name; the records of the type asked whose owner is the name the
// CNAMEs lead to are the addresses.
func getanswerAddr(resp *dns.Msg, af int) (*hostent, nssStatus, int) {
	if !answerOK(resp) {
		return nil, nssUnavail, noRecovery
	}
	qlabels := rrLabels(resp.Question[0].Name)
	if resp.Rcode == dns.RcodeNameError || !labelsHnok(qlabels) || !ntopFits(nameNtop(qlabels)) {
		return nil, nssNotFound, hostNotFound
	}
	names := []string{nameNtop(qlabels)}
	expected := qlabels
	h := &hostent{addrtype: af}
	for _, rr := range resp.Answer {
		hdr := rr.Header()
		if hdr.Class != dns.ClassINET {
			continue
		}
		switch r := rr.(type) {
		case *dns.CNAME:
			target := rrLabels(r.Target)
			if text := nameNtop(target); labelsHnok(target) && ntopFits(text) {
				names = append(names, text)
			}
			expected = target
		case *dns.A:
			if af == afInet && sameName(rrLabels(hdr.Name), expected) {
				a, _ := netip.AddrFromSlice(r.A.To4())
				h.addrs = append(h.addrs, a)
			}
		case *dns.AAAA:
			if af == afInet6 && sameName(rrLabels(hdr.Name), expected) {
				a, _ := netip.AddrFromSlice(r.AAAA.To16())
				h.addrs = append(h.addrs, a)
			}
		}
	}
	if len(h.addrs) == 0 {
		return nil, nssTryAgain, noRecovery
	}
	h.name = names[len(names)-1]
	h.aliases = names[:len(names)-1]
	return h, nssSuccess, netdbSuccess
}

func (m *dnsModule) gethostbyname4(ctx context.Context, st *lookupState, name string) ([]netip.Addr, nssStatus, int) {
	if !resHnok(name) {
		return nil, nssNotFound, hostNotFound
	}
	resps, ok := m.search(ctx, st, name, []uint16{dns.TypeA, dns.TypeAAAA})
	if !ok {
		return nil, sendStatus(st), st.hErrno
	}
	// gaih_getanswer: the A answer, then the AAAA answer, whose status
	// counts when the first did not succeed and it found something. An
	// answer res_send discarded is missing.
	var addrs []netip.Addr
	status, herr := nssNotFound, 0
	packets := []*dns.Msg{}
	for _, r := range resps {
		if r != nil {
			packets = append(packets, r)
		}
	}
	if len(packets) > 0 {
		addrs, status, herr = gaihSlice(packets[0], addrs)
	}
	if len(packets) > 1 && (status == nssSuccess || status == nssNotFound) {
		var s2 nssStatus
		addrs, s2, herr = gaihSlice(packets[1], addrs)
		if status != nssSuccess && s2 != nssNotFound {
			status = s2
		}
	}
	if status != nssSuccess {
		return nil, status, herr
	}
	return addrs, status, herr
}

// gaihSlice is gaih_getanswer_slice: the records of the type asked whose
// owner is the name the CNAMEs lead to.
func gaihSlice(resp *dns.Msg, addrs []netip.Addr) ([]netip.Addr, nssStatus, int) {
	if !answerOK(resp) {
		return addrs, nssUnavail, noRecovery
	}
	q := resp.Question[0]
	expected := rrLabels(q.Name)
	if len(resp.Answer) == 0 || !labelsHnok(expected) {
		return addrs, nssNotFound, hostNotFound
	}
	found := false
	for _, rr := range resp.Answer {
		hdr := rr.Header()
		switch r := rr.(type) {
		case *dns.CNAME:
			expected = rrLabels(r.Target)
		case *dns.A:
			if q.Qtype == dns.TypeA && sameName(rrLabels(hdr.Name), expected) {
				a, _ := netip.AddrFromSlice(r.A.To4())
				addrs, found = append(addrs, a), true
			}
		case *dns.AAAA:
			if q.Qtype == dns.TypeAAAA && sameName(rrLabels(hdr.Name), expected) {
				a, _ := netip.AddrFromSlice(r.AAAA.To16())
				addrs, found = append(addrs, a), true
			}
		}
	}
	if found {
		return addrs, nssSuccess, netdbSuccess
	}
	return addrs, nssNotFound, hostNotFound
}

// reverseName is the PTR name of an address (RFC 1035 section 3.5, RFC
// 3596 section 2.5).
func reverseName(a netip.Addr) [][]byte {
	var labels [][]byte
	if a.Is4() {
		b := a.As4()
		for i := 3; i >= 0; i-- {
			labels = append(labels, []byte(strconv.Itoa(int(b[i]))))
		}
		return append(labels, []byte("in-addr"), []byte("arpa"))
	}
	b := a.As16()
	const hex = "0123456789abcdef"
	for i := 15; i >= 0; i-- {
		labels = append(labels, []byte{hex[b[i]&0xf]}, []byte{hex[b[i]>>4]})
	}
	return append(labels, []byte("ip6"), []byte("arpa"))
}

func (m *dnsModule) gethostbyaddr(ctx context.Context, st *lookupState, addr netip.Addr, af int) (*hostent, nssStatus, int) {
	// IPv4-mapped and IPv4-compatible addresses (other than ::1) are
	// looked up as IPv4, and answered as such.
	if af == afInet6 {
		b := addr.As16()
		if addr.Is4In6() || isZero(b[:12]) && !(isZero(b[12:15]) && b[15] == 1) {
			addr, af = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), afInet
		}
	}
	qlabels := reverseName(addr)
	resps, ok := m.query(ctx, st, qlabels, []uint16{dns.TypePTR})
	if !ok {
		if st.errno == syscall.ECONNREFUSED {
			return nil, nssUnavail, st.hErrno
		}
		return nil, nssNotFound, st.hErrno
	}
	h, status, herr := getanswerPTR(resps[0], qlabels)
	if status != nssSuccess {
		return nil, status, herr
	}
	h.addrtype = af
	h.addrs = []netip.Addr{addr}
	return h, nssSuccess, netdbSuccess
}

// getanswerPTR is getanswer_ptr: CNAMEs move the name looked for (RFC
// 2317 delegation), and the first PTR record of that name is the answer
// if its target is a host name (res_hnok: a target holding markup is
// refused). glibc gives no aliases.
func getanswerPTR(resp *dns.Msg, qlabels [][]byte) (*hostent, nssStatus, int) {
	if !answerOK(resp) {
		return nil, nssUnavail, noRecovery
	}
	expected := qlabels
	for _, rr := range resp.Answer {
		hdr := rr.Header()
		if hdr.Class != dns.ClassINET {
			continue
		}
		switch r := rr.(type) {
		case *dns.CNAME:
			expected = rrLabels(r.Target)
		case *dns.PTR:
			if !sameName(rrLabels(hdr.Name), expected) {
				continue
			}
			tl := rrLabels(r.Ptr)
			target := nameNtop(tl)
			if !labelsHnok(tl) || !ntopFits(target) {
				return nil, nssUnavail, noRecovery
			}
			return &hostent{name: target}, nssSuccess, netdbSuccess
		}
	}
	return nil, nssTryAgain, noRecovery
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
