package lookup

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sync"
	"time"
)

// builtinServices is Debian netbase 6.4's services file, answered when the
// host has none. It is the file CPython reads on Debian, so the deck's
// examples (http 80, smtp 25, imaps 993 …) come out the same.
//
//go:embed data/services
var builtinServices []byte

// Servent is one entry of a services file (C's struct servent).
type Servent struct {
	Name    string
	Port    uint16
	Proto   string
	Aliases []string
}

// Services is a parsed services file, in file order. The zero Services
// has no entries.
type Services struct {
	entries []Servent
}

// LineError describes a line that the C library skips as malformed.
type LineError struct {
	Line   int
	Text   string
	Reason string
}

func (e *LineError) Error() string {
	return fmt.Sprintf("line %d: %s: %q", e.Line, e.Reason, e.Text)
}

// ParseServices reads a services file as glibc 2.36's files backend does,
// so that lookups give what CPython's getservbyname and getservbyport
// give on the same file. A line looks like
//
//	http		80/tcp		www		# WorldWideWeb HTTP
//
// that is a name, port "/" protocol, then aliases, each separated by
// white space; "#" starts a comment anywhere. Lines glibc skips are
// skipped and reported in skipped, with their numbers; err is only an
// error of r.
func ParseServices(r io.Reader) (s Services, skipped []error, err error) {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		raw, err := br.ReadBytes('\n')
		if len(raw) > 0 {
			line, ok := readline(raw)
			if ok {
				e, reason := parseServiceLine(line)
				if reason == "" {
					s.entries = append(s.entries, e)
				} else {
					skipped = append(skipped, &LineError{Line: n, Text: string(bytes.TrimRight(raw, "\n")), Reason: reason})
				}
			}
		}
		if err == io.EOF {
			return s, skipped, nil
		}
		if err != nil {
			return Services{}, skipped, fmt.Errorf("services line %d: %w", n, err)
		}
	}
}

// readline returns the line as glibc's __nss_readline leaves it for the
// parser: C string semantics (a NUL ends it), leading white space removed,
// and blank and comment lines skipped. The removal moves the text without
// its terminating NUL, so on a last line without a newline the tail of
// the text is repeated: "  http 80/tcp" parses as "http 80/tcpcp".
func readline(raw []byte) ([]byte, bool) {
	buf := append(append([]byte(nil), raw...), 0)
	p := 0
	for isSpace(buf[p]) {
		p++
	}
	if buf[p] == 0 || buf[p] == '#' {
		return nil, false
	}
	if p > 0 {
		copy(buf, buf[p:p+cstrlen(buf[p:])])
	}
	return buf[:cstrlen(buf)], true
}

func cstrlen(b []byte) int {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return i
	}
	return len(b)
}

// isSpace is C's isspace in the "C" locale.
func isSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

// parseServiceLine is glibc's LINE_PARSER for services: it returns the
// entry, or why the line is skipped.
func parseServiceLine(line []byte) (Servent, string) {
	if i := bytes.IndexAny(line, "#\n"); i >= 0 {
		line = line[:i]
	}
	var e Servent
	// STRING_FIELD (s_name, isspace, 1)
	i := 0
	for i < len(line) && !isSpace(line[i]) {
		i++
	}
	e.Name = string(line[:i])
	for i < len(line) && isSpace(line[i]) {
		i++
	}
	line = line[i:]
	// INT_FIELD (s_port, ISSLASH, …, htons): strtoul in base 0 (so 0x…
	// is hexadecimal and 0… octal), values beyond 32 bits refused
	// (negative ones too, which strtoul wraps), then cut to 16 bits by
	// htons. This is what Debian's glibc 2.36 does; the upstream source
	// of that version reads base 10 and clamps.
	v, n := strtoul(line)
	if n == 0 {
		return Servent{}, "no port number"
	}
	if v > math.MaxUint32 {
		return Servent{}, "port number beyond 32 bits"
	}
	e.Port = uint16(v)
	switch {
	case n == len(line):
	case line[n] == '/':
		n++
	default:
		return Servent{}, "port number not followed by \"/\""
	}
	line = line[n:]
	// STRING_FIELD (s_proto, isspace, 1)
	i = 0
	for i < len(line) && !isSpace(line[i]) {
		i++
	}
	e.Proto = string(line[:i])
	line = line[i:]
	// The aliases: words separated by white space.
	for _, w := range bytes.FieldsFunc(line, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) }) {
		e.Aliases = append(e.Aliases, string(w))
	}
	return e, ""
}

// strtoul parses like C's strtoul in base 0 and returns the value and the
// number of bytes used, 0 when there is no number. Overflow gives the
// largest value, and a minus sign negates in unsigned arithmetic.
func strtoul(b []byte) (uint64, int) {
	i := 0
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	neg := false
	if i < len(b) && (b[i] == '+' || b[i] == '-') {
		neg = b[i] == '-'
		i++
	}
	base := uint64(10)
	if i < len(b) && b[i] == '0' {
		base = 8
		if i+2 < len(b) && (b[i+1] == 'x' || b[i+1] == 'X') && hexDigit(b[i+2]) >= 0 {
			base, i = 16, i+2
		}
	}
	start := i
	var v uint64
	overflow := false
	for i < len(b) {
		d := hexDigit(b[i])
		if d < 0 || uint64(d) >= base {
			break
		}
		if v > (math.MaxUint64-uint64(d))/base {
			overflow = true
		}
		v = v*base + uint64(d)
		i++
	}
	if i == start {
		return 0, 0
	}
	if overflow {
		return math.MaxUint64, i
	}
	if neg {
		v = -v
	}
	return v, i
}

// ByName returns the first entry named name (or having it as an alias)
// whose protocol is proto, if hasProto, or any protocol otherwise; names
// and protocols match exactly, case included.
func (s Services) ByName(name, proto string, hasProto bool) (Servent, bool) {
	for _, e := range s.entries {
		if hasProto && e.Proto != proto {
			continue
		}
		if e.Name == name {
			return e, true
		}
		for _, a := range e.Aliases {
			if a == name {
				return e, true
			}
		}
	}
	return Servent{}, false
}

// ByPort returns the first entry for port with protocol proto, if
// hasProto, or any protocol otherwise.
func (s Services) ByPort(port uint16, proto string, hasProto bool) (Servent, bool) {
	for _, e := range s.entries {
		if e.Port == port && (!hasProto || e.Proto == proto) {
			return e, true
		}
	}
	return Servent{}, false
}

// Len returns the number of entries.
func (s Services) Len() int { return len(s.entries) }

// Sources of services answers, as api.Response.Source names them.
const (
	SourceFile    = "file"
	SourceBuiltin = "builtin"
)

// servicesDB answers from the host's services file, read again when it
// changes (the C library reads it on every call), or from the builtin
// table while there is no file it can read.
type servicesDB struct {
	path    string
	recheck time.Duration
	builtin Services
	report  func(path string, err error) // a skipped line or an unreadable file

	mu      sync.Mutex
	checked time.Time
	stamp   fileStamp
	table   Services
	source  string
}

type fileStamp struct {
	size    int64
	modTime time.Time
}

func newServicesDB(path string, recheck time.Duration, report func(string, error)) (*servicesDB, error) {
	builtin, skipped, err := ParseServices(bytes.NewReader(builtinServices))
	if err != nil || len(skipped) > 0 {
		return nil, fmt.Errorf("builtin services table: %v %v", err, skipped)
	}
	db := &servicesDB{path: path, recheck: recheck, builtin: builtin, report: report}
	db.current(time.Now())
	return db, nil
}

// current returns the table to answer from and its source. It reads the
// file again when its size or time changed, at most once per recheck.
func (db *servicesDB) current(now time.Time) (Services, string) {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.source != "" && now.Sub(db.checked) < db.recheck {
		return db.table, db.source
	}
	db.checked = now
	table, stamp, err := db.read()
	switch {
	case err == nil:
		db.table, db.source, db.stamp = table, SourceFile, stamp
	case errors.Is(err, os.ErrNotExist):
		db.table, db.source, db.stamp = db.builtin, SourceBuiltin, fileStamp{}
	default:
		if db.source != SourceBuiltin {
			db.report(db.path, err)
		}
		db.table, db.source, db.stamp = db.builtin, SourceBuiltin, fileStamp{}
	}
	return db.table, db.source
}

func (db *servicesDB) read() (Services, fileStamp, error) {
	if db.path == "" {
		return Services{}, fileStamp{}, os.ErrNotExist
	}
	fi, err := os.Stat(db.path)
	if err != nil {
		return Services{}, fileStamp{}, err
	}
	stamp := fileStamp{fi.Size(), fi.ModTime()}
	if db.source == SourceFile && stamp == db.stamp {
		return db.table, stamp, nil
	}
	f, err := os.Open(db.path)
	if err != nil {
		return Services{}, fileStamp{}, err
	}
	defer f.Close()
	table, skipped, err := ParseServices(f)
	if err != nil {
		return Services{}, fileStamp{}, err
	}
	for _, e := range skipped {
		db.report(db.path, e)
	}
	return table, stamp, nil
}
