package api

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func intp(n int) *int { return &n }

func TestResponseJSON(t *testing.T) {
	for _, c := range []struct {
		name string
		resp Response
		json string
	}{
		// The contract's shapes (docs/API.md): a str, a tuple as an array, an exception.
		{"str", Response{Result: StrResult("127.0.0.1"), Backend: "libc"}, `{"result":"127.0.0.1","backend":"libc"}`},
		{"int", Response{Result: IntResult(80), Source: "file"}, `{"result":80,"source":"file"}`},
		{"zero int", Response{Result: IntResult(0)}, `{"result":0}`},
		{"empty str", Response{Result: StrResult("")}, `{"result":""}`},
		{"tuple", Response{Result: HostResult(Host{Name: "localhost", Addrs: []string{"127.0.0.1"}})}, `{"result":["localhost",[],["127.0.0.1"]]}`},
		{"gaierror", Response{Error: &Error{Type: TypeGaierror, Errno: intp(-2), Message: "[Errno -2] Name or service not known"}},
			`{"error":{"type":"gaierror","errno":-2,"message":"[Errno -2] Name or service not known"}}`},
		{"OSError without errno", Response{Error: &Error{Type: TypeOSError, Message: "service/proto not found"}, Cached: true},
			`{"error":{"type":"OSError","message":"service/proto not found"},"cached":true}`},
		// Markup in an answer is data: the encoder escapes it, and it
		// comes back unchanged.
		{"markup", Response{Result: HostResult(Host{Name: "<script>alert(1)</script>", Aliases: []string{"a&b"}, Addrs: []string{"192.0.2.1"}})},
			`{"result":["\u003cscript\u003ealert(1)\u003c/script\u003e",["a\u0026b"],["192.0.2.1"]]}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := json.Marshal(c.resp)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != c.json {
				t.Errorf("Marshal = %s, want %s", b, c.json)
			}
			var back Response
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, c.resp) {
				t.Errorf("round trip = %+v, want %+v", back, c.resp)
			}
		})
	}
}

func TestResultUnmarshalRejects(t *testing.T) {
	for _, in := range []string{`{}`, `true`, `1.5`, `["a",[]]`, `["a",[],[1]]`, `[1,[],[]]`} {
		var r Result
		if err := json.Unmarshal([]byte(in), &r); err == nil {
			t.Errorf("Unmarshal(%s) = %+v, want an error", in, r)
		}
	}
}

func TestErrorNames(t *testing.T) {
	for _, c := range []struct {
		err    Error
		python bool
		line   string
	}{
		{Error{Type: TypeGaierror, Errno: intp(-2), Message: "[Errno -2] Name or service not known"}, true, "socket.gaierror: [Errno -2] Name or service not known"},
		{Error{Type: TypeHerror, Errno: intp(1), Message: "[Errno 1] Unknown host"}, true, "socket.herror: [Errno 1] Unknown host"},
		{Error{Type: TypeOverflowError, Message: "getservbyport: port must be 0-65535."}, true, "OverflowError: getservbyport: port must be 0-65535."},
		{Error{Type: TypeBadRequest, Message: "x"}, false, "bad_request: x"},
	} {
		if got := c.err.IsPython(); got != c.python {
			t.Errorf("%s: IsPython = %v", c.err.Type, got)
		}
		if got := c.err.Error(); got != c.line {
			t.Errorf("Error() = %q, want %q", got, c.line)
		}
	}
}

func TestProgramLines(t *testing.T) {
	gai := &Error{Type: TypeGaierror, Errno: intp(-2), Message: "[Errno -2] Name or service not known"}
	if got, ok := HostsLine("iot", Response{Error: gai}); !ok || got != "iot : [Errno -2] Name or service not known" {
		t.Errorf("HostsLine = %q, %v", got, ok)
	}
	if _, ok := HostsLine("a..b", Response{Error: &Error{Type: TypeUnicodeError, Message: "x"}}); ok {
		t.Errorf("HostsLine printed a line for a UnicodeError, which socket.error does not catch")
	}
	if got, ok := PortsLine("80", Response{Result: StrResult("http")}); !ok || got != "  80 http://example.co.kr/" {
		t.Errorf("PortsLine = %q, %v", got, ok)
	}
	if !strings.Contains(PortsProgram(DeckPorts()), "[80, 443, 21, 25, 143, 993, 110, 995]") {
		t.Errorf("PortsProgram lost the deck's ports:\n%s", PortsProgram(DeckPorts()))
	}
}
