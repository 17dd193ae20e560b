package ui

import "netprimer/app/ui/kit"

// EnvDefaultLang names the app environment variable that carries the
// instructor's default language to the client (see kit.PageLang).
const EnvDefaultLang = kit.EnvDefaultLang
