package lookups

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"netprimer/app/api"
	"netprimer/app/i18n"
	"netprimer/app/ui/kit"
)

// hostsPage is the lesson /hosts: the socket module's host functions for
// one host, and the deck's program over the HOSTS list, answered by the
// server. The URL's host values are the HOSTS list; the functions look up
// its first entry.
type hostsPage struct {
	app.Compo
	lookupPage
	in     hostsIn
	first  string   // host-input: the host the functions look up
	rest   []string // the lines of hosts-input after the first
	course []string // the course's HOSTS list, for a URL without a host
}

// NewHosts returns the page of /hosts.
func NewHosts() app.Composer { return &hostsPage{} }

// maxHosts bounds the HOSTS list: each entry is one request.
const maxHosts = 16

// hostFuncs are the functions of the slide, in its order.
var hostFuncs = []struct {
	f    api.Func
	sig  string
	desc i18n.T
}{
	{api.GetHostName, "socket.gethostname()", i18n.T{Ko: "실행 중인 호스트(서버)의 이름을 반환", En: "returns the name of the host it runs on (the server)"}},
	{api.GetHostByName, "socket.gethostbyname(hostname)", i18n.T{Ko: "hostname을 IPv4 주소로 변환", En: "translates hostname to an IPv4 address"}},
	{api.GetHostByNameEx, "socket.gethostbyname_ex(hostname)", i18n.T{Ko: "hostname을 IPv4 주소로 변환하고 추가 정보를 제공 (hostname, aliaslist, ipaddrlist)", En: "translates hostname to IPv4 addresses with more information (hostname, aliaslist, ipaddrlist)"}},
	{api.GetHostByAddr, "socket.gethostbyaddr(ip_address)", i18n.T{Ko: "ip_address에 대한 호스트 정보 반환 (hostname, aliaslist, ipaddrlist)", En: "returns host information for ip_address (hostname, aliaslist, ipaddrlist)"}},
	{api.GetFQDN, "socket.getfqdn(name)", i18n.T{Ko: "name에 대한 정규화된 도메인 이름을 반환", En: "returns the fully qualified domain name for name"}},
}

// hostCall is the call of function f for host h.
func hostCall(f api.Func, h string) api.Call {
	if f == api.GetHostName {
		return api.Call{Func: f}
	}
	return api.Call{Func: f, Arg: h, HasArg: true}
}

func (p *hostsPage) OnNav(ctx app.Context) {
	if !p.nav(ctx) {
		return // the page's own typing: edited has done the work
	}
	p.course = kit.Course().Hosts
	p.in = hostsOf(ctx.Page().URL().Query(), p.course)
	p.first, p.rest = p.in.hosts[0], p.in.hosts[1:]
	p.look.ask(ctx, p.calls(), p.derive)
	p.derive(ctx)
	kit.SyncInput(ctx, "host-input", p.first)
	kit.SyncInput(ctx, "hosts-input", strings.Join(p.in.hosts, "\n"))
}

// funcCalls returns the functions' calls, the host's only once one is
// typed.
func (p *hostsPage) funcCalls() []api.Call {
	var cs []api.Call
	for _, f := range hostFuncs {
		if f.f == api.GetHostName || p.first != "" {
			cs = append(cs, hostCall(f.f, p.first))
		}
	}
	return cs
}

// listCalls returns the program's calls, one for each host of the list.
func (p *hostsPage) listCalls() []api.Call {
	cs := make([]api.Call, len(p.in.hosts))
	for i, h := range p.in.hosts {
		cs[i] = hostCall(api.GetHostByName, h)
	}
	return cs
}

func (p *hostsPage) calls() []api.Call { return append(p.funcCalls(), p.listCalls()...) }

// derive computes what the page shows from the inputs and the answers.
func (p *hostsPage) derive(ctx app.Context) {
	l := p.Lang()
	funcs := make([]callView, len(hostFuncs))
	for i, f := range hostFuncs {
		c, id := hostCall(f.f, p.first), "py-"+string(f.f)
		if c.HasArg && p.first == "" {
			funcs[i] = callView{id: id, sig: f.sig, desc: f.desc.In(l), status: txtHostEmpty.In(l)}
			continue
		}
		funcs[i] = viewCall(&p.look.answers, c, id, f.sig, f.desc, l)
		funcs[i].recorded = recordedOf(recordedHosts, c)
		if a, ok := p.look.get(c); ok && a.fail == failNone {
			funcs[i].explain = deckExplain(c, a.resp, funcs[i].explain, l)
		}
	}
	oncePerWidget(funcs, l)
	program := runProgram(&p.look.answers, "hosts-program", api.HostsProgram(p.in.hosts), p.listCalls(), func(i int, r api.Response) (string, bool) {
		return api.HostsLine(p.in.hosts[i], r)
	}, l)
	program.recorded, program.notes = recordedHostsOutput, []string{txtErrno.In(l)}

	var notes []string
	if p.in.capped {
		notes = append(notes, txtHostsCap.In(l))
	}

	all := p.calls()
	p.view = lookupLesson{
		by:     answeredByText(&p.look.answers, all, txtResolver, txtBackend, func(r api.Response) string { return r.Backend }, l),
		status: lookupStatus(&p.look.answers, all, l),
		retry:  p.retry,
		widgets: []lookupWidget{{
			id: "host-functions", title: txtHostFuncs.In(l),
			inputs: []lookupInput{{id: "host-input", label: txtHostLabel.In(l), value: p.first, mode: "url", onInput: p.onHost}},
			deck:   deckHostLinks(p.in.hosts),
			calls:  funcs,
		}, {
			id: "hosts-batch", title: txtHostsProg.In(l),
			inputs:  []lookupInput{{id: "hosts-input", label: txtHostsList.In(l), value: strings.Join(append([]string{p.first}, p.rest...), "\n"), mode: "area", onInput: p.onList}},
			notes:   notes,
			program: program,
		}},
	}
}

// onHost and onList follow the two inputs, each of which shows the
// first host: typing in one writes the other (the inputs belong to the
// student, see kit.TextField).
func (p *hostsPage) onHost(ctx app.Context, e app.Event) {
	p.first = kit.Value(ctx)
	p.edited(ctx)
	kit.SetInput(ctx, "hosts-input", strings.Join(append([]string{p.first}, p.rest...), "\n"))
}

func (p *hostsPage) onList(ctx app.Context, e app.Event) {
	lines := strings.Split(kit.Value(ctx), "\n")
	p.first, p.rest = lines[0], lines[1:]
	p.edited(ctx)
	kit.SetInput(ctx, "host-input", p.first)
}

// edited follows the inputs: the list, the URL, then the answers once the
// student stops typing.
func (p *hostsPage) edited(ctx app.Context) {
	values := append([]string{p.first}, p.rest...)
	q, _ := hostList(values)
	p.wrote = kit.ReplaceQuery(ctx, url.Values{api.ParamHost: q})
	p.in = hostsFrom(values, p.course)
	p.derive(ctx)
	p.look.askLater(p.Ctx(), p.calls, p.derive)
}

func (p *hostsPage) retry(ctx app.Context, e app.Event) {
	p.look.ask(p.Ctx(), p.calls(), p.derive)
	p.derive(ctx)
}

func (p *hostsPage) Render() app.UI { return p.render() }
