//go:build !js

package netcalc

import (
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"netprimer/internal/pyoracle"
)

// oracleProgram answers, for each request, what CPython's ipaddress makes
// of it: every property the package computes, or the exception as
// [type, message]. describeAddr and describeNet in this file build the
// same JSON from the package.
const oracleProgram = `
import ipaddress, itertools, json, sys

def exc(e):
    t = type(e)
    name = t.__qualname__ if t.__module__ == "builtins" else t.__module__ + "." + t.__qualname__
    return [name, str(e)]

def attempt(f):
    try:
        return {"ok": f()}
    except Exception as e:
        return {"err": exc(e)}

FORMATS = ["", "s", "b", "x", "X", "n", "#b", "#x", "#X", "#n", "_b", "_x", "_X", "_n", "#_b", "#_x", "#_X", "#_n"]

def s_or_none(v):
    return None if v is None else str(v)

def addr(a):
    d = {
        "str": str(a), "repr": repr(a), "version": a.version,
        "compressed": a.compressed, "exploded": attempt(lambda: a.exploded),
        "int": str(int(a)), "hex": hex(int(a)), "packed": list(a.packed),
        "private": a.is_private, "global": a.is_global, "loopback": a.is_loopback,
        "multicast": a.is_multicast, "link_local": a.is_link_local,
        "reserved": a.is_reserved, "unspecified": a.is_unspecified,
        "reverse_pointer": attempt(lambda: a.reverse_pointer),
        "formats": [format(a, f) for f in FORMATS],
    }
    if a.version == 6:
        d["site_local"] = a.is_site_local
        d["scope_id"] = a.scope_id
        d["ipv4_mapped"] = s_or_none(a.ipv4_mapped)
        d["sixtofour"] = s_or_none(a.sixtofour)
        d["teredo"] = None if a.teredo is None else [str(x) for x in a.teredo]
    else:
        d["mapped"] = repr(ipaddress.IPv6Address(f"::ffff:{a}"))
    return d

SMALL = 512

def net(n):
    p, m = n.prefixlen, n.max_prefixlen
    d = {
        "str": str(n), "repr": repr(n), "version": n.version,
        "with_netmask": n.with_netmask, "with_hostmask": n.with_hostmask,
        "with_prefixlen": n.with_prefixlen, "netmask": repr(n.netmask),
        "hostmask": repr(n.hostmask), "network_address": repr(n.network_address),
        "broadcast_address": repr(n.broadcast_address),
        "num_addresses": str(n.num_addresses), "prefixlen": p,
        "hosts_head": [repr(x) for x in itertools.islice(n.hosts(), 3)],
        "supernet": repr(n.supernet()),
    }
    if n.num_addresses <= SMALL:
        hosts = [repr(x) for x in n.hosts()]
        d["hosts_len"] = str(len(hosts))
        d["hosts_tail"] = hosts[-3:]
    subnets = {}
    for new in sorted({p - 1, p, p + 1, p + 2, m - 1, m, m + 1, 0}):
        def sub(new=new):
            g = n.subnets(new_prefix=new)
            head = [repr(x) for x in itertools.islice(g, 2)]
            if 2 ** max(new - p, 0) <= SMALL or p == m:
                rest = [repr(x) for x in g]
                return {"head": head, "len": str(len(head) + len(rest)), "tail": (head + rest)[-2:]}
            return {"head": head}
        subnets[str(new)] = attempt(sub)
    d["subnets"] = subnets
    d["supernets"] = {str(new): attempt(lambda new=new: repr(n.supernet(new_prefix=new)))
                      for new in sorted({p + 1, p, p - 1, 0, -1, p // 2})}
    return d

for line in sys.stdin:
    req = json.loads(line)
    k = req["k"]
    if k == "addr":
        s = req["s"]
        out = {"ip_address": attempt(lambda: addr(ipaddress.ip_address(s))),
               "IPv4Address": attempt(lambda: str(ipaddress.IPv4Address(s))),
               "IPv6Address": attempt(lambda: str(ipaddress.IPv6Address(s)))}
    elif k == "net":
        s, strict = req["s"], req["strict"]
        out = {"ip_network": attempt(lambda: net(ipaddress.ip_network(s, strict))),
               "IPv4Network": attempt(lambda: str(ipaddress.IPv4Network(s, strict))),
               "IPv6Network": attempt(lambda: str(ipaddress.IPv6Network(s, strict)))}
    elif k == "in":
        n = ipaddress.ip_network(req["net"], req["strict"])
        a = ipaddress.ip_address(req["addr"])
        out = a in n
    print(json.dumps(out), flush=True)
`

var formats = []string{"", "s", "b", "x", "X", "n", "#b", "#x", "#X", "#n", "_b", "_x", "_X", "_n", "#_b", "#_x", "#_X", "#_n"}

type object = map[string]any

func attempt(v any, err error) object {
	if err != nil {
		e := err.(*Error)
		return object{"err": []any{e.Type, e.Msg}}
	}
	return object{"ok": v}
}

func strOrNone(a Addr, ok bool) any {
	if !ok {
		return nil
	}
	return a.String()
}

// describeAddr is the package's answer to an "addr" request.
func describeAddr(s string) object {
	var ipAddress object
	a, err := ParseAddr(s)
	if err != nil {
		ipAddress = attempt(nil, err)
	} else {
		packed := []any{}
		for _, b := range a.Packed() {
			packed = append(packed, float64(b))
		}
		var fs []any
		for _, f := range formats {
			out, ok := a.Format(f)
			if !ok {
				out = "unsupported"
			}
			fs = append(fs, out)
		}
		d := object{
			"str": a.String(), "repr": a.Repr(), "version": float64(a.Version()),
			"compressed": a.String(), "exploded": attempt(a.Exploded()),
			"int": a.IntString(), "hex": a.Hex(), "packed": packed,
			"private": a.IsPrivate(), "global": a.IsGlobal(), "loopback": a.IsLoopback(),
			"multicast": a.IsMulticast(), "link_local": a.IsLinkLocal(),
			"reserved": a.IsReserved(), "unspecified": a.IsUnspecified(),
			"reverse_pointer": attempt(a.ReversePointer()),
			"formats":         fs,
		}
		if a.Is6() {
			d["site_local"] = a.IsSiteLocal()
			d["scope_id"] = nil
			if a.Zone() != "" {
				d["scope_id"] = a.Zone()
			}
			d["ipv4_mapped"] = strOrNone(a.IPv4Mapped())
			d["sixtofour"] = strOrNone(a.SixToFour())
			d["teredo"] = nil
			if server, client, ok := a.Teredo(); ok {
				d["teredo"] = []any{server.String(), client.String()}
			}
		} else {
			d["mapped"] = a.Mapped().Repr()
		}
		ipAddress = attempt(d, nil)
	}
	a4, err4 := ParseIPv4Addr(s)
	a6, err6 := ParseIPv6Addr(s)
	return object{
		"ip_address":  ipAddress,
		"IPv4Address": attempt(a4.String(), err4),
		"IPv6Address": attempt(a6.String(), err6),
	}
}

const small = 512

// describeNet is the package's answer to a "net" request.
func describeNet(s string, strict bool) object {
	var ipNetwork object
	n, err := ParseNetwork(s, strict)
	if err != nil {
		ipNetwork = attempt(nil, err)
	} else {
		p, m := n.Bits(), n.MaxBits()
		hosts := n.Hosts()
		var head []any
		for i := range uint64(3) {
			if a, ok := hosts.At64(i); ok {
				head = append(head, a.Repr())
			}
		}
		d := object{
			"str": n.String(), "repr": networkRepr(n), "version": float64(n.Version()),
			"with_netmask": n.WithNetmask(), "with_hostmask": n.WithHostmask(),
			"with_prefixlen": n.WithPrefixlen(), "netmask": n.Netmask().Repr(),
			"hostmask": n.Hostmask().Repr(), "network_address": n.Addr().Repr(),
			"broadcast_address": n.Broadcast().Repr(),
			"num_addresses":     n.NumAddresses().String(), "prefixlen": float64(p),
			"hosts_head": orEmpty(head),
			"supernet":   networkRepr(n.Supernet()),
		}
		if n.NumAddresses().Cmp(big.NewInt(small)) <= 0 {
			count, _ := hosts.Len64()
			d["hosts_len"] = hosts.Len().String()
			var tail []any
			for i := uint64(max(0, int(count)-3)); i < count; i++ {
				a, _ := hosts.At64(i)
				tail = append(tail, a.Repr())
			}
			d["hosts_tail"] = orEmpty(tail)
		}
		subnets := object{}
		for _, newPrefix := range []int{p - 1, p, p + 1, p + 2, m - 1, m, m + 1, 0} {
			sn, err := n.Subnets(newPrefix)
			if err != nil {
				subnets[fmt.Sprint(newPrefix)] = attempt(nil, err)
				continue
			}
			var head []any
			for k := range uint64(2) {
				if x, ok := sn.At64(k); ok {
					head = append(head, networkRepr(x))
				}
			}
			r := object{"head": orEmpty(head)}
			if count := sn.Len(); count.Cmp(big.NewInt(small)) <= 0 {
				r["len"] = count.String()
				var tail []any
				for k := max(0, count.Int64()-2); k < count.Int64(); k++ {
					x, _ := sn.At64(uint64(k))
					tail = append(tail, networkRepr(x))
				}
				r["tail"] = orEmpty(tail)
			}
			subnets[fmt.Sprint(newPrefix)] = attempt(r, nil)
		}
		d["subnets"] = subnets
		supernets := object{}
		for _, newPrefix := range []int{p + 1, p, p - 1, 0, -1, p / 2} {
			sn, err := n.SupernetTo(newPrefix)
			supernets[fmt.Sprint(newPrefix)] = attempt(networkRepr(sn), err)
		}
		d["supernets"] = supernets
		ipNetwork = attempt(d, nil)
	}
	n4, err4 := ParseIPv4Network(s, strict)
	n6, err6 := ParseIPv6Network(s, strict)
	return object{
		"ip_network":  ipNetwork,
		"IPv4Network": attempt(n4.String(), err4),
		"IPv6Network": attempt(n6.String(), err6),
	}
}

func orEmpty(v []any) []any {
	if v == nil {
		return []any{}
	}
	return v
}

// normalize round-trips v through JSON so that it compares with what the
// oracle's answer decodes to.
func normalize(t *testing.T, v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// diff lists the paths at which got and want differ.
func diff(path string, got, want any) []string {
	gm, ok1 := got.(map[string]any)
	wm, ok2 := want.(map[string]any)
	if ok1 && ok2 {
		var keys []string
		for k := range wm {
			keys = append(keys, k)
		}
		for k := range gm {
			if _, ok := wm[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		var out []string
		for _, k := range keys {
			out = append(out, diff(path+"."+k, gm[k], wm[k])...)
		}
		return out
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		return []string{fmt.Sprintf("%s: got %s, CPython %s", path, trim(string(g)), trim(string(w)))}
	}
	return nil
}

func trim(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// oracleInputs are the inputs of the differential tests: the edge cases
// and thousands of random ones, the same on every run.
func oracleInputs() (addrs []string, nets []string) {
	rng := rand.New(rand.NewPCG(3, 11))
	addrs = append(append(addrs, addrCases...), randomAddrs(rng, 3000)...)
	nets = append(append(append(nets, netCases...), prefixSweep(rng)...), randomNets(rng, 2200)...)
	return addrs, nets
}

func TestMatchesCPython(t *testing.T) {
	t.Parallel()
	o := pyoracle.Start(t, oracleProgram)
	addrs, nets := oracleInputs()
	type check struct {
		name string
		got  any
	}
	var reqs []any
	var checks []check
	for _, s := range addrs {
		reqs = append(reqs, object{"k": "addr", "s": validUTF8(s)})
		checks = append(checks, check{fmt.Sprintf("ip_address(%s)", trim(fmt.Sprintf("%+q", s))), describeAddr(s)})
	}
	for _, s := range nets {
		for _, strict := range []bool{true, false} {
			reqs = append(reqs, object{"k": "net", "s": validUTF8(s), "strict": strict})
			checks = append(checks, check{fmt.Sprintf("ip_network(%s, strict=%v)", trim(fmt.Sprintf("%+q", s)), strict), describeNet(s, strict)})
		}
	}
	// Membership: every network that parses against addresses that do,
	// inside it, near it and of the other version.
	rng := rand.New(rand.NewPCG(5, 8))
	var members [][2]string
	for _, c := range memberCases {
		members = append(members, c)
	}
	var validAddrs []Addr
	for _, s := range addrs {
		if a, err := ParseAddr(s); err == nil {
			validAddrs = append(validAddrs, a)
		}
	}
	for _, s := range nets {
		n, err := ParseNetwork(s, false)
		if err != nil {
			continue
		}
		inside, _ := n.Hosts().At64(0)
		members = append(members,
			[2]string{s, inside.String()},
			[2]string{s, n.Broadcast().String()},
			[2]string{s, validAddrs[rng.IntN(len(validAddrs))].String()})
	}
	var memberChecks int
	for _, c := range members {
		n, nerr := ParseNetwork(c[0], false)
		a, aerr := ParseAddr(c[1])
		if nerr != nil || aerr != nil {
			continue
		}
		memberChecks++
		reqs = append(reqs, object{"k": "in", "net": validUTF8(c[0]), "addr": validUTF8(c[1]), "strict": false})
		checks = append(checks, check{fmt.Sprintf("%+q in %+q", c[1], c[0]), n.Contains(a)})
	}
	failures := 0
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var want any
		if err := json.Unmarshal(line, &want); err != nil {
			return err
		}
		for _, d := range diff("", normalize(t, checks[i].got), want) {
			if failures++; failures <= 40 {
				t.Errorf("%s%s", checks[i].name, d)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d addresses, %d networks (strict and not), %d memberships compared with CPython", len(addrs), len(nets), memberChecks)
}

// TestSessionsReplayInCPython replays every session the widgets produce
// for the differential inputs in CPython, which must print exactly the
// same.
func TestSessionsReplayInCPython(t *testing.T) {
	t.Parallel()
	addrs, nets := oracleInputs()
	rng := rand.New(rand.NewPCG(13, 17))
	sessions := map[string]string{}
	for _, s := range addrs {
		sessions[fmt.Sprintf("AddressSession(%+q)", s)] = AddressSession(s).String()
	}
	for i, s := range nets {
		for _, strict := range []bool{true, false} {
			view := randomView(rng, s, i)
			sessions[fmt.Sprintf("NetworkSession(%+q, %v, %+v)", s, strict, view)] = NetworkSession(s, strict, view).String()
		}
	}
	for _, c := range memberCases {
		sessions[fmt.Sprintf("MembershipSession(%+q, %+q)", c[0], c[1])] = MembershipSession(c[0], c[1], true).String()
	}
	for i := range 500 {
		n, a := pick(rng, nets), pick(rng, addrs)
		if i%2 == 0 {
			if nn, err := ParseNetwork(n, false); err == nil {
				h, _ := nn.Hosts().At64(rng.Uint64N(8))
				a = h.String()
			}
		}
		sessions[fmt.Sprintf("MembershipSession(%+q, %+q)", n, a)] = MembershipSession(n, a, i%3 != 0).String()
	}
	pyoracle.NewReplayer(t).Check(t, sessions)
	t.Logf("%d sessions replayed", len(sessions))
}

// randomView pages the lists of a network session: mostly short pages at
// the start, some far in, some past the end, and new prefixes that
// Python refuses.
func randomView(rng *rand.Rand, s string, i int) NetworkView {
	if i < len(netCases) && i%2 == 0 {
		return NetworkView{} // the defaults, as a first visit shows them
	}
	v := NetworkView{HostsLen: 1 + rng.IntN(4), SubnetsLen: 1 + rng.IntN(4)}
	n, err := ParseNetwork(s, false)
	if err != nil {
		return v
	}
	count := n.Hosts().Len()
	switch rng.IntN(5) {
	case 1:
		v.HostsFrom = big.NewInt(rng.Int64N(64))
	case 2:
		v.HostsFrom = new(big.Int).Rand(newMathRand(rng), count)
	case 3:
		v.HostsFrom = new(big.Int).Sub(count, big.NewInt(rng.Int64N(3)))
	case 4:
		v.HostsFrom = new(big.Int).Lsh(big.NewInt(1), 130)
	}
	switch rng.IntN(4) {
	case 1:
		v.NewPrefix = n.Bits() + rng.IntN(n.HostBits()+2)
	case 2:
		v.NewPrefix = rng.IntN(140) - 5
	case 3:
		v.NewPrefix = n.MaxBits()
		v.SubnetsFrom = new(big.Int).Rand(newMathRand(rng), n.NumAddresses())
	}
	return v
}
