// Package classclient makes the classroom API's requests as the pages
// make them (docs/API.md, "Classroom"): a body of JSON, the server's own
// Origin, and the session's cookie. The end-to-end tests and the
// classroom bench share it.
package classclient

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
)

// Request returns the request of method to base+path with v as its JSON
// body (none when v is nil) and the cookie ck when it is not nil.
func Request(method, base, path string, ck *http.Cookie, v any) *http.Request {
	var body io.Reader
	if v != nil {
		b, _ := json.Marshal(v)
		body = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, base+path, body)
	if v != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Origin", base)
	if ck != nil {
		req.AddCookie(&http.Cookie{Name: ck.Name, Value: ck.Value})
	}
	return req
}
