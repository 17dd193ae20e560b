package lookup

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"netprimer/app/api"
	"netprimer/app/jsonhttp"
)

// newHandler builds the API's handler on its own mux.
func (s *Service) newHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc(api.SocketPrefix+"{func}", s.serveSocket)
	mux.HandleFunc(api.ConnectionPath, s.serveConnection)
	mux.HandleFunc(api.Prefix, func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, api.Error{Type: api.TypeNotFound, Message: "no such API path: " + r.URL.Path})
	})
	return s.guard(mux)
}

// guard answers what no route should see: panics (a 500 without a stack
// trace), methods other than GET and HEAD, and clients over their rate.
func (s *Service) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("lookup handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
				writeError(w, http.StatusInternalServerError, api.Error{Type: api.TypeInternal, Message: "internal error"})
			}
		}()
		if !isCleanPath(r.URL.Path) {
			// ServeMux would redirect, with an HTML body.
			writeError(w, http.StatusNotFound, api.Error{Type: api.TypeNotFound, Message: "no such API path"})
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, api.Error{Type: api.TypeMethodNotAllowed, Message: "use GET"})
			return
		}
		client, _ := s.proxies.Client(r)
		if ok, wait := s.clients.Allow(client.Addr(), s.now()); !ok {
			secs := int((wait + time.Second - 1) / time.Second)
			if secs < 1 {
				secs = 1
			}
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			writeError(w, http.StatusTooManyRequests, api.Error{Type: api.TypeRateLimited, Message: "too many requests; retry after " + strconv.Itoa(secs) + " s"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// isCleanPath reports whether p is as path.Clean leaves it, a final
// slash aside.
func isCleanPath(p string) bool {
	c := path.Clean(p)
	if strings.HasSuffix(p, "/") && c != "/" {
		c += "/"
	}
	return c == p
}

func (s *Service) serveSocket(w http.ResponseWriter, r *http.Request) {
	if len(r.URL.RawQuery) > api.MaxQueryLen {
		writeError(w, http.StatusBadRequest, api.Error{Type: api.TypeBadRequest, Message: fmt.Sprintf("query longer than %d bytes", api.MaxQueryLen)})
		return
	}
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		writeError(w, http.StatusBadRequest, api.Error{Type: api.TypeBadRequest, Message: "malformed query"})
		return
	}
	c, err := api.ParseCall(r.PathValue("func"), q)
	if err != nil {
		var re *api.RequestError
		if errors.As(err, &re) && re.Param == "" && !api.Func(r.PathValue("func")).Valid() {
			writeError(w, http.StatusNotFound, api.Error{Type: api.TypeNotFound, Message: re.Problem})
			return
		}
		writeRequestError(w, err)
		return
	}
	resp, body, err := s.call(r.Context(), c)
	switch {
	case errors.Is(err, errOverloaded):
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, api.Error{Type: api.TypeOverloaded, Message: "too many lookups in progress; retry in a second"})
	case errors.Is(err, errNameTooLong):
		writeError(w, http.StatusBadRequest, api.Error{Type: api.TypeBadRequest, Param: paramOf(c), Message: err.Error()})
	case err != nil:
		s.log.Error("lookup", "call", c.Expr(), "err", err)
		writeError(w, http.StatusInternalServerError, api.Error{Type: api.TypeInternal, Message: "internal error"})
	case body != nil:
		jsonhttp.WriteBody(w, http.StatusOK, body)
	default:
		jsonhttp.Write(w, http.StatusOK, resp)
	}
}

func paramOf(c api.Call) string {
	if c.Func == api.GetFQDN || c.Func == api.GetServByName {
		return api.ParamName
	}
	return api.ParamHost
}

// Call runs c as CPython would on the server's host, through the cache
// and the pool. Its errors are about the server, not Python: a name too
// long to look up, or too many lookups waiting.
func (s *Service) Call(ctx context.Context, c api.Call) (api.Response, error) {
	if err := c.Validate(); err != nil {
		return api.Response{}, err
	}
	resp, _, err := s.call(ctx, c)
	return resp, err
}

// call is Call for a valid c, with the cached answer's JSON when there is
// one.
func (s *Service) call(ctx context.Context, c api.Call) (api.Response, []byte, error) {
	lookup := func() (api.Response, error) {
		// A ticket of the pool is taken when the call first needs the
		// resolver (boundedResolver), not before: a call that never asks
		// DNS never waits for it.
		adm := &admission{pool: s.pool}
		defer adm.done()
		// The lookup may serve other requests too: it has its own time
		// limit and does not end with the first client's connection.
		lctx, cancel := context.WithTimeout(withAdmission(context.WithoutCancel(ctx), adm), s.cfg.Timeout)
		defer cancel()
		o, err := s.py.call(lctx, c)
		switch {
		case adm.refused:
			return api.Response{}, errOverloaded
		case err != nil:
			return api.Response{}, err
		}
		return o.response(), nil
	}
	if !cacheable(c) {
		resp, err := lookup()
		return resp, nil, err
	}
	resp, cached, body, err := s.cache.do(cacheKey(c), s.now(), lookup)
	resp.Cached = cached
	return resp, body, err
}

// cacheable reports whether c's answer may be reused: host lookups, whose
// resolver may be slow. Service lookups read a file that may change.
func cacheable(c api.Call) bool {
	switch c.Func {
	case api.GetHostByName, api.GetHostByNameEx, api.GetHostByAddr, api.GetFQDN:
		return true
	}
	return false
}

func writeRequestError(w http.ResponseWriter, err error) {
	var re *api.RequestError
	if errors.As(err, &re) {
		writeError(w, http.StatusBadRequest, api.Error{Type: api.TypeBadRequest, Param: re.Param, Message: re.Error()})
		return
	}
	writeError(w, http.StatusBadRequest, api.Error{Type: api.TypeBadRequest, Message: err.Error()})
}

func writeError(w http.ResponseWriter, status int, e api.Error) {
	jsonhttp.Write(w, status, api.Response{Error: &e})
}

// encodeBody returns v as the API writes it. encoding/json escapes <, >
// and & in strings, so an answer holding markup (a name from the hosts
// file) stays text even where a browser sniffs the body.
func encodeBody(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return append(b, '\n')
}

// serveConnection answers the 4-tuple of the caller's TCP connection, the
// deck's "connection" slide: the client as the server sees it (behind a
// trusted proxy, as the proxy saw it) and the server's end.
func (s *Service) serveConnection(w http.ResponseWriter, r *http.Request) {
	if r.URL.RawQuery != "" {
		writeError(w, http.StatusBadRequest, api.Error{Type: api.TypeBadRequest, Message: "connection takes no parameters"})
		return
	}
	client, forwarded := s.proxies.Client(r)
	var server netip.AddrPort
	if la, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		if ap, err := netip.ParseAddrPort(la.String()); err == nil {
			server = netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())
		}
	}
	if forwarded {
		if by, ok := s.proxies.Server(r); ok {
			server = by
		}
	}
	jsonhttp.Write(w, http.StatusOK, api.Connection{
		Client:    endpoint(client),
		Server:    endpoint(server),
		Proto:     "tcp",
		Forwarded: forwarded,
	})
}

func endpoint(ap netip.AddrPort) api.Endpoint {
	if !ap.Addr().IsValid() {
		return api.Endpoint{}
	}
	return api.Endpoint{IP: ap.Addr().String(), Port: int(ap.Port())}
}
