package lab

import (
	"net"
	"net/netip"

	"golang.org/x/net/ipv4"
	"golang.org/x/net/ipv6"

	"netprimer/app/api"
)

// minDatagramCost is what a datagram takes from its sender's byte rate at
// least: a flood of tiny datagrams costs the server more than its bytes.
const minDatagramCost = 64

// maxDatagram is the largest UDP payload over IPv4 or IPv6.
const maxDatagram = 65535

// datagrams reads datagrams with their destination address: the lab's
// end of the 4-tuple, which a socket bound to every address ("0.0.0.0",
// "::") learns only from the packet (IP_PKTINFO, RFC 3542's IPV6_PKTINFO).
type datagrams struct {
	c     *net.UDPConn
	bound netip.AddrPort
	p4    *ipv4.PacketConn
	p6    *ipv6.PacketConn
}

func newDatagrams(c *net.UDPConn) *datagrams {
	d := &datagrams{c: c, bound: addrPort(c.LocalAddr())}
	if !d.bound.Addr().IsUnspecified() {
		return d
	}
	if d.bound.Addr().Is4() {
		p := ipv4.NewPacketConn(c)
		if p.SetControlMessage(ipv4.FlagDst, true) == nil {
			d.p4 = p
		}
	} else {
		p := ipv6.NewPacketConn(c)
		if p.SetControlMessage(ipv6.FlagDst, true) == nil {
			d.p6 = p
		}
	}
	return d
}

// read returns the next datagram, its source and its destination.
func (d *datagrams) read(b []byte) (n int, src, dst netip.AddrPort, err error) {
	var from net.Addr
	var to net.IP
	switch {
	case d.p4 != nil:
		var cm *ipv4.ControlMessage
		n, cm, from, err = d.p4.ReadFrom(b)
		if cm != nil {
			to = cm.Dst
		}
	case d.p6 != nil:
		var cm *ipv6.ControlMessage
		n, cm, from, err = d.p6.ReadFrom(b)
		if cm != nil {
			to = cm.Dst
		}
	default:
		var ap netip.AddrPort
		n, ap, err = d.c.ReadFromUDPAddrPort(b)
		return n, netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port()), d.bound, err
	}
	if err != nil {
		return 0, src, dst, err
	}
	src = addrPort(from)
	dst = d.bound
	if a, ok := netip.AddrFromSlice(to); ok && a.IsValid() {
		dst = netip.AddrPortFrom(a.Unmap(), d.bound.Port())
	}
	return n, src, dst, nil
}

// serveUDP answers datagrams while the lab runs, one at a time.
func (l *Lab) serveUDP() {
	defer l.wg.Done()
	d := newDatagrams(l.udp)
	buf := make([]byte, maxDatagram)
	for {
		n, src, dst, err := d.read(buf)
		if err != nil {
			if l.closed() {
				return
			}
			continue
		}
		l.datagram(buf[:n], src, dst)
	}
}

// datagram handles one datagram from src to the lab's dst. Nothing is
// answered unless it carries a live code, and no answer is longer than
// the datagram.
func (l *Lab) datagram(b []byte, src, dst netip.AddrPort) {
	allowed, _ := l.bytes.AllowN(src.Addr(), l.now(), min(max(len(b), minDatagramCost), l.cfg.Burst))
	code, payload, kind := parseDatagram(b)
	if kind == datagramNoCode {
		return
	}
	s, _ := l.sessions.get(code, l.now())
	if s == nil {
		return
	}
	if !allowed {
		s.drop()
		return
	}
	ev := api.LabEvent{Proto: api.LabUDP, Client: endpoint(src), Server: endpoint(dst)}
	record := func(kind string, data []byte, reason string) {
		e := ev
		e.Kind, e.Len, e.Reason = kind, len(data), reason
		keep := data[:min(len(data), l.cfg.Record)]
		e.Cut = len(data) - len(keep)
		s.record(e, keep, l.now())
	}
	reply := payload
	reason := ""
	if kind == datagramNoNewline {
		reason = refuseNoNewline
		reply = refusal(refuseNoNewline, len(b))
	}
	record(api.LabDatagram, payload, reason)
	if len(reply) > len(b) { // never: the rule is kept here, whatever the above
		return
	}
	if _, err := l.udp.WriteToUDPAddrPort(reply, src); err != nil {
		return
	}
	record(api.LabReply, reply, reason)
}
