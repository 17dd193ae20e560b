package server

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Every page go-app prerenders passes through inert before it leaves the
// server, whatever the route, the lesson or the text in it.
//
// go-app writes an attribute value as a Go string literal (strconv.Quote),
// which is not HTML: a `"` in the value becomes `\"`, and a browser ends
// the attribute at that quote, so text from the URL, a DNS answer or a
// hosts file could add elements and attributes to the page. Text nodes
// are escaped for HTML already. inert reads each value back exactly as
// the Go literal it is and writes it again with HTML's escaping, so the
// browser reads the value the component set, and nothing else.
//
// It fails closed: a page not in the shape go-app writes (a doctype, then
// text, start tags whose attributes are bare names or name=literal, end
// tags, empty script and style elements) is not sent at all. Markup that
// app.Raw would insert is not in that shape; comments are dropped.
//
// What it cannot mend: go-app writes a value of "true" as a bare
// attribute, as it writes a true boolean, and a browser reads a bare
// attribute as "". An input whose text is "true" is prerendered empty;
// the app fills it once it runs. Nothing else is added to the page but
// the "true" of the ARIA states (ariaStates), which only take tokens.

// ariaStates are the ARIA attributes of true/false tokens the app sets:
// bare in go-app's page, each is "true".
var ariaStates = map[string]bool{
	"aria-pressed": true, "aria-disabled": true, "aria-expanded": true, "aria-checked": true,
	"aria-selected": true, "aria-hidden": true, "aria-current": true, "aria-busy": true,
	"aria-invalid": true, "aria-atomic": true, "aria-modal": true, "aria-readonly": true,
	"aria-required": true,
}

// rawText are the elements whose content a browser does not parse as
// markup. A page may hold them only empty: their content would be read
// as script, style or markup text, which no escaping of go-app's makes
// safe. plaintext never ends.
var rawText = map[string]bool{
	"script": true, "style": true, "xmp": true, "iframe": true, "noembed": true,
	"noframes": true, "noscript": true, "plaintext": true,
}

// inert returns page with every attribute value HTML-escaped, every text
// valid UTF-8, or an error when page is not as go-app writes pages.
func inert(page []byte) ([]byte, error) {
	const doctype = "<!doctype html>\n"
	s := string(page)
	if !strings.HasPrefix(s, doctype) {
		return nil, errors.New("no doctype")
	}
	out := make([]byte, 0, len(s)+len(s)/16)
	out = append(out, doctype...)
	s = s[len(doctype):]
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		out = appendText(out, s[:i])
		s = s[i:]
		switch {
		case s == "":
		case strings.HasPrefix(s, "<!--"):
			end := strings.Index(s[len("<!--"):], "-->")
			if end < 0 {
				return nil, errors.New("a comment without its end")
			}
			s = s[len("<!--")+end+len("-->"):]
		case strings.HasPrefix(s, "</"):
			name, rest := cutName(s[2:], isTagByte)
			if name == "" || !strings.HasPrefix(rest, ">") {
				return nil, fmt.Errorf("an end tag that is not one at %q", clip(s))
			}
			out = append(append(append(out, "</"...), name...), '>')
			s = rest[1:]
		default:
			var name string
			var err error
			out, name, s, err = appendStartTag(out, s)
			if err != nil {
				return nil, err
			}
			lower := strings.ToLower(name)
			switch {
			case rawText[lower]:
				if !isEndTag(s, name) {
					return nil, fmt.Errorf("content in a %s element", name)
				}
			case lower == "title" || lower == "textarea":
				// Text up to the end tag, which a browser reads as text
				// whatever it holds. go-app's text has no '<'.
				j := strings.IndexByte(s, '<')
				if j < 0 || !isEndTag(s[j:], name) {
					return nil, fmt.Errorf("markup in a %s element", name)
				}
				if lower == "textarea" && strings.HasPrefix(s, "\n") {
					// A browser drops a line break right after <textarea>.
					out = append(out, '\n')
				}
				out = appendText(out, s[:j])
				s = s[j:]
			}
		}
	}
	return out, nil
}

// isEndTag reports whether s starts with the end tag of name.
func isEndTag(s, name string) bool {
	return len(s) >= len(name)+3 && s[:2] == "</" && s[2:2+len(name)] == name && s[2+len(name)] == '>'
}

// appendStartTag appends the start tag at the beginning of s, its
// attribute values HTML-escaped, and returns the tag's name and the rest
// of s.
func appendStartTag(out []byte, s string) ([]byte, string, string, error) {
	name, s := cutName(s[1:], isTagByte)
	if name == "" || !isLetter(name[0]) {
		return nil, "", "", fmt.Errorf("a '<' that starts no tag at %q", clip(s))
	}
	out = append(out, '<')
	out = append(out, name...)
	for {
		switch {
		case strings.HasPrefix(s, ">"):
			return append(out, '>'), name, s[1:], nil
		case !strings.HasPrefix(s, " "):
			return nil, "", "", fmt.Errorf("a %s tag that does not end at %q", name, clip(s))
		}
		attr, rest := cutName(s[1:], isAttrByte)
		if attr == "" {
			return nil, "", "", fmt.Errorf("an attribute of %s without a name at %q", name, clip(s))
		}
		out = append(out, ' ')
		out = append(out, attr...)
		s = rest
		if !strings.HasPrefix(s, "=") {
			// A bare name: a true boolean, or an empty value. An ARIA
			// state is no boolean attribute: bare, a browser reads it as
			// "", which is its default (not pressed, not disabled), and
			// go-app writes its "true" bare; no component sets one empty.
			if ariaStates[attr] {
				out = append(out, `="true"`...)
			}
			continue
		}
		lit, err := strconv.QuotedPrefix(s[1:])
		if err != nil || lit[0] != '"' {
			return nil, "", "", fmt.Errorf("the value of %s of %s is no Go string at %q", attr, name, clip(s))
		}
		v, err := strconv.Unquote(lit)
		if err != nil {
			return nil, "", "", fmt.Errorf("the value of %s of %s: %w", attr, name, err)
		}
		out = append(out, `="`...)
		out = appendAttrValue(out, v)
		out = append(out, '"')
		s = s[1+len(lit):]
	}
}

// appendAttrValue appends v escaped for a double-quoted attribute, so
// that a browser reads back v itself: markup characters as references,
// a carriage return as one (HTML would read it as a line feed), and NUL
// and each byte that is not UTF-8 as U+FFFD, as a browser reads them.
func appendAttrValue(out []byte, v string) []byte { return appendEscaped(out, v, &attrRefs) }

// appendText appends text that go-app escaped, as valid UTF-8, with NUL
// as U+FFFD and a carriage return kept as one.
func appendText(out []byte, text string) []byte { return appendEscaped(out, text, &textRefs) }

// refs maps the ASCII bytes that an escaping replaces to what replaces
// them; NUL is U+FFFD in both.
type refs [utf8.RuneSelf]string

var (
	attrRefs = refs{0: "\uFFFD", '&': "&amp;", '"': "&#34;", '\'': "&#39;", '<': "&lt;", '>': "&gt;", '\r': "&#13;"}
	textRefs = refs{0: "\uFFFD", '\r': "&#13;"}
)

// appendEscaped appends s with each ASCII byte that refs names replaced,
// and each byte that is not UTF-8 by U+FFFD. Runs of plain bytes are
// copied at once.
func appendEscaped(out []byte, s string, refs *refs) []byte {
	plain := 0 // start of the run of plain bytes not yet copied
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if r := refs[c]; r != "" {
				out = append(out, s[plain:i]...)
				out = append(out, r...)
				plain = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			out = append(out, s[plain:i]...)
			out = append(out, "\uFFFD"...)
			plain = i + 1
		}
		i += n
	}
	return append(out, s[plain:]...)
}

// cutName returns the longest prefix of s whose bytes ok accepts, and the
// rest.
func cutName(s string, ok func(byte) bool) (string, string) {
	i := 0
	for i < len(s) && ok(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isTagByte(c byte) bool { return isLetter(c) || '0' <= c && c <= '9' || c == '-' }

func isAttrByte(c byte) bool { return isTagByte(c) || c == '_' || c == ':' || c == '.' }

func clip(s string) string {
	if len(s) > 40 {
		return s[:40]
	}
	return s
}

// prerendered serves the pages of next, go-app's handler, each made inert
// before it is sent. A page inert cannot read is not sent: the visitor
// gets failClosedPage, the log the reason.
func prerendered(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := &heldPage{header: w.Header(), status: http.StatusOK}
		next.ServeHTTP(b, r)
		body := b.body.Bytes()
		if strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
			var err error
			if body, err = inert(body); err != nil {
				if log != nil {
					log.Error("prerendered page not sent", "path", r.URL.Path, "err", err)
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				b.status, body = http.StatusInternalServerError, []byte(failClosedPage)
			}
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(b.status)
		w.Write(body)
	})
}

// heldPage keeps what go-app writes until inert has read it.
type heldPage struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (p *heldPage) Header() http.Header { return p.header }

func (p *heldPage) WriteHeader(code int) {
	if !p.wrote {
		p.status, p.wrote = code, true
	}
}

func (p *heldPage) Write(b []byte) (int, error) {
	p.wrote = true
	return p.body.Write(b)
}

// failClosedPage is sent in place of a page that could not be made inert.
const failClosedPage = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>Netprimer</title></head>
<body><p>이 페이지를 안전하게 보여 줄 수 없습니다. 서버 기록에 이유가 있습니다. <a href="/">처음으로</a></p>
<p lang="en">This page cannot be shown safely; the server's log says why. <a href="/">Start</a></p></body></html>
`
