package netstat

import "netprimer/app/i18n"

// Server returns which end of a connection is the server and which the
// client, and false when the report cannot tell. The surest sign is a
// listening socket of the report on the connection's local port: the
// connection was accepted there. Failing that, the end on a well-known
// port (below 1024, or printed as a service name) facing one that is not
// is the server's, since a client's port is picked by its OS.
func (r Report) Server(c Connection) (server, client Endpoint, ok bool) {
	if c.Role() != RoleConnected {
		return Endpoint{}, Endpoint{}, false
	}
	if r.listens(c.Transport(), c.Local) {
		return c.Local, c.Foreign, true
	}
	// A client on this machine talking to a server on this machine (a
	// Python server and client on localhost, say) shows both ends twice;
	// the listening socket tells which end is the server's here too.
	sameMachine := c.Foreign.Addr.IsLoopback() || c.Foreign.Host == "localhost" || c.Foreign.Host == c.Local.Host
	if sameMachine && r.listens(c.Transport(), c.Foreign) {
		return c.Foreign, c.Local, true
	}
	lw, fw := wellKnown(c.Local.Port), wellKnown(c.Foreign.Port)
	switch {
	case fw && !lw:
		return c.Foreign, c.Local, true
	case lw && !fw:
		return c.Local, c.Foreign, true
	}
	return Endpoint{}, Endpoint{}, false
}

func wellKnown(p Port) bool {
	return p.IsName() || p.HasNum && p.Num > 0 && p.Num < 1024
}

// serviceOf names the service on a port: the printed name ("ssh"), or the
// name ServiceName gives a number; "" when neither is known.
func serviceOf(p Port) string {
	if p.IsName() {
		return p.Text
	}
	if p.HasNum {
		return ServiceName(p.Num)
	}
	return ""
}

// Describe says in one sentence what a socket line shows, as the deck
// explains the last line of its example: "ssh 서버(114.71.220.46:ssh)에
// ssh 클라이언트(114.71.220.95:59664)가 접속하였음".
func (r Report) Describe(c Connection) i18n.T {
	switch c.Role() {
	case RoleListening:
		svc := serviceOf(c.Local.Port)
		if svc == "" {
			return i18n.T{
				Ko: "서버가 " + c.Local.String() + "에서 클라이언트의 연결을 기다림",
				En: "a server waits for clients on " + c.Local.String(),
			}
		}
		return i18n.T{
			Ko: svc + " 서버가 " + c.Local.String() + "에서 클라이언트의 연결을 기다림",
			En: "the " + svc + " server waits for clients on " + c.Local.String(),
		}
	case RoleConnected:
		server, client, ok := r.Server(c)
		if !ok {
			return i18n.T{
				Ko: "연결: " + c.Local.String() + " ↔ " + c.Foreign.String(),
				En: "a connection between " + c.Local.String() + " and " + c.Foreign.String(),
			}
		}
		svc := serviceOf(server.Port)
		if svc == "" {
			return i18n.T{
				Ko: "서버(" + server.String() + ")에 클라이언트(" + client.String() + ")가 접속하였음",
				En: "a client (" + client.String() + ") is connected to the server (" + server.String() + ")",
			}
		}
		return i18n.T{
			Ko: svc + " 서버(" + server.String() + ")에 " + svc + " 클라이언트(" + client.String() + ")가 접속하였음",
			En: "the " + svc + " client (" + client.String() + ") is connected to the " + svc + " server (" + server.String() + ")",
		}
	}
	if c.Transport() == "udp" {
		return i18n.T{
			Ko: "UDP 소켓이 " + c.Local.String() + "에서 연결 없이 데이터그램을 주고받음",
			En: "a UDP socket on " + c.Local.String() + " sends and receives datagrams without a connection",
		}
	}
	return i18n.T{
		Ko: c.Local.String() + "에 묶인 TCP 소켓: 연결을 기다리지도, 맺지도 않음",
		En: "a TCP socket bound to " + c.Local.String() + ": it neither listens nor is connected",
	}
}

// listens reports a listening socket of the report on e's port, bound to
// e's host or to every address.
func (r Report) listens(transport string, e Endpoint) bool {
	for _, l := range r.Connections {
		if l.Role() == RoleListening && l.Transport() == transport &&
			l.Local.Port.Deck() == e.Port.Deck() &&
			(l.Local.IsAnyHost() || l.Local.Host == e.Host) {
			return true
		}
	}
	return false
}
