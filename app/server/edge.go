package server

import (
	"net/http"
	"path"
	"strconv"
	"strings"

	"netprimer/app/api"
	"netprimer/app/jsonhttp"
)

// edge answers what no route should see: a request target longer than
// maxURL (414: a page in both languages, or JSON under /api/), and every
// path under /api/, which it hands to the API as it came, never to the
// mux, whose redirects of unclean paths have HTML bodies. Under /api/
// everything answers JSON: a path that is not clean or not under
// api.Prefix is a JSON 404.
func edge(pages http.Handler, apiHandler http.Handler, maxURL int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		target := r.RequestURI
		if target == "" {
			target = r.URL.RequestURI()
		}
		isAPI := r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/")
		switch {
		case len(target) > maxURL && isAPI:
			writeAPIError(w, http.StatusRequestURITooLong, api.Error{Type: api.TypeURITooLong,
				Message: "request target longer than " + strconv.Itoa(maxURL) + " bytes"})
		case len(target) > maxURL:
			h := w.Header()
			h.Set("Content-Type", "text/html; charset=utf-8")
			h.Set("Cache-Control", "no-store")
			w.WriteHeader(http.StatusRequestURITooLong)
			w.Write([]byte(uriTooLongPage))
		case isAPI && (!cleanPath(r.URL.Path) || !strings.HasPrefix(r.URL.Path, api.Prefix)):
			writeAPIError(w, http.StatusNotFound, api.Error{Type: api.TypeNotFound, Message: "no such API path"})
		case isAPI:
			apiHandler.ServeHTTP(w, r)
		default:
			pages.ServeHTTP(w, r)
		}
	})
}

// cleanPath reports whether p is as path.Clean leaves it, a final slash
// aside.
func cleanPath(p string) bool {
	c := path.Clean(p)
	if strings.HasSuffix(p, "/") && c != "/" {
		c += "/"
	}
	return c == p
}

func writeAPIError(w http.ResponseWriter, status int, e api.Error) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	jsonhttp.Write(w, status, api.Response{Error: &e})
}

// uriTooLongPage is the page of a URL past Limits.MaxURL: the lessons'
// links are short, so a longer one was cut or made by hand.
const uriTooLongPage = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>414 · Netprimer</title>
<link rel="stylesheet" href="/web/app.css"></head>
<body><main>
<h1>주소가 너무 깁니다</h1>
<p>이 주소(URL)는 서버가 받는 길이를 넘습니다. 레슨의 입력은 5000자까지 쓰이니, 입력을 줄여서 다시 열어 보세요.</p>
<p><a href="/">레슨 목록으로</a></p>
<div lang="en">
<h1>The address is too long</h1>
<p>This address (URL) is longer than the server accepts. A lesson uses at most 5000 characters of an input: shorten it and open the lesson again.</p>
<p><a href="/">To the lessons</a></p>
</div>
</main></body></html>
`
