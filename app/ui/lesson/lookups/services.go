package lookups

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
	in    servicesIn // the inputs
	ports []string   // the port → URL program's: the course's
}

// NewServices returns the page of /services.
func NewServices() app.Composer { return &servicesPage{} }

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
		return p.in.name
	}
	return p.in.port
}

// servCall is the call of f with the inputs (an empty protocol is left
// out), or why the API would not take it: a port is an int literal.
func (p *servicesPage) servCall(f api.Func, param string) (api.Call, error) {
	q := url.Values{param: {p.arg(f)}}
	if p.in.proto != "" {
		q.Set(api.ParamProto, p.in.proto)
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
	p.in = servicesOf(ctx.Page().URL().Query())
	p.ports = kit.Course().Ports
	p.look.ask(ctx, p.calls(), p.derive)
	p.derive(ctx)
	kit.SyncInput(ctx, "name-input", p.in.name)
	kit.SyncInput(ctx, "port-input", p.in.port)
	kit.SyncInput(ctx, "proto-input", p.in.proto)
}

// calls returns every call the page shows.
func (p *servicesPage) calls() []api.Call {
	var cs []api.Call
	for _, f := range servFuncs {
		if c, err := p.servCall(f.f, f.param); err == nil {
			cs = append(cs, c)
		}
	}
	return append(append(cs, portCalls(wellKnown)...), portCalls(p.ports)...)
}

// derive computes what the page shows from the inputs and the answers.
func (p *servicesPage) derive(ctx app.Context) {
	l := p.Lang()
	funcs := make([]callView, len(servFuncs))
	for i, f := range servFuncs {
		c, err := p.servCall(f.f, f.param)
		funcs[i] = callView{id: "py-" + string(f.f), sig: f.sig, desc: f.desc.In(l), bad: true}
		switch {
		case p.arg(f.f) == "":
			funcs[i].status, funcs[i].bad = txtServEmpty.In(l), false
		case err != nil:
			// A port that is not an integer, or an argument the API
			// refuses (too long, a control character).
			re, _ := err.(*api.RequestError)
			if re == nil {
				re = &api.RequestError{Problem: err.Error()}
			}
			funcs[i].status = failText(lookupAnswer{fail: failRefused, detail: re.Problem}, l)
			if re.Param == api.ParamPort {
				funcs[i].status = txtPortInt.In(l) + " (" + problemText(re.Problem, l) + ")"
			}
		default:
			funcs[i] = viewCall(&p.look.answers, c, funcs[i].id, f.sig, f.desc, l)
			funcs[i].recorded = recordedOf(recordedServices, c)
		}
	}

	oncePerWidget(funcs, l)

	// The table shows what each port's call gave; the session, the same
	// calls as Python's loop, once all have answered.
	known := portCalls(wellKnown)
	table := [][]string{{txtPort.In(l), "socket.getservbyport(port)"}}
	for i, c := range known {
		cell := "…"
		if a, ok := p.look.get(c); ok {
			cell = "—"
			if r := a.resp; a.fail == failNone && r.Error == nil {
				cell = r.Result.String()
			} else if a.fail == failNone {
				cell = r.Error.PythonType() + ": " + r.Error.Message
			}
		}
		table = append(table, []string{wellKnown[i], cell})
	}
	out, raised, status, bad := runLookupLoop(&p.look.answers, known, func(i int, r api.Response) (string, bool) {
		return wellKnown[i] + " " + r.Result.String(), r.Error == nil
	}, l)
	session := callView{id: "py-wellknown", status: status, bad: bad}
	if status == "" {
		session.lines = lookupLoopSession(wellKnownLoop, out, raised)
	}

	ports := p.ports
	program := runProgram(&p.look.answers, "ports-program", api.PortsProgram(ports), portCalls(ports), func(i int, r api.Response) (string, bool) {
		return api.PortsLine(ports[i], r)
	}, l)
	program.recorded = recordedPortsOutput
	if deckIMAP(program.output) {
		program.notes = []string{txtIMAP2.In(l)}
	}

	all := p.calls()
	p.view = lookupLesson{
		by:     answeredByText(&p.look.answers, all, txtTable, txtSource, func(r api.Response) string { return r.Source }, l),
		status: lookupStatus(&p.look.answers, all, l),
		retry:  p.retry,
		widgets: []lookupWidget{{
			id: "serv-functions", title: txtServLookup.In(l),
			inputs: []lookupInput{
				{id: "name-input", label: txtServName.In(l), value: p.in.name, mode: "text", onInput: p.onInput},
				{id: "port-input", label: txtServPort.In(l), value: p.in.port, mode: "numeric", onInput: p.onInput},
				{id: "proto-input", label: txtServProto.In(l), value: p.in.proto, mode: "text", onInput: p.onInput},
			},
			deck:  deckServiceLinks(p.in),
			calls: funcs,
		}, {
			id: "well-known", title: txtWellKnown.In(l),
			table: table,
			calls: []callView{session},
		}, {
			id: "ports-url", title: txtPortsProg.In(l),
			program: program,
		}},
	}
}

// onInput follows the three inputs, told apart by their ids.
func (p *servicesPage) onInput(ctx app.Context, e app.Event) {
	v := kit.Value(ctx)
	switch ctx.JSSrc().Get("id").String() {
	case "name-input":
		p.in.name = v
	case "port-input":
		p.in.port = v
	default:
		p.in.proto = v
	}
	p.wrote = kit.ReplaceQuery(ctx, p.in.query())
	p.derive(ctx)
	p.look.askLater(p.Ctx(), p.calls, p.derive)
}

func (p *servicesPage) retry(ctx app.Context, e app.Event) {
	p.look.ask(p.Ctx(), p.calls(), p.derive)
	p.derive(ctx)
}

func (p *servicesPage) Render() app.UI { return p.render() }
