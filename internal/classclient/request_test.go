package classclient

import (
	"io"
	"net/http"
	"testing"
)

func TestRequest(t *testing.T) {
	req := Request("POST", "http://class.test", "/api/v1/a/abc123/answers", &http.Cookie{Name: "np_student", Value: "tok"}, map[string]int{"item": 1})
	body, _ := io.ReadAll(req.Body)
	ck, err := req.Cookie("np_student")
	if req.URL.String() != "http://class.test/api/v1/a/abc123/answers" || string(body) != `{"item":1}` ||
		req.Header.Get("Content-Type") != "application/json" || req.Header.Get("Origin") != "http://class.test" || err != nil || ck.Value != "tok" {
		t.Errorf("request %s %q, headers %v", req.URL, body, req.Header)
	}
	get := Request("GET", "http://class.test", "/api/v1/teach/session", nil, nil)
	if get.Body != nil || get.Header.Get("Content-Type") != "" || len(get.Cookies()) != 0 {
		t.Errorf("a GET without cookie: %v, body %v", get.Header, get.Body)
	}
}
