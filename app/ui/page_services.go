package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// servicesPage is the lesson /services: getservbyname and getservbyport
// for what the student types, the deck's well-known ports and its program
// that turns ports into URLs, answered by the server's services table.
type servicesPage struct {
	app.Compo
	lookupPage
	name, port, proto string // the inputs
}

func newServicesPage() *servicesPage {
	return &servicesPage{lookupPage: lookupPage{path: "/services"}}
}

// wellKnown are the ports of the deck's table of well-known ports, and
// wellKnownLoop the Python that prints their services.
var wellKnown = []string{"21", "22", "23", "25", "80", "110", "443"}

const wellKnownLoop = "for port in [21, 22, 23, 25, 80, 110, 443]:\n    print(port, socket.getservbyport(port))"

// servFuncs are the functions of the slides, in their order, with the
// input holding their first argument.
var servFuncs = []struct {
	f     api.Func
	param string
	sig   string
	desc  i18n.T
}{
	{api.GetServByName, api.ParamName, "socket.getservbyname(servicename[, protocolname])", i18n.T{Ko: "인터넷 서비스 이름에 대한 포트 번호 반환", En: "returns the port number of an Internet service name"}},
	{api.GetServByPort, api.ParamPort, "socket.getservbyport(port[, protocolname])", i18n.T{Ko: "포트 번호에 대한 서비스 이름을 반환", En: "returns the service name of a port number"}},
}

// arg returns the input holding the first argument of f.
func (p *servicesPage) arg(f api.Func) string {
	if f == api.GetServByName {
		return p.name
	}
	return p.port
}

// servCall is the call of f with the inputs (an empty protocol is left
// out), or why the API would not take it: a port is an int literal.
func (p *servicesPage) servCall(f api.Func, param string) (api.Call, error) {
	q := url.Values{param: {p.arg(f)}}
	if p.proto != "" {
		q.Set(api.ParamProto, p.proto)
	}
	return api.ParseCall(string(f), q)
}

func portCalls(ports []string) []api.Call {
	cs := make([]api.Call, len(ports))
	for i, port := range ports {
		cs[i] = api.Call{Func: api.GetServByPort, Arg: port, HasArg: true}
	}
	return cs
}

func (p *servicesPage) OnNav(ctx app.Context) {
	if !p.nav(ctx) {
		return // the page's own typing: onInput has done the work
	}
	q := ctx.Page().URL().Query()
	p.name, p.port, p.proto = "http", "80", q.Get(api.ParamProto)
	if q.Has(api.ParamName) {
		p.name = q.Get(api.ParamName)
	}
	if q.Has(api.ParamPort) {
		p.port = q.Get(api.ParamPort)
	}
	p.look.ask(ctx, p.calls(), p.derive)
	p.derive(ctx)
	kit.SyncInput(ctx, "name-input", p.name)
	kit.SyncInput(ctx, "port-input", p.port)
	kit.SyncInput(ctx, "proto-input", p.proto)
}

// calls returns every call the page shows.
func (p *servicesPage) calls() []api.Call {
	var cs []api.Call
	for _, f := range servFuncs {
		if c, err := p.servCall(f.f, f.param); err == nil {
			cs = append(cs, c)
		}
	}
	return append(append(cs, portCalls(wellKnown)...), portCalls(api.DeckPorts())...)
}

// derive computes what the page shows from the inputs and the answers.
func (p *servicesPage) derive(ctx app.Context) {
	l := p.lang
	funcs := make([]callView, len(servFuncs))
	for i, f := range servFuncs {
		c, err := p.servCall(f.f, f.param)
		funcs[i] = callView{ID: "py-" + string(f.f), Sig: f.sig, Desc: f.desc.In(l), Bad: true}
		switch {
		case p.arg(f.f) == "":
			funcs[i].Status, funcs[i].Bad = txtServEmpty.In(l), false
		case err != nil:
			// A port that is not an integer, or an argument the API
			// refuses (too long, a control character).
			re, _ := err.(*api.RequestError)
			if re == nil {
				re = &api.RequestError{Problem: err.Error()}
			}
			funcs[i].Status = failText(lookupAnswer{Fail: failRefused, Detail: re.Problem}, l)
			if re.Param == api.ParamPort {
				funcs[i].Status = txtPortInt.In(l) + " (" + re.Problem + ")"
			}
		default:
			funcs[i] = viewCall(&p.look, c, funcs[i].ID, f.sig, f.desc, l)
		}
	}

	// The table shows what each port's call gave; the session, the same
	// calls as Python's loop, once all have answered.
	known := portCalls(wellKnown)
	table := [][]string{{txtPort.In(l), "socket.getservbyport(port)"}}
	for i, c := range known {
		cell := "…"
		if a, ok := p.look.get(c); ok {
			cell = "—"
			if r := a.Resp; a.Fail == failNone && r.Error == nil {
				cell = r.Result.String()
			} else if a.Fail == failNone {
				cell = r.Error.PythonType() + ": " + r.Error.Message
			}
		}
		table = append(table, []string{wellKnown[i], cell})
	}
	out, raised, status, bad := runLookupLoop(&p.look, known, func(i int, r api.Response) (string, bool) {
		return wellKnown[i] + " " + r.Result.String(), r.Error == nil
	}, l)
	session := callView{ID: "py-wellknown", Status: status, Bad: bad}
	if status == "" {
		session.Lines = lookupLoopSession(wellKnownLoop, out, raised)
	}

	ports := api.DeckPorts()

	all := p.calls()
	p.view = lookupLesson{
		By:     answeredByText(&p.look, all, txtTable, txtSource, func(r api.Response) string { return r.Source }, l),
		Status: lookupStatus(&p.look, all, l),
		Retry:  p.retry,
		Widgets: []lookupWidget{{
			ID: "serv-functions", Title: txtServLookup.In(l),
			Inputs: []lookupInput{
				{ID: "name-input", Label: txtServName.In(l), Value: p.name, Mode: "text", OnInput: p.onInput},
				{ID: "port-input", Label: txtServPort.In(l), Value: p.port, Mode: "numeric", OnInput: p.onInput},
				{ID: "proto-input", Label: txtServProto.In(l), Value: p.proto, Mode: "text", OnInput: p.onInput},
			},
			Calls: funcs,
		}, {
			ID: "well-known", Title: txtWellKnown.In(l),
			Table: table,
			Calls: []callView{session},
		}, {
			ID: "ports-url", Title: txtPortsProg.In(l),
			Program: runProgram(&p.look, "ports-program", api.PortsProgram(ports), portCalls(ports), func(i int, r api.Response) (string, bool) {
				return api.PortsLine(ports[i], r)
			}, l),
		}},
	}
}

// onInput follows the three inputs, told apart by their ids.
func (p *servicesPage) onInput(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	switch ctx.JSSrc().Get("id").String() {
	case "name-input":
		p.name = v
	case "port-input":
		p.port = v
	default:
		p.proto = v
	}
	p.wrote = kit.ReplaceQuery(ctx, url.Values{api.ParamName: {p.name}, api.ParamPort: {p.port}, api.ParamProto: {p.proto}})
	p.derive(ctx)
	p.look.askLater(p.ctx, p.calls, p.derive)
}

func (p *servicesPage) retry(ctx app.Context, e app.Event) {
	p.look.ask(p.ctx, p.calls(), p.derive)
	p.derive(ctx)
}

func (p *servicesPage) Render() app.UI { return p.render() }
