package netstat

import (
	"io"
	"strconv"
	"strings"
)

// Limits of Parse. A paste longer than MaxLines lines is cut there and the
// Report says so; a line longer than MaxLineBytes is skipped as
// ReasonTooLong (netstat's longest lines are a few hundred bytes).
const (
	MaxLines     = 5000
	MaxLineBytes = 1024
)

// Skipped is a line that is not a connection, and why.
type Skipped struct {
	// Line is the line's number in the input, from 1.
	Line int
	// Text is the line as pasted without its ending, cut to MaxLineBytes,
	// with each run of bytes that are not UTF-8 replaced by U+FFFD.
	Text   string
	Reason Reason
}

// Report is what Parse found in a paste. Every line read is in exactly one
// of Connections and Skipped, both in input order. The zero Report is the
// report of an empty paste.
type Report struct {
	// Format is the output family of the first connection, or of the first
	// header when there is no connection; FormatUnknown when neither tells.
	Format Format
	// Korean reports a title or header of Windows in Korean ("활성 연결").
	Korean      bool
	Connections []Connection
	Skipped     []Skipped
	// Lines is the number of lines read: len(Connections)+len(Skipped).
	Lines int
	// Truncated reports that the paste went on after MaxLines lines (or
	// after MaxLines lines' worth of bytes), and the rest was not read.
	Truncated bool
}

// Parse reads the output of netstat, as a student pasted it, line by line:
// each line becomes a Connection or a Skipped line. It returns an error
// only when r fails, with the report of the lines read before.
//
// Lines it reads, in each format:
//
//	tcp        0      0 114.71.220.46:ssh       114.71.220.95:59664    ESTABLISHED
//	tcp4       0      0  192.168.0.5.52433      17.57.144.10.5223      ESTABLISHED
//	  TCP    [fe80::1%7]:49671      [::]:0                 LISTENING       4
//	  UDP    0.0.0.0:5353           *:*                                    2212
func Parse(r io.Reader) (Report, error) {
	var p parser
	lr := newLineReader(r)
	for {
		line, long, ok := lr.next()
		if !ok {
			break
		}
		if p.rep.Lines == MaxLines {
			p.rep.Truncated = true
			break
		}
		p.add(line, long)
	}
	if lr.spent {
		p.rep.Truncated = true
	}
	if p.rep.Format == FormatUnknown {
		p.rep.Format = p.headerFormat
	}
	return p.rep, lr.err
}

// ParseString is Parse of a string, which cannot fail to read.
func ParseString(s string) Report {
	rep, _ := Parse(strings.NewReader(s))
	return rep
}

type section uint8

const (
	sectionInternet section = iota
	sectionUnix
	sectionOther
)

type parser struct {
	rep  Report
	hint Format // the format the last header announced
	// headerFormat is the format of the first header, the report's format
	// when no line is a connection.
	headerFormat Format
	section      section
	// owned: the line before was a Windows connection or one of its owner
	// lines, so a "[svchost.exe]" line belongs to it.
	owned bool
}

func (p *parser) add(raw []byte, long bool) {
	n := p.rep.Lines + 1
	p.rep.Lines = n
	text := strings.ToValidUTF8(string(raw), "\uFFFD")
	if n == 1 {
		text = strings.TrimPrefix(text, "\uFEFF") // a byte order mark from Windows editors
	}
	owned := p.owned
	p.owned = false
	if long {
		p.skip(n, text, ReasonTooLong)
		return
	}
	fields := strings.Fields(text)
	if len(fields) == 0 {
		p.skip(n, text, ReasonBlank)
		return
	}
	if c, ok := p.connection(fields); ok {
		c.Line, c.Text = n, text
		if p.rep.Format == FormatUnknown {
			p.rep.Format = c.Format
		}
		p.rep.Connections = append(p.rep.Connections, c)
		p.owned = c.Format == FormatWindows
		return
	}
	if owned && p.owner(text, fields) {
		p.owned = true
		p.skip(n, text, ReasonOwner)
		return
	}
	p.skip(n, text, p.classify(text, fields))
}

func (p *parser) skip(n int, text string, r Reason) {
	p.rep.Skipped = append(p.rep.Skipped, Skipped{Line: n, Text: text, Reason: r})
}

// inetProtos are the protocol columns of TCP and UDP sockets: net-tools
// prints tcp, tcp6, udp, udp6; macOS and FreeBSD add tcp4, tcp46, udp4, udp46.
var inetProtos = map[string]bool{
	"tcp": true, "tcp4": true, "tcp6": true, "tcp46": true,
	"udp": true, "udp4": true, "udp6": true, "udp46": true,
}

// connection reads fields as a socket line of any format.
func (p *parser) connection(fields []string) (Connection, bool) {
	proto := strings.ToLower(fields[0])
	if !inetProtos[proto] {
		return Connection{}, false
	}
	if hasQueues(fields) {
		return p.unixLine(proto, fields)
	}
	if (proto == "tcp" || proto == "udp") && len(fields) >= 3 {
		return windowsLine(proto, fields)
	}
	return Connection{}, false
}

// hasQueues reports the Recv-Q and Send-Q columns of Linux and BSD lines.
func hasQueues(fields []string) bool {
	return len(fields) >= 5 && isDigits(fields[1]) && isDigits(fields[2])
}

// unixLine reads a line of net-tools or BSD netstat:
//
//	Proto Recv-Q Send-Q Local Foreign [State] [more columns of -p, -e, -v …]
//
// The notation of the ends tells the two apart: host:port on Linux,
// host.port on BSD. The header read last is tried first, and the BSD-only
// protocols tcp4, tcp46, udp4 and udp46 put BSD first.
func (p *parser) unixLine(proto string, fields []string) (Connection, bool) {
	order := [2]Format{FormatLinux, FormatBSD}
	if p.hint == FormatBSD || strings.HasSuffix(proto, "4") || strings.HasSuffix(proto, "46") {
		order = [2]Format{FormatBSD, FormatLinux}
	}
	for _, f := range order {
		local, ok1 := parseEndpoint(fields[3], f)
		foreign, ok2 := parseEndpoint(fields[4], f)
		if !ok1 || !ok2 {
			continue
		}
		c := Connection{Format: f, Proto: proto, Local: local, Foreign: foreign, HasQueues: true}
		c.RecvQ, _ = strconv.Atoi(fields[1])
		c.SendQ, _ = strconv.Atoi(fields[2])
		rest := fields[5:]
		if len(rest) > 0 {
			if s, ok := lookupState(rest[0]); ok {
				c.State, c.StateText, rest = s, rest[0], rest[1:]
			} else if c.Transport() == "tcp" && isStateWord(rest[0]) {
				// TCP lines always carry a state; keep one this package
				// cannot name rather than mistake it for another column.
				c.State, c.StateText, rest = StateUnknown, rest[0], rest[1:]
			}
		}
		// net-tools -p: "1234/sshd", or "-" when the owner is unknown.
		// The program name may have spaces, and is cut to fit:
		// "35134/sshd: /usr/sb". The timer column of -o may follow it:
		// "off (0.00/0/0)", "keepalive (7186.60/0/0)".
		for j, w := range rest {
			if i := strings.IndexByte(w, '/'); i > 0 && isDigits(w[:i]) {
				c.PID, _ = strconv.Atoi(w[:i])
				words := []string{w[i+1:]}
				for k := j + 1; k < len(rest); k++ {
					if k+1 < len(rest) && strings.HasPrefix(rest[k+1], "(") {
						break
					}
					words = append(words, rest[k])
				}
				c.Program = strings.Join(words, " ")
				break
			}
		}
		return c, true
	}
	return Connection{}, false
}

// isStateWord reports a word shaped like a state: capitals, digits and
// underscores, not a number.
func isStateWord(w string) bool {
	if isDigits(w) {
		return false
	}
	for _, r := range w {
		if !('A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// windowsLine reads a line of Windows netstat:
//
//	Proto Local Foreign [State] [PID] [offload state of -t]
//
// UDP lines have no state. A state may be two words in a translated
// Windows ("수신 대기"), so two words are tried before one.
func windowsLine(proto string, fields []string) (Connection, bool) {
	local, ok1 := parseEndpoint(fields[1], FormatWindows)
	foreign, ok2 := parseEndpoint(fields[2], FormatWindows)
	if !ok1 || !ok2 {
		return Connection{}, false
	}
	c := Connection{Format: FormatWindows, Proto: proto, Local: local, Foreign: foreign}
	rest := fields[3:]
	if len(rest) > 0 && !isDigits(rest[0]) {
		found := false
		if len(rest) > 1 && !isDigits(rest[1]) {
			if s, ok := lookupState(rest[0] + " " + rest[1]); ok {
				c.State, c.StateText, rest, found = s, rest[0]+" "+rest[1], rest[2:], true
			}
		}
		if !found {
			if s, ok := lookupState(rest[0]); ok {
				c.State, c.StateText, rest, found = s, rest[0], rest[1:], true
			}
		}
		if !found {
			// A state in a language this package does not know: keep all
			// the words up to the PID column.
			i := 0
			for i < len(rest) && !isDigits(rest[i]) {
				i++
			}
			c.State, c.StateText, rest = StateUnknown, strings.Join(rest[:i], " "), rest[i:]
		}
	}
	if len(rest) > 0 && isDigits(rest[0]) {
		c.PID, _ = strconv.Atoi(rest[0])
	}
	return c, true
}

// owner reads the lines netstat -b writes under a connection: the service
// ("RpcSs"), the program ("[svchost.exe]", given to the connection), or
// a note that the owner is unknown.
func (p *parser) owner(text string, fields []string) bool {
	t := strings.TrimSpace(text)
	last := &p.rep.Connections[len(p.rep.Connections)-1]
	switch {
	case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && len(t) > 2:
		if last.Program == "" {
			last.Program = t[1 : len(t)-1]
		}
		return true
	case strings.EqualFold(t, "Can not obtain ownership information"),
		strings.Contains(t, "소유권"),                               // the Korean wording of that note
		strings.HasPrefix(t, "--") && strings.HasSuffix(t, "--"): // "-- unknown component(s) --"
		return true
	case len(fields) == 1 && !strings.ContainsAny(t, ":\\/"):
		return true
	}
	return false
}

// classify says why a line that is no connection is skipped, and follows
// the sections of the output as their titles go by.
func (p *parser) classify(text string, fields []string) Reason {
	t := strings.TrimSpace(text)
	if r, ok := p.title(t); ok {
		return r
	}
	if strings.EqualFold(fields[0], "Proto") || fields[0] == "프로토콜" {
		return p.header(t)
	}
	switch p.section {
	case sectionUnix:
		return ReasonUnixSection
	case sectionOther:
		return ReasonOtherSection
	}
	lower := strings.ToLower(t)
	switch {
	case strings.ToLower(fields[0]) == "unix":
		return ReasonUnixSection
	case isCommand(lower):
		return ReasonCommand
	case hasQueues(fields) && isProtoWord(fields[0]) && !inetProtos[strings.ToLower(fields[0])]:
		return ReasonOtherProtocol
	}
	return ReasonUnparseable
}

// title recognises a section's title: Internet sockets (whose lines this
// package reads), UNIX domain sockets, or any other table netstat -a
// prints (macOS lists kernel sockets, Linux Bluetooth).
func (p *parser) title(t string) (Reason, bool) {
	switch {
	case strings.HasPrefix(t, "활성 연결"):
		p.section, p.hint, p.rep.Korean = sectionInternet, FormatWindows, true
		return ReasonTitle, true
	case t == "Active Connections":
		p.section, p.hint = sectionInternet, FormatWindows
		return ReasonTitle, true
	case !strings.HasPrefix(t, "Active ") && !strings.HasPrefix(t, "Registered "):
		return 0, false
	case strings.Contains(t, "UNIX"):
		p.section = sectionUnix
		return ReasonUnixSection, true
	case strings.Contains(t, "Internet connections") && !strings.Contains(t, "Multipath"):
		p.section = sectionInternet
		return ReasonTitle, true
	}
	p.section = sectionOther
	return ReasonOtherSection, true
}

// header reads a line of column names; which names it has tells the
// format: "(state)" is BSD, Recv-Q without it Linux, neither Windows.
func (p *parser) header(t string) Reason {
	switch {
	case strings.Contains(t, "RefCnt"): // Linux: Proto RefCnt Flags Type State I-Node Path
		p.section = sectionUnix
		return ReasonUnixSection
	case p.section == sectionUnix:
		return ReasonUnixSection
	case p.section == sectionOther || strings.Contains(t, "Destination"): // Bluetooth
		return ReasonOtherSection
	}
	switch {
	case strings.Contains(t, "(state)"):
		p.hint = FormatBSD
	case strings.Contains(t, "Recv-Q"):
		p.hint = FormatLinux
	default:
		p.hint = FormatWindows
	}
	if strings.HasPrefix(t, "프로토콜") {
		p.rep.Korean = true
	}
	if p.headerFormat == FormatUnknown {
		p.headerFormat = p.hint
	}
	return ReasonHeader
}

// isProtoWord reports a short lower-case word such as raw6 or icm6.
func isProtoWord(w string) bool {
	if len(w) > 8 {
		return false
	}
	for _, r := range w {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// isCommand reports a line (in lower case, trimmed) that runs netstat, as
// a student copies it along with its prompt, or netstat's own complaint:
//
//	dhkim@workstation:~$ netstat -a
//	C:\Users\student>netstat -ano | findstr 8080
//	netstat: no support for `AF INET (tcp)' on this system.
//
// The command is the first word or follows a prompt's last character
// ($ # > %), and is followed by nothing, options, an interval, a pipe, or
// a colon; any other line that merely mentions netstat is no command.
func isCommand(lower string) bool {
	i := strings.Index(lower, "netstat")
	if i < 0 {
		return false
	}
	before, after := strings.TrimRight(lower[:i], " "), lower[i+len("netstat"):]
	if before != "" && !strings.ContainsAny(before[len(before)-1:], "$#>%") {
		return false
	}
	after = strings.TrimPrefix(after, ".exe")
	if strings.HasPrefix(after, ":") {
		return before == "" // netstat's complaint starts its line
	}
	for _, w := range strings.Fields(after) {
		if w == "|" || strings.HasPrefix(w, "|") {
			return true // what the pipe runs is the student's
		}
		if w[0] != '-' && w[0] != '/' && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return after == "" || after[0] == ' '
}
