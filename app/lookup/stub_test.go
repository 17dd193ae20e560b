//go:build !js

package lookup

import (
	"context"
	"net/netip"
)

// stubResolver answers every name as unknown at once: for tests that do
// not look hosts up.
type stubResolver struct{}

func (stubResolver) backend() string           { return "stub" }
func (stubResolver) hostname() (string, error) { return "stub-host", nil }
func (stubResolver) getaddrinfo(ctx context.Context, name string, af int) ([]netip.Addr, gaiStatus) {
	return nil, gaiStatus{code: eaiNoName}
}
func (stubResolver) gethostbyname(ctx context.Context, name string) (*hostent, int) {
	return nil, hostNotFound
}
func (stubResolver) gethostbyaddr(ctx context.Context, addr netip.Addr, af int) (*hostent, int) {
	return nil, hostNotFound
}
