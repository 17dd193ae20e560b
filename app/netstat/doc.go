// Package netstat reads what a student pastes from "netstat -a" and finds
// each connection in it: its protocol, its two ends (the 4-tuple of the
// deck), its TCP state and its role (a listening socket, a connection, or a
// UDP socket with no connection at all).
//
// Three families of output are recognised, line by line:
//
//   - Linux net-tools: "tcp  0  0 114.71.220.46:ssh  114.71.220.95:59664  ESTABLISHED",
//     with host:port ends, service names for ports, "[::]:ssh" or ":::22" for
//     IPv6, and an "Active UNIX domain sockets" section that is skipped;
//   - macOS and the BSDs: "tcp4  0  0 192.168.0.5.52433  17.57.144.10.5223  ESTABLISHED",
//     where the port follows the last dot, "*.*" is any end, and scoped IPv6
//     addresses carry "%lo0";
//   - Windows, in English or in a Korean locale ("활성 연결", "프로토콜  로컬 주소 …"):
//     "TCP  0.0.0.0:135  0.0.0.0:0  LISTENING", IPv6 in brackets, UDP without
//     a state, the PID column of -o and the owner lines of -b.
//
// Parsing never fails on what it reads: every line ends up either as a
// Connection or as a Skipped line with a Reason, so a page can show both.
// Only the reader's own error is returned.
package netstat
