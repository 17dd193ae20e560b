package concepts

import (
	"strings"
	"testing"

	"netprimer/app/i18n"
)

func TestLayers(t *testing.T) {
	ls := Layers()
	want := []Layer{Application, Transport, NetworkLayer, Link, Physical}
	if len(ls) != len(want) {
		t.Fatalf("%d layers", len(ls))
	}
	for i, li := range ls {
		if li.Layer != want[i] {
			t.Errorf("layer %d is %v, want %v (the deck's order, from the top)", i, li.Layer, want[i])
		}
		info, ok := li.Layer.Info()
		if !ok || info.Name != li.Name {
			t.Errorf("%v: Info %v", li.Layer, ok)
		}
		for _, s := range []string{li.Layer.String(), li.Name.Ko, li.Name.En} {
			if got, ok := ParseLayer(s); !ok || got != li.Layer {
				t.Errorf("ParseLayer(%q) = %v, %v; want %v", s, got, ok, li.Layer)
			}
		}
		for _, x := range []i18n.T{li.Name, li.Role, li.Does, li.Unit, li.Address} {
			if x.Ko == "" || x.En == "" {
				t.Errorf("%v: empty text %+v", li.Layer, x)
			}
		}
	}
	// The returned slices are copies: changing them changes nothing here.
	ls[0].Examples[0] = i18n.Same("changed")
	if Layers()[0].Examples[0].Ko != "HTTP" {
		t.Error("Layers shares its examples")
	}
	for _, s := range []string{"", "layer", "6", "session", "0"} {
		if l, ok := ParseLayer(s); ok {
			t.Errorf("ParseLayer(%q) = %v", s, l)
		}
	}
	if _, ok := Layer(0).Info(); ok || Layer(0).String() != "" || Layer(9).String() != "" {
		t.Error("no layer has info or a name")
	}
}

// Every protocol belongs to exactly one layer, every name or alias finds
// exactly one protocol, and the deck's examples are the Deck protocols.
func TestProtocolTable(t *testing.T) {
	keys := map[string]string{}
	for _, p := range Protocols() {
		if _, ok := p.Layer.Info(); !ok {
			t.Errorf("%s: no layer", p.ID)
		}
		if p.Why.Ko == "" || p.Why.En == "" || p.Name.Ko == "" || p.Name.En == "" {
			t.Errorf("%s: empty text", p.ID)
		}
		names := append([]string{p.ID, p.Name.Ko, p.Name.En}, p.Aliases...)
		for _, n := range names {
			k := normalize(n)
			if other, ok := keys[k]; ok && other != p.ID {
				t.Errorf("%q names both %s and %s", n, other, p.ID)
			}
			keys[k] = p.ID
			if got, ok := LookupProtocol(n); !ok || got.ID != p.ID {
				t.Errorf("LookupProtocol(%q) = %s, %v", n, got.ID, ok)
			}
		}
		for l, m := range p.Mistakes {
			if l == p.Layer || m.Ko == "" || m.En == "" {
				t.Errorf("%s: a mistake note for %v", p.ID, l)
			}
		}
	}
	for _, li := range Layers() {
		for _, ex := range li.Examples {
			p, ok := LookupProtocol(ex.Ko)
			if !ok || p.Layer != li.Layer || !p.Deck {
				t.Errorf("the deck's %q of the %v layer: %+v, %v", ex, li.Layer, p.ID, ok)
			}
		}
	}
	for _, p := range Protocols() {
		if !p.Deck {
			continue
		}
		li, _ := p.Layer.Info()
		found := false
		for _, ex := range li.Examples {
			if q, _ := LookupProtocol(ex.Ko); q.ID == p.ID {
				found = true
			}
		}
		if !found {
			t.Errorf("%s is marked Deck but not among the %v layer's examples", p.ID, p.Layer)
		}
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		protocol string
		layer    Layer
		verdict  Verdict
		says     []string // in the Korean explanation
	}{
		// The brief's example: TCP put on the network layer.
		{"TCP", NetworkLayer, Wrong, []string{"TCP는 트랜스포트 계층: 프로세스 간 데이터 전송", "IP", "네트워크 계층은 발신지에서 수신지까지 데이터그램을 라우팅합니다"}},
		{"tcp", Transport, Correct, []string{"맞습니다", "TCP는 트랜스포트 계층"}},
		{"HTTP", Application, Correct, nil},
		{"HTTP", Transport, Wrong, []string{"HTTP는 애플리케이션 계층", "TCP 세그먼트에 실려"}},
		{"SMTP", Link, Wrong, []string{"SMTP는 애플리케이션 계층", "링크 계층은"}},
		{"IMAP", Application, Correct, nil},
		{"UDP", NetworkLayer, Wrong, []string{"UDP는 트랜스포트 계층", "연결이 없을 뿐"}},
		{"IP", Transport, Wrong, []string{"IP는 네트워크 계층", "포트 번호가 없어"}},
		{"OSPF", NetworkLayer, Correct, []string{"라우팅 프로토콜은 네트워크 계층"}},
		{"라우팅 프로토콜", Application, Wrong, []string{"BGP"}},
		// Ethernet and WiFi have a physical part: close, not wrong.
		{"Ethernet", Physical, Close, []string{"아깝습니다", "링크 계층"}},
		{"Wi-Fi", Physical, Close, []string{"전파"}},
		{"와이파이", Link, Correct, nil},
		{"Ethernet", NetworkLayer, Wrong, []string{"이더넷은 링크 계층"}},
		{"DNS", NetworkLayer, Wrong, []string{"UDP로 오가는"}},
		{"ssh", Transport, Wrong, []string{"S(보안)"}},
		{"HTTPS", Transport, Wrong, []string{"TLS"}},
		{"ftp", Application, Correct, nil},
		{"Telnet", Physical, Wrong, []string{"물리 계층은"}},
		{"POP3", Application, Correct, nil},
		{"QUIC", Transport, Invalid, []string{"QUIC"}},
		{"", Transport, Invalid, nil},
		{"HTTP", 0, Invalid, nil},
		{"HTTP", 7, Invalid, nil},
	} {
		t.Run(tc.protocol+" "+tc.layer.String(), func(t *testing.T) {
			fb := Check(tc.protocol, tc.layer)
			if fb.Verdict != tc.verdict {
				t.Errorf("verdict %v, want %v: %s", fb.Verdict, tc.verdict, fb.Explain.Ko)
			}
			if fb.Explain.Ko == "" || fb.Explain.En == "" {
				t.Errorf("empty explanation %+v", fb.Explain)
			}
			for _, s := range tc.says {
				if !strings.Contains(fb.Explain.Ko, s) {
					t.Errorf("explanation %q lacks %q", fb.Explain.Ko, s)
				}
			}
		})
	}
	// Every protocol on every layer: right exactly on its own; a wrong
	// answer names the right layer's reason and the chosen layer's role.
	for _, p := range Protocols() {
		for _, li := range Layers() {
			fb := Check(p.ID, li.Layer)
			if (fb.Verdict == Correct) != (li.Layer == p.Layer) {
				t.Errorf("%s on %v: %v", p.ID, li.Layer, fb.Verdict)
			}
			if !strings.Contains(fb.Explain.Ko, p.Why.Ko) || !strings.Contains(fb.Explain.En, p.Why.En) {
				t.Errorf("%s on %v: the explanation lacks why", p.ID, li.Layer)
			}
			if fb.Verdict != Correct && (!strings.Contains(fb.Explain.Ko, li.Does.Ko) || !strings.Contains(fb.Explain.En, p.Mistakes[li.Layer].En)) {
				t.Errorf("%s on %v: the explanation lacks what the chosen layer does", p.ID, li.Layer)
			}
		}
	}
}

// TestLayerExamplesInEnglish: the English stack shows no Korean
// ("IP, 라우팅 프로토콜" was on the English /network).
func TestLayerExamplesInEnglish(t *testing.T) {
	for _, li := range Layers() {
		for _, ex := range li.Examples {
			for _, r := range ex.En {
				if r >= 0xac00 && r <= 0xd7a3 {
					t.Errorf("the %v layer's example %q in English", li.Layer, ex.En)
					break
				}
			}
		}
	}
	if got := Layers()[2].Examples[1]; got.En != "routing protocols" || got.Ko != "라우팅 프로토콜" {
		t.Errorf("the network layer's second example: %+v", got)
	}
}
