//go:build unix

package server

import "syscall"

// raiseFileLimit raises the soft limit of open files to the hard one, and
// returns the soft limit in force.
func raiseFileLimit() (uint64, error) {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		return 0, err
	}
	if r.Cur < r.Max {
		want := r
		want.Cur = r.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &want); err == nil {
			r = want
		}
		// A hard limit the kernel refuses as a soft one (RLIM_INFINITY
		// past fs.nr_open) leaves the soft one as it was.
	}
	return uint64(r.Cur), nil
}
