//go:build !js

package practice

import (
	"encoding/json"
	"strings"
	"testing"

	"netprimer/app/pyrepl"
	"netprimer/internal/pyoracle"
)

// evalProgram evaluates an item's question in CPython: the item's Given
// become variables (JSON arrays as tuples, since a connection is a tuple
// of (host, port) tuples), the setup statements run, and the expression's
// repr comes back, or the name of the exception it raises.
const evalProgram = `
import binascii, ipaddress, json, socket, struct, sys

def tup(v):
    return tuple(tup(x) for x in v) if isinstance(v, list) else v

for line in sys.stdin:
    req = json.loads(line)
    ns = {"binascii": binascii, "ipaddress": ipaddress, "socket": socket, "struct": struct}
    for k, v in req["given"].items():
        ns[k] = tup(v)
    for st in req["setup"]:
        exec(st, ns)
    try:
        out = repr(eval(req["expr"], ns))
    except Exception as e:
        out = type(e).__name__
    print(json.dumps(out), flush=True)
`

// seedsPerLevel is how many seeds the CPython tests draw at each level.
const seedsPerLevel = 1000

// allItems returns every skill's items for seeds 0 to seedsPerLevel-1 at
// each level, and for the seeds testdata/items.golden pins.
func allItems(t *testing.T) []Item {
	t.Helper()
	var items []Item
	seeds := []uint32{12345, 4294967295}
	for seed := uint32(0); seed < seedsPerLevel; seed++ {
		seeds = append(seeds, seed)
	}
	for _, sk := range Skills() {
		for level := MinLevel; level <= MaxLevel; level++ {
			for _, seed := range seeds {
				it, err := New(sk.ID, seed, level)
				if err != nil {
					t.Fatal(err)
				}
				items = append(items, it)
			}
		}
	}
	return items
}

// lastInput returns the expression of a session's last input line.
func lastInput(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], pyrepl.PS1) {
			return lines[i][len(pyrepl.PS1):]
		}
	}
	return ""
}

// fastQuestions are the expressions a session may end with in place of
// the skill's question, where listing hosts() would be slow; each equals
// the question (TestFastQuestionsEqualTheirSkill checks it).
var fastQuestions = map[string][]string{
	"ipaddress.first_host": {"str(next(ipaddress.ip_network(net, strict=False).hosts()))"},
	"ipaddress.last_host": {"str(ipaddress.ip_network(net, strict=False)[-2])",
		"str(ipaddress.ip_network(net, strict=False)[-1])"},
	"ipaddress.num_hosts": {"ipaddress.ip_network(net, strict=False).num_addresses - 2",
		"ipaddress.ip_network(net, strict=False).num_addresses - 1"},
}

type evalReq struct {
	Given json.RawMessage `json:"given"`
	Setup []string        `json:"setup"`
	Expr  string          `json:"expr"`
}

// TestItemsMatchCPython evaluates every item's question in CPython, for
// the item's Given alone, and checks that the answer the checker takes as
// right is CPython's, that CPython's repr typed as an answer is right,
// and that the session ends with the question (or one of its fast
// equivalents).
func TestItemsMatchCPython(t *testing.T) {
	t.Parallel()
	items := allItems(t)
	o := pyoracle.Start(t, evalProgram)
	var reqs []any
	var asked []Item
	seen := map[string]bool{}
	bad := 0
	errorf := func(format string, args ...any) {
		if bad++; bad <= 30 {
			t.Errorf(format, args...)
		}
	}
	defer func() {
		if bad > 30 {
			t.Errorf("%d items differ in all", bad)
		}
	}()
	for _, it := range items {
		expr := lastInput(it.s.session.Lines())
		if expr != it.Question() && !containsString(fastQuestions[it.SkillID()], expr) {
			errorf("%s: the session ends with %q, not the question %q", itemName(it), expr, it.Question())
			continue
		}
		k := it.SkillID() + "\x00" + it.Given()
		if seen[k] {
			continue
		}
		seen[k] = true
		reqs = append(reqs, evalReq{Given: json.RawMessage(it.Given()), Setup: append([]string{}, it.s.setup...), Expr: expr})
		asked = append(asked, it)
	}
	err := o.AskAll(reqs, func(i int, line []byte) error {
		var got string
		if err := json.Unmarshal(line, &got); err != nil {
			return err
		}
		it := asked[i]
		if want := it.Solution().Answer; got != want {
			errorf("%s: CPython says %s; the checker's answer is %s", itemName(it), got, want)
			return nil
		}
		if v := it.Check(got); v.Outcome != Right {
			errorf("%s: CPython's %s typed as the answer is %s: %s", itemName(it), got, v.Outcome, v.Explain.En)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(asked) < 5000 {
		t.Fatalf("only %d distinct items asked: the generators draw too little", len(asked))
	}
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// TestFastQuestionsEqualTheirSkill checks, in CPython, that each fast
// equivalent of a question gives what the question gives, on networks of
// every version and every prefix small enough to list: one the session
// uses for large networks must agree with hosts() where both can run.
func TestFastQuestionsEqualTheirSkill(t *testing.T) {
	t.Parallel()
	o := pyoracle.Start(t, evalProgram)
	type pair struct{ name, net, a, b string }
	var pairs []pair
	var reqs []any
	for _, net := range []string{"10.1.2.77", "192.0.2.1", "2001:db8::abcd", "fe80::1:2"} {
		max := 32
		if strings.Contains(net, ":") {
			max = 128
		}
		for bits := max - quickBits; bits <= max; bits++ {
			text := net + "/" + itoa(bits)
			for id, alts := range fastQuestions {
				sk, _ := Lookup(id)
				for _, alt := range alts {
					// The fast forms hold where the session uses them:
					// [-2] and - 2 for IPv4 of two host bits or more, the
					// others for IPv6, next() for two host bits or more.
					v6 := max == 128
					if max-bits < 2 || (strings.HasSuffix(alt, "[-2])") || strings.HasSuffix(alt, "- 2")) == v6 {
						continue
					}
					g := `{"net": "` + text + `"}`
					pairs = append(pairs, pair{id + " " + alt, text, sk.Question, alt})
					reqs = append(reqs, evalReq{Given: json.RawMessage(g), Setup: []string{}, Expr: sk.Question},
						evalReq{Given: json.RawMessage(g), Setup: []string{}, Expr: alt})
				}
			}
		}
	}
	got := make([]string, len(reqs))
	if err := o.AskAll(reqs, func(i int, line []byte) error { return json.Unmarshal(line, &got[i]) }); err != nil {
		t.Fatal(err)
	}
	for i, p := range pairs {
		if a, b := got[2*i], got[2*i+1]; a != b {
			t.Errorf("%s on %s: the question gives %s, the fast form %s", p.name, p.net, a, b)
		}
	}
	if len(pairs) < 50 {
		t.Fatalf("only %d comparisons", len(pairs))
	}
}

// TestSessionsReplayInCPython replays every item's session in CPython:
// each must be exactly what CPython 3.11 prints.
func TestSessionsReplayInCPython(t *testing.T) {
	t.Parallel()
	items := allItems(t)
	r := pyoracle.NewReplayer(t)
	seen := map[string]bool{}
	var texts []string
	var names []string
	for _, it := range items {
		s := strings.Join(it.Solution().Session, "\n")
		if seen[s] {
			continue
		}
		seen[s] = true
		if !strings.HasPrefix(s, ">>> ") {
			t.Errorf("%s: the session does not start with an input line", itemName(it))
		}
		texts = append(texts, s)
		names = append(names, itemName(it))
	}
	bad := 0
	for i, got := range r.Replay(t, texts) {
		if got != texts[i] {
			if bad++; bad <= 20 {
				t.Errorf("%s: session differs from CPython\n--- app\n%s\n--- python3\n%s", names[i], texts[i], got)
			}
		}
	}
	if bad > 20 {
		t.Errorf("%d sessions differ in all", bad)
	}
}
