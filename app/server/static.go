package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"sort"
	"strings"
	"time"
)

// static holds the web files in memory, each with its precompressed forms,
// and serves them under /web/. It is go-app's ResourceResolver too.
type static struct {
	files   map[string]*file // by URL path, e.g. /web/app.wasm
	version string
}

type file struct {
	raw, br, gz []byte
	ctype       string
}

// loadStatic reads every file of web. A file "x.br" or "x.gz" next to "x"
// is taken as x compressed, not served on its own.
func loadStatic(web fs.FS) (*static, error) {
	if web == nil {
		return nil, fmt.Errorf("server: no web files")
	}
	s := &static{files: map[string]*file{}}
	var names []string
	err := fs.WalkDir(web, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		names = append(names, name)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: reading web files: %w", err)
	}
	sort.Strings(names)
	hash := sha256.New()
	content := map[string][]byte{}
	for _, name := range names {
		b, err := fs.ReadFile(web, name)
		if err != nil {
			return nil, fmt.Errorf("server: reading web files: %w", err)
		}
		content[name] = b
	}
	for _, name := range names {
		base, enc := name, ""
		for _, e := range []string{".br", ".gz"} {
			if strings.HasSuffix(name, e) {
				if _, ok := content[strings.TrimSuffix(name, e)]; ok {
					base, enc = strings.TrimSuffix(name, e), e
				}
			}
		}
		f := s.files["/web/"+base]
		if f == nil {
			f = &file{ctype: contentType(base)}
			s.files["/web/"+base] = f
		}
		switch enc {
		case ".br":
			f.br = content[name]
		case ".gz":
			f.gz = content[name]
		default:
			f.raw = content[name]
			// Compressed forms follow from the raw file: only raw
			// content makes the version.
			fmt.Fprintf(hash, "%s\x00%d\x00", name, len(content[name]))
			hash.Write(content[name])
		}
	}
	s.version = hex.EncodeToString(hash.Sum(nil))[:20]
	return s, nil
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".webmanifest":
		return "application/manifest+json"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Resolve maps a /web/ path to the URL it is served at, which is itself:
// the files are served by this binary.
func (s *static) Resolve(location string) string {
	if location == "" {
		return "/"
	}
	return location
}

// styles lists every style sheet of the web files, app.css first, so that
// a lesson can bring its own.
func (s *static) styles() []string {
	out := []string{"/web/app.css"}
	for p := range s.files {
		if path.Ext(p) == ".css" && p != "/web/app.css" {
			out = append(out, p)
		}
	}
	sort.Strings(out[1:])
	return out
}

// extraCacheable lists the files the service worker must keep for offline
// use beyond those go-app lists itself (the style sheet, icons, app.wasm).
func (s *static) extraCacheable() []string {
	var out []string
	for p, f := range s.files {
		if f.raw != nil && p != "/web/app.wasm" && !strings.HasPrefix(path.Base(p), ".") {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// ServeHTTP serves a web file, brotli or gzip when the client takes it and
// the build made it, with an ETag per encoding so that revalidation works
// for each form.
func (s *static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := s.files[r.URL.Path]
	if !ok || f.raw == nil {
		http.NotFound(w, r)
		return
	}
	body, enc := f.raw, ""
	if f.br != nil || f.gz != nil {
		w.Header().Add("Vary", "Accept-Encoding")
		switch accepted := r.Header.Get("Accept-Encoding"); {
		case f.br != nil && acceptsEncoding(accepted, "br"):
			body, enc = f.br, "br"
		case f.gz != nil && acceptsEncoding(accepted, "gzip"):
			body, enc = f.gz, "gzip"
		}
	}
	etag := `"` + s.version
	if enc != "" {
		w.Header().Set("Content-Encoding", enc)
		etag += "-" + enc
	}
	w.Header().Set("ETag", etag+`"`)
	w.Header().Set("Content-Type", f.ctype)
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsEncoding reports whether an Accept-Encoding header takes coding
// with a non-zero quality (RFC 9110 section 12.5.3).
func acceptsEncoding(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				v = strings.TrimSpace(v)
				return strings.Trim(v, "0.") != ""
			}
		}
		return true
	}
	return false
}
