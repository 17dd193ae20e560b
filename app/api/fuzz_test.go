package api

import (
	"net/url"
	"testing"
	"unicode/utf8"
)

// FuzzParseCall checks that no query makes the parser panic, and that every
// call it accepts is valid, within the limits, and survives its URL.
func FuzzParseCall(f *testing.F) {
	for _, c := range parseCases {
		f.Add(c.fn, c.query)
	}
	f.Fuzz(func(t *testing.T, fn, query string) {
		q, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		c, err := ParseCall(fn, q)
		if err != nil {
			if _, ok := err.(*RequestError); !ok {
				t.Fatalf("error %T %v is not a RequestError", err, err)
			}
			return
		}
		if len(c.Arg) > MaxArgLen || len(c.Proto) > MaxArgLen || !utf8.ValidString(c.Arg) || !utf8.ValidString(c.Proto) {
			t.Fatalf("accepted %+v beyond the limits", c)
		}
		checkCallInvariants(t, c)
	})
}
