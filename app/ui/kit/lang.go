package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/course"
	"netprimer/app/i18n"
)

// Where the language a visitor chose is kept: in local storage for the
// wasm client, and in a cookie so the server prerenders the next visit in
// the same language.
const (
	langKey    = "lang"
	langCookie = "lang"
	// EnvDefaultLang names the app environment variable carrying the
	// instructor's default language to the client (the course's).
	EnvDefaultLang = course.EnvLang
)

// PageLang returns the language of the page being shown: the URL's lang
// parameter, else the visitor's remembered choice, else the instructor's
// default. A lang parameter is remembered, as the switch writes one.
//
// On the server the remembered choice and the default arrive in the URL:
// the server adds the lang parameter before prerendering.
func PageLang(ctx app.Context) i18n.Lang {
	if l, ok := i18n.Parse(ctx.Page().URL().Query().Get("lang")); ok {
		rememberLang(ctx, l)
		return l
	}
	if app.IsServer {
		return i18n.Default
	}
	var stored string
	if err := ctx.LocalStorage().Get(langKey, &stored); err == nil {
		if l, ok := i18n.Parse(stored); ok {
			return l
		}
	}
	if l, ok := i18n.Parse(app.Getenv(EnvDefaultLang)); ok {
		return l
	}
	return i18n.Default
}

func rememberLang(ctx app.Context, l i18n.Lang) {
	if app.IsServer {
		return
	}
	var stored string
	if ctx.LocalStorage().Get(langKey, &stored); stored == string(l) {
		return
	}
	ctx.LocalStorage().Set(langKey, string(l))
	cookie := langCookie + "=" + string(l) + "; path=/; max-age=31536000; samesite=lax"
	if app.Window().Get("location").Get("protocol").String() == "https:" {
		cookie += "; secure"
	}
	app.Window().Get("document").Set("cookie", cookie)
}
