// Package jsonhttp writes the server's JSON answers, alike for every API:
// the body with its length, never cached, never sniffed as anything else.
// encoding/json escapes <, > and & in strings, so that text from a client
// (a name, a Host header, a lab's bytes in the feedback) stays text
// wherever a body is sniffed.
package jsonhttp

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// internal is the answer when v cannot be encoded (a bug, never data).
const internal = `{"error":{"type":"internal","message":"internal error"}}` + "\n"

// Write writes v, encoded, with status; a value that cannot be encoded
// is a 500 with the API's internal error.
func Write(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		WriteBody(w, http.StatusInternalServerError, []byte(internal))
		return
	}
	WriteBody(w, status, append(b, '\n'))
}

// WriteBody writes an encoded answer.
func WriteBody(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}
