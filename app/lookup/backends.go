package lookup

// Names of the resolver backends, as api.Response.Backend gives them.
const (
	BackendLibc = "libc" // the C library, through cgo: exactly what CPython calls
	BackendGo   = "go"   // glibc's rules in Go over the hosts file and resolv.conf
	BackendDNS  = "dns"  // a DNS server the instructor names, and nothing else
)
