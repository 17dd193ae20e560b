//go:build !cgo || js

package lookup

// Without cgo there is no C library to call: the system backend is the Go
// model of it (goResolver).
func newLibcResolver() (resolver, bool) { return nil, false }
