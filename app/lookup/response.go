package lookup

import "netprimer/app/api"

// response is the API's answer for an outcome.
func (o outcome) response() api.Response {
	r := api.Response{Result: o.result, Backend: o.backend, Source: o.source, Refused: o.refused, TimedOut: o.timedOut}
	if o.err != nil {
		r.Error = o.err.api()
		r.Result = api.Result{}
	}
	return r
}
