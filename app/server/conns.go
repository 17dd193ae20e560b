package server

import (
	"fmt"

	"netprimer/app/guard"
)

// maxAutoConns bounds the connections when -max-conns is 0, however high
// the file limit: each open connection costs some 20 KB of memory.
const maxAutoConns = 10000

// Conns returns the connection caps of lim for guard.NewListener, and the
// file limit they were sized by. It raises the process's soft limit of
// open files to the hard one first (Go's runtime usually has already);
// the total then leaves lim.FDReserve files for everything but client
// connections, below the limit, so that accept never runs out of files.
func Conns(lim Limits) (*guard.Conns, uint64, error) {
	lim = lim.withDefaults()
	fdLimit, err := raiseFileLimit()
	if err != nil {
		return nil, 0, fmt.Errorf("server: the file limit: %w", err)
	}
	total, err := connBudget(lim, fdLimit)
	if err != nil {
		return nil, fdLimit, err
	}
	return guard.NewConns(lim.ConnsPerClient, total), fdLimit, nil
}

// connBudget returns the total of connections lim allows under a file
// limit of fdLimit.
func connBudget(lim Limits, fdLimit uint64) (int, error) {
	if fdLimit <= uint64(lim.FDReserve) {
		return 0, fmt.Errorf("server: the file limit %d leaves nothing for connections beside -fd-reserve %d", fdLimit, lim.FDReserve)
	}
	room := fdLimit - uint64(lim.FDReserve)
	switch {
	case lim.MaxConns > 0 && uint64(lim.MaxConns) > room:
		return 0, fmt.Errorf("server: -max-conns %d passes the file limit %d less -fd-reserve %d", lim.MaxConns, fdLimit, lim.FDReserve)
	case lim.MaxConns > 0:
		return lim.MaxConns, nil
	}
	return int(min(room, maxAutoConns)), nil
}
