package course

import (
	"reflect"
	"testing"

	"netprimer/app/i18n"
)

// TestEnvRoundTrip: the app reads back what the server wrote; what is
// missing is the deck's.
func TestEnvRoundTrip(t *testing.T) {
	mine := Course{
		Name:  i18n.T{Ko: "사물인터넷 네트워크", En: "IoT Networks"},
		Hosts: []string{"iot.example.ac.kr", "iot"},
		Ports: []string{"22", "8883"},
		Lang:  i18n.En,
	}
	for _, c := range []struct {
		name string
		env  map[string]string
		want Course
	}{
		{"the instructor's", mine.Env(), mine},
		{"the deck's", Deck().Env(), Deck()},
		{"nothing set", map[string]string{}, Deck()},
		{"a name in one language only, a language the app lacks", map[string]string{EnvNameKo: "네트워크", EnvLang: "fr"}, Deck()},
	} {
		got := FromEnv(func(k string) string { return c.env[k] })
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: FromEnv = %+v, want %+v", c.name, got, c.want)
		}
	}
	if env := Deck().Env(); len(env) != 5 {
		t.Errorf("Env sets %d variables, want all 5 so that none keeps an older value", len(env))
	}
}
