package dnstest

// NPTest is the zone the project's tests ask: names under np.test for each
// case of a lookup (several addresses, IPv6 only, CNAME chains and loops,
// names a browser must show as text, IDNA), the hosts of the deck's
// programs, and the reverse names of their addresses.
var NPTest = Zone{
	Records: `
a.np.test.            A     192.0.2.1
multi.np.test.        A     192.0.2.2
multi.np.test.        A     192.0.2.3
multi.np.test.        AAAA  2001:db8::2
v6only.np.test.       AAAA  2001:db8::6
both.np.test.         A     198.51.100.7
both.np.test.         AAAA  2001:db8::7
mx-only.np.test.      MX    10 a.np.test.
cname.np.test.        CNAME a.np.test.
chain.np.test.        CNAME c1.np.test.
c1.np.test.           CNAME c2.np.test.
c2.np.test.           CNAME multi.np.test.
loop.np.test.         CNAME loop2.np.test.
loop2.np.test.        CNAME loop.np.test.
dangling.np.test.     CNAME nowhere.np.test.
under_score.np.test.  A     192.0.2.9
upper.np.test.        A     192.0.2.10
evil.np.test.         CNAME \<b\>x\</b\>.np.test.
\<b\>x\</b\>.np.test. A     192.0.2.11
xn--3e0b707e.np.test. A     192.0.2.82
iot.                  A     192.0.2.12
homepage.sch.ac.kr.   A     220.69.189.98
www.sch.ac.kr.        CNAME homepage.sch.ac.kr.
www.daum.net.         A     211.249.220.24
www.google.com.       A     142.250.204.100
1.2.0.192.in-addr.arpa.     PTR a.np.test.
2.2.0.192.in-addr.arpa.     PTR multi.np.test.
2.2.0.192.in-addr.arpa.     PTR second.np.test.
9.2.0.192.in-addr.arpa.     PTR under_score.np.test.
66.2.0.192.in-addr.arpa.    PTR \<script\>alert\(1\)\</script\>.np.test.
67.2.0.192.in-addr.arpa.    PTR -dash.np.test.
130.2.0.192.in-addr.arpa.   CNAME 130.128/25.2.0.192.in-addr.arpa.
130.128/25.2.0.192.in-addr.arpa. PTR c130.np.test.
98.189.69.220.in-addr.arpa. PTR homepage.sch.ac.kr.
7.100.51.198.in-addr.arpa.  PTR both.np.test.
3.2.1.10.in-addr.arpa.      PTR internal.corp.np.test.
2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa. PTR multi.np.test.
`,
	ServFail: []string{"servfail.np.test.", "99.2.0.192.in-addr.arpa."},
	Refused:  []string{"refused.np.test."},
	Silent:   []string{"slow.np.test.", "98.2.0.192.in-addr.arpa."},
}
