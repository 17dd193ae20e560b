package flagfile

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type settings struct {
	addr    string
	lab     bool
	rate    float64
	conns   int
	timeout time.Duration
	hosts   string
}

func newFlags(s *settings) *flag.FlagSet {
	fs := flag.NewFlagSet("netprimer", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.String("config", "", "")
	fs.StringVar(&s.addr, "addr", "127.0.0.1:8000", "")
	fs.BoolVar(&s.lab, "lab", true, "")
	fs.Float64Var(&s.rate, "lookup-rate", 50, "")
	fs.IntVar(&s.conns, "conns-per-client", 800, "")
	fs.DurationVar(&s.timeout, "lookup-timeout", 3*time.Second, "")
	fs.Func("course-hosts", "", func(v string) error {
		if strings.Contains(v, "bad") {
			return io.ErrUnexpectedEOF
		}
		s.hosts = v
		return nil
	})
	return fs
}

// TestRead sets each flag from its key, as the command line would, and
// leaves the flags the command line set as they are.
func TestRead(t *testing.T) {
	var s settings
	fs := newFlags(&s)
	if err := fs.Parse([]string{"-addr", ":8443"}); err != nil {
		t.Fatal(err)
	}
	file := `{
	  "addr": ":443",
	  "lab": false,
	  "lookup-rate": 12.5,
	  "conns-per-client": 100,
	  "lookup-timeout": "5s",
	  "course-hosts": ["www.example.ac.kr", "iot"]
	}`
	if err := Read(fs, strings.NewReader(file), "netprimer.json", "config"); err != nil {
		t.Fatal(err)
	}
	want := settings{addr: ":8443", lab: false, rate: 12.5, conns: 100, timeout: 5 * time.Second, hosts: "www.example.ac.kr,iot"}
	if s != want {
		t.Errorf("got %+v, want %+v", s, want)
	}
	s = settings{}
	fs = newFlags(&s)
	fs.Parse(nil)
	if err := Read(fs, strings.NewReader(`{"course-hosts": "a,b"}`), "f.json", "config"); err != nil || s.hosts != "a,b" {
		t.Errorf("a list as text: %q, %v", s.hosts, err)
	}
}

// TestReadRefuses names the file, the line and the key of what it
// refuses, and sets nothing it cannot read.
func TestReadRefuses(t *testing.T) {
	for _, c := range []struct {
		file, want string
	}{
		{`{"addr": ":443",` + "\n" + `"hots": []}`, `netprimer.json:2: "hots" is no setting`},
		{`{"addr": ":443", "addr": ":80"}`, `netprimer.json:1: "addr" is set twice`},
		{`{"config": "other.json"}`, `"config": a config file names no other`},
		{"{\n\"lab\": \"false\"}", `netprimer.json:2: "lab": want true or false, without quotes`},
		{`{"lab": 0}`, `"lab": want true or false`},
		{`{"addr": true}`, `"addr": true or false for a setting that is not one`},
		{`{"conns-per-client": 1.5}`, `"conns-per-client": parse error (want an integer)`},
		{`{"conns-per-client": "many"}`, `"conns-per-client": parse error (want an integer)`},
		{`{"lookup-timeout": 30}`, `"lookup-timeout": parse error (want a duration such as "30s", "2m" or "1h")`},
		{`{"course-hosts": ["a,b"]}`, `"course-hosts": [0] "a,b": an entry holds no comma`},
		{`{"course-hosts": [["a"]]}`, `"course-hosts": [0]: an entry is a string or a number`},
		{`{"course-hosts": "bad"}`, `"course-hosts": unexpected EOF`},
		{`{"addr": null}`, `"addr": null is no value`},
		{`{"addr": {"host": "x"}}`, `"addr": an object is no value`},
		{`["addr"]`, `netprimer.json:1: the file is one JSON object`},
		{`{"addr": ":443"`, `the file ends before its object does`},
		{`{"addr": ":443",}`, `invalid character '}'`},
		{`{"addr": ":443"} {}`, `more after the object`},
		{``, `the file ends before its object does`},
	} {
		var s settings
		fs := newFlags(&s)
		fs.Parse(nil)
		err := Read(fs, strings.NewReader(c.file), "netprimer.json", "config")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.file, err, c.want)
		}
	}
}

func TestLoad(t *testing.T) {
	var s settings
	fs := newFlags(&s)
	fs.Parse(nil)
	if err := Load(fs, filepath.Join(t.TempDir(), "missing.json"), "config"); err == nil || !strings.Contains(err.Error(), "-config: open") {
		t.Errorf("a missing file: %v", err)
	}
	p := filepath.Join(t.TempDir(), "big.json")
	os.WriteFile(p, []byte(`{"addr": "`+strings.Repeat("a", maxSize)+`"}`), 0o644)
	if err := Load(fs, p, "config"); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("a file too large: %v", err)
	}
}
