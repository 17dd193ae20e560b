package netcalc

import (
	"math/big"
	"strings"
	"testing"
)

// TestPageCap checks that however large a page the view asks for, a
// session lists at most MaxPageLen hosts and subnets.
func TestPageCap(t *testing.T) {
	view := NetworkView{HostsLen: 1 << 40, NewPrefix: 32, SubnetsLen: 1 << 40, HostsFrom: big.NewInt(5)}
	s := NetworkSession("10.0.0.0/8", true, view).String()
	if got := strings.Count(s, "\n10."); got != 2*MaxPageLen {
		t.Errorf("%d listed lines, want %d", got, 2*MaxPageLen)
	}
}
