// Package flagfile reads a server's settings from a JSON file into its
// flag.FlagSet, so that the file and the command line are one set of
// names with one set of checks: each key of the file's object is a flag's
// name without the dash, each value what the flag takes — a string, a
// number, true or false, and for a list flag an array, or its text with
// commas. A flag given on the command line wins over the file.
//
//	{
//	  "addr": ":443",
//	  "autocert": "netprimer.example.ac.kr",
//	  "course": "사물인터넷 네트워크 프로그래밍",
//	  "course-hosts": ["www.example.ac.kr", "iot.example.ac.kr", "iot"],
//	  "course-ports": [80, 443, 1883, 8883]
//	}
//
// Server only.
package flagfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Load reads the file at path into fs, which has parsed the command
// line: every flag the command line set keeps its value. The file's own
// flag (self, "config") may not be in it.
func Load(fs *flag.FlagSet, path, self string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("-%s: %w", self, err)
	}
	defer f.Close()
	return Read(fs, f, path, self)
}

// Read is Load of r, whose name errors show.
func Read(fs *flag.FlagSet, r io.Reader, name, self string) error {
	src, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(src) > maxSize {
		return fmt.Errorf("%s: larger than %d bytes", name, maxSize)
	}
	onCommandLine := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { onCommandLine[f.Name] = true })

	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	at := func(off int64) string { return fmt.Sprintf("%s:%d", name, 1+bytes.Count(src[:off], []byte("\n"))) }
	if tok, err := dec.Token(); err != nil {
		return fmt.Errorf("%s: %w", at(dec.InputOffset()), syntax(err))
	} else if tok != json.Delim('{') {
		return fmt.Errorf("%s: the file is one JSON object, {\"flag-name\": value, …}", at(0))
	}
	seen := map[string]bool{}
	for dec.More() {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("%s: %w", at(start), syntax(err))
		}
		key := tok.(string) // an object's keys are strings
		where := at(start + int64(bytes.IndexByte(src[start:], '"')))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("%s: %q: %w", where, key, syntax(err))
		}
		f := fs.Lookup(key)
		switch {
		case seen[key]:
			return fmt.Errorf("%s: %q is set twice", where, key)
		case key == self:
			return fmt.Errorf("%s: %q: a config file names no other", where, key)
		case f == nil:
			return fmt.Errorf("%s: %q is no setting (netprimer -h lists them, without the dash)", where, key)
		}
		seen[key] = true
		if onCommandLine[key] {
			continue
		}
		text, err := flagText(f, raw)
		if err == nil {
			err = fs.Set(key, text)
			if err != nil {
				err = fmt.Errorf("%s%s", err, want(f))
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %q: %w", where, key, err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%s: %w", at(dec.InputOffset()), syntax(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%s: more after the object", at(dec.InputOffset()))
	}
	return nil
}

// maxSize bounds the file: settings, not data.
const maxSize = 1 << 20

// flagText returns the text the command line would give f for the JSON
// value raw.
func flagText(f *flag.Flag, raw json.RawMessage) (string, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return "", err
	}
	isBool := false
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		isBool = true
	}
	switch v := v.(type) {
	case bool:
		if !isBool {
			return "", fmt.Errorf("true or false for a setting that is not one%s", want(f))
		}
		if v {
			return "true", nil
		}
		return "false", nil
	case string:
		if isBool {
			return "", errors.New("want true or false, without quotes")
		}
		return v, nil
	case json.Number:
		if isBool {
			return "", errors.New("want true or false")
		}
		return v.String(), nil
	case []any:
		if isBool {
			return "", errors.New("want true or false")
		}
		items := make([]string, len(v))
		for i, e := range v {
			switch e := e.(type) {
			case string:
				if strings.Contains(e, ",") {
					return "", fmt.Errorf("[%d] %q: an entry holds no comma", i, e)
				}
				items[i] = e
			case json.Number:
				items[i] = e.String()
			default:
				return "", fmt.Errorf("[%d]: an entry is a string or a number", i)
			}
		}
		return strings.Join(items, ","), nil
	case nil:
		return "", errors.New("null is no value: leave the key out for the default")
	}
	return "", errors.New("an object is no value")
}

// want says what f takes, from the type of its value, for an error.
func want(f *flag.Flag) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case time.Duration:
		return ` (want a duration such as "30s", "2m" or "1h")`
	case int, int64, uint, uint64:
		return " (want an integer)"
	case float64:
		return " (want a number)"
	}
	return ""
}

// syntax makes encoding/json's errors read as the file's.
func syntax(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return errors.New("the file ends before its object does")
	}
	return err
}
